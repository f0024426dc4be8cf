/** The keyboard shortcut that opens search. Its own file so the header's tiny script bundles only this. */

export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

/**
 * Whether a key press should open search: "/" when the reader is not typing somewhere,
 * or Ctrl+K / Cmd+K anywhere.
 */
export function opensSearch(e: KeyLike, typingInField: boolean): boolean {
  if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 'k') return true;
  return e.key === '/' && !e.ctrlKey && !e.metaKey && !e.altKey && !typingInField;
}
