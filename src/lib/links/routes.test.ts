import { describe, expect, test } from 'vitest';
import {
  FIXES_PATH,
  alertTextPath,
  apiFixPath,
  apiSchemaPath,
  fixPath,
  kbIdInPath,
  kbIdOfShortLink,
  pageOfFile,
  questionIdPath,
  questionPath,
  resultPath,
  sourceFileOfPage,
  stepLinkPath,
  urlKindOf,
} from './routes';

describe('fixPath', () => {
  test('builds the article URL from its slug, with a trailing slash', () => {
    expect(fixPath('update-ios')).toBe('/fixes/update-ios/');
  });

  test('lives under FIXES_PATH', () => {
    expect(FIXES_PATH).toBe('/fixes/');
    expect(fixPath('quick-checks').startsWith(FIXES_PATH)).toBe(true);
  });
});

describe('sourceFileOfPage', () => {
  test('maps an article page to its content file', () => {
    expect(sourceFileOfPage('/fixes/update-ios/')).toBe('content/fixes/update-ios.mdx');
  });

  test('is the inverse of fixPath', () => {
    expect(sourceFileOfPage(fixPath('check-icloud-storage'))).toBe('content/fixes/check-icloud-storage.mdx');
  });

  test.each([
    ['the home page', '/'],
    ['the article index', '/fixes/'],
    ['the search page', '/search/'],
    ['the 404 page', '/404.html'],
    ['a page nested below an article', '/fixes/update-ios/extra/'],
    ['an article path without its trailing slash', '/fixes/update-ios'],
    ['a file inside the fixes folder', '/fixes/update-ios/index.html'],
  ])('returns undefined for %s', (_, path) => {
    expect(sourceFileOfPage(path)).toBeUndefined();
  });
});

describe('kbIdInPath', () => {
  test.each([
    ['/kb/icb-102/', 'icb-102'],
    ['/kb/ICB-102/', 'icb-102'],
    ['/KB/icb-102', 'icb-102'],
    ['/Kb/Icb-10234/', 'icb-10234'],
    ['/ICB-102', 'icb-102'],
    ['/kb/%49CB-102/', 'icb-102'],
  ])('%s names %s', (path, kbId) => {
    expect(kbIdInPath(path)).toBe(kbId);
  });

  test.each([['/fixes/no-such-page/'], ['/kb/icb-12/'], ['/kb/icb-123456/'], ['/kb/%E0%A4%A/']])('%s names none', (path) => {
    expect(kbIdInPath(path)).toBeUndefined();
  });
});

describe('urlKindOf', () => {
  test.each([
    ['/', 'page'],
    ['/fixes/', 'page'],
    ['/search/', 'page'],
    ['/fixes/quick-checks/', 'fix'],
    ['/errors/needs-wi-fi/', 'alert'],
    ['/troubleshoot/', 'troubleshooter'],
    ['/troubleshoot/gray/managed/', 'troubleshooter'],
    ['/kb/icb-101/', 'short-link'],
    ['/kb/icb-101.txt', 'reply'],
    ['/errors/needs-wi-fi.txt', 'alert-text'],
    ['/api/v1/fixes.json', 'api'],
    ['/api/v1/fixes/quick-checks.json', 'api'],
    ['/api/v1/fixes.schema.json', 'api'],
    ['/llms.txt', 'machine'],
    ['/feed.xml', 'machine'],
    ['/opensearch.xml', 'machine'],
  ])('%s is a %s', (path, kind) => {
    expect(urlKindOf(path)).toBe(kind);
  });

  test.each([
    ['/404.html'],
    ['/robots.txt'],
    ['/sitemap-index.xml'],
    ['/_redirects'],
    ['/_astro/x.js'],
    ['/pagefind/pagefind.js'],
    ['/favicon.ico'],
    ['/search-vocabulary.json'],
  ])('%s is not recorded', (path) => {
    expect(urlKindOf(path)).toBeUndefined();
  });
});

describe('pageOfFile and the other path helpers', () => {
  test('a text or JSON file belongs to its page', () => {
    expect(pageOfFile('/kb/icb-102.txt')).toBe('/kb/icb-102/');
    expect(pageOfFile('/api/v1/fixes/quick-checks.json')).toBe('/fixes/quick-checks/');
    expect(pageOfFile('/errors/needs-wi-fi.txt')).toBe('/errors/needs-wi-fi/');
    expect(pageOfFile('/llms.txt')).toBe('/llms.txt');
  });

  test('kbIdOfShortLink reads only the exact short-link shape', () => {
    expect(kbIdOfShortLink('/kb/icb-102/')).toBe('icb-102');
    expect(kbIdOfShortLink('/kb/icb-102.txt')).toBeUndefined();
    expect(kbIdOfShortLink('/kb/ICB-102/')).toBeUndefined();
  });

  test('step links, alert texts, API files and schemas', () => {
    expect(stepLinkPath('icb-102', 3)).toBe('/kb/icb-102/#step-3');
    expect(alertTextPath('needs-wi-fi')).toBe('/errors/needs-wi-fi.txt');
    expect(apiFixPath('quick-checks')).toBe('/api/v1/fixes/quick-checks.json');
    expect(apiSchemaPath('fix')).toBe('/api/v1/fix.schema.json');
  });

  test('sourceFileOfPage maps alert pages to their files too', () => {
    expect(sourceFileOfPage('/errors/needs-wi-fi/')).toBe('content/alerts/needs-wi-fi.md');
  });
});

describe('troubleshooter URLs', () => {
  const start = { id: 'what-do-you-see', data: { start: true } };
  const other = { id: 'second', data: { start: false } };

  test('the start question is /troubleshoot/, the others /troubleshoot/<id>/', () => {
    expect(questionPath(start)).toBe('/troubleshoot/');
    expect(questionPath(other)).toBe('/troubleshoot/second/');
    expect(questionIdPath('what-do-you-see')).toBe('/troubleshoot/what-do-you-see/');
  });

  test('a result is /troubleshoot/<question id>/<answer id>/', () => {
    expect(resultPath('second', 'yes')).toBe('/troubleshoot/second/yes/');
  });
});
