/**
 * Astro integration: after the build, reads every HTML page in the output and
 * fails the build if an internal link or #fragment leads nowhere. Runs on the
 * built files, so it catches broken links from article bodies and layouts alike.
 * Links to other sites are listed in reports/external-links.txt, not fetched.
 */
import { AstroError } from 'astro/errors';
import { mkdir, writeFile } from 'node:fs/promises';
import { statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { externalLinks, findBrokenLinks } from '../lib/link-check';
import { sourceFileOfPage } from '../lib/routes';
import { readBuiltPages } from './built-site';

/** A folder is not a page: /fixes/a without its slash, or a folder with no index.html. */
function isFileOnDisk(path: string): boolean {
  return statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;
}

const REPORT = 'reports/external-links.txt';

/** There is no network at build time: external links are listed for a person to check. */
async function writeExternalLinkReport(links: Map<string, string[]>, logger: { info(message: string): void }) {
  const lines = [...links].map(([href, pages]) => `${href}\n  linked from ${pages.join(', ')}`);
  await mkdir('reports', { recursive: true });
  await writeFile(REPORT, `External links (not fetched): ${links.size}\n\n${lines.join('\n')}\n`);
  logger.info(`${links.size} external links listed in ${REPORT} (not fetched).`);
}

export default function linkCheck(): AstroIntegration {
  let siteOrigin: string | undefined;
  return {
    name: 'link-check',
    hooks: {
      'astro:config:done': ({ config }) => {
        siteOrigin = config.site ? new URL(config.site).origin : undefined;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const pages = await readBuiltPages(outDir);
        const broken = findBrokenLinks(pages, (path) => isFileOnDisk(join(outDir, path)), siteOrigin);
        if (broken.length > 0) {
          const lines = broken.map(({ page, href, reason }) => {
            const source = sourceFileOfPage(page);
            return `${source ? `${source} (page ${page})` : `page ${page}`}: links to ${href}, but ${reason}.`;
          });
          throw new AstroError(
            `${broken.length} broken internal link(s):\n- ${lines.join('\n- ')}`,
            'Each line names the source file and the link: point it at a page that exists, as /fixes/<slug>/ or /errors/<slug>/, with an id that page has.',
          );
        }
        logger.info(`${pages.length} pages, all internal links resolve (${relative(process.cwd(), outDir) || '.'}).`);
        await writeExternalLinkReport(externalLinks(pages, siteOrigin), logger);
      },
    },
  };
}
