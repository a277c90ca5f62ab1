/**
 * Astro integration: after the build, indexes the built pages with Pagefind
 * (its Node API, on the pages with data-pagefind-body) and writes, next to
 * Pagefind's files, the manifest the browser reads on a reader's first sign of
 * intent (/search-manifest.json, lib/search/search-manifest.ts): the metadata
 * file's name, the index chunks with their word ranges, and on a small site
 * each page's address and title, read from Pagefind's files in memory by
 * lib/search/pagefind-format.ts (the one reader of its private format). It
 * sets Pagefind's index chunk size for the site's size first, so a first
 * search loads only the chunks its words need.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { FILLER } from '#lib/search/query.ts';
import { SCRIPT_CONSTANTS } from '#lib/search/script-constants.ts';
import { readPagefindFiles, type PagefindFile } from '#lib/search/pagefind-format.ts';
import {
  indexChunkSize,
  languageManifest,
  MAX_PREVIEW_BYTES,
  MIN_PRELOAD_WORD,
  pagePreview,
  SEARCH_MANIFEST_PATH,
  type LanguageManifest,
  type PagePreview,
  type SearchManifest,
} from '#lib/search/search-manifest.ts';

/**
 * Pagefind's own switch for its chunk size, read when its service starts. It is
 * marked unstable: should a later Pagefind drop it, the log line below shows
 * one chunk, and search still works, only with bigger first loads.
 */
const CHUNK_SIZE_VARIABLE = 'PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE';

/** The manifest from Pagefind's files in memory: per language, its metadata, chunks and page previews. */
function manifestOf(files: readonly PagefindFile[]): SearchManifest {
  const index = readPagefindFiles(files);
  const languages: Record<string, LanguageManifest> = {};
  for (const language of index.languages) {
    const previews = new Map<string, PagePreview>();
    // A preview takes some 40 bytes at the least: past that many pages, they cannot fit, so no fragment is read.
    if (language.pages.length * 40 <= MAX_PREVIEW_BYTES) {
      for (const page of language.pages) {
        const fragment = index.fragment(page);
        if (fragment) previews.set(page, pagePreview(fragment));
      }
    }
    languages[language.language] = languageManifest(language, previews);
  }
  return { filler: [...FILLER].filter((word) => word.length >= MIN_PRELOAD_WORD), languages };
}

interface Indexed {
  index: pagefind.PagefindIndex;
  pageCount: number;
  files: PagefindFile[];
  errors: string[];
}

/** Pagefind reads the built pages in its own process; nothing is written to dist/ yet. */
async function indexPages(outDir: string): Promise<Indexed> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: outDir });
  const { files } = await index.getFiles();
  return { index, pageCount: added.page_count, files, errors: added.errors };
}

/**
 * Two integrations: the first starts indexing when the build is done, so
 * Pagefind (a process of its own) reads the pages while the checks listed
 * between the two run here; the second waits for it and writes the index and
 * the manifest. Nothing lands in dist/ until then, so the checks see the
 * site as Astro built it.
 */
export default function searchIndex(): [AstroIntegration, AstroIntegration] {
  let indexing: Promise<Indexed> | undefined;
  let started = 0;
  let chunkSize = 0;
  return [
    {
      name: 'search-index',
      hooks: {
        'astro:build:done': ({ dir, pages }) => {
          started = performance.now();
          chunkSize = indexChunkSize(pages.length);
          process.env[CHUNK_SIZE_VARIABLE] = String(chunkSize);
          indexing = indexPages(fileURLToPath(dir));
          // Awaited by the second integration; a failure is reported there, not as an unhandled rejection.
          indexing.catch(() => undefined);
        },
      },
    },
    {
      name: 'search-index:write',
      hooks: {
        'astro:build:done': async ({ dir, logger }) => {
          const outDir = fileURLToPath(dir);
          try {
            if (!indexing) throw new Error('search-index:write ran before search-index started: list them in that order');
            const { index, pageCount, files, errors } = await indexing;
            const written = await index.writeFiles({ outputPath: join(outDir, SCRIPT_CONSTANTS.__PAGEFIND_DIR__) });
            const problems = [...errors, ...written.errors];
            if (problems.length > 0) throw new Error(`Pagefind: ${problems.join('; ')}`);
            const manifest = manifestOf(files);
            await writeFile(join(outDir, SEARCH_MANIFEST_PATH), JSON.stringify(manifest));
            const languages = Object.values(manifest.languages);
            const chunks = languages.reduce((sum, language) => sum + language.chunks.length, 0);
            const previews = languages.every((language) => language.pages) ? 'with' : 'without';
            logger.info(
              `Indexed ${pageCount} HTML files: ${chunks} index chunks (chunk size ${chunkSize}); wrote ${SEARCH_MANIFEST_PATH}, ` +
                `${previews} page previews (${((performance.now() - started) / 1000).toFixed(1)} s since the build was done)`,
            );
          } finally {
            await pagefind.close();
            Reflect.deleteProperty(process.env, CHUNK_SIZE_VARIABLE);
          }
        },
      },
    },
  ];
}
