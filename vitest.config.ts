/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// getViteConfig lets unit tests import modules that use astro/zod the same way the build does.
export default getViteConfig({
  test: {
    include: [
      'tests/unit/**/*.test.ts',
      'tests/content/**/*.test.ts',
      'tests/integration/**/*.test.ts',
    ],
    environment: 'node',
  },
});
