/**
 * Links that must never break. Each article's short link (/kb/<kbId>/), every
 * slug an article, alert or troubleshooter question had before
 * (formerSlugs), and every URL the published-URL ledger marks gone lead on to
 * a live page. The build publishes each redirect twice: as a static redirect
 * page (or, for a plain-text or JSON file, a small file that says where it
 * went), which works on any host, and as a 301 in dist/_redirects for hosts
 * that read it. The _redirects file also sends the case and slash variants of
 * short links (/kb/ICB-102, /KB/icb-102/) on; elsewhere the 404 page does.
 */
import { fileOf } from '#lib/articles/content-file.ts';
import { alertPath, fixPath, kbPath, questionIdPath, questionPath, resultPath } from './routes';
import type { FlowQuestion } from '#lib/troubleshooter/troubleshooter.ts';

export interface Redirect {
  from: string;
  to: string;
}

/** A redirect and who asks for it, so a clash can name the file and the field. */
export interface RedirectSource extends Redirect {
  /** E.g. `content/fixes/a.mdx: formerSlugs entry "old"`. */
  origin: string;
}

/** A URL the build publishes as a live page or file, and where it comes from. */
export interface LiveUrl {
  path: string;
  origin: string;
}

interface Named {
  id: string;
  filePath?: string | undefined;
}

interface ArticleSource extends Named {
  data: { kbId: string; formerSlugs: readonly string[] };
}

interface AlertSource extends Named {
  data: { formerSlugs: readonly string[] };
}

interface QuestionSource extends FlowQuestion {
  data: FlowQuestion['data'] & { formerSlugs: readonly string[] };
}

/** Each article's short link, and each former slug, to its current URL. */
export function articleRedirects(articles: readonly ArticleSource[]): RedirectSource[] {
  return articles.flatMap((article) => {
    const file = fileOf(article, `content/fixes/${article.id}.mdx`);
    return [
      { from: kbPath(article.data.kbId), to: fixPath(article.id), origin: `${file}: kbId ${article.data.kbId} (its short link)` },
      ...article.data.formerSlugs.map((slug) => ({
        from: fixPath(slug),
        to: fixPath(article.id),
        origin: `${file}: formerSlugs entry "${slug}"`,
      })),
    ];
  });
}

/** Each alert's former slugs, to its current page. */
export function alertRedirects(alerts: readonly AlertSource[]): RedirectSource[] {
  return alerts.flatMap((alert) =>
    alert.data.formerSlugs.map((slug) => ({
      from: alertPath(slug),
      to: alertPath(alert.id),
      origin: `${fileOf(alert, `content/alerts/${alert.id}.md`)}: formerSlugs entry "${slug}"`,
    })),
  );
}

/** Each question's former ids: its page, and the result page of each answer that recommends a fix. */
export function questionRedirects(questions: readonly QuestionSource[]): RedirectSource[] {
  return questions.flatMap((question) =>
    question.data.formerSlugs.flatMap((old) => {
      const origin = `${question.filePath ?? 'content/troubleshooter/flow.yaml'}: question "${question.id}", formerSlugs entry "${old}"`;
      return [
        { from: questionIdPath(old), to: questionPath(question), origin },
        ...question.data.answers
          .filter((answer) => answer.fix)
          .map((answer) => ({ from: resultPath(old, answer.id), to: resultPath(question.id, answer.id), origin })),
      ];
    }),
  );
}

/** "/KB/ICB-102" and "/kb/icb-102/" are one key: some hosts ignore case, and a slash is easy to drop. */
function keyOf(path: string): string {
  return path.toLowerCase().replace(/\/+$/, '');
}

/**
 * One message per redirect whose source is also a live URL, of any kind, or
 * the source of another redirect: a URL may lead to one thing only.
 */
export function findRedirectCollisions(redirects: readonly RedirectSource[], live: readonly LiveUrl[]): string[] {
  const owner = new Map<string, { origin: string; live: boolean }>();
  for (const url of live) owner.set(keyOf(url.path), { origin: url.origin, live: true });
  const problems: string[] = [];
  for (const redirect of redirects) {
    const key = keyOf(redirect.from);
    const earlier = owner.get(key);
    if (!earlier) owner.set(key, { origin: redirect.origin, live: false });
    else if (earlier.origin !== redirect.origin) {
      problems.push(
        `${redirect.origin} makes ${redirect.from} redirect to ${redirect.to}, but ${redirect.from} is already ${earlier.live ? 'the live page of' : 'a redirect asked for by'} ${earlier.origin}. ` +
          'A published URL leads to one thing only: choose another slug or id, and never reuse an old one.',
      );
    }
  }
  return problems;
}

/**
 * The case and slash variants hosts that read _redirects send on: the ID in
 * capitals and the link without its slash. /KB/… is one wildcard rule
 * (CASE_RULES); any other mix is left to the 404 page's script.
 */
export function shortLinkVariants(kbId: string, to: string): Redirect[] {
  const upper = kbPath(kbId.toUpperCase());
  return [upper, upper.slice(0, -1), kbPath(kbId).slice(0, -1)].map((from) => ({ from, to }));
}

/** Wildcard rules, after the exact ones: a capitalised /KB/ prefix becomes /kb/. */
const CASE_RULES = ['/KB/* /kb/:splat 301', '/Kb/* /kb/:splat 301'];

/** Netlify / Cloudflare Pages syntax: "from to status", one rule a line, exact rules first. */
export function formatRedirectsFile(redirects: readonly Redirect[]): string {
  const lines = redirects.map(({ from, to }) => `${from} ${to} 301`);
  return `# Short links, former slugs and removed pages (src/data/redirects.ts).\n${[...lines, ...CASE_RULES].join('\n')}\n`;
}

/** The target of a <meta http-equiv="refresh"> content value ("0; url=/fixes/a/"), or undefined. */
export function refreshTarget(content: string): string | undefined {
  return /^\s*\d+\s*[;,]\s*url\s*=\s*['"]?([^'"\s]+)/i.exec(content)?.[1];
}
