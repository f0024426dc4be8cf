// Progressive enhancement of ShareLinks.astro: the links and the selectable URL work without it.

/** Shows "Copy link" where the clipboard is available and "More ways to share…" where Web Share is. */
export function enhanceShareLinks(box: HTMLElement): void {
  const input = box.querySelector<HTMLInputElement>('#share-url');
  const status = box.querySelector<HTMLElement>('[data-share-status]');
  const copy = box.querySelector<HTMLButtonElement>('[data-copy]');
  const native = box.querySelector<HTMLButtonElement>('[data-share-native]');
  if (!input || !status) return;
  if (copy && 'clipboard' in navigator) {
    copy.hidden = false;
    copy.addEventListener('click', () => {
      navigator.clipboard.writeText(input.value).then(
        () => (status.textContent = 'Link copied.'),
        () => (status.textContent = 'Could not copy: select the link and copy it.'),
      );
    });
  }
  if (native && 'share' in navigator) {
    native.hidden = false;
    native.addEventListener('click', () => {
      navigator.share({ title: document.title, url: input.value }).catch(() => {
        // The reader closed the share sheet: nothing to do.
      });
    });
  }
}
