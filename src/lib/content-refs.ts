/** A field of one content file that names another entry. */
export interface ReferenceUse {
  /** Path of the file that holds the reference, as shown to the editor. */
  file: string;
  /** The frontmatter field, e.g. "author" or "quizzes[1]". */
  field: string;
  /** Collection the reference points into. */
  collection: string;
  /** The id written in the file. */
  id: string;
}

/**
 * Astro does not check that a reference points at an existing entry, so the build does: every
 * reference that names nothing becomes one message naming the file, the field and the missing id.
 */
export function brokenReferences(
  uses: ReferenceUse[],
  known: Record<string, ReadonlySet<string>>,
): string[] {
  return uses
    .filter((u) => !known[u.collection]?.has(u.id))
    .map((u) => {
      const ids = [...(known[u.collection] ?? [])].sort().join(', ') || 'none';
      return `${u.file}: "${u.field}" refers to "${u.id}", which is not in content/${u.collection}/ (known: ${ids})`;
    });
}
