/**
 * The 404 page's rescue for short links typed another way (/kb/ICB-102,
 * /KB/icb-102/, /icb-102): if the address holds a known kbId, go straight to
 * its article, keeping the #fragment (#step-3); if it holds an ID no article
 * has (/kb/icb-999/), say so and list the articles by ID. The IDs it knows
 * are the page's own no-JavaScript list of articles by ID.
 */
import { shortLinkRescue } from '#lib/links/kb-id.ts';

export function followShortLink(): void {
  const rescue = shortLinkRescue(
    location.pathname,
    (kbId) => document.querySelector<HTMLAnchorElement>(`a[data-kb-id="${kbId}"]`)?.getAttribute('href') ?? undefined,
  );
  if (!rescue) return;
  if (rescue.href) location.replace(rescue.href + location.hash);
  else sayNoArticleHas(rescue.kbId);
}

/**
 * An ID no article has: the page says so first, then lists the articles by ID.
 * The search for the address's words ("icb 999") would only find pages that
 * happen to hold a number, so its box goes.
 */
function sayNoArticleHas(kbId: string): void {
  const notice = document.querySelector<HTMLElement>('[data-unknown-kb-id]');
  const id = notice?.querySelector('[data-kb-id-text]');
  const index = document.querySelector('[data-kb-index]');
  if (!notice || !id || !index) return;
  id.textContent = kbId;
  notice.hidden = false;
  document.querySelector<HTMLElement>('[data-not-found-summary]')?.setAttribute('hidden', '');
  notice.after(index);
  document.querySelector('[data-not-found-suggestions]')?.remove();
}
