/**
 * /llms.txt in the llmstxt.org format: the site's name as an h1, a one-line
 * summary as a blockquote, a few lines on how to use it, then sections of
 * links ("- [title](url): notes"), each fix and alert linking its plain text.
 * The "Optional" section holds what a reader with little room can skip.
 */

interface LlmsLink {
  title: string;
  url: string;
  /** One line. */
  note: string;
}

interface LlmsIndex {
  name: string;
  summary: string;
  /** Paragraphs after the summary. */
  details: readonly string[];
  sections: readonly { heading: string; links: readonly LlmsLink[] }[];
}

/** Keeps a note on one line: llms.txt links are one a line. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Square brackets would end the link text early. */
function linkText(text: string): string {
  return oneLine(text).replace(/[[\]]/g, (bracket) => `\\${bracket}`);
}

export function formatLlmsTxt(index: LlmsIndex): string {
  const lines = [`# ${oneLine(index.name)}`, '', `> ${oneLine(index.summary)}`, ''];
  for (const paragraph of index.details) lines.push(oneLine(paragraph), '');
  for (const { heading, links } of index.sections) {
    lines.push(`## ${oneLine(heading)}`, '');
    for (const { title, url, note } of links) lines.push(`- [${linkText(title)}](${url})${note ? `: ${oneLine(note)}` : ''}`);
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

/** llms-full.txt: every document in full, each under a rule and its address. */
export function formatLlmsFull(name: string, summary: string, documents: readonly { url: string; text: string }[]): string {
  const parts = documents.map(({ url, text }) => `${'='.repeat(72)}\n${url}\n\n${text.trim()}\n`);
  return `${oneLine(name)}\n${oneLine(summary)}\n\n${parts.join('\n')}`;
}
