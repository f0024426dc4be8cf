// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';

// The rooms of src/ and what each may import (docs/architecture.md explains why).
const contentOnlyInData = {
  name: 'astro:content',
  message: 'Read content through src/data: it is the only code that reads collections.',
};
const libIsPure = [
  {
    group: ['node:*'],
    message: 'src/lib is pure: no Node. Put I/O in src/server, scripts or a route.',
  },
  {
    group: ['astro', 'astro/*', 'astro:*'],
    message: 'src/lib is pure: no Astro. Use src/data or a component.',
  },
  {
    group: ['preact', 'preact/*'],
    message: 'src/lib is pure: no Preact. UI belongs in src/islands.',
  },
  {
    group: ['satori', '@resvg/*'],
    message: 'src/lib is pure: rendering belongs beside its route (src/pages/og/_render.ts).',
  },
];

export default tseslint.config(
  {
    ignores: ['dist/', '.astro/', 'node_modules/', 'test-results/', 'playwright-report/', 'data/'],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  ...tseslint.configs.stylisticTypeChecked,
  ...astro.configs.recommended,
  {
    languageOptions: {
      // Code here runs in Node (config, scripts, server) or in the browser (islands, inline scripts).
      globals: { ...globals.node, ...globals.browser },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // A number in a template literal is the common, readable case (`${count} results`).
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // tsconfig's noPropertyAccessFromIndexSignature asks for record['key']; the two must agree.
      '@typescript-eslint/dot-notation': ['error', { allowIndexSignaturePropertyAccess: true }],
      // `onClick={() => setOpen(true)}` is clear; braces would add nothing.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      // Event handlers may be async: nothing waits for what they return.
      '@typescript-eslint/no-misused-promises': [
        'error',
        { checksVoidReturn: { attributes: false } },
      ],
      // For text, `a || b` deliberately treats an empty string as absent (an unset env variable).
      '@typescript-eslint/prefer-nullish-coalescing': [
        'error',
        { ignorePrimitives: { string: true } },
      ],
    },
  },
  {
    // Plain JavaScript (build scripts, benchmarks, config) carries no types, so type-aware rules
    // would only report `any` on every line; TypeScript is where the types live.
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // CommonJS on purpose (the OG renderer thread runs as an eval'd script): require is how it loads.
    files: ['**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // astro-eslint-parser has no projectService; it takes the same tsconfig through `project`.
    files: ['**/*.astro'],
    languageOptions: {
      parserOptions: { projectService: false, project: true, extraFileExtensions: ['.astro'] },
    },
  },
  {
    // The <script> blocks of .astro files are linted as virtual files that no tsconfig includes,
    // so they get the rules that need no types.
    files: ['**/*.astro/*.ts', '**/*.astro/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // In a test, `value!` comes after an expectation that the value exists, and if it does not the
    // test fails loudly on the spot, which is what a test should do.
    files: ['tests/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    files: ['src/**'],
    rules: {
      'max-lines-per-function': ['error', { max: 60, skipBlankLines: true, skipComments: true }],
      'no-restricted-imports': ['error', { paths: [contentOnlyInData] }],
    },
  },
  {
    files: ['src/data/**', 'src/content.config.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['src/lib/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [contentOnlyInData], patterns: libIsPure }],
    },
  },
);
