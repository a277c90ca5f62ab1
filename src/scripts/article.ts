/**
 * Article enhancements for agents: section and step links copy the article's
 * short link with their #fragment, and "Copy as reply" copies the plain-text
 * reply. A live region says what was copied, and the control shows
 * "Copied" (data-copied-mark, in the page's language) for two seconds. Without JavaScript the links
 * still work as links.
 *
 * What it says comes from the page, in the page's language: the data-
 * attributes of the status element (ArticleTools.astro), where {url} stands
 * for the link copied.
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
    // The stylesheet shows this word after the control (content: attr(data-copied)).
    anchor.dataset.copied = status?.dataset.copiedMark ?? '';
    setTimeout(() => delete anchor.dataset.copied, 2000);
  }
}

export function enhanceArticle(): void {
  const shortLink = document.querySelector<HTMLAnchorElement>('a[data-short-link]');
  const status = document.querySelector<HTMLElement>('[data-copy-status]');
  if (!shortLink) return;
  const shortUrl = shortLink.dataset.shortLink ?? shortLink.href;
  const said: DOMStringMap = status?.dataset ?? {};
  const withUrl = (message: string | undefined, url: string) => (message ?? '').replace('{url}', () => url);

  for (const anchor of document.querySelectorAll<HTMLAnchorElement>('a[data-anchor-link]')) {
    if (said.copyLink) anchor.title = said.copyLink;
    // The link still moves to its section; it also copies the short link to it.
    anchor.addEventListener('click', () => {
      const url = shortUrl + anchor.hash;
      copy(url).then(
        () => {
          announce(status, withUrl(said.linkCopied, url), anchor);
        },
        () => {
          announce(status, withUrl(said.linkNotCopied, url));
        },
      );
    });
  }

  // "Copy as reply", and the same reply in the article's other languages.
  for (const replyButton of document.querySelectorAll<HTMLButtonElement>('button[data-copy-reply]')) {
    const replyUrl = replyButton.dataset.copyReply;
    if (!replyUrl) continue;
    replyButton.hidden = false;
    replyButton.addEventListener('click', () => {
      const text = fetch(replyUrl).then((response) => {
        if (!response.ok) throw new Error(`${response.status}`);
        return response.text();
      });
      copy(text).then(
        () => {
          announce(status, said.replyCopied ?? '', replyButton);
        },
        () => {
          announce(status, said.replyNotCopied ?? '');
        },
      );
    });
  }
}
