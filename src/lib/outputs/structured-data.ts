/**
 * JSON-LD for search engines: TechArticle for each fix and BreadcrumbList for
 * its trail. No HowTo or FAQPage markup: Google stopped showing rich results
 * for them in 2023.
 */

export interface Crumb {
  name: string;
  url: string;
}

export interface ArticleFacts {
  headline: string;
  description: string;
  url: string;
  dateModified: Date;
  inLanguage: string;
  publisherName: string;
  publisherUrl: string;
  identifier: string;
}

export function techArticle(facts: ArticleFacts): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'TechArticle',
    headline: facts.headline,
    description: facts.description,
    url: facts.url,
    mainEntityOfPage: facts.url,
    identifier: facts.identifier,
    dateModified: facts.dateModified.toISOString().slice(0, 10),
    inLanguage: facts.inLanguage,
    publisher: { '@type': 'Organization', name: facts.publisherName, url: facts.publisherUrl },
  };
}

export function breadcrumbList(crumbs: readonly Crumb[]): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: crumb.url,
    })),
  };
}

/** JSON safe to place inside a <script> element: no "</script>" can close it early. */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
