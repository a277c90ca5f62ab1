/**
 * The public search evaluation sets (queries.json, questions.json): in
 * SEARCH_EVAL_DIR, else the copy in test/search-eval/, so a clone on its own
 * passes. The shared originals (shared/search-eval/ beside the project's
 * folder) are copied there when they change; a held-back set is run by
 * naming its folder with SEARCH_EVAL_DIR. Read by e2e/search-eval.spec.ts and the benchmark.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const EVAL_DIR = process.env.SEARCH_EVAL_DIR ?? path.resolve(import.meta.dirname, '..', 'search-eval');

/** The evaluation queries (SEARCH_EVAL_QUERIES names another file). */
export const EVAL_QUERIES_FILE = process.env.SEARCH_EVAL_QUERIES ?? path.join(EVAL_DIR, 'queries.json');

/** The French queries, searched from the French pages. */
export const EVAL_FRENCH_QUERIES_FILE = path.join(EVAL_DIR, 'queries-fr.json');

/** Readers' own questions, and queries that must never find nothing. */
export const EVAL_QUESTIONS_FILE = path.join(EVAL_DIR, 'questions.json');

/** An evaluation file, parsed; throws, saying where it was looked for and how to point elsewhere, if it is missing. */
export function readEvalFile(file: string): unknown {
  if (!existsSync(file)) {
    throw new Error(
      `The search evaluation file ${file} is missing. The public sets live in test/search-eval/; ` +
        'name another folder with SEARCH_EVAL_DIR (or the query file with SEARCH_EVAL_QUERIES).',
    );
  }
  return JSON.parse(readFileSync(file, 'utf8')) as unknown;
}
