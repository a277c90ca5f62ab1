/**
 * Sources of an article or alert. Every page must rest on at least one of
 * Apple's own pages: third-party pages may add detail, never stand alone.
 */

/** Apple's own sites: its support articles and guides, and apple.com (System Status). */
const APPLE_SOURCE_HOSTS = ['apple.com', 'www.apple.com', 'support.apple.com'] as const;

/** True for an https URL on one of Apple's own sites. Community forums and other subdomains do not count. */
export function isAppleSource(url: string): boolean {
  try {
    const { protocol, hostname } = new URL(url);
    return protocol === 'https:' && (APPLE_SOURCE_HOSTS as readonly string[]).includes(hostname);
  } catch {
    return false;
  }
}

/** True when at least one source is on one of Apple's own sites. */
export function hasAppleSource(sources: readonly { url: string }[]): boolean {
  return sources.some((source) => isAppleSource(source.url));
}
