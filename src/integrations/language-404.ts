/**
 * Astro writes the 404 page of another language, src/pages/[...lang]/404.astro,
 * as dist/fr/404/index.html; static hosts look for the nearest 404.html
 * (Cloudflare Pages, and the preview host, src/lib/static-host/server.ts). So
 * after the build it becomes dist/fr/404.html, before the site check and
 * the search index read dist/ (it is noindex: the sitemap has left it out).
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { TRANSLATED_LANGUAGES } from '#lib/i18n/languages.ts';

export default function language404(): AstroIntegration {
  return {
    name: 'language-404',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const out = fileURLToPath(dir);
        for (const lang of TRANSLATED_LANGUAGES) {
          const folder = path.join(out, lang, '404');
          const page = path.join(folder, 'index.html');
          if (!(await fs.stat(page).catch(() => undefined))) continue;
          await fs.rename(page, path.join(out, lang, '404.html'));
          await fs.rm(folder, { recursive: true });
        }
      },
    },
  };
}
