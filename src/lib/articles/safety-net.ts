/**
 * The safety net: before any step that can cost the reader settings or data,
 * a risky fix links to the computer-backup article (role: safety-net), so a
 * reader whose iCloud backup is failing keeps a copy first. So does a fix
 * with backupFirst, which costs nothing itself but calls for a copy first. The
 * build checks that every such fix does so before its first numbered step.
 */
import { fileOf } from './content-file';
import type { RootContent } from 'mdast';
import { linkUrls, parseMarkdown } from './markdown';
import { fixPath, kbPath } from '#lib/links/routes.ts';
import { isRisky, needsSafetyNet, type ArticleRole, type Risk } from './taxonomy';
import { DEFAULT_LANGUAGE, localizePath, type Language } from '#lib/i18n/languages.ts';

export interface SafetyNetEntry {
  id: string;
  filePath?: string | undefined;
  /** The Markdown body. */
  body?: string | undefined;
  data: { role: ArticleRole; risk: Risk; kbId: string; backupFirst?: boolean | undefined };
}

/** The links of the top-level blocks before the first ordered list, or undefined if there is none. */
function linksBeforeList(blocks: readonly RootContent[]): string[] | undefined {
  const firstStep = blocks.findIndex((block) => block.type === 'list' && block.ordered === true);
  if (firstStep === -1) return undefined;
  return blocks.slice(0, firstStep).flatMap(linkUrls);
}

/** A line that can open a top-level numbered list ("1. …" at the margin). */
const NUMBERED_LINE = /^\d{1,9}[.)](?:[ \t]|$)/m;

/**
 * The link targets a reader meets before the first numbered step: every link
 * in the top-level blocks that come before the body's first ordered list.
 * Undefined when the body has no numbered step at all.
 *
 * Only the part of the body up to the first line that can open a numbered
 * list is parsed, when that part ends in one (a build checks every risky
 * article, so this keeps the check from parsing whole bodies); anything else
 * falls back to the whole body.
 */
export function linksBeforeFirstStep(body: string): string[] | undefined {
  const match = NUMBERED_LINE.exec(body);
  if (match) {
    const lineEnd = body.indexOf('\n', match.index);
    const head = linksBeforeList(parseMarkdown(lineEnd === -1 ? body : body.slice(0, lineEnd)).children);
    if (head !== undefined) return head;
  }
  return linksBeforeList(parseMarkdown(body).children);
}

/** The paths that reach the safety net: its article and its short link, with or without a #fragment. */
function reachesSafetyNet(url: string, net: SafetyNetEntry, lang: Language): boolean {
  const path = url.split('#')[0];
  return path === localizePath(fixPath(net.id), lang) || path === localizePath(kbPath(net.data.kbId), lang);
}

/** Why a fix needs the safety net, as the field that says so, and what a copy protects against. */
function reasonOf({ data }: SafetyNetEntry): { field: string; why: string } {
  if (isRisky(data.risk)) {
    return {
      field: `risk is "${data.risk}"`,
      why: `this fix can cost the reader ${data.risk === 'data' ? 'data' : 'their settings'}, and a computer backup keeps a copy first`,
    };
  }
  return {
    field: 'backupFirst is true',
    why: "a copy comes first here even though the fix's risk is none (such as before a major iOS update), and a reader whose iCloud backup fails may have none",
  };
}

/**
 * One message per broken rule: more than one safety net; a fix that needs it
 * (risky, or backupFirst) with no safety net to link to; such a fix whose body
 * does not link to it before its first numbered step. In a translation
 * (`lang`), the link goes to the safety net in the same language.
 */
export function findSafetyNetProblems(entries: readonly SafetyNetEntry[], lang: Language = DEFAULT_LANGUAGE): string[] {
  const nets = entries.filter((entry) => entry.data.role === 'safety-net');
  const needing = entries.filter((entry) => entry.data.role === 'fix' && needsSafetyNet(entry.data));
  if (nets.length > 1) {
    return [
      `${nets.map((net) => fileOf(net)).join(' and ')} all have role: safety-net. ` +
        'There is one safety net, the computer backup that every risky fix links to: keep role: safety-net on one article only.',
    ];
  }
  const [net] = nets;
  if (!net) {
    return needing.map(
      (entry) =>
        `${fileOf(entry)}: ${reasonOf(entry).field}, but no article has role: safety-net to link to before its first step. ` +
        `Add the computer-backup article (role: safety-net), or ${
          isRisky(entry.data.risk) ? 'set risk: none if the fix cannot cost the reader anything' : 'remove backupFirst'
        }.`,
    );
  }
  const problems: string[] = [];
  for (const entry of needing) {
    const links = linksBeforeFirstStep(entry.body ?? '');
    const target = localizePath(fixPath(net.id), lang);
    const { field, why } = reasonOf(entry);
    if (links === undefined) {
      problems.push(`${fileOf(entry)}: ${field}, but the body has no numbered steps to put the safety-net link before.`);
    } else if (!links.some((url) => reachesSafetyNet(url, net, lang))) {
      problems.push(
        `${fileOf(entry)}: ${field}, but no link to the safety net (${target}) comes before its first numbered step. ` +
          `Before the first numbered list, add a sentence that links to ${target} and says why: ${why}.`,
      );
    }
  }
  return problems;
}
