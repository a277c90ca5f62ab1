/**
 * The query policy: how a reader's words become Pagefind searches, and which
 * results are shown.
 *
 * 1. The words are read the way readers write them: punctuation goes as
 *    Pagefind drops it ("won't" → "wont", "Wi-Fi" → "wifi"); words that say
 *    nothing about which fix is wanted (question words, pronouns, negations
 *    and other contractions, "keeps", "during": the language's filler) are left out of the
 *    search; "backup" and "back up" become one word (Pagefind's stemmer
 *    already makes "backing"/"backed" into "back", and "back" finds "backup"
 *    as a prefix).
 * 2. Pagefind finds the pages with every word. A misspelt word is corrected
 *    by the speller when a word is not in the index or the words find (almost)
 *    nothing; only then is the speller's vocabulary loaded.
 * 3. When every word together finds fewer than ENOUGH_RESULTS pages, each
 *    word is searched alone and the pages are ranked by how many of the words
 *    they have ("Showing results for some of your words"); when none of the
 *    searched words is on the site, the filler words are tried too, so no
 *    word of the query that the site uses ends in "No results".
 * 4. A question that names no cause ("why won't my iphone back up",
 *    "backup": only generic words once the filler is gone) puts the
 *    troubleshooter's start page first: it lists the causes and asks which
 *    one the reader sees. One word that names a cause or an alert
 *    ("storage", "failed") and the ranking is Pagefind's.
 *
 * While the reader types, a search runs once typing pauses (debounce), and
 * only the latest of overlapping searches may show its results (latestOnly).
 *
 * Pure apart from the search it is given: runQuery takes Pagefind's search as
 * a function, so it is unit-tested with a fake index.
 */
import { splitElisions, tokenize, type Speller } from './speller';

/**
 * Words that do not tell one fix from another: question words, pronouns,
 * articles, auxiliaries, negations and contractions (with the apostrophe
 * already dropped), prepositions and conjunctions, and a few verbs readers use
 * to report a symptom ("it keeps saying…"). Negations go too: on a site about
 * a backup that does not work, "won't" and "not" are in every question.
 */
const ENGLISH_FILLER = [
  // question words
  'why how what when where which who whom whose',
  // pronouns and articles
  'i me my mine myself we us our you your yours it its they them their this that these those a an the',
  // auxiliaries and modals
  'am is are was were be been being do does did doing have has had can could will would shall should may might must',
  // negations and contractions
  'not no dont doesnt didnt isnt arent wasnt werent wont cant cannot couldnt wouldnt shouldnt havent hasnt hadnt',
  'im ive youre youve theyre thats whats hows whys theres',
  // prepositions, conjunctions, particles
  'to of in on at for from with without by about during while after before into onto up and or but so if then than as',
  // how readers report a symptom
  'keeps kept says saying said just still even really anymore suddenly',
];

/** The same for French, accents already dropped (queryWords): "ne … pas" goes too, and the elided "l'", "d'", "qu'". */
const FRENCH_FILLER = [
  // question words
  'pourquoi comment quoi quand ou qui que quel quelle quels quelles combien estce',
  // pronouns, articles and the elided words (l' d' j' m' n' s' t' c' qu')
  'je me moi mon ma mes tu te toi ton ta tes il elle on nous notre nos vous votre vos ils elles leur leurs se',
  'le la les un une des du de l d j m n s t c qu ce cet cette ces ca cela ceci y',
  // auxiliaries and modals
  'suis es est sommes etes sont etait etre ai as a avons avez ont avait avoir fait faire peux peut pouvez peuvent veut dois doit',
  // negations
  'ne pas plus jamais rien aucun aucune non',
  // prepositions, conjunctions
  'a au aux en dans sur sous pour par avec sans vers chez pendant apres avant depuis et ou mais donc car si alors comme',
  // how readers report a symptom
  'toujours encore juste vraiment meme marche marchent fonctionne fonctionnent',
];

/** Words that name the whole problem, not one cause of it (namesNoCause). */
const ENGLISH_GENERIC = [
  // the device and the service
  'iphone iphones phone phones icloud',
  // backing up ("backup" and "backups" are searched as "back")
  'back backing backed',
  // that it does not work, or needs help
  'work works working worked fix help problem problems issue issues trouble wrong',
];

const FRENCH_GENERIC = [
  'iphone iphones telephone portable icloud',
  // "sauvegarde", "sauvegarder", "sauvegardé": every page is about backing up
  'sauvegarde sauvegardes sauvegarder sauvegardee sauvegardent',
  'probleme problemes souci soucis aide aider impossible',
];

const words = (lines: readonly string[]): ReadonlySet<string> => new Set(lines.join(' ').split(' '));

/** How a language's queries are read: the words never searched, and the words that name no cause. */
export interface QueryLanguage {
  filler: ReadonlySet<string>;
  generic: ReadonlySet<string>;
}

const ENGLISH: QueryLanguage = { filler: words(ENGLISH_FILLER), generic: words(ENGLISH_GENERIC) };

/** By <html lang>: the search reads a query in the language of the page it runs on. */
const QUERY_LANGUAGES: Readonly<Record<string, QueryLanguage>> = {
  en: ENGLISH,
  fr: { filler: words(FRENCH_FILLER), generic: words(FRENCH_GENERIC) },
};

/** The query policy of a language, English for one the site does not know. */
export function queryLanguage(lang: string | undefined): QueryLanguage {
  return QUERY_LANGUAGES[(lang ?? '').toLowerCase().split('-')[0] ?? ''] ?? ENGLISH;
}

/** Every language's filler words (the search manifest preloads no chunk for them). */
export const FILLER: ReadonlySet<string> = new Set(Object.values(QUERY_LANGUAGES).flatMap((language) => [...language.filler]));

/**
 * Whether searched terms (filler gone, readerTerms) name no cause: at least
 * one, every one generic: the device, iCloud, backing up, and that it does not
 * work or needs fixing. Every page of the site is about them. Words that name
 * an alert ("failed", "error", "full") are not generic: an alert has a page of its own.
 */
export function namesNoCause(terms: readonly string[], language: QueryLanguage = ENGLISH): boolean {
  return terms.length > 0 && terms.every((term) => language.generic.has(term));
}

/**
 * The troubleshooter's start page is marked in the index with this
 * data-pagefind-filter (TroubleshootQuestion.astro), so that a question that
 * names no cause can put it first (PageIndex.startPages).
 */
export const START_PAGE_FILTER = { name: 'start', value: 'troubleshooter' } as const;

/** Words the site treats as one: the noun "backup" and the verb "back up" (whose "up" is FILLER). */
const SAME_WORD: Readonly<Record<string, string>> = { backup: 'back', backups: 'back' };

/**
 * The words of a query as Pagefind reads them: lower case, accents and
 * punctuation dropped inside words ("won't" → "wont", "Wi-Fi" → "wifi"),
 * split at white space, and a French elision split off its word
 * ("l'iPhone" → "l iphone", "d'écran" → "d ecran").
 */
export function queryWords(text: string): string[] {
  return splitElisions(text.toLowerCase()).normalize('NFKD').replace(/\p{M}/gu, '').replace(/\p{P}/gu, '').split(/\s+/).filter(Boolean);
}

interface QueryTerms {
  /** The words to search, without repeats, in the order typed. */
  terms: string[];
  /** The filler words that were left out. */
  filler: string[];
}

/** What to search for a query: its words without filler, "backup" folded into "back". All filler: every word. */
export function readerTerms(text: string, language: QueryLanguage = ENGLISH): QueryTerms {
  const typed = queryWords(text);
  const filler = [...new Set(typed.filter((word) => language.filler.has(word)))];
  const terms = [...new Set(typed.filter((word) => !language.filler.has(word)).map((word) => SAME_WORD[word] ?? word))];
  return terms.length > 0 ? { terms, filler } : { terms: filler, filler: [] };
}

/** A last word shorter than this is still being typed: not worth loading index chunks for. */
const MIN_PRELOAD_PREFIX = 3;

/**
 * What to load index chunks for while a query is being typed: its terms, less
 * a last word still too short to say much ("not en" → "", "icloud sto" → "icloud sto").
 * Pagefind splits its index into chunks by word; a one- or two-letter prefix
 * can span several of them, which the finished query may never need.
 */
export function preloadableQuery(text: string, language: QueryLanguage = ENGLISH): string {
  const typing = !/\s$/.test(text);
  const words = queryWords(text);
  const last = words.at(-1) ?? '';
  if (typing && last.length < MIN_PRELOAD_PREFIX) words.pop();
  return readerTerms(words.join(' '), language).terms.join(' ');
}

// ---------------------------------------------------------------------------
// Some of the words

export interface Scored {
  id: string;
  score: number;
}

/** Pages found by the searches of single words: those with more of the words first, then by summed score. */
export function mergeBySharedWords<T extends Scored>(lists: readonly (readonly T[])[]): T[] {
  const merged = new Map<string, { item: T; words: number; score: number; first: number }>();
  let position = 0;
  for (const list of lists) {
    for (const item of list) {
      const entry = merged.get(item.id);
      if (entry) {
        entry.words += 1;
        entry.score += item.score;
      } else {
        merged.set(item.id, { item, words: 1, score: item.score, first: position });
      }
      position++;
    }
  }
  return [...merged.values()].sort((a, b) => b.words - a.words || b.score - a.score || a.first - b.first).map((entry) => entry.item);
}

// ---------------------------------------------------------------------------
// Spelling correction (Pagefind has no typo tolerance)

/** Fewer results than this and the speller is asked. */
const FEW_RESULTS = 2;

export function wantsCorrection(resultCount: number, verbatim: boolean): boolean {
  return !verbatim && resultCount < FEW_RESULTS;
}

/** The words the speller changed: ("icloud storge", "icloud storage") → ["storge"]. */
export function changedWords(typedWords: readonly string[], correctedWords: readonly string[]): string[] {
  return typedWords.filter((word, i) => i < correctedWords.length && correctedWords[i] !== word);
}

/**
 * How many results the typed words really found. Pagefind leaves out a word it
 * has never seen ("icloud storge" finds every page with "icloud"), so when a
 * word the speller corrected finds nothing on its own, the typed query found
 * nothing it asked for.
 */
export function typedResultCount(resultCount: number, unknownChangedWords: number): number {
  return unknownChangedWords > 0 ? 0 : resultCount;
}

interface CorrectionChoice {
  /** Show the corrected query's results ("Showing results for …", with a link to the typed words). */
  showCorrected: boolean;
  /** Offer the correction as "Did you mean …?". */
  suggest: boolean;
}

/**
 * The typed query found `typedCount` results and the correction `correctedCount`.
 * The correction is shown when it finds more; it is only offered when it finds
 * something, but not more; it is dropped when it finds nothing.
 */
export function chooseCorrection(typedCount: number, correctedCount: number): CorrectionChoice {
  if (correctedCount === 0) return { showCorrected: false, suggest: false };
  if (correctedCount > typedCount) return { showCorrected: true, suggest: true };
  return { showCorrected: false, suggest: true };
}

// ---------------------------------------------------------------------------
// One query

/** Every word together must find at least this many pages, or some of the words are searched too. */
export const ENOUGH_RESULTS = 3;

interface QueryOutcome<R> {
  /** The words as typed. */
  typed: string;
  /** The words whose results are shown: the typed ones, or the correction. */
  shown: string;
  /** A spelling correction to offer ("Did you mean …?"), if any. */
  suggestion?: string;
  /** True when the results are the suggestion's ("Showing results for …"). */
  showingSuggestion: boolean;
  /** True when some results lack some of the words ("Showing results for some of your words"). */
  someWords: boolean;
  results: R[];
}

/** The search index, as the query policy uses it (Pagefind, with the reader's filters). */
export interface PageIndex<R> {
  /** The pages with every word of the query, best first. */
  find(query: string): Promise<R[]>;
  /** How many pages have every word of the query, ranking none of them (cheap), whatever the filters. */
  count(query: string): Promise<number>;
  /** The troubleshooter's start page (START_PAGE_FILTER) if the filters allow it, with or without the query's words. */
  startPages(query: string): Promise<R[]>;
}

/** A text's terms and the pages with all of them. */
interface TermSearch<R> {
  terms: string[];
  filler: string[];
  every: R[];
}

async function searchTerms<R>(index: PageIndex<R>, text: string, language: QueryLanguage): Promise<TermSearch<R>> {
  const { terms, filler } = readerTerms(text, language);
  return { terms, filler, every: await index.find(terms.join(' ')) };
}

/** Whether the index lacks a word of these (Pagefind leaves such words out of a search). */
async function lacksAWord<R>(index: PageIndex<R>, search: TermSearch<R>): Promise<boolean> {
  if (search.terms.length === 1) return search.every.length === 0;
  const counts = await Promise.all(search.terms.map((term) => index.count(term)));
  return counts.some((count) => count === 0);
}

/**
 * One query. The speller is asked for (its vocabulary loaded) only when it
 * may be needed: a word the index does not have, or fewer than FEW_RESULTS
 * pages. Each word is searched alone only for the fallback to some of them.
 */
export async function runQuery<R extends Scored>(
  index: PageIndex<R>,
  speller: () => Promise<Speller>,
  typed: string,
  verbatim: boolean,
  language: QueryLanguage = ENGLISH,
): Promise<QueryOutcome<R>> {
  let search = await searchTerms(index, typed, language);
  let shown = typed;
  let suggestion: string | undefined;
  let showingSuggestion = false;

  if (!verbatim && (search.every.length < FEW_RESULTS || (await lacksAWord(index, search)))) {
    // Filler words are left as typed: they are not searched, and "wont" is no typo of "want".
    const corrected = (await speller()).suggest(typed, language.filler);
    if (corrected) {
      const changed = changedWords(tokenize(typed), tokenize(corrected));
      const unknown = (await Promise.all(changed.map(async (word) => (await index.count(word)) === 0))).filter(Boolean).length;
      const typedCount = typedResultCount(search.every.length, unknown);
      if (wantsCorrection(typedCount, verbatim)) {
        const correctedSearch = await searchTerms(index, corrected, language);
        const choice = chooseCorrection(typedCount, correctedSearch.every.length);
        if (choice.suggest) suggestion = corrected;
        if (choice.showCorrected) {
          search = correctedSearch;
          shown = corrected;
          showingSuggestion = true;
        }
      }
    }
  }

  let results = search.every;
  let someWords = false;
  if (results.length < ENOUGH_RESULTS) {
    const each = search.terms.length > 1 ? await Promise.all(search.terms.map((term) => index.find(term))) : [results];
    let some = search.terms.length > 1 ? mergeBySharedWords(each) : [];
    if (some.length === 0 && results.length === 0 && search.filler.length > 0) {
      some = mergeBySharedWords([...each, ...(await Promise.all(search.filler.map((word) => index.find(word))))]);
    }
    if (some.length > results.length) {
      results = some;
      someWords = true;
    }
  }
  if (namesNoCause(search.terms, language)) results = startFirst(await index.startPages(search.terms.join(' ')), results);
  return { typed, shown, ...(suggestion ? { suggestion } : {}), showingSuggestion, someWords, results };
}

/** The start pages, then the other results in their order, each page once. */
function startFirst<R extends Scored>(start: readonly R[], results: readonly R[]): R[] {
  const first = new Set(start.map((result) => result.id));
  return [...start, ...results.filter((result) => !first.has(result.id))];
}

// ---------------------------------------------------------------------------
// While the reader types

/** Runs `fn` once calls have paused for `ms`, with the last call's arguments. */
export interface Debounced<A extends unknown[]> {
  (...args: A): void;
  /** Drops a pending call. */
  cancel(): void;
  /** Runs a pending call now. */
  flush(): void;
}

export function debounce<A extends unknown[]>(fn: (...args: A) => void, ms: number): Debounced<A> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: A | undefined;
  const run = () => {
    timer = undefined;
    const args = pending;
    pending = undefined;
    if (args) fn(...args);
  };
  const debounced = (...args: A) => {
    pending = args;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(run, ms);
  };
  debounced.cancel = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    pending = undefined;
  };
  debounced.flush = () => {
    if (timer !== undefined) clearTimeout(timer);
    run();
  };
  return debounced;
}

/**
 * Only the latest of overlapping asynchronous runs may show its result:
 * a slow search for "sto" must not replace the results for "storage".
 */
export interface Latest {
  /** Starts a run; the returned check stays true until the next run starts. */
  start(): () => boolean;
}

export function latestOnly(): Latest {
  let current = 0;
  return {
    start() {
      const run = ++current;
      return () => run === current;
    },
  };
}
