/**
 * dist/_redirects as Netlify and Cloudflare Pages read it: one rule a line,
 * "from to status", "#" starting a comment. A "*" at the end of `from` is a
 * splat, and ":splat" in `to` puts what it matched there. The first rule that
 * matches wins.
 */

export interface RedirectRule {
  from: string;
  to: string;
  status: number;
  line: number;
}

export function parseRedirectsFile(text: string): { rules: RedirectRule[]; errors: string[] } {
  const rules: RedirectRule[] = [];
  const errors: string[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    const trimmed = raw.trim();
    if (trimmed === '' || trimmed.startsWith('#')) return;
    const [from = '', to = '', status = '301', ...rest] = trimmed.split(/\s+/);
    if (rest.length > 0 || to === '') errors.push(`line ${line}: "${trimmed}" is not "from to [status]"`);
    else if (!from.startsWith('/')) errors.push(`line ${line}: "${from}" is not a URL path`);
    else if (!/^[1-5]\d\d$/.test(status)) errors.push(`line ${line}: "${status}" is not an HTTP status`);
    else rules.push({ from, to, status: Number(status), line });
  });
  return { rules, errors };
}

/** Where the first matching rule sends a URL path, or undefined when none matches. */
export function redirectFor(rules: readonly RedirectRule[], urlPath: string): { location: string; status: number } | undefined {
  for (const rule of rules) {
    if (rule.from.endsWith('*')) {
      const prefix = rule.from.slice(0, -1);
      if (urlPath.startsWith(prefix)) {
        return { location: rule.to.replace(':splat', urlPath.slice(prefix.length)), status: rule.status };
      }
    } else if (rule.from === urlPath) {
      return { location: rule.to, status: rule.status };
    }
  }
  return undefined;
}
