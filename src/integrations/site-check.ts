/**
 * Astro integration: the checks of the built site, run once after the build
 * over the pages read once (./built-site.ts), reporting every problem of every
 * check in one error:
 * - the published-URL ledger (content/published-urls.json, logic in
 *   src/lib/links/url-ledger.ts): a published URL that no longer resolves, a kbId
 *   that moved, a step link that lost its step, a new URL not recorded yet;
 * - internal links (src/lib/links/link-check.ts): a link or #fragment that leads
 *   nowhere, named by the source file of its page.
 *
 * With URL_LEDGER=update (`npm run ledger`), new URLs are added to the ledger
 * instead of stopping the build; broken ones still stop it. The ledger is read
 * from the project the build runs in, so a test's copy of the site carries its
 * own. Links to other sites are listed in reports/external-links.txt, not
 * fetched: there is no network at build time.
 */
import { statSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AstroError } from 'astro/errors';
import type { AstroIntegration } from 'astro';
import { externalLinks, findBrokenLinks } from '#lib/links/link-check.ts';
import { sourceFileOfPage } from '#lib/links/routes.ts';
import { compareLedger, countByKind, LEDGER_COMMAND, LEDGER_FILE, unrecordedMessage, withNewEntries } from '#lib/links/url-ledger.ts';
import { readLedgerFile, writeLedgerFile } from '#lib/links/url-ledger-file.ts';
import { readBuiltSite, type ReadPage } from './built-site';

/** The environment variable `npm run ledger` sets. */
const LEDGER_MODE_VARIABLE = 'URL_LEDGER';
/** In the project's folder, beside dist/. */
const EXTERNAL_LINKS_REPORT = 'reports/external-links.txt';

/** What one check found: problems to report (each with what to do), and what to do when there are none. */
interface CheckResult {
  failures: { message: string; hint: string }[];
  /** Runs only when no check failed: writes files, then says what was checked. */
  finish(): Promise<string>;
}

/** A folder is not a page: /fixes/a without its slash, or a folder with no index.html. */
function isFileOnDisk(path: string): boolean {
  return statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;
}

async function checkLedger(root: string, site: Awaited<ReturnType<typeof readBuiltSite>>): Promise<CheckResult> {
  const update = process.env[LEDGER_MODE_VARIABLE] === 'update';
  const ledger = await readLedgerFile(root);
  if (!ledger && !update) {
    return {
      failures: [
        {
          message: `${LEDGER_FILE} is missing.`,
          hint: `Every published URL is recorded there: run ${LEDGER_COMMAND} to create it, and commit it.`,
        },
      ],
      finish: () => Promise.resolve(''),
    };
  }
  const { problems, unrecorded } = compareLedger(ledger ?? [], site.urls);
  const failures = [];
  if (problems.length > 0) {
    failures.push({
      message: `${problems.length} published URL problem(s) (${LEDGER_FILE}):\n- ${problems.join('\n- ')}`,
      hint: 'Links already pasted into tickets must keep working: each line says how to fix it (README.md, "Links that never break").',
    });
  }
  if (unrecorded.length > 0 && !update) {
    failures.push({ message: unrecordedMessage(unrecorded), hint: `Run ${LEDGER_COMMAND}, then commit ${LEDGER_FILE}.` });
  }
  return {
    failures,
    finish: async () => {
      const entries = withNewEntries(ledger ?? [], unrecorded);
      if (update && (unrecorded.length > 0 || !ledger)) await writeLedgerFile(entries, root);
      const counts = Object.entries(countByKind(entries)).map(([kind, count]) => `${kind} ${count}`);
      return `${entries.length} published URLs resolve (${counts.join(', ')})${update ? `; ${unrecorded.length} added to ${LEDGER_FILE}` : ''}.`;
    },
  };
}

function checkLinks(root: string, outDir: string, pages: readonly ReadPage[], siteOrigin: string | undefined): CheckResult {
  const broken = findBrokenLinks(pages, (path) => isFileOnDisk(join(outDir, path)), siteOrigin);
  const lines = broken.map(({ page, href, reason }) => {
    const source = sourceFileOfPage(page);
    return `${source ? `${source} (page ${page})` : `page ${page}`}: links to ${href}, but ${reason}.`;
  });
  return {
    failures:
      broken.length === 0
        ? []
        : [
            {
              message: `${broken.length} broken internal link(s):\n- ${lines.join('\n- ')}`,
              hint: 'Each line names the source file and the link: point it at a page that exists, as /fixes/<slug>/ or /errors/<slug>/, with an id that page has.',
            },
          ],
    finish: async () => {
      const links = externalLinks(pages, siteOrigin);
      const listed = [...links].map(([href, from]) => `${href}\n  linked from ${from.join(', ')}`);
      await mkdir(join(root, 'reports'), { recursive: true });
      await writeFile(join(root, EXTERNAL_LINKS_REPORT), `External links (not fetched): ${links.size}\n\n${listed.join('\n')}\n`);
      return `${pages.length} pages, all internal links resolve (${relative(process.cwd(), outDir) || '.'}); ${links.size} external links listed in ${EXTERNAL_LINKS_REPORT} (not fetched).`;
    },
  };
}

export default function siteCheck(): AstroIntegration {
  let root = process.cwd();
  let siteOrigin: string | undefined;
  return {
    name: 'site-check',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        siteOrigin = config.site ? new URL(config.site).origin : undefined;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const site = await readBuiltSite(outDir);
        const checks = [await checkLedger(root, site), checkLinks(root, outDir, site.pages, siteOrigin)];
        const failures = checks.flatMap((check) => check.failures);
        if (failures.length > 0) {
          throw new AstroError(failures.map((failure) => failure.message).join('\n\n'), failures.map((failure) => failure.hint).join(' '));
        }
        for (const check of checks) logger.info(await check.finish());
      },
    },
  };
}
