import { describe, expect, test } from 'vitest';
import { findSafetyNetProblems, linksBeforeFirstStep, type SafetyNetEntry } from './safety-net';

const NET: SafetyNetEntry = {
  id: 'back-up-with-a-computer',
  filePath: 'content/fixes/back-up-with-a-computer.mdx',
  body: '## Back up\n\n1. Connect the iPhone.\n',
  data: { role: 'safety-net', risk: 'none', kbId: 'icb-108' },
};

function fix(id: string, risk: SafetyNetEntry['data']['risk'], body: string): SafetyNetEntry {
  return { id, filePath: `content/fixes/${id}.mdx`, body, data: { role: 'fix', risk, kbId: 'icb-101' } };
}

/** A fix with no risk that asks for a computer backup first (backupFirst), as Update iOS before a major upgrade. */
function backupFirst(id: string, body: string): SafetyNetEntry {
  const entry = fix(id, 'none', body);
  return { ...entry, data: { ...entry.data, backupFirst: true } };
}

const LINKED = `## Before you start

Resetting forgets your Wi-Fi passwords, so [back up with a computer](/fixes/back-up-with-a-computer/) first.

## Reset

1. Open **Settings**.
2. Tap **Reset**.
`;

describe('linksBeforeFirstStep', () => {
  test('lists the links above the first numbered list, in order', () => {
    expect(linksBeforeFirstStep('See [a](/a/) and [b](/b/#x).\n\n1. Step [c](/c/).\n')).toEqual(['/a/', '/b/#x']);
  });

  test('finds links inside headings, quotes and bullet lists above the steps', () => {
    const body = '## [Head](/h/)\n\n> Read [q](/q/).\n\n- [bullet](/u/)\n\n1. Step.\n';
    expect(linksBeforeFirstStep(body)).toEqual(['/h/', '/q/', '/u/']);
  });

  test('ignores links in the steps and after them', () => {
    expect(linksBeforeFirstStep('1. See [a](/a/).\n\nThen [b](/b/).\n')).toEqual([]);
  });

  test('reads past a number that opens no list, such as a year at the start of a line inside a paragraph', () => {
    const body = 'Since the update of\n2024. The phone\n\nSee [a](/a/).\n\n1. Step.\n';
    expect(linksBeforeFirstStep(body)).toEqual(['/a/']);
  });

  test('finds the first list after a fenced block that holds a numbered line', () => {
    const body = '```\n1. not a step\n```\n\nSee [a](/a/).\n\n1. Step.\n';
    expect(linksBeforeFirstStep(body)).toEqual(['/a/']);
  });

  test('is undefined for a body without numbered steps', () => {
    expect(linksBeforeFirstStep('Just [a](/a/) and\n\n- a bullet\n')).toBeUndefined();
  });
});

describe('findSafetyNetProblems', () => {
  test('accepts risky fixes that link to the safety net before their first step', () => {
    expect(findSafetyNetProblems([NET, fix('reset-all-settings', 'settings', LINKED)])).toEqual([]);
  });

  test('accepts the short link and a fragment as a link to the safety net', () => {
    const body = 'Keep a copy first: [computer backup](/kb/icb-108/#step-2).\n\n1. Delete it.\n';
    expect(findSafetyNetProblems([NET, fix('check-icloud-storage', 'data', body)])).toEqual([]);
  });

  test('in a translation, asks for a link to the safety net in the same language', () => {
    const french = LINKED.replace('/fixes/back-up-with-a-computer/', '/fr/fixes/back-up-with-a-computer/');
    expect(findSafetyNetProblems([NET, fix('reset-all-settings', 'settings', french)], 'fr')).toEqual([]);
    expect(
      findSafetyNetProblems(
        [NET, fix('reset-all-settings', 'settings', 'Gardez une copie : [raccourci](/fr/kb/icb-108/).\n\n1. Réinitialisez.\n')],
        'fr',
      ),
    ).toEqual([]);
    const [problem] = findSafetyNetProblems([NET, fix('reset-all-settings', 'settings', LINKED)], 'fr');
    expect(problem).toMatch(/no link to the safety net \(\/fr\/fixes\/back-up-with-a-computer\/\) comes before its first numbered step/);
  });

  test('does not ask anything of a fix with no risk', () => {
    expect(findSafetyNetProblems([NET, fix('quick-checks', 'none', '1. Restart.\n')])).toEqual([]);
  });

  test('reports a risky fix with no link to the safety net, naming the file, the risk and the target', () => {
    const [problem, ...rest] = findSafetyNetProblems([NET, fix('reset-all-settings', 'settings', '1. Reset.\n')]);
    expect(rest).toEqual([]);
    expect(problem).toMatch(/^content\/fixes\/reset-all-settings\.mdx: risk is "settings"/);
    expect(problem).toContain('no link to the safety net (/fixes/back-up-with-a-computer/) comes before its first numbered step');
    expect(problem).toContain('says why: this fix can cost the reader their settings, and a computer backup keeps a copy first.');
  });

  test('accepts a backupFirst fix that links to the safety net before its first step', () => {
    expect(findSafetyNetProblems([NET, backupFirst('update-ios', LINKED)])).toEqual([]);
  });

  test('reports a backupFirst fix with no risk and no link to the safety net, saying why it needs one', () => {
    const [problem, ...rest] = findSafetyNetProblems([NET, backupFirst('update-ios', '1. Update.\n')]);
    expect(rest).toEqual([]);
    expect(problem).toMatch(/^content\/fixes\/update-ios\.mdx: backupFirst is true, but no link to the safety net \(/);
    expect(problem).toContain("says why: a copy comes first here even though the fix's risk is none");
  });

  test('reports a backupFirst fix without numbered steps', () => {
    expect(findSafetyNetProblems([NET, backupFirst('update-ios', 'No steps.\n')])).toEqual([
      'content/fixes/update-ios.mdx: backupFirst is true, but the body has no numbered steps to put the safety-net link before.',
    ]);
  });

  test('reports a link that comes only after the first step', () => {
    const late = '1. Sign out.\n\nBack up first: [computer](/fixes/back-up-with-a-computer/).\n';
    expect(findSafetyNetProblems([NET, fix('sign-out-and-back-in', 'data', late)])).toHaveLength(1);
  });

  test('reports a link to some other page', () => {
    const other = 'See [storage](/fixes/check-icloud-storage/).\n\n1. Sign out.\n';
    expect(findSafetyNetProblems([NET, fix('sign-out-and-back-in', 'data', other)])).toHaveLength(1);
  });

  test('reports a risky fix without numbered steps', () => {
    const [problem] = findSafetyNetProblems([NET, fix('reset-all-settings', 'settings', 'No steps.\n')]);
    expect(problem).toContain('has no numbered steps');
  });

  test('reports every risky fix when there is no safety net at all', () => {
    const problems = findSafetyNetProblems([fix('a', 'data', LINKED), fix('b', 'settings', LINKED), fix('c', 'none', LINKED)]);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^content\/fixes\/a\.mdx: .*no article has role: safety-net/);
    expect(problems[0]).toContain('or set risk: none if the fix cannot cost the reader anything.');
  });

  test('reports a backupFirst fix when there is no safety net, offering to remove backupFirst', () => {
    expect(findSafetyNetProblems([backupFirst('update-ios', LINKED)])).toEqual([
      'content/fixes/update-ios.mdx: backupFirst is true, but no article has role: safety-net to link to before its first step. ' +
        'Add the computer-backup article (role: safety-net), or remove backupFirst.',
    ]);
  });

  test('reports two safety nets, naming both files', () => {
    const second = { ...NET, id: 'other-net', filePath: 'content/fixes/other-net.mdx' };
    const [problem] = findSafetyNetProblems([NET, second]);
    expect(problem).toContain('content/fixes/back-up-with-a-computer.mdx and content/fixes/other-net.mdx');
  });
});
