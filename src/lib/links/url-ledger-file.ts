/**
 * Reading and writing content/published-urls.json, relative to the project
 * (the build's working directory, as for the troubleshooter's flow file).
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { LEDGER_FILE, parseLedger, serializeLedger, type LedgerEntry } from './url-ledger.ts';

/** The ledger's entries, or undefined if the file does not exist. Throws on a bad file, naming it. */
export async function readLedgerFile(root = process.cwd()): Promise<LedgerEntry[] | undefined> {
  try {
    return parseLedger(await readFile(path.join(root, LEDGER_FILE), 'utf8'), LEDGER_FILE);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

export async function writeLedgerFile(entries: readonly LedgerEntry[], root = process.cwd()): Promise<void> {
  await writeFile(path.join(root, LEDGER_FILE), serializeLedger(entries));
}
