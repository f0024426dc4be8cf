/**
 * A link to /tip/ or /ask/ from an article names it (?article=<slug>): choose it in the form's
 * "Which article" select. The select is not controlled by the island, so hydration leaves the
 * choice alone; an unknown slug leaves the select as it was.
 */
export function preselectArticle(search: string, root: ParentNode = document): void {
  const slug = new URLSearchParams(search).get('article');
  const select = root.querySelector<HTMLSelectElement>('select[name="article"]');
  if (slug && select && [...select.options].some((o) => o.value === slug)) select.value = slug;
}
