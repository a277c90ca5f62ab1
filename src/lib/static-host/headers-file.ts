/**
 * dist/_headers, the response headers a static host sends: parsed as Netlify
 * and Cloudflare Pages read it, and applied to a URL path. The dist checks
 * test the file; the browser tests apply it to every response.
 */
import { escapeRegExp } from '#lib/regexp.ts';

export interface HeaderRule {
  path: string;
  line: number;
  headers: { name: string; value: string }[];
}

/**
 * The _headers format of Netlify and Cloudflare Pages: a rule is an unindented
 * URL pattern, followed by indented "Name: value" lines; "#" starts a comment line.
 */
export function parseHeadersFile(text: string): { rules: HeaderRule[]; errors: string[] } {
  const rules: HeaderRule[] = [];
  const errors: string[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === '' || raw.trim().startsWith('#')) return;
    if (!/^\s/.test(raw)) {
      if (!raw.trim().startsWith('/') && !/^https?:\/\//.test(raw.trim())) errors.push(`line ${line}: rule "${raw}" is not a URL path`);
      rules.push({ path: raw.trim(), line, headers: [] });
      return;
    }
    const match = /^([A-Za-z0-9!#$%&'*+.^_`|~-]+)\s*:\s*(.*)$/.exec(raw.trim());
    if (!match) errors.push(`line ${line}: "${raw.trim()}" is not a "Name: value" header`);
    else {
      const [, name = '', value = ''] = match;
      const rule = rules.at(-1);
      if (!rule) errors.push(`line ${line}: header "${raw.trim()}" comes before any rule`);
      else if (value.trim() === '') errors.push(`line ${line}: header ${name} has no value`);
      else rule.headers.push({ name: name.toLowerCase(), value: value.trim() });
    }
  });
  return { rules, errors };
}

/** Whether a rule's pattern matches a URL path: "*" is a splat, ":name" one path segment. */
function ruleMatches(pattern: string, urlPath: string): boolean {
  const source = pattern
    .split(/(\*|:[A-Za-z]\w*)/)
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : escapeRegExp(part)))
    .join('');
  return new RegExp(`^${source}$`).test(urlPath);
}

/** The headers a host sends for a path: every matching rule's, merged. */
export function headersFor(rules: HeaderRule[], urlPath: string): Map<string, string[]> {
  const merged = new Map<string, string[]>();
  for (const rule of rules.filter((r) => ruleMatches(r.path, urlPath))) {
    for (const { name, value } of rule.headers) merged.set(name, [...(merged.get(name) ?? []), value]);
  }
  return merged;
}
