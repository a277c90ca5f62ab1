import { describe, expect, test } from 'vitest';
import {
  assertValidFixes,
  findBadRelated,
  findDuplicates,
  findLastResortProblems,
  findRiskyBeforeSafe,
  findSlugCollisions,
  type RuleEntry,
} from './content-rules';

function entry(
  id: string,
  {
    kbId,
    order,
    related = [],
    formerSlugs = [],
    risk = 'none',
    lastResort,
  }: { kbId: string; order: number; related?: string[]; formerSlugs?: string[]; risk?: RuleEntry['data']['risk']; lastResort?: boolean },
): RuleEntry {
  return {
    id,
    filePath: `content/fixes/${id}.mdx`,
    body: '1. A step.\n',
    data: { role: 'fix', risk, kbId, order, related: related.map((relatedId) => ({ id: relatedId })), formerSlugs, lastResort },
  };
}

const a = entry('a', { kbId: 'icb-101', order: 1 });
const b = entry('b', { kbId: 'icb-102', order: 2 });
const c = entry('c', { kbId: 'icb-103', order: 3 });

describe('findDuplicates', () => {
  test('returns no messages when every kbId is unique', () => {
    expect(findDuplicates([a, b, c], 'kbId')).toEqual([]);
  });

  test('returns no messages when every order is unique', () => {
    expect(findDuplicates([a, b, c], 'order')).toEqual([]);
  });

  test('returns no messages for no entries', () => {
    expect(findDuplicates([], 'kbId')).toEqual([]);
  });

  test('reports a duplicate kbId with both files, the field and the value', () => {
    const dup = entry('b', { kbId: 'icb-101', order: 2 });
    const problems = findDuplicates([a, dup], 'kbId');
    expect(problems).toHaveLength(1);
    const [message] = problems;
    expect(message).toMatch(/^content\/fixes\/b\.mdx: /);
    expect(message).toContain('kbId "icb-101"');
    expect(message).toContain('already used by content/fixes/a.mdx');
  });

  test('reports a duplicate order with both files, the field and the value', () => {
    const dup = entry('b', { kbId: 'icb-102', order: 1 });
    const problems = findDuplicates([a, dup], 'order');
    expect(problems).toHaveLength(1);
    const [message] = problems;
    expect(message).toMatch(/^content\/fixes\/b\.mdx: /);
    expect(message).toContain('order 1 ');
    expect(message).toContain('already used by content/fixes/a.mdx');
  });

  test('does not report a duplicate order when only kbIds are checked', () => {
    const sameOrder = entry('b', { kbId: 'icb-102', order: 1 });
    expect(findDuplicates([a, sameOrder], 'kbId')).toEqual([]);
  });

  test('gives two messages for a value used three times, both pointing at the first file', () => {
    const b2 = entry('b', { kbId: 'icb-101', order: 2 });
    const c2 = entry('c', { kbId: 'icb-101', order: 3 });
    const problems = findDuplicates([a, b2, c2], 'kbId');
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^content\/fixes\/b\.mdx: kbId "icb-101" is already used by content\/fixes\/a\.mdx\./);
    expect(problems[1]).toMatch(/^content\/fixes\/c\.mdx: kbId "icb-101" is already used by content\/fixes\/a\.mdx\./);
  });

  test('reports separate duplicate values separately', () => {
    const entries = [
      entry('a', { kbId: 'icb-101', order: 1 }),
      entry('b', { kbId: 'icb-101', order: 2 }),
      entry('c', { kbId: 'icb-103', order: 3 }),
      entry('d', { kbId: 'icb-103', order: 4 }),
    ];
    const problems = findDuplicates(entries, 'kbId');
    expect(problems).toHaveLength(2);
    expect(problems[0]).toContain('"icb-101"');
    expect(problems[1]).toContain('"icb-103"');
  });

  test('explains how to fix the duplicate', () => {
    const [kbIdMessage] = findDuplicates([a, entry('b', { kbId: 'icb-101', order: 2 })], 'kbId');
    expect(kbIdMessage).toContain('pick an unused one');
    const [orderMessage] = findDuplicates([a, entry('b', { kbId: 'icb-102', order: 1 })], 'order');
    expect(orderMessage).toContain('use a number no other article uses');
  });

  test('falls back to the id when an entry has no filePath', () => {
    const noFile: RuleEntry = {
      id: 'b',
      data: { role: 'fix', risk: 'none', kbId: 'icb-101', order: 2, related: [], formerSlugs: [] },
    };
    const [message] = findDuplicates([a, noFile], 'kbId');
    expect(message).toMatch(/^b: kbId "icb-101" is already used by content\/fixes\/a\.mdx\./);
  });

  test('does not count articles without an order (the safety net) as duplicates of each other', () => {
    const net = (id: string, kbId: string): RuleEntry => {
      const base = entry(id, { kbId, order: 1 });
      return { ...base, data: { ...base.data, order: undefined } };
    };
    expect(findDuplicates([a, net('n1', 'icb-201'), net('n2', 'icb-202')], 'order')).toEqual([]);
  });
});

describe('assertValidFixes: the safety net', () => {
  test('includes the safety-net rule: a risky fix without the link stops the build', () => {
    const risky: RuleEntry = { ...a, data: { ...a.data, risk: 'data' } };
    const net: RuleEntry = { ...b, data: { ...b.data, role: 'safety-net', order: undefined } };
    expect(() => {
      assertValidFixes([risky, net]);
    }).toThrow(/content\/fixes\/a\.mdx: risk is "data", but no link to the safety net \(\/fixes\/b\/\)/);
  });
});

describe('findBadRelated', () => {
  test('returns no messages when every related id names another article', () => {
    const withRelated = entry('a', { kbId: 'icb-101', order: 1, related: ['b', 'c'] });
    expect(findBadRelated([withRelated, b, c])).toEqual([]);
  });

  test('returns no messages when no article has related entries', () => {
    expect(findBadRelated([a, b, c])).toEqual([]);
  });

  test('reports an unknown id with the file, the index and the bad value', () => {
    const withTypo = entry('a', { kbId: 'icb-101', order: 1, related: ['b', 'update-io'] });
    const problems = findBadRelated([withTypo, b, c]);
    expect(problems).toHaveLength(1);
    const [message] = problems;
    expect(message).toMatch(/^content\/fixes\/a\.mdx: related\[1\] is "update-io", but no article has that name\./);
  });

  test('lists every other article name, sorted, as the allowed values', () => {
    const withTypo = entry('b', { kbId: 'icb-102', order: 2, related: ['nope'] });
    const [message] = findBadRelated([c, withTypo, a]);
    expect(message).toContain('Use the file name, without .mdx, of another article: a, c.');
  });

  test('reports an article that lists itself as related', () => {
    const selfRelated = entry('b', { kbId: 'icb-102', order: 2, related: ['a', 'b'] });
    const problems = findBadRelated([a, selfRelated, c]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^content\/fixes\/b\.mdx: related\[1\] is "b", the article itself\./);
  });

  test('gives one message per bad related entry, across articles', () => {
    const first = entry('a', { kbId: 'icb-101', order: 1, related: ['x', 'y'] });
    const second = entry('b', { kbId: 'icb-102', order: 2, related: ['b'] });
    const problems = findBadRelated([first, second]);
    expect(problems).toHaveLength(3);
    expect(problems[0]).toContain('content/fixes/a.mdx: related[0] is "x"');
    expect(problems[1]).toContain('content/fixes/a.mdx: related[1] is "y"');
    expect(problems[2]).toContain('content/fixes/b.mdx: related[0] is "b", the article itself');
  });
});

describe('assertValidFixes', () => {
  test('does not throw for valid articles', () => {
    const withRelated = entry('a', { kbId: 'icb-101', order: 1, related: ['c'] });
    expect(() => {
      assertValidFixes([withRelated, b, c]);
    }).not.toThrow();
  });

  test('does not throw for no articles', () => {
    expect(() => {
      assertValidFixes([]);
    }).not.toThrow();
  });

  test('throws one error that lists every broken rule', () => {
    const entries = [
      entry('a', { kbId: 'icb-101', order: 1, related: ['missing'] }),
      entry('b', { kbId: 'icb-101', order: 1 }),
      entry('c', { kbId: 'icb-103', order: 3, related: ['c'] }),
    ];
    let error: unknown;
    try {
      assertValidFixes(entries);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(Error);
    const message = (error as Error).message;
    expect(message).toMatch(/^The articles in content\/fixes\/ break 4 rule\(s\):\n- /);
    expect(message).toContain('content/fixes/b.mdx: kbId "icb-101" is already used by content/fixes/a.mdx');
    expect(message).toContain('content/fixes/b.mdx: order 1 is already used by content/fixes/a.mdx');
    expect(message).toContain('content/fixes/a.mdx: related[0] is "missing", but no article has that name');
    expect(message).toContain('content/fixes/c.mdx: related[0] is "c", the article itself');
    expect(message.split('\n- ')).toHaveLength(5);
  });

  test('throws for a single problem', () => {
    const entries = [a, entry('b', { kbId: 'icb-102', order: 1 })];
    expect(() => {
      assertValidFixes(entries);
    }).toThrow(/break 1 rule\(s\):\n- content\/fixes\/b\.mdx: order 1/);
  });
});

describe('findSlugCollisions', () => {
  test('accepts former slugs no one else uses', () => {
    const renamed = entry('b', { kbId: 'icb-102', order: 2, formerSlugs: ['old-b', 'older-b'] });
    expect(findSlugCollisions([a, renamed, c])).toEqual([]);
  });

  test("reports a former slug that is another article's current slug", () => {
    const renamed = entry('b', { kbId: 'icb-102', order: 2, formerSlugs: ['c'] });
    expect(findSlugCollisions([a, renamed, c])).toEqual([
      'content/fixes/b.mdx: formerSlugs entry "c" is already the slug (file name) of content/fixes/c.mdx. ' +
        'A slug may lead to one article only: choose another, and never reuse an old one.',
    ]);
  });

  test('reports a former slug that two articles claim', () => {
    const first = entry('a', { kbId: 'icb-101', order: 1, formerSlugs: ['storage'] });
    const second = entry('b', { kbId: 'icb-102', order: 2, formerSlugs: ['storage'] });
    const [message] = findSlugCollisions([first, second]);
    expect(message).toMatch(/^content\/fixes\/b\.mdx: formerSlugs entry "storage" is already a former slug of content\/fixes\/a\.mdx\./);
  });

  test('compares slugs without case', () => {
    const renamed = entry('b', { kbId: 'icb-102', order: 2, formerSlugs: ['A'] });
    expect(findSlugCollisions([a, renamed])).toHaveLength(1);
  });

  test('is part of assertValidFixes', () => {
    const renamed = entry('b', { kbId: 'icb-102', order: 2, formerSlugs: ['a'] });
    expect(() => {
      assertValidFixes([a, renamed]);
    }).toThrow(/formerSlugs entry "a"/);
  });
});

describe('findRiskyBeforeSafe (rule "safest first")', () => {
  const reset = entry('reset', { kbId: 'icb-104', order: 4, risk: 'settings' });
  const signOut = entry('sign-out', { kbId: 'icb-105', order: 5, risk: 'data' });
  const apple = entry('contact-apple', { kbId: 'icb-106', order: 6, lastResort: true });

  test('accepts no-risk fixes first, then risky ones, then the last resort with no risk', () => {
    expect(findRiskyBeforeSafe([apple, signOut, reset, c, b, a])).toEqual([]);
  });

  test('reports a risky fix with a no-risk fix after it, naming both files, their orders, the rule and what to do', () => {
    const early = entry('a', { kbId: 'icb-101', order: 1, risk: 'data' });
    expect(findRiskyBeforeSafe([early, b, apple])).toEqual([
      'content/fixes/a.mdx: risk is "data" at order 1, but content/fixes/b.mdx (order 2) comes after it with risk: none (rule "safest first"). ' +
        'Readers try the fixes in order, so every fix that cannot cost them anything comes before any fix that can; ' +
        'only the last resort (lastResort: true) may follow. ' +
        'Move the risky fix later (an order above 2, renumbering the others), ' +
        'or split the article into a no-risk one with the safe steps and a risky one with the rest.',
    ]);
  });

  test('lists every no-risk fix after the risky one, and reports each risky fix on its own', () => {
    const early = entry('a', { kbId: 'icb-101', order: 1, risk: 'settings' });
    const late = entry('c', { kbId: 'icb-103', order: 7 });
    const problems = findRiskyBeforeSafe([early, b, signOut, late]);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toContain(
      'content/fixes/a.mdx: risk is "settings" at order 1, but content/fixes/b.mdx (order 2), content/fixes/c.mdx (order 7) come after it',
    );
    expect(problems[0]).toContain('an order above 7');
    expect(problems[1]).toContain(
      'content/fixes/sign-out.mdx: risk is "data" at order 5, but content/fixes/c.mdx (order 7) comes after it',
    );
  });

  test('does not count the safety net, which is off the path', () => {
    const net: RuleEntry = { ...c, data: { ...c.data, role: 'safety-net', order: undefined } };
    expect(findRiskyBeforeSafe([a, reset, net])).toEqual([]);
  });

  test('is part of assertValidFixes', () => {
    const early = entry('a', { kbId: 'icb-101', order: 1, risk: 'data' });
    const net: RuleEntry = {
      ...c,
      id: 'net',
      body: 'See [net](/fixes/net/).\n\n1. Step.\n',
      data: { ...c.data, role: 'safety-net', order: undefined },
    };
    const linked: RuleEntry = { ...early, body: 'Keep a copy: [net](/fixes/net/).\n\n1. Step.\n' };
    expect(() => {
      assertValidFixes([linked, b, net]);
    }).toThrow(/break 1 rule\(s\):\n- content\/fixes\/a\.mdx: risk is "data" at order 1, .*\(rule "safest first"\)/);
  });
});

describe('findLastResortProblems', () => {
  const apple = entry('contact-apple', { kbId: 'icb-109', order: 9, lastResort: true });

  test('accepts one last resort with the highest order, and no last resort at all', () => {
    expect(findLastResortProblems([apple, a, b])).toEqual([]);
    expect(findLastResortProblems([a, b])).toEqual([]);
  });

  test('reports a last resort that is not the last fix on the path, naming both files and orders', () => {
    const early = entry('a', { kbId: 'icb-101', order: 1, lastResort: true });
    expect(findLastResortProblems([early, b, c])).toEqual([
      'content/fixes/a.mdx: lastResort is true at order 1, but content/fixes/c.mdx (order 3) comes after it. ' +
        'The last resort is the last fix on the path: give it an order above 3, or remove lastResort.',
    ]);
  });

  test('reports two last resorts, naming both files', () => {
    const other = entry('c', { kbId: 'icb-103', order: 3, lastResort: true });
    expect(findLastResortProblems([a, apple, other])).toEqual([
      'content/fixes/contact-apple.mdx and content/fixes/c.mdx all have lastResort: true. ' +
        'There is one last resort, the fix to try when nothing else helped (contacting Apple): keep lastResort: true on one article only.',
    ]);
  });

  test('is part of assertValidFixes', () => {
    const early = entry('a', { kbId: 'icb-101', order: 1, lastResort: true });
    expect(() => {
      assertValidFixes([early, b]);
    }).toThrow(/content\/fixes\/a\.mdx: lastResort is true at order 1, but content\/fixes\/b\.mdx \(order 2\) comes after it/);
  });
});
