/**
 * npm run ledger: records new published URLs in content/published-urls.json.
 * It runs the build (`astro build`, which writes the search index too) with
 * URL_LEDGER=update, so new URLs are added instead of stopping the build; URLs
 * that no longer resolve still stop it.
 *
 * npm run ledger -- --gone <url> --to <replacement> --note "<why>": marks a
 * published URL removed on purpose, with every URL that reached the same page
 * (for an article: its short link, steps, plain text and API file). The next
 * build redirects them all to the replacement. No build is run.
 *
 * Runs under Node's type stripping: erasable TypeScript only.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { LEDGER_FILE, markGone } from '#lib/links/url-ledger.ts';
import { readLedgerFile, writeLedgerFile } from '#lib/links/url-ledger-file.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { gone: { type: 'string', multiple: true }, to: { type: 'string' }, note: { type: 'string' } } });

if (values.gone) {
  if (!values.to || !values.note) {
    console.error('Usage: npm run ledger -- --gone <url> [--gone <url>…] --to <replacement path> --note "<why it went>"');
    process.exit(2);
  }
  let entries = await readLedgerFile(ROOT);
  if (!entries) {
    console.error(`${LEDGER_FILE} is missing: run npm run ledger first.`);
    process.exit(1);
  }
  for (const url of values.gone) entries = markGone(entries, url, values.to, values.note);
  await writeLedgerFile(entries, ROOT);
  const gone = entries.filter((entry) => entry.gone?.replacement === values.to).map((entry) => entry.url);
  console.log(
    `Marked gone, to ${values.to}: ${gone.join(', ')}.\nRun npm run ledger (it builds the redirects and records any new URLs), then commit ${LEDGER_FILE}.`,
  );
} else {
  const env = {
    ...process.env,
    URL_LEDGER: 'update',
    PATH: `${path.join(ROOT, 'node_modules', '.bin')}${path.delimiter}${process.env.PATH ?? ''}`,
  };
  const { status } = spawnSync('astro', ['build'], { cwd: ROOT, env, stdio: 'inherit' });
  if (status !== 0) process.exit(status ?? 1);
  console.log(`\n${LEDGER_FILE} is up to date: review the diff (git diff ${LEDGER_FILE}) and commit it.`);
}
