/**
 * The OpenSearch description (/opensearch.xml) that lets a browser add the
 * site as a search engine: its template opens the search page with the words
 * in ?q=, the same shareable URL the search page itself uses.
 */
import { escapeXml } from '#lib/format.ts';
import { SEARCH_PATH } from '#lib/links/routes.ts';

/** OpenSearch 1.1 allows 16 characters at most in ShortName. */
const SHORT_NAME_MAX = 16;

interface OpenSearchSite {
  /** The full name, as LongName and the <link rel="search"> title. */
  name: string;
  /** At most 16 characters. */
  shortName: string;
  description: string;
  /** The site's origin, e.g. https://help.example.com. */
  origin: string;
  /** Its own address and the icon, as paths. */
  selfPath: string;
  iconPath: string;
}

/** The search page URL with OpenSearch's {searchTerms} placeholder in q. */
export function searchTemplate(origin: string): string {
  return `${new URL(SEARCH_PATH, origin).href}?q={searchTerms}`;
}

export function openSearchDescription(site: OpenSearchSite): string {
  if (site.shortName.length > SHORT_NAME_MAX)
    throw new Error(`OpenSearch ShortName "${site.shortName}" is longer than ${SHORT_NAME_MAX} characters.`);
  const url = (path: string) => escapeXml(new URL(path, site.origin).href);
  return `<?xml version="1.0" encoding="UTF-8"?>
<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/" xmlns:moz="http://www.mozilla.org/2006/browser/search/">
  <ShortName>${escapeXml(site.shortName)}</ShortName>
  <LongName>${escapeXml(site.name)}</LongName>
  <Description>${escapeXml(site.description)}</Description>
  <InputEncoding>UTF-8</InputEncoding>
  <Image width="32" height="32" type="image/x-icon">${url(site.iconPath)}</Image>
  <Url type="text/html" method="get" template="${escapeXml(searchTemplate(site.origin))}"/>
  <Url type="application/opensearchdescription+xml" rel="self" template="${url(site.selfPath)}"/>
  <moz:SearchForm>${url(SEARCH_PATH)}</moz:SearchForm>
</OpenSearchDescription>
`;
}
