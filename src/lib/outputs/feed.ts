/**
 * The feed of changes (/feed.xml): one item per article and alert, dated by
 * its last review and saying what changed, newest first. Agents subscribe so
 * their macros stay current. The item's guid holds the review date, so a new
 * review shows as a new item in feed readers.
 */
import { newestFirst, type Change } from '#lib/articles/changes.ts';
import { escapeXml, formatDate, isoDate } from '#lib/format.ts';

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
export function feedDescription({ lastReviewed, changes = [] }: FeedSource): string {
  const [latest] = newestFirst(changes);
  const review = lastReviewed
    ? `Last reviewed ${formatDate(lastReviewed, 'en')}: checked against the listed sources.`
    : 'Not reviewed yet.';
  return latest ? `What changed (${formatDate(latest.date, 'en')}): ${latest.summary} ${review}` : `${review} No change noted.`;
}

export function feedItem(source: FeedSource): FeedItem {
  const guid = `${source.kind}:${source.id}@${source.lastReviewed ? isoDate(source.lastReviewed) : 'unreviewed'}`;
  return {
    title: source.kind === 'alert' ? `Alert: ${source.title}` : source.title,
    link: source.url,
    pubDate: source.lastReviewed,
    description: feedDescription(source),
    categories: [source.kind],
    customData: `<guid isPermaLink="false">${escapeXml(guid)}</guid>`,
  };
}

/** Every item, newest review first; items without a date last, by title. */
export function feedItems(sources: readonly FeedSource[]): FeedItem[] {
  const time = (item: FeedItem) => item.pubDate?.getTime() ?? -Infinity;
  return sources.map(feedItem).sort((a, b) => time(b) - time(a) || a.title.localeCompare(b.title));
}
