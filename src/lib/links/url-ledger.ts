/**
 * The published-URL ledger, content/published-urls.json: every public URL the
 * site has ever built that someone may have linked to (articles, alerts, short
 * links, plain-text replies, troubleshooter pages, the API and feeds, and each
 * #step-N a short link promises), each with the page it reached.
 *
 * Like MDN's redirects file, but checked after every build, both ways:
 * - every URL in the ledger must still reach the same page, as a page or
 *   through a redirect, and a step link must still find its step; an entry
 *   removed on purpose is marked `gone`, with a replacement it now redirects to;
 * - every URL the build wrote must be in the ledger, so nothing ships unrecorded.
 * The ledger only grows: `npm run ledger` adds new URLs and never drops one.
 *
 * Pure logic over what the build wrote (src/integrations/site-check.ts reads
 * dist/), unit-tested without a build. scripts/ledger.ts loads it under
 * Node's type stripping, so it and what it imports name their .ts files.
 */
import { kbIdOfShortLink, kbPath, pageOfFile, sourceFileOfPage, urlKindOf, URL_KINDS, type UrlKind } from './routes.ts';
import { defined } from '#lib/defined.ts';

export const LEDGER_FILE = 'content/published-urls.json';
/** The command that records new URLs, and marks entries gone (scripts/ledger.ts). */
export const LEDGER_COMMAND = 'npm run ledger';

/** An entry removed on purpose: readers of the old URL are sent to `replacement`. */
interface GoneNote {
  /** A path on this site that still resolves. */
  replacement: string;
  /** Why it went, for the next person to read the ledger. */
  note: string;
}

export interface LedgerEntry {
  /** The public path, with #step-N for a step. */
  url: string;
  kind: UrlKind;
  /** The page it reached when it was first recorded (for a file: the page it is a version of). */
  to: string;
  /** The article's permanent ID, when `to` is an article: a kbId never moves. */
  kbId?: string | undefined;
  gone?: GoneNote | undefined;
}

/** One page or file the build wrote. */
export interface BuiltUrl {
  /** Element ids on the page (none for files). */
  ids: ReadonlySet<string>;
  /** For a redirect page: where it sends the reader. */
  redirectTo?: string | undefined;
}

/** What the build wrote, by URL path: "/fixes/a/", "/kb/icb-101.txt". */
export type BuiltSite = ReadonlyMap<string, BuiltUrl>;

// ---- Reading and writing the file ---------------------------------------------

const ABOUT =
  'Every public URL this site has published, with the page it reached. Checked by every build; ' +
  `add new URLs with \`${LEDGER_COMMAND}\`, never remove one (mark it gone instead). See README.md, "Links that never break".`;

/** Parses the ledger file; throws one error naming the file, each bad entry and field. */
export function parseLedger(text: string, file = LEDGER_FILE): LedgerEntry[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file} is not valid JSON (${(error as Error).message}). Restore it from git, then run ${LEDGER_COMMAND}.`, {
      cause: error,
    });
  }
  const entries = (data as { entries?: unknown } | null)?.entries;
  if (!Array.isArray(entries)) throw new Error(`${file} must be an object with an "entries" list. Restore it from git.`);
  const problems: string[] = [];
  const seen = new Set<string>();
  const isPath = (value: unknown): value is string => typeof value === 'string' && value.startsWith('/');
  const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
  entries.forEach((item: unknown, i) => {
    // A JSON entry may be anything: a non-object has none of the fields.
    const entry = isRecord(item) ? item : {};
    const where = `entries[${i}]${typeof entry.url === 'string' ? ` (${entry.url})` : ''}`;
    if (!isPath(entry.url)) problems.push(`${where}: url must be a path starting with "/"`);
    else if (seen.has(entry.url)) problems.push(`${where}: url is listed twice; keep one entry per URL`);
    else seen.add(entry.url);
    if (!URL_KINDS.includes(entry.kind as UrlKind)) problems.push(`${where}: kind must be one of ${URL_KINDS.join(', ')}`);
    if (!isPath(entry.to)) problems.push(`${where}: to must be a path starting with "/"`);
    if (entry.kbId !== undefined && typeof entry.kbId !== 'string') problems.push(`${where}: kbId must be a string`);
    const { gone } = entry;
    if (gone !== undefined && (!isRecord(gone) || !isPath(gone.replacement) || typeof gone.note !== 'string' || gone.note.trim() === '')) {
      problems.push(`${where}: gone must be { "replacement": "/a/path/", "note": "why it went" }`);
    }
    const extra = Object.keys(entry).filter((key) => !['url', 'kind', 'to', 'kbId', 'gone'].includes(key));
    if (extra.length > 0) problems.push(`${where}: unknown field(s) ${extra.join(', ')}`);
  });
  if (problems.length > 0)
    throw new Error(`${file} has ${problems.length} bad entr${problems.length === 1 ? 'y' : 'ies'}:\n- ${problems.join('\n- ')}`);
  return entries as LedgerEntry[];
}

// One collator for every comparison: localeCompare with options builds a new one each call, seconds on a big ledger.
const naturalOrder = new Intl.Collator('en', { numeric: true });

/** Kinds in URL_KINDS order, then URLs in natural order (step-2 before step-10). */
function compareEntries(a: LedgerEntry, b: LedgerEntry): number {
  return URL_KINDS.indexOf(a.kind) - URL_KINDS.indexOf(b.kind) || naturalOrder.compare(a.url, b.url);
}

/** The file's text: one entry a line, sorted, so a change reads as a one-line diff. */
export function serializeLedger(entries: readonly LedgerEntry[]): string {
  const line = ({ url, kind, to, kbId, gone }: LedgerEntry) => `    ${JSON.stringify({ url, kind, to, kbId, gone })}`;
  return `{\n  "about": ${JSON.stringify(ABOUT)},\n  "entries": [\n${[...entries].sort(compareEntries).map(line).join(',\n')}\n  ]\n}\n`;
}

// ---- Resolving URLs against the build ---------------------------------------------

function splitUrl(url: string): { path: string; fragment: string } {
  const hash = url.indexOf('#');
  return hash === -1 ? { path: url, fragment: '' } : { path: url.slice(0, hash), fragment: url.slice(hash + 1) };
}

/** The page a path ends up on, following redirect pages; undefined if nothing is built there. */
export function finalPageOf(site: BuiltSite, path: string): string | undefined {
  let current = splitUrl(path).path;
  for (let hops = 0; hops < 10; hops++) {
    const built = site.get(current);
    if (!built) return undefined;
    if (built.redirectTo === undefined) return current;
    current = splitUrl(built.redirectTo).path;
  }
  return undefined;
}

/** Each article page's kbId, read from its live short link (/kb/<kbId>/ leads to it). */
function kbIdsByPage(site: BuiltSite, goneUrls: ReadonlySet<string>): Map<string, string> {
  const byPage = new Map<string, string>();
  for (const path of site.keys()) {
    const kbId = kbIdOfShortLink(path);
    const page = kbId && !goneUrls.has(path) ? finalPageOf(site, path) : undefined;
    if (kbId && page) byPage.set(page, kbId);
  }
  return byPage;
}

const STEP_ID = /^step-(\d+)$/;

/**
 * The entries this build calls for: every built URL of a recorded kind, with
 * the page it reaches, plus each step of each live short link.
 */
export function entriesForBuild(site: BuiltSite, goneUrls: ReadonlySet<string> = new Set()): LedgerEntry[] {
  const kbIds = kbIdsByPage(site, goneUrls);
  const entries: LedgerEntry[] = [];
  for (const url of site.keys()) {
    const kind = urlKindOf(url);
    if (!kind || goneUrls.has(url)) continue;
    const page = pageOfFile(url);
    const to = finalPageOf(site, page) ?? page;
    entries.push({ url, kind, to, kbId: kbIds.get(to) });
    const kbId = kbIdOfShortLink(url);
    if (kind === 'short-link' && kbId && kbIds.get(to) === kbId) {
      for (const id of site.get(to)?.ids ?? []) {
        if (STEP_ID.test(id)) entries.push({ url: `${url}#${id}`, kind: 'step', to: `${to}#${id}`, kbId });
      }
    }
  }
  return entries.sort(compareEntries);
}

// ---- Comparing ---------------------------------------------------------------------

interface LedgerComparison {
  /** One line per broken promise, each naming the URL, the page it reached and how to fix it. */
  problems: string[];
  /** URLs the build wrote that the ledger does not have yet. */
  unrecorded: LedgerEntry[];
}

type Status =
  | { entry: LedgerEntry; type: 'missing' }
  | { entry: LedgerEntry; type: 'moved'; now: string; expected: string }
  | { entry: LedgerEntry; type: 'kbId-changed'; now: string | undefined }
  | { entry: LedgerEntry; type: 'step-missing'; page: string };

/** A URL of a file (/kb/icb-102.txt, /api/v1/fixes.json), not of a page. */
const isFileUrl = (path: string) => !path.endsWith('/') && !path.endsWith('.html');

/** "/fixes/a/ (content/fixes/a.mdx)", or the path alone when no source file is known. */
function describePage(page: string): string {
  const file = sourceFileOfPage(page);
  return file ? `${page} (${file})` : page;
}

function listUrls(entries: readonly LedgerEntry[], max = 8): string {
  const urls = entries.map((entry) => entry.url);
  return urls.length > max ? `${urls.slice(0, max).join(', ')} and ${urls.length - max} more` : urls.join(', ');
}

const goneCommand = (url: string) => `${LEDGER_COMMAND} -- --gone ${url} --to <replacement path> --note "<why it went>"`;

/** How to keep a removed page's links working, by kind of page. */
function restoreHint(page: string, kind: UrlKind): string {
  const slug = /\/([^/]+)\/$/.exec(page)?.[1] ?? '';
  const gone = `or, if it was removed on purpose, mark it gone with a replacement: ${goneCommand(page)}`;
  const source = sourceFileOfPage(page);
  if (kind === 'fix')
    return `Restore ${source}; if the article was renamed, add "${slug}" to its formerSlugs (and keep its kbId); ${gone}.`;
  if (kind === 'alert') return `Restore ${source}; if the alert was renamed, add "${slug}" to its formerSlugs; ${gone}.`;
  if (kind === 'troubleshooter') {
    return `Restore the question or answer in content/troubleshooter/flow.yaml; if a question was renamed, add its old id to its formerSlugs; ${gone}.`;
  }
  return `Restore the page; ${gone}.`;
}

/**
 * Compares the ledger with what was built. A URL in the ledger must still
 * reach the page its `to` reaches now (so a rename with formerSlugs passes and
 * a kbId that moves does not), show the same kbId, and find its #step; a
 * `gone` entry must redirect to its replacement and not be a page again.
 */
export function compareLedger(ledger: readonly LedgerEntry[], site: BuiltSite): LedgerComparison {
  const goneUrls = new Set(ledger.filter((entry) => entry.gone).map((entry) => splitUrl(entry.url).path));
  const kbIds = kbIdsByPage(site, goneUrls);
  const problems: string[] = [];
  const statuses: Status[] = [];

  for (const entry of ledger) {
    const { path, fragment } = splitUrl(entry.url);
    if (entry.gone) {
      const built = site.get(path);
      if (!fragment && built && built.redirectTo === undefined && !isFileUrl(path)) {
        problems.push(
          `${entry.url} is marked gone in ${LEDGER_FILE} (${entry.gone.note}), but the build has a page there again${
            entry.kind === 'short-link'
              ? `: an article reuses kbId ${kbIdOfShortLink(path) ?? ''}. Never reuse a kbId: give it an unused one`
              : '. Never reuse a published URL: choose another slug'
          }.`,
        );
      } else if (!finalPageOf(site, entry.gone.replacement)) {
        problems.push(
          `${entry.url} is marked gone in ${LEDGER_FILE}, but its replacement ${entry.gone.replacement} is not a page of this site. Point it to a page that exists.`,
        );
      } else if (!fragment && (isFileUrl(path) ? !site.has(path) : finalPageOf(site, path) !== finalPageOf(site, entry.gone.replacement))) {
        problems.push(
          `${entry.url} is marked gone in ${LEDGER_FILE}, but the build does not send it to its replacement ${entry.gone.replacement}. Check that src/data/redirects.ts reads the ledger.`,
        );
      }
      continue;
    }
    // A file counts as the page it is a version of (/kb/icb-101.txt as the article of icb-101).
    const now = isFileUrl(path) ? (site.has(path) ? finalPageOf(site, pageOfFile(path)) : undefined) : finalPageOf(site, path);
    const expected = finalPageOf(site, splitUrl(entry.to).path);
    if (!now) statuses.push({ entry, type: 'missing' });
    // Its page is still there, but this URL leads elsewhere: a kbId swapped, a redirect re-pointed.
    else if (expected && now !== expected) statuses.push({ entry, type: 'moved', now, expected });
    // An article is its kbId: a renamed one (its old page gone) still passes, a re-numbered one does not.
    else if (entry.kbId !== undefined && kbIds.get(now) !== entry.kbId) statuses.push({ entry, type: 'kbId-changed', now: kbIds.get(now) });
    else if (!expected && entry.kbId === undefined) statuses.push({ entry, type: 'missing' });
    else if (fragment && !site.get(now)?.ids.has(fragment)) statuses.push({ entry, type: 'step-missing', page: now });
  }

  // Missing and re-numbered URLs are grouped by the page they reached, so a deleted article is one message.
  const groups = new Map<string, Status[]>();
  for (const status of statuses) {
    const page = splitUrl(status.entry.to).path;
    groups.set(page, [...(groups.get(page) ?? []), status]);
  }
  for (const [page, group] of groups) {
    const broken = group.filter((s) => s.type === 'missing' || s.type === 'kbId-changed');
    const kbId = group.find((s) => s.entry.kbId)?.entry.kbId;
    const main = group.find((s) => s.entry.url === page)?.entry ?? defined(group[0], `a ledger entry for ${page}`).entry;
    const pageKind = urlKindOf(page) ?? main.kind;
    if (broken.length > 0) {
      const others = broken.filter((s) => s.entry.url !== page).map((s) => s.entry);
      const alsoBroken =
        others.length > 0
          ? `, and so ${others.length === 1 ? 'does' : 'do'} ${others.length} URL(s) that reached it: ${listUrls(others)}`
          : '';
      const changed = broken.find((s) => s.type === 'kbId-changed');
      const renamedTo = kbId && !finalPageOf(site, page) ? finalPageOf(site, kbPath(kbId)) : undefined;
      if (changed?.type === 'kbId-changed') {
        const file = sourceFileOfPage(page) ?? page;
        problems.push(
          `${file}: kbId changed from ${kbId} to ${changed.now ?? 'none'}. ${kbId} is published (${listUrls(broken.map((s) => s.entry))}), and a kbId never changes or moves: set kbId back to ${kbId}, and give any new article an unused one.`,
        );
      } else if (renamedTo && kbIds.get(renamedTo) === kbId) {
        const slug = /\/([^/]+)\/$/.exec(page)?.[1] ?? page;
        problems.push(
          `${page} (article ${kbId}) no longer resolves${alsoBroken}. The article is now ${describePage(renamedTo)}: add "${slug}" to its formerSlugs, so old links keep working.`,
        );
      } else {
        const what = kbId ? `${page} (article ${kbId}, built from ${sourceFileOfPage(page) ?? 'a file that is gone'})` : describePage(page);
        problems.push(
          `${what} no longer resolves${alsoBroken}. Links already pasted into tickets would break. ${restoreHint(page, pageKind)}`,
        );
      }
    }
    for (const status of group) {
      // A step moves with its short link, which says so.
      if (status.type === 'moved' && status.entry.kind !== 'step') {
        const { entry } = status;
        problems.push(
          entry.kind === 'short-link'
            ? `${entry.url}: kbId ${entry.kbId ?? kbIdOfShortLink(entry.url) ?? ''} moved. It led to ${describePage(status.expected)} and now leads to ${describePage(status.now)}. A kbId never moves: give each article back its own kbId.`
            : `${entry.url} used to reach ${describePage(status.expected)} and now reaches ${describePage(status.now)}. A published URL keeps leading to the same page: undo the change, or ${goneCommand(entry.url)}.`,
        );
      }
    }
    const lostSteps = group.filter((s) => s.type === 'step-missing');
    if (lostSteps.length > 0 && lostSteps[0]?.type === 'step-missing') {
      const now = lostSteps[0].page;
      const had = Math.max(
        ...ledger
          .filter((e) => e.kind === 'step' && splitUrl(e.to).path === page)
          .map((e) => Number(STEP_ID.exec(splitUrl(e.url).fragment)?.[1] ?? 0)),
      );
      const has = [...(site.get(now)?.ids ?? [])].filter((id) => STEP_ID.test(id)).length;
      const numbers = lostSteps.map((s) => STEP_ID.exec(splitUrl(s.entry.url).fragment)?.[1] ?? '?');
      problems.push(
        `${sourceFileOfPage(now) ?? now}: lost step link(s) ${lostSteps.map((s) => s.entry.url).join(', ')}: the ledger records ${had} steps and the page now has ${has}, so a link to step ${numbers.join(', ')} would land at the top of the page. ` +
          `Add a changes entry that says where each old step number now points, e.g. changes: [{ date: <today>, summary: "<what changed>", oldSteps: { ${numbers.map((n) => `${n}: <step>`).join(', ')} } }].`,
      );
    }
  }

  const recorded = new Set(ledger.map((entry) => entry.url));
  const unrecorded = entriesForBuild(site, goneUrls).filter((entry) => !recorded.has(entry.url));
  return { problems, unrecorded };
}

/** The ledger with new entries added (none removed), sorted. */
export function withNewEntries(ledger: readonly LedgerEntry[], added: readonly LedgerEntry[]): LedgerEntry[] {
  return [...ledger, ...added].sort(compareEntries);
}

/** One line per kind: "fix 7, short-link 7, step 52, …". */
export function countByKind(entries: readonly LedgerEntry[]): Record<UrlKind, number> {
  const counts = Object.fromEntries(URL_KINDS.map((kind) => [kind, 0])) as Record<UrlKind, number>;
  for (const entry of entries) counts[entry.kind] += 1;
  return counts;
}

/** The message for a build whose new URLs are not in the ledger yet. */
export function unrecordedMessage(entries: readonly LedgerEntry[]): string {
  return (
    `${entries.length} new URL(s) are not in ${LEDGER_FILE}: ${listUrls(entries, 12)}. ` +
    `Every published URL is recorded so it can never silently break: run ${LEDGER_COMMAND} and commit ${LEDGER_FILE}.`
  );
}

// ---- Marking entries gone ---------------------------------------------------------------

/**
 * Marks `url` gone, with every entry that reached the same page (for an
 * article: its short link, steps, plain text and API file), all sent to
 * `replacement`. Throws if the ledger has no such URL.
 */
export function markGone(ledger: readonly LedgerEntry[], url: string, replacement: string, note: string): LedgerEntry[] {
  const target = ledger.find((entry) => entry.url === url);
  if (!target) throw new Error(`${LEDGER_FILE} has no entry for ${url}. Give the URL exactly as the ledger lists it.`);
  if (!replacement.startsWith('/')) throw new Error(`--to must be a path on this site, such as /fixes/quick-checks/ (got ${replacement}).`);
  if (note.trim() === '') throw new Error('--note must say why the page went, for the next person to read the ledger.');
  const page = splitUrl(target.to).path;
  return ledger.map((entry) => (entry.url === url || splitUrl(entry.to).path === page ? { ...entry, gone: { replacement, note } } : entry));
}

/** The redirects the ledger asks for: each gone URL (steps aside: their page redirects) to its replacement. */
export function goneRedirects(ledger: readonly LedgerEntry[]): { from: string; to: string; note: string }[] {
  return ledger.flatMap(({ url, gone }) => (gone && !url.includes('#') ? [{ from: url, to: gone.replacement, note: gone.note }] : []));
}
