/**
 * Astro integration: after the build, compares the published-URL ledger
 * (content/published-urls.json) with what was built, and stops the build,
 * naming each URL, the page it reached and how to fix it, when a published
 * URL no longer resolves, a kbId moved, a step link lost its step, or a new
 * URL is not recorded yet (see src/lib/url-ledger.ts).
 *
 * With URL_LEDGER=update (`npm run ledger`), new URLs are added to the ledger
 * instead; broken ones still stop the build. The ledger is read from the
 * project the build runs in, so a test's copy of the site carries its own.
 */
import { fileURLToPath } from 'node:url';
import { AstroError } from 'astro/errors';
import type { AstroIntegration } from 'astro';
import { compareLedger, countByKind, LEDGER_COMMAND, LEDGER_FILE, unrecordedMessage, withNewEntries } from '../lib/url-ledger';
import { readLedgerFile, writeLedgerFile } from '../lib/url-ledger-file';
import { readBuiltSite } from './built-site';

/** The environment variable `npm run ledger` sets. */
const LEDGER_MODE_VARIABLE = 'URL_LEDGER';

export default function urlLedger(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'url-ledger',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const update = process.env[LEDGER_MODE_VARIABLE] === 'update';
        const ledger = await readLedgerFile(root);
        if (!ledger && !update) {
          throw new AstroError(
            `${LEDGER_FILE} is missing.`,
            `Every published URL is recorded there: run ${LEDGER_COMMAND} to create it, and commit it.`,
          );
        }
        const { problems, unrecorded } = compareLedger(ledger ?? [], await readBuiltSite(fileURLToPath(dir)));
        if (problems.length > 0) {
          throw new AstroError(
            `${problems.length} published URL problem(s) (${LEDGER_FILE}):\n- ${problems.join('\n- ')}`,
            'Links already pasted into tickets must keep working: each line says how to fix it (README.md, "Links that never break").',
          );
        }
        if (unrecorded.length > 0 && !update)
          throw new AstroError(unrecordedMessage(unrecorded), `Run ${LEDGER_COMMAND}, then commit ${LEDGER_FILE}.`);
        const entries = withNewEntries(ledger ?? [], unrecorded);
        if (update && (unrecorded.length > 0 || !ledger)) await writeLedgerFile(entries, root);
        const counts = Object.entries(countByKind(entries)).map(([kind, count]) => `${kind} ${count}`);
        logger.info(
          `${entries.length} published URLs resolve (${counts.join(', ')})${update ? `; ${unrecorded.length} added to ${LEDGER_FILE}` : ''}.`,
        );
      },
    },
  };
}
