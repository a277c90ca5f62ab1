/**
 * Astro integration: after the build, indexes the built pages with Pagefind
 * (its Node API, on the pages with data-pagefind-body) and writes, next to
 * Pagefind's files, the manifest the browser reads on a reader's first sign of
 * intent (/search-manifest.json, lib/search/pagefind-files.ts): the metadata
 * file's name, the index chunks with their word ranges, and on a small site
 * each page's address and title. It sets Pagefind's index chunk size for the
 * site's size first, so a first search loads only the chunks its words need.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { FILLER } from '../lib/search/query';
import {
  indexChunkSize,
  languageManifest,
  MAX_PREVIEW_BYTES,
  MIN_PRELOAD_WORD,
  readFragment,
  readPagefindMeta,
  SEARCH_MANIFEST_PATH,
  withoutSignature,
  type LanguageManifest,
  type PagePreview,
  type SearchManifest,
} from '../lib/search/pagefind-files';

/**
 * Pagefind's own switch for its chunk size, read when its service starts. It is
 * marked unstable: should a later Pagefind drop it, the log line below shows
 * one chunk, and search still works, only with bigger first loads.
 */
const CHUNK_SIZE_VARIABLE = 'PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE';

interface PagefindFile {
  path: string;
  content: Uint8Array;
}

const unpack = (file: PagefindFile) => withoutSignature(gunzipSync(file.content));

/** The manifest from Pagefind's files in memory: per language, its metadata, chunks and page previews. */
function manifestOf(files: readonly PagefindFile[]): SearchManifest {
  const byPath = new Map(files.map((file) => [file.path.replace(/\\/g, '/'), file]));
  const entryFile = byPath.get('pagefind-entry.json');
  if (!entryFile) throw new Error('Pagefind wrote no pagefind-entry.json');
  const entry = JSON.parse(new TextDecoder().decode(entryFile.content)) as { languages: Record<string, { hash: string }> };
  const languages: Record<string, LanguageManifest> = {};
  for (const [language, { hash }] of Object.entries(entry.languages)) {
    const metaFile = byPath.get(`pagefind.${hash}.pf_meta`);
    if (!metaFile) throw new Error(`Pagefind wrote no pagefind.${hash}.pf_meta`);
    const meta = readPagefindMeta(unpack(metaFile));
    const previews = new Map<string, PagePreview>();
    // A preview takes some 40 bytes at the least: past that many pages, they cannot fit, so no fragment is read.
    if (meta.pages.length * 40 <= MAX_PREVIEW_BYTES) {
      for (const page of meta.pages) {
        const fragment = byPath.get(`fragment/${page}.pf_fragment`);
        if (fragment) previews.set(page, readFragment(unpack(fragment)));
      }
    }
    languages[language] = languageManifest(hash, meta, previews);
  }
  return { filler: [...FILLER].filter((word) => word.length >= MIN_PRELOAD_WORD), languages };
}

export default function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, pages, logger }) => {
        const started = performance.now();
        const outDir = fileURLToPath(dir);
        const chunkSize = indexChunkSize(pages.length);
        process.env[CHUNK_SIZE_VARIABLE] = String(chunkSize);
        try {
          const { index, errors } = await pagefind.createIndex({});
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: outDir });
          const { files } = await index.getFiles();
          const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
          const problems = [...added.errors, ...written.errors];
          if (problems.length > 0) throw new Error(`Pagefind: ${problems.join('; ')}`);
          const manifest = manifestOf(files);
          await writeFile(join(outDir, SEARCH_MANIFEST_PATH), JSON.stringify(manifest));
          const languages = Object.values(manifest.languages);
          const chunks = languages.reduce((sum, language) => sum + language.chunks.length, 0);
          const previews = languages.every((language) => language.pages) ? 'with' : 'without';
          logger.info(
            `Indexed ${added.page_count} HTML files: ${chunks} index chunks (chunk size ${chunkSize}); wrote ${SEARCH_MANIFEST_PATH}, ${previews} page previews (${((performance.now() - started) / 1000).toFixed(1)} s)`,
          );
        } finally {
          await pagefind.close();
          delete process.env[CHUNK_SIZE_VARIABLE];
        }
      },
    },
  };
}
