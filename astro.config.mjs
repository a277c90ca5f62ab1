// @ts-check
import { defineConfig } from 'astro/config';
import linkCheck from './src/integrations/link-check.ts';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';

export default defineConfig({
  site: 'https://icloud-backup-help.example',
  trailingSlash: 'always',
  integrations: [mdx(), linkCheck()],
  build: {
    // One small stylesheet, inlined: no render-blocking request.
    inlineStylesheets: 'always',
  },
  markdown: {
    processor: unified({ gfm: false, remarkPlugins: [remarkGfm] }),
  },
});
