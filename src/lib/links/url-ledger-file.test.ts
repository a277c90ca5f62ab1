import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import type { LedgerEntry } from './url-ledger';
import { readLedgerFile, writeLedgerFile } from './url-ledger-file';

let root = '';
beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'ledger-'));
  await mkdir(path.join(root, 'content'));
});
afterEach(() => rm(root, { recursive: true, force: true }));

test('a missing file reads as undefined', async () => {
  expect(await readLedgerFile(root)).toBeUndefined();
});

test('what is written reads back, from content/published-urls.json', async () => {
  const entries: LedgerEntry[] = [{ url: '/fixes/a/', kind: 'fix', to: '/fixes/a/', kbId: 'icb-101' }];
  await writeLedgerFile(entries, root);
  expect(await readFile(path.join(root, 'content', 'published-urls.json'), 'utf8')).toContain('"url":"/fixes/a/"');
  expect(await readLedgerFile(root)).toEqual(entries);
});

test('a broken file is an error naming it', async () => {
  await writeFile(path.join(root, 'content', 'published-urls.json'), '{"entries": 3}');
  await expect(readLedgerFile(root)).rejects.toThrow(/^content\/published-urls\.json must be an object/);
});

test("scripts/ledger.ts loads under Node's type stripping (its imports name their .ts files)", () => {
  const project = path.resolve(import.meta.dirname, '..', '..', '..');
  // --gone without --to: the script loads every module it needs, then stops with its usage line.
  const run = spawnSync(path.join(project, 'node_modules', '.bin', 'node'), ['scripts/ledger.ts', '--gone', '/x/'], {
    cwd: project,
    encoding: 'utf8',
  });
  expect(run.stderr).toContain('Usage: npm run ledger -- --gone');
  expect(run.status).toBe(2);
});
