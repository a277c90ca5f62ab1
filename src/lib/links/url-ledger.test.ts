import { describe, expect, test } from 'vitest';
import {
  compareLedger,
  countByKind,
  entriesForBuild,
  goneRedirects,
  markGone,
  parseLedger,
  finalPageOf,
  serializeLedger,
  withNewEntries,
  type BuiltSite,
  type BuiltUrl,
  type LedgerEntry,
} from './url-ledger';

const page = (...ids: string[]): BuiltUrl => ({ ids: new Set(ids) });
const redirect = (to: string): BuiltUrl => ({ ids: new Set(), redirectTo: to });
const file = (): BuiltUrl => ({ ids: new Set() });

/** Two articles (a: icb-101, 3 steps; b: icb-102, 2 steps), an alert, the troubleshooter and a few files. */
function baseSite(): Record<string, BuiltUrl> {
  return {
    '/': page('main'),
    '/fixes/a/': page('step-1', 'step-2', 'step-3', 'when-to-try-this'),
    '/fixes/b/': page('step-1', 'step-2'),
    '/kb/icb-101/': redirect('/fixes/a/'),
    '/kb/icb-102/': redirect('/fixes/b/'),
    '/kb/icb-101.txt': file(),
    '/kb/icb-102.txt': file(),
    '/api/v1/fixes/a.json': file(),
    '/api/v1/fixes/b.json': file(),
    '/api/v1/fixes.json': file(),
    '/errors/x/': page(),
    '/errors/x.txt': file(),
    '/troubleshoot/': page(),
    '/troubleshoot/q/yes/': page(),
    '/llms.txt': file(),
    '/404.html': page(),
    '/_astro/page.js': file(),
    '/robots.txt': file(),
  };
}

const site = (pages: Record<string, BuiltUrl>): BuiltSite => new Map(Object.entries(pages));
const ledger = entriesForBuild(site(baseSite()));

function without(pages: Record<string, BuiltUrl>, ...paths: string[]): Record<string, BuiltUrl> {
  return Object.fromEntries(Object.entries(pages).filter(([path]) => !paths.includes(path)));
}

describe('entriesForBuild', () => {
  test('records every public URL with its kind, the page it reaches and, for articles, the kbId', () => {
    const byUrl = new Map(ledger.map((entry) => [entry.url, entry]));
    expect(byUrl.get('/fixes/a/')).toEqual({ url: '/fixes/a/', kind: 'fix', to: '/fixes/a/', kbId: 'icb-101' });
    expect(byUrl.get('/kb/icb-102/')).toEqual({ url: '/kb/icb-102/', kind: 'short-link', to: '/fixes/b/', kbId: 'icb-102' });
    expect(byUrl.get('/kb/icb-101.txt')).toEqual({ url: '/kb/icb-101.txt', kind: 'reply', to: '/fixes/a/', kbId: 'icb-101' });
    expect(byUrl.get('/api/v1/fixes/b.json')).toEqual({ url: '/api/v1/fixes/b.json', kind: 'api', to: '/fixes/b/', kbId: 'icb-102' });
    expect(byUrl.get('/errors/x.txt')).toMatchObject({ kind: 'alert-text', to: '/errors/x/', kbId: undefined });
    expect(byUrl.get('/troubleshoot/q/yes/')?.kind).toBe('troubleshooter');
    expect(byUrl.get('/llms.txt')?.kind).toBe('machine');
    expect(byUrl.get('/')?.kind).toBe('page');
  });

  test('adds each step a short link promises, and no other fragment', () => {
    const steps = ledger.filter((entry) => entry.kind === 'step');
    expect(steps.map((entry) => entry.url)).toEqual([
      '/kb/icb-101/#step-1',
      '/kb/icb-101/#step-2',
      '/kb/icb-101/#step-3',
      '/kb/icb-102/#step-1',
      '/kb/icb-102/#step-2',
    ]);
    expect(steps[2]).toEqual({ url: '/kb/icb-101/#step-3', kind: 'step', to: '/fixes/a/#step-3', kbId: 'icb-101' });
  });

  test('leaves out what nobody links to: assets, the 404 page, robots.txt', () => {
    const urls = ledger.map((entry) => entry.url);
    for (const url of ['/_astro/page.js', '/404.html', '/robots.txt']) expect(urls).not.toContain(url);
  });
});

describe('compareLedger', () => {
  test('the same build: no problem, nothing new', () => {
    expect(compareLedger(ledger, site(baseSite()))).toEqual({ problems: [], unrecorded: [] });
  });

  test('a new article is reported as unrecorded until the ledger has it', () => {
    const pages = { ...baseSite(), '/fixes/c/': page('step-1'), '/kb/icb-103/': redirect('/fixes/c/') };
    const { problems, unrecorded } = compareLedger(ledger, site(pages));
    expect(problems).toEqual([]);
    expect(unrecorded.map((entry) => entry.url)).toEqual(['/fixes/c/', '/kb/icb-103/', '/kb/icb-103/#step-1']);
    expect(compareLedger(withNewEntries(ledger, unrecorded), site(pages)).unrecorded).toEqual([]);
  });

  test('a deleted article is one problem: the page, its file, its kbId, every URL that reached it, and the three ways out', () => {
    const pages = without(baseSite(), '/fixes/b/', '/kb/icb-102/', '/kb/icb-102.txt', '/api/v1/fixes/b.json');
    const { problems } = compareLedger(ledger, site(pages));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('/fixes/b/ (article icb-102, built from content/fixes/b.mdx) no longer resolves');
    for (const url of ['/kb/icb-102/', '/kb/icb-102.txt', '/api/v1/fixes/b.json', '/kb/icb-102/#step-2'])
      expect(problems[0]).toContain(url);
    expect(problems[0]).toContain('Restore content/fixes/b.mdx');
    expect(problems[0]).toContain('formerSlugs');
    expect(problems[0]).toContain('npm run ledger -- --gone /fixes/b/ --to');
  });

  test('a rename without formerSlugs names the new page and the formerSlugs entry to add', () => {
    const pages = {
      ...without(baseSite(), '/fixes/b/', '/api/v1/fixes/b.json'),
      '/fixes/b2/': page('step-1', 'step-2'),
      '/api/v1/fixes/b2.json': file(),
      '/kb/icb-102/': redirect('/fixes/b2/'),
    };
    const { problems } = compareLedger(ledger, site(pages));
    expect(problems).toEqual([
      expect.stringMatching(
        /^\/fixes\/b\/ \(article icb-102\) no longer resolves, and so does 1 URL\(s\) that reached it: \/api\/v1\/fixes\/b\.json\. The article is now \/fixes\/b2\/ \(content\/fixes\/b2\.mdx\): add "b" to its formerSlugs/,
      ),
    ]);
  });

  test('a rename with formerSlugs passes: the old page redirects, the old API file is still there', () => {
    const pages = {
      ...baseSite(),
      '/fixes/b/': redirect('/fixes/b2/'),
      '/fixes/b2/': page('step-1', 'step-2'),
      '/api/v1/fixes/b2.json': file(),
      '/kb/icb-102/': redirect('/fixes/b2/'),
    };
    expect(compareLedger(ledger, site(pages)).problems).toEqual([]);
  });

  test('a changed kbId names the file, both kbIds and the published URLs', () => {
    const pages = without(baseSite(), '/kb/icb-102/', '/kb/icb-102.txt');
    Object.assign(pages, { '/kb/icb-112/': redirect('/fixes/b/'), '/kb/icb-112.txt': file() });
    const { problems } = compareLedger(ledger, site(pages));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^content\/fixes\/b\.mdx: kbId changed from icb-102 to icb-112\. icb-102 is published \(.*\/kb\/icb-102\/.*\), and a kbId never changes or moves: set kbId back to icb-102/,
    );
  });

  test('a kbId moved to another article: the short link names both pages', () => {
    const pages = { ...baseSite(), '/kb/icb-101/': redirect('/fixes/b/'), '/kb/icb-102/': redirect('/fixes/a/') };
    const { problems } = compareLedger(ledger, site(pages));
    expect(problems).toContainEqual(
      '/kb/icb-101/: kbId icb-101 moved. It led to /fixes/a/ (content/fixes/a.mdx) and now leads to /fixes/b/ (content/fixes/b.mdx). A kbId never moves: give each article back its own kbId.',
    );
    expect(problems).toContainEqual(expect.stringContaining('content/fixes/a.mdx: kbId changed from icb-101 to icb-102'));
  });

  test('a removed step stops the build with the step counts and the oldSteps note to add', () => {
    const pages = { ...baseSite(), '/fixes/a/': page('step-1', 'step-2') };
    expect(compareLedger(ledger, site(pages)).problems).toEqual([
      expect.stringMatching(
        /^content\/fixes\/a\.mdx: lost step link\(s\) \/kb\/icb-101\/#step-3: the ledger records 3 steps and the page now has 2, .*oldSteps: \{ 3: <step> \}/,
      ),
    ]);
  });

  test('a removed step with a note passes: the step it points to carries the old id (see article-anchors)', () => {
    // Two steps left; "step-3" is the marker the oldSteps note puts on step 2.
    const pages = { ...baseSite(), '/fixes/a/': page('step-1', 'step-2', 'step-3') };
    expect(compareLedger(ledger, site(pages)).problems).toEqual([]);
  });

  test('a deleted alert and troubleshooter page say how to keep them', () => {
    const { problems } = compareLedger(ledger, site(without(baseSite(), '/errors/x/', '/errors/x.txt', '/troubleshoot/q/yes/')));
    expect(problems).toContainEqual(
      expect.stringMatching(
        /^\/errors\/x\/ \(content\/alerts\/x\.md\) no longer resolves, and so does 1 URL\(s\) that reached it: \/errors\/x\.txt\..*add "x" to its formerSlugs/,
      ),
    );
    expect(problems).toContainEqual(
      expect.stringMatching(/^\/troubleshoot\/q\/yes\/ no longer resolves\..*content\/troubleshooter\/flow\.yaml/),
    );
  });
});

describe('gone entries', () => {
  const deleted = without(baseSite(), '/fixes/b/', '/kb/icb-102/', '/kb/icb-102.txt', '/api/v1/fixes/b.json');
  const marked = markGone(ledger, '/fixes/b/', '/fixes/a/', 'Merged into a.');
  /** The deleted article's URLs as the build writes them for a gone ledger: redirects and stubs. */
  const withRedirects = {
    ...deleted,
    '/fixes/b/': redirect('/fixes/a/'),
    '/kb/icb-102/': redirect('/fixes/a/'),
    '/kb/icb-102.txt': file(),
    '/api/v1/fixes/b.json': file(),
  };

  test('markGone marks the page and every URL that reached it, and nothing else', () => {
    const gone = marked.filter((entry) => entry.gone).map((entry) => entry.url);
    expect(gone).toEqual([
      '/fixes/b/',
      '/kb/icb-102/',
      '/kb/icb-102/#step-1',
      '/kb/icb-102/#step-2',
      '/kb/icb-102.txt',
      '/api/v1/fixes/b.json',
    ]);
    expect(marked.find((entry) => entry.url === '/kb/icb-102/')?.gone).toEqual({ replacement: '/fixes/a/', note: 'Merged into a.' });
  });

  test('markGone refuses an unknown URL, a replacement that is not a path, and an empty note', () => {
    expect(() => markGone(ledger, '/fixes/nope/', '/fixes/a/', 'x')).toThrow(/has no entry for \/fixes\/nope\//);
    expect(() => markGone(ledger, '/fixes/b/', 'fixes/a', 'x')).toThrow(/--to must be a path/);
    expect(() => markGone(ledger, '/fixes/b/', '/fixes/a/', ' ')).toThrow(/--note/);
  });

  test('goneRedirects lists each gone URL but steps, to its replacement', () => {
    expect(goneRedirects(marked).map((r) => r.from)).toEqual(['/fixes/b/', '/kb/icb-102/', '/kb/icb-102.txt', '/api/v1/fixes/b.json']);
  });

  test('a gone page that redirects to its replacement passes, and is not reported as new', () => {
    expect(compareLedger(marked, site(withRedirects))).toEqual({ problems: [], unrecorded: [] });
  });

  test('a gone page that the build does not redirect is reported', () => {
    expect(compareLedger(marked, site(deleted)).problems).toContainEqual(
      expect.stringContaining('/fixes/b/ is marked gone in content/published-urls.json, but the build does not send it'),
    );
  });

  test('a gone short link that is a page again is a reused kbId', () => {
    const reused = { ...withRedirects, '/fixes/c/': page('step-1'), '/kb/icb-102/': page() };
    expect(compareLedger(marked, site(reused)).problems).toContainEqual(
      expect.stringContaining('an article reuses kbId icb-102. Never reuse a kbId'),
    );
  });

  test('a gone entry whose replacement is not a page is reported', () => {
    const bad = markGone(ledger, '/fixes/b/', '/fixes/nope/', 'Merged.');
    expect(compareLedger(bad, site(withRedirects)).problems).toContainEqual(
      expect.stringContaining('its replacement /fixes/nope/ is not a page of this site'),
    );
  });
});

describe('the ledger file', () => {
  test('serializes one entry a line, sorted by kind then URL in natural order, and parses back', () => {
    const text = serializeLedger([...ledger].reverse());
    const lines = text.split('\n').filter((line) => line.startsWith('    {'));
    expect(lines).toHaveLength(ledger.length);
    expect(parseLedger(text)).toEqual(ledger.map((entry) => JSON.parse(JSON.stringify(entry)) as LedgerEntry));
    const steps = lines.filter((line) => line.includes('"step"'));
    const step2 = steps.findIndex((l) => l.includes('icb-101/#step-2'));
    expect(step2).toBeGreaterThanOrEqual(0);
    expect(step2).toBeLessThan(steps.findIndex((l) => l.includes('icb-101/#step-3')));
  });

  test('natural order puts step-10 after step-9', () => {
    const entries: LedgerEntry[] = [10, 9].map((n) => ({ url: `/kb/icb-101/#step-${n}`, kind: 'step', to: `/fixes/a/#step-${n}` }));
    expect(serializeLedger(entries).indexOf('step-9')).toBeLessThan(serializeLedger(entries).indexOf('step-10'));
  });

  test('a bad entry is named with its index, URL and field', () => {
    const text = JSON.stringify({
      entries: [
        { url: '/a/', kind: 'nope', to: '/a/' },
        { url: 'b', kind: 'page', to: '/b/', gone: { replacement: '/c/' } },
      ],
    });
    expect(() => parseLedger(text)).toThrow(/entries\[0\] \(\/a\/\): kind must be one of page, fix/);
    expect(() => parseLedger(text)).toThrow(/entries\[1\] \(b\): url must be a path/);
    expect(() => parseLedger(text)).toThrow(/gone must be \{ "replacement"/);
  });

  test('text that is not JSON names the file', () => {
    expect(() => parseLedger('{', 'content/published-urls.json')).toThrow(/^content\/published-urls\.json is not valid JSON/);
  });

  test('a URL listed twice is refused', () => {
    const entry = { url: '/a/', kind: 'page', to: '/a/' };
    expect(() => parseLedger(JSON.stringify({ entries: [entry, entry] }))).toThrow(/listed twice/);
  });
});

describe('finalPageOf and countByKind', () => {
  test('follows redirects to the final page; a loop or a missing page resolves to nothing', () => {
    const pages = site({ '/a/': redirect('/b/'), '/b/': redirect('/c/#x'), '/c/': page(), '/l/': redirect('/m/'), '/m/': redirect('/l/') });
    expect(finalPageOf(pages, '/a/')).toBe('/c/');
    expect(finalPageOf(pages, '/l/')).toBeUndefined();
    expect(finalPageOf(pages, '/nope/')).toBeUndefined();
  });

  test('counts entries by kind, every kind present', () => {
    const counts = countByKind(ledger);
    expect(counts).toMatchObject({
      fix: 2,
      'short-link': 2,
      step: 5,
      reply: 2,
      api: 3,
      alert: 1,
      'alert-text': 1,
      troubleshooter: 2,
      machine: 1,
      page: 1,
    });
  });
});
