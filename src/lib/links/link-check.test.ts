import { describe, expect, test } from 'vitest';
import { externalLinks, findBrokenLinks, resolveInternal, type BuiltPage } from './link-check';

const SITE = 'https://icloud-backup-help.example';

function page(path: string, hrefs: string[] = [], ids: string[] = []): BuiltPage {
  return { path, hrefs, ids: new Set(ids) };
}

const noFiles = () => false;

describe('resolveInternal', () => {
  test('resolves a relative href against the page path', () => {
    expect(resolveInternal('/fixes/update-ios/', '../quick-checks/')).toEqual({
      path: '/fixes/quick-checks/',
      fragment: '',
    });
  });

  test('resolves a relative href without ../ inside the page directory', () => {
    expect(resolveInternal('/fixes/', 'update-ios/')).toEqual({ path: '/fixes/update-ios/', fragment: '' });
  });

  test('keeps an absolute path as it is', () => {
    expect(resolveInternal('/fixes/update-ios/', '/search/')).toEqual({ path: '/search/', fragment: '' });
  });

  test('resolves a fragment-only href to the same page', () => {
    expect(resolveInternal('/fixes/update-ios/', '#steps')).toEqual({ path: '/fixes/update-ios/', fragment: 'steps' });
  });

  test('splits the fragment off a path', () => {
    expect(resolveInternal('/', '/fixes/update-ios/#before-you-start')).toEqual({
      path: '/fixes/update-ios/',
      fragment: 'before-you-start',
    });
  });

  test('ignores the query string', () => {
    expect(resolveInternal('/', '/search/?q=icloud+backup')).toEqual({ path: '/search/', fragment: '' });
    expect(resolveInternal('/', '/search/?q=x#results')).toEqual({ path: '/search/', fragment: 'results' });
  });

  test('decodes percent-encoded paths and fragments', () => {
    expect(resolveInternal('/', '/fixes/caf%C3%A9/#%C3%A9tape-1')).toEqual({
      path: '/fixes/café/',
      fragment: 'étape-1',
    });
  });

  test.each([
    ['another origin', 'https://support.apple.com/en-us/108770'],
    ['a protocol-relative URL', '//www.apple.com/support/systemstatus/'],
    ['plain http to the site host', 'http://icloud-backup-help.example/fixes/update-ios/'],
    ['mailto:', 'mailto:help@example.com'],
    ['tel:', 'tel:+18002752273'],
  ])('returns undefined for %s', (_, href) => {
    expect(resolveInternal('/fixes/update-ios/', href, SITE)).toBeUndefined();
  });

  test('counts an absolute URL on the site origin as internal', () => {
    expect(resolveInternal('/', `${SITE}/fixes/update-ios/#steps`, SITE)).toEqual({
      path: '/fixes/update-ios/',
      fragment: 'steps',
    });
  });

  test('counts an absolute URL on the site origin as external when no site origin is given', () => {
    expect(resolveInternal('/', `${SITE}/fixes/update-ios/`)).toBeUndefined();
  });
});

describe('findBrokenLinks', () => {
  test('returns no broken links when every link resolves', () => {
    const pages = [
      page('/', ['/fixes/update-ios/', '/fixes/update-ios/#steps', '#main'], ['main']),
      page('/fixes/update-ios/', ['../../', '/'], ['steps']),
    ];
    expect(findBrokenLinks(pages, noFiles)).toEqual([]);
  });

  test('reports a link to a page that does not exist', () => {
    const pages = [page('/', ['/fixes/no-such-fix/']), page('/fixes/update-ios/')];
    expect(findBrokenLinks(pages, noFiles)).toEqual([
      { page: '/', href: '/fixes/no-such-fix/', reason: '/fixes/no-such-fix/ is not a page of this site' },
    ]);
  });

  test('reports a link whose fragment is missing on another page', () => {
    const pages = [page('/', ['/fixes/update-ios/#nope']), page('/fixes/update-ios/', [], ['steps'])];
    expect(findBrokenLinks(pages, noFiles)).toEqual([
      { page: '/', href: '/fixes/update-ios/#nope', reason: '/fixes/update-ios/ has no element with id "nope"' },
    ]);
  });

  test('reports a fragment-only link whose id is missing on the same page', () => {
    const pages = [page('/fixes/update-ios/', ['#steps', '#missing'], ['steps'])];
    expect(findBrokenLinks(pages, noFiles)).toEqual([
      { page: '/fixes/update-ios/', href: '#missing', reason: '/fixes/update-ios/ has no element with id "missing"' },
    ]);
  });

  test('accepts a link to a static file that fileExists knows', () => {
    const asked: string[] = [];
    const fileExists = (path: string) => {
      asked.push(path);
      return path === '/favicon.svg';
    };
    const pages = [page('/', ['/favicon.svg', '/missing.png'])];
    expect(findBrokenLinks(pages, fileExists)).toEqual([
      { page: '/', href: '/missing.png', reason: '/missing.png is not a page of this site' },
    ]);
    expect(asked).toEqual(['/favicon.svg', '/missing.png']);
  });

  test('checks a link with a query string against the path only', () => {
    const pages = [page('/', ['/search/?q=icloud+backup', '/nowhere/?q=x']), page('/search/')];
    expect(findBrokenLinks(pages, noFiles)).toEqual([{ page: '/', href: '/nowhere/?q=x', reason: '/nowhere/ is not a page of this site' }]);
  });

  test('matches a percent-encoded link to a page with a decoded path', () => {
    const pages = [page('/', ['/fixes/caf%C3%A9/', '/fixes/caf%C3%A9/#%C3%A9tape']), page('/fixes/café/', [], ['étape'])];
    expect(findBrokenLinks(pages, noFiles)).toEqual([]);
  });

  test('reports a broken percent-encoded link with the raw href and the decoded path', () => {
    const pages = [page('/', ['/fixes/th%C3%A9/'])];
    expect(findBrokenLinks(pages, noFiles)).toEqual([
      { page: '/', href: '/fixes/th%C3%A9/', reason: '/fixes/thé/ is not a page of this site' },
    ]);
  });

  test('checks absolute links on the site origin and skips other origins', () => {
    const pages = [page('/', [`${SITE}/fixes/gone/`, `${SITE}/`, 'https://support.apple.com/gone/', 'mailto:x@example.com'])];
    expect(findBrokenLinks(pages, noFiles, SITE)).toEqual([
      { page: '/', href: `${SITE}/fixes/gone/`, reason: '/fixes/gone/ is not a page of this site' },
    ]);
  });

  test('requires the exact page path, trailing slash included', () => {
    const pages = [page('/', ['/fixes/update-ios']), page('/fixes/update-ios/')];
    expect(findBrokenLinks(pages, noFiles)).toEqual([
      { page: '/', href: '/fixes/update-ios', reason: '/fixes/update-ios is not a page of this site' },
    ]);
  });

  test('reports every broken link, from every page, in page order', () => {
    const pages = [page('/a/', ['/x/', '#y']), page('/b/', ['/a/#z'])];
    expect(findBrokenLinks(pages, noFiles).map(({ page, href }) => `${page} ${href}`)).toEqual(['/a/ /x/', '/a/ #y', '/b/ /a/#z']);
  });

  test('reports a link with malformed percent-encoding as broken instead of throwing', () => {
    const pages = [page('/', ['/100%-free/']), page('/fixes/update-ios/')];
    let broken: ReturnType<typeof findBrokenLinks> | undefined;
    expect(() => {
      broken = findBrokenLinks(pages, noFiles);
    }).not.toThrow();
    expect(broken).toHaveLength(1);
    expect(broken?.[0]).toMatchObject({ page: '/', href: '/100%-free/' });
  });
});

describe('externalLinks', () => {
  test('lists links that leave the site, each once, sorted, with the pages that use them', () => {
    const pages = [
      page('/', ['https://support.apple.com/b', '/fixes/update-ios/', 'mailto:x@example.com']),
      page('/fixes/update-ios/', ['https://support.apple.com/b', 'https://apple.com/a', '#steps']),
    ];
    expect([...externalLinks(pages)]).toEqual([
      ['https://apple.com/a', ['/fixes/update-ios/']],
      ['https://support.apple.com/b', ['/', '/fixes/update-ios/']],
      ['mailto:x@example.com', ['/']],
    ]);
  });

  test('leaves out absolute links on the site origin', () => {
    const pages = [page('/', [`${SITE}/fixes/update-ios/`, 'https://apple.com/'])];
    expect([...externalLinks(pages, SITE).keys()]).toEqual(['https://apple.com/']);
  });

  test('returns an empty map when every link is internal', () => {
    expect(externalLinks([page('/', ['/search/', '#top', '../'])]).size).toBe(0);
  });
});
