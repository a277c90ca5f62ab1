import { describe, expect, test } from 'vitest';
import { breadcrumbList, serializeJsonLd, techArticle } from './structured-data';

const facts = {
  headline: 'Check your iCloud storage',
  description: 'See what uses your storage.',
  url: 'https://help.example/fixes/check-icloud-storage/',
  dateModified: new Date('2026-11-25T00:00:00Z'),
  inLanguage: 'en',
  publisherName: 'iCloud Backup Help',
  publisherUrl: 'https://help.example/',
  identifier: 'icb-102',
};

describe('techArticle', () => {
  test('is a schema.org TechArticle with the article facts', () => {
    const data = techArticle(facts);
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'TechArticle',
      headline: 'Check your iCloud storage',
      description: 'See what uses your storage.',
      inLanguage: 'en',
      identifier: 'icb-102',
      publisher: { '@type': 'Organization', name: 'iCloud Backup Help', url: 'https://help.example/' },
    });
  });

  test('gives dateModified as a calendar date', () => {
    expect(techArticle(facts).dateModified).toBe('2026-11-25');
  });
});

describe('breadcrumbList', () => {
  test('numbers the crumbs from 1, in order', () => {
    const data = breadcrumbList([
      { name: 'Home', url: 'https://help.example/' },
      { name: 'Fixes', url: 'https://help.example/fixes/' },
    ]);
    expect(data['@type']).toBe('BreadcrumbList');
    expect(data.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://help.example/' },
      { '@type': 'ListItem', position: 2, name: 'Fixes', item: 'https://help.example/fixes/' },
    ]);
  });
});

describe('serializeJsonLd', () => {
  test('cannot close the script element early', () => {
    const json = serializeJsonLd({ headline: 'a </script><script>alert(1)</script>' });
    expect(json).not.toContain('</script>');
    expect(JSON.parse(json)).toEqual({ headline: 'a </script><script>alert(1)</script>' });
  });
});
