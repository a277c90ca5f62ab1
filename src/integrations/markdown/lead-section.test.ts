import { markdownToHtml } from 'satteri';
import { describe, expect, test } from 'vitest';
import { articleAnchors } from './article-anchors';
import { leadSectionPlugin } from './lead-section';

/** Markdown through Sätteri with the anchors and then the lead section, as astro.config.mjs wires them. */
async function run(markdown: string): Promise<string> {
  const astro = { frontmatter: {}, headings: [], localImagePaths: new Set<string>(), remoteImagePaths: new Set<string>() };
  const { html } = await markdownToHtml(markdown, { hastPlugins: [articleAnchors, leadSectionPlugin], data: { astro } });
  return html;
}

describe('leadSectionPlugin', () => {
  test('folds a first "When to" section, heading id kept and its "#" link dropped, up to the next h2', async () => {
    const html = await run(
      '## When to try this\n\nWhen the backup fails.\n\n### When not to\n\nOn a managed iPhone.\n\n## Steps\n\n1. Open Settings.\n',
    );
    expect(html).toMatch(
      /^<details class="lead-section"><summary><h2 id="when-to-try-this">When to try this<\/h2><\/summary>\s*<p>When the backup fails\.<\/p>/,
    );
    const details = html.slice(0, html.indexOf('</details>'));
    expect(details).toContain('<h3 id="when-not-to"');
    expect(details).toContain('On a managed iPhone.');
    expect(details).not.toContain('data-anchor-link=""></a></h2>');
    // The steps and their section stay outside, with their links.
    const after = html.slice(html.indexOf('</details>'));
    expect(after).toMatch(/<h2 id="steps">Steps<a [^>]*data-anchor-link/);
    expect(after).toContain('id="step-1"');
  });

  test('keeps an introduction before the first h2 outside the fold', async () => {
    const html = await run(
      'No computer? Read the other article.\n\n## When to do this\n\nBefore a risky fix.\n\n## Back up\n\n1. Connect.\n',
    );
    expect(html.indexOf('<p>No computer?')).toBeLessThan(html.indexOf('<details'));
  });

  test.each([
    ['a first section with another heading', '## Before you start\n\nKeep a copy.\n\n## Steps\n\n1. Open Settings.\n'],
    ['a "When to" section that is not the first', '## Get ready\n\nCharge it.\n\n## When to try this\n\nLater.\n'],
    ['a "When to" section that holds steps', '## When to try this\n\n1. Check Wi-Fi.\n\n## More\n\nText.\n'],
  ])('leaves %s open', async (_, markdown) => {
    expect(await run(markdown)).not.toContain('<details');
  });
});
