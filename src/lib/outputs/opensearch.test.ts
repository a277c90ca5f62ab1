import { XMLParser } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import { openSearchDescription, searchTemplate } from './opensearch';

const site = {
  name: 'iCloud Backup Help',
  shortName: 'iCloud Backup',
  description: 'Search fixes & alerts',
  origin: 'https://help.example',
  selfPath: '/opensearch.xml',
  iconPath: '/favicon.ico',
};

describe('openSearchDescription', () => {
  const parsed = new XMLParser({ ignoreAttributes: false }).parse(openSearchDescription(site)) as {
    OpenSearchDescription: { ShortName: string; LongName: string; Description: string; Url: { '@_type': string; '@_template': string }[] };
  };
  const doc = parsed.OpenSearchDescription;

  test('is well-formed XML with escaped text', () => {
    expect(doc.ShortName).toBe('iCloud Backup');
    expect(doc.LongName).toBe('iCloud Backup Help');
    expect(doc.Description).toBe('Search fixes & alerts');
  });

  test('its HTML template opens the search page with the words in q', () => {
    const html = doc.Url.find((u) => u['@_type'] === 'text/html');
    expect(html?.['@_template']).toBe('https://help.example/search/?q={searchTerms}');
    expect(searchTemplate('https://help.example')).toBe(html?.['@_template']);
  });

  test('refuses a ShortName longer than OpenSearch allows', () => {
    expect(() => openSearchDescription({ ...site, shortName: 'iCloud Backup Help' })).toThrow(/longer than 16/);
  });
});
