/**
 * The feed of changes (/feed.xml, /fr/feed.xml): one item per article and
 * alert, dated by its last review and saying what changed, newest first.
 * Agents subscribe so their macros stay current. The item's guid holds the
 * language and the review date, so a new review shows as a new item in feed
 * readers. The change notes are written in English; another language's feed
 * says so.
 */
import { newestFirst, type Change } from '#lib/articles/changes.ts';
import { escapeXml, formatDate, isoDate } from '#lib/format.ts';
import { DEFAULT_LANGUAGE, type Language } from '#lib/i18n/languages.ts';
import { uiStrings } from '#lib/i18n/ui-strings.ts';

/** An item as @astrojs/rss takes it. */
interface FeedItem {
  title: string;
  link: string;
  pubDate?: Date | undefined;
  description: string;
  categories: string[];
  customData: string;
}

interface FeedSource {
  /** "fix" or "alert". */
  kind: 'fix' | 'alert';
  /** The kbId of a fix, the slug of an alert: with the date, the item's guid. */
  id: string;
  title: string;
  url: string;
  lastReviewed?: Date | undefined;
  changes?: readonly Change[] | undefined;
}

/** What the item says: the newest change, and what the review date means. */
export function feedDescription({ lastReviewed, changes = [] }: FeedSource, lang: Language = DEFAULT_LANGUAGE): string {
  const words = uiStrings(lang).feed;
  const [latest] = newestFirst(changes);
  const review = lastReviewed ? words.lastReviewed(formatDate(lastReviewed, lang)) : words.notReviewed;
  return latest ? `${words.whatChanged(formatDate(latest.date, lang), latest.summary)} ${review}` : `${review} ${words.noChange}`;
}

export function feedItem(source: FeedSource, lang: Language = DEFAULT_LANGUAGE): FeedItem {
  const reviewed = source.lastReviewed ? isoDate(source.lastReviewed) : 'unreviewed';
  // English guids keep their old form, so no reader sees an English item as new.
  const guid = `${lang === DEFAULT_LANGUAGE ? '' : `${lang}:`}${source.kind}:${source.id}@${reviewed}`;
  return {
    title: source.kind === 'alert' ? uiStrings(lang).settingsPaths.alertPage(source.title) : source.title,
    link: source.url,
    pubDate: source.lastReviewed,
    description: feedDescription(source, lang),
    categories: [source.kind],
    customData: `<guid isPermaLink="false">${escapeXml(guid)}</guid>`,
  };
}

/** Every item, newest review first; items without a date last, by title. */
export function feedItems(sources: readonly FeedSource[], lang: Language = DEFAULT_LANGUAGE): FeedItem[] {
  const time = (item: FeedItem) => item.pubDate?.getTime() ?? -Infinity;
  return sources.map((source) => feedItem(source, lang)).sort((a, b) => time(b) - time(a) || a.title.localeCompare(b.title));
}
