// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { isNoindexPage } from './src/integrations/noindex.ts';
import searchIndex from './src/integrations/search-index.ts';
import siteCheck from './src/integrations/site-check.ts';
import language404 from './src/integrations/language-404.ts';
import { articleAnchors } from './src/integrations/markdown/article-anchors.ts';
import { leadSectionPlugin } from './src/integrations/markdown/lead-section.ts';
import { settingsPathsPlugin } from './src/integrations/markdown/settings-paths.ts';
import { scriptDefines } from '#lib/search/script-constants.ts';
import { resolveSiteUrl } from '#lib/links/site-url.ts';
import { DEFAULT_LANGUAGE, LANGUAGE_CODES } from '#lib/i18n/languages.ts';

const [indexing, writeIndex] = searchIndex();

export default defineConfig({
  // The public URL: set SITE_URL when building for production (see README).
  site: resolveSiteUrl(process.env.SITE_URL),
  trailingSlash: 'always',
  // English at the root, every other language under its code (/fr/…): the routes in src/pages/[...lang]/
  // build each page once per language, and Astro.currentLocale tells a component which one it is in.
  i18n: {
    locales: LANGUAGE_CODES,
    defaultLocale: DEFAULT_LANGUAGE,
    routing: { prefixDefaultLocale: false, redirectToDefaultLocale: false },
  },
  integrations: [
    mdx(),
    // Pages marked noindex (the 404 page, redirect pages) stay out of the sitemap.
    // Each page lists its other languages (xhtml:link hreflang), as its <head> does.
    sitemap({
      filter: (page) => !isNoindexPage(new URL('./dist/', import.meta.url), page),
      i18n: { defaultLocale: DEFAULT_LANGUAGE, locales: Object.fromEntries(LANGUAGE_CODES.map((lang) => [lang, lang])) },
    }),
    // After the build. Pagefind starts reading the pages in its own process (the index and the
    // manifest the browser preloads it with), while the site check reports, at once, every published
    // URL that no longer resolves and every internal link that does not. Then the index is written.
    // (The JSON API's contract is checked over dist/ by test/dist/machine-files.test.ts.)
    language404(),
    indexing,
    siteCheck(),
    writeIndex,
  ],
  build: {
    // One small stylesheet, inlined: no render-blocking request.
    inlineStylesheets: 'always',
    // Pages are written while others render: the build waits on the disk less (measured: static
    // generation of 1000 articles 14.1 s → 11.7 s on 2 cores).
    concurrency: 4,
  },
  vite: {
    // Names the separately bundled scripts share (src/lib/search/script-constants.ts says why).
    define: scriptDefines(),
    build: {
      rolldownOptions: {
        onLog(level, log, handler) {
          // @astrojs/mdx emits a "use astro:head-inject" directive that the bundler warns about once per
          // MDX file, a known upstream issue (withastro/astro#18087). Only that code is dropped; every
          // other warning is still printed.
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return;
          handler(level, log);
        },
      },
    },
  },
  security: {
    // Hash-based: each page's own inline style and script hashes, no 'unsafe-inline'.
    // Pagefind needs a same-origin worker and WebAssembly.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  markdown: {
    // The articles have no code blocks, and Shiki's inline styles would break the CSP.
    syntaxHighlight: false,
    // Astro's own Markdown processor, Sätteri (GFM and smart punctuation on), which MDX inherits: it
    // compiles the articles about three times faster than unified, the largest part of a build. Our
    // plain-text reply and content checks read the same Markdown as mdast from Sätteri too
    // (src/lib/articles/markdown.ts; its test checks the trees against remark and remark-gfm).
    processor: satteri({
      // Every bold "Settings > …" path is checked against content/settings/vocabulary.yaml and drawn as taps.
      mdastPlugins: [settingsPathsPlugin({ root: fileURLToPath(new URL('.', import.meta.url)) })],
      // Section and step ids and their links (#step-3); Astro's heading ids keep the ones set here.
      // Then the lead section ("When to try this") folds, so step 1 shows on a phone's first screen.
      hastPlugins: [articleAnchors, leadSectionPlugin],
    }),
  },
});
