import { describe, expect, test } from 'vitest';
import { parseRedirectsFile, redirectFor } from './redirects-file';

const FILE = `# Short links
/kb/icb-102/ /fixes/check-icloud-storage/ 301
/kb/icb-102 /fixes/check-icloud-storage/ 301
/KB/* /kb/:splat 301
`;

describe('parseRedirectsFile', () => {
  test('reads "from to status" lines and skips comments and blank lines', () => {
    const { rules, errors } = parseRedirectsFile(FILE);
    expect(errors).toEqual([]);
    expect(rules.map(({ from, to, status, line }) => [from, to, status, line])).toEqual([
      ['/kb/icb-102/', '/fixes/check-icloud-storage/', 301, 2],
      ['/kb/icb-102', '/fixes/check-icloud-storage/', 301, 3],
      ['/KB/*', '/kb/:splat', 301, 4],
    ]);
  });

  test('names the line of a rule it cannot read', () => {
    expect(parseRedirectsFile('/a\n/b /c 301 extra\nb /c\n/d /e 3xx').errors).toEqual([
      'line 1: "/a" is not "from to [status]"',
      'line 2: "/b /c 301 extra" is not "from to [status]"',
      'line 3: "b" is not a URL path',
      'line 4: "3xx" is not an HTTP status',
    ]);
  });
});

describe('redirectFor', () => {
  const { rules } = parseRedirectsFile(FILE);

  test('an exact rule matches its own path only, with or without the slash as written', () => {
    expect(redirectFor(rules, '/kb/icb-102/')).toEqual({ location: '/fixes/check-icloud-storage/', status: 301 });
    expect(redirectFor(rules, '/kb/icb-102')).toEqual({ location: '/fixes/check-icloud-storage/', status: 301 });
    expect(redirectFor(rules, '/kb/icb-1020/')).toBeUndefined();
  });

  test('a splat passes on what it matched', () => {
    expect(redirectFor(rules, '/KB/ICB-102')).toEqual({ location: '/kb/ICB-102', status: 301 });
  });
});
