/** Loads the site's vocabulary (made at build time) and makes the "Did you mean" speller from it. */
import { createSpeller, type Speller } from '../../lib/search/speller';
import { VOCABULARY_PATH } from '../../lib/search/speller';

let speller: Promise<Speller> | undefined;

export function loadSpeller(): Promise<Speller> {
  speller ??= fetch(VOCABULARY_PATH)
    .then((response) => (response.ok ? (response.json() as Promise<string[]>) : []))
    // Without a vocabulary search still works, only without corrections.
    .catch(() => [])
    .then((words) => createSpeller(Array.isArray(words) ? words : []));
  return speller;
}
