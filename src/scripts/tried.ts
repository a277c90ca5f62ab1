/**
 * The "Copy what you've tried" button of a troubleshooter result: copies the
 * text shown above it, and says so as article.ts does. It shares no module
 * with article.ts: a shared one becomes a chunk of its own, one more request
 * on every article. What it says comes from the status element's data-
 * attributes (TriedText.astro), in the page's language.
 */
export function enhanceTried(): void {
  const button = document.querySelector<HTMLButtonElement>('button[data-copy-tried]');
  const text = document.querySelector('[data-tried-text]')?.textContent;
  const status = document.querySelector<HTMLElement>('[data-tried-status]');
  if (!button || !text) return;
  button.hidden = false;
  button.addEventListener('click', () => {
    // Outside a secure context (plain http) the browser has no navigator.clipboard at all.
    const clipboard = navigator.clipboard as Clipboard | undefined;
    (clipboard ? clipboard.writeText(text) : Promise.reject(new Error('no clipboard'))).then(
      () => {
        if (status) status.textContent = status.dataset.copiedMessage ?? '';
        button.dataset.copied = status?.dataset.copiedMark ?? '';
        setTimeout(() => delete button.dataset.copied, 2000);
      },
      () => {
        if (status) status.textContent = status.dataset.notCopiedMessage ?? '';
      },
    );
  });
}
