/**
 * Article enhancements for agents: section and step links copy the article's
 * short link with their #fragment, and "Copy as reply" copies the plain-text
 * reply. A live region says what was copied, and the control shows
 * "Copied" for two seconds. Without JavaScript the links
 * still work as links.
 */

async function copy(text: string | Promise<string>): Promise<void> {
  // ClipboardItem accepts a promise, which keeps the user's click valid in Safari while the text loads.
  // Outside a secure context (plain http) the browser has no navigator.clipboard at all.
  const clipboard = navigator.clipboard as Clipboard | undefined;
  if (typeof ClipboardItem !== 'undefined' && typeof clipboard?.write === 'function') {
    const blob = Promise.resolve(text).then((value) => new Blob([value], { type: 'text/plain' }));
    await clipboard.write([new ClipboardItem({ 'text/plain': blob })]);
  } else {
    await navigator.clipboard.writeText(await text);
  }
}

function announce(status: HTMLElement | null, message: string, anchor?: HTMLElement): void {
  if (status) status.textContent = message;
  if (anchor) {
    anchor.dataset.copied = '';
    setTimeout(() => delete anchor.dataset.copied, 2000);
  }
}

export function enhanceArticle(): void {
  const shortLink = document.querySelector<HTMLAnchorElement>('a[data-short-link]');
  const status = document.querySelector<HTMLElement>('[data-copy-status]');
  if (!shortLink) return;
  const shortUrl = shortLink.dataset.shortLink ?? shortLink.href;

  for (const anchor of document.querySelectorAll<HTMLAnchorElement>('a[data-anchor-link]')) {
    anchor.title = 'Copy link';
    // The link still moves to its section; it also copies the short link to it.
    anchor.addEventListener('click', () => {
      const url = shortUrl + anchor.hash;
      copy(url).then(
        () => {
          announce(status, `Link copied: ${url}`, anchor);
        },
        () => {
          announce(status, `Could not copy. The link is ${url}`);
        },
      );
    });
  }

  const replyButton = document.querySelector<HTMLButtonElement>('button[data-copy-reply]');
  const replyUrl = replyButton?.dataset.copyReply;
  if (replyButton && replyUrl) {
    replyButton.hidden = false;
    replyButton.addEventListener('click', () => {
      const text = fetch(replyUrl).then((response) => {
        if (!response.ok) throw new Error(`${response.status}`);
        return response.text();
      });
      copy(text).then(
        () => {
          announce(status, 'Reply copied as plain text.', replyButton);
        },
        () => {
          announce(status, 'Could not copy the reply. Open “Reply as plain text” and copy it from there.');
        },
      );
    });
  }
}
