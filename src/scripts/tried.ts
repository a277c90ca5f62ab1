/**
 * The "Copy what you've tried" button of a troubleshooter result: copies the
 * text shown above it, and says so as article.ts does. It shares no module
 * with article.ts: a shared one becomes a chunk of its own, one more request
 * on every article.
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
        if (status) status.textContent = 'Copied what you have tried.';
        button.dataset.copied = '';
        setTimeout(() => delete button.dataset.copied, 2000);
      },
      () => {
        if (status) status.textContent = 'Could not copy. Select the text above and copy it.';
      },
    );
  });
}
