/**
 * Builds a throw-away copy of the site with fixture articles, so tests can make
 * `astro build` fail on purpose without touching the real project.
 *
 * The copy gets the real config, src/ and public/, the fixture content/fixes/,
 * and a real node_modules/ directory whose entries are symlinks into the real
 * one: packages are shared, but Astro's and Vite's caches (node_modules/.astro,
 * node_modules/.vite) are private to the copy, so builds can run in parallel.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
const REAL_MODULES = path.join(ROOT, 'node_modules');

/** What is copied from the real project; the content comes from the fixtures. */
const COPIED = ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'public'];
/** Cache directories in node_modules that each copy must have for itself. */
const PRIVATE_CACHES = new Set(['.astro', '.vite', '.vite-temp', '.cache']);

/**
 * Three valid articles, linking to each other in body and `related`.
 * kbIds icb-901..903, order 1..3.
 */
export const FIXTURES: Readonly<Record<string, string>> = {
  alpha: article({
    title: 'Alpha fixture fix',
    kbId: 'icb-901',
    order: 1,
    category: 'basics',
    risk: 'none',
    related: ['bravo'],
    body: 'Then try [the bravo fix](/fixes/bravo/).',
  }),
  bravo: article({
    title: 'Bravo fixture fix',
    kbId: 'icb-902',
    order: 2,
    category: 'storage',
    risk: 'settings',
    related: ['alpha', 'charlie'],
    body: 'Go back to [the alpha fix](/fixes/alpha/) or on to [charlie](/fixes/charlie/).',
  }),
  charlie: article({
    title: 'Charlie fixture fix',
    kbId: 'icb-903',
    order: 3,
    category: 'support',
    risk: 'data',
    related: [],
    body: 'If nothing helped, start again at [the alpha fix](/fixes/alpha/).',
  }),
};

function article(a: {
  title: string;
  kbId: string;
  order: number;
  category: string;
  risk: string;
  related: string[];
  body: string;
}): string {
  return `---
title: ${a.title}
description: A fixture article for the build-failure tests. It is valid and it links to the other fixtures.
kbId: ${a.kbId}
order: ${a.order}
category: ${a.category}
appliesTo:
  from: "17"
minutes: 5
risk: ${a.risk}
lastReviewed: 2026-11-25
related: [${a.related.join(', ')}]
sources:
  - title: Apple Support
    url: https://support.apple.com/en-us/108366
---

## Before you start

This is fixture text for the ${a.title.toLowerCase()}.

## Steps

1. Open **Settings**.
2. Tap your name, then **iCloud**.
3. Check the result.

${a.body}
`;
}

/** Replaces the frontmatter line `key: ...` with `key: value` (the key must be there). */
export function setField(mdx: string, key: string, value: string | number): string {
  const re = new RegExp(`^${key}:.*$`, 'm');
  if (!re.test(mdx)) throw new Error(`fixture has no "${key}:" line`);
  return mdx.replace(re, `${key}: ${value}`);
}

/** Removes the frontmatter line `key: ...` (top-level scalar keys only). */
export function removeField(mdx: string, key: string): string {
  const re = new RegExp(`^${key}:.*\\n`, 'm');
  if (!re.test(mdx)) throw new Error(`fixture has no "${key}:" line`);
  return mdx.replace(re, '');
}

export interface BuildResult {
  /** Exit code of `astro build`. */
  code: number | null;
  /** stdout and stderr together, without ANSI colour codes. */
  output: string;
  /** Files in the copy's dist/, relative and with forward slashes. */
  distFiles: string[];
  /** Wall time of the build in milliseconds. */
  ms: number;
}

/**
 * Runs `astro build` on a temporary copy of the site whose content/fixes/ holds
 * FIXTURES with `changes` applied (a string replaces or adds `<name>.mdx`,
 * null leaves that file out). The copy is removed afterwards, unless
 * KEEP_TEMP_PROJECT=1 is set.
 */
export async function buildWithFixtures(
  changes: Record<string, string | null> = {},
): Promise<BuildResult> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'kb-build-'));
  try {
    for (const entry of COPIED) {
      await fs.cp(path.join(ROOT, entry), path.join(dir, entry), { recursive: true });
    }

    const fixes = path.join(dir, 'content', 'fixes');
    await fs.mkdir(fixes, { recursive: true });
    for (const [name, text] of Object.entries({ ...FIXTURES, ...changes })) {
      if (text !== null) await fs.writeFile(path.join(fixes, `${name}.mdx`), text);
    }

    await fs.mkdir(path.join(dir, 'node_modules'));
    for (const name of await fs.readdir(REAL_MODULES)) {
      if (PRIVATE_CACHES.has(name)) continue;
      await fs.symlink(path.join(REAL_MODULES, name), path.join(dir, 'node_modules', name));
    }

    const started = Date.now();
    const { code, output } = await run(path.join(REAL_MODULES, '.bin', 'astro'), ['build'], dir);
    const ms = Date.now() - started;
    return { code, output: stripAnsi(output), distFiles: await listFiles(path.join(dir, 'dist')), ms };
  } finally {
    if (process.env.KEEP_TEMP_PROJECT === '1') console.log(`kept ${dir}`);
    else await fs.rm(dir, { recursive: true, force: true });
  }
}

function run(command: string, args: string[], cwd: string) {
  return new Promise<{ code: number | null; output: string }>((resolve, reject) => {
    const child = spawn(command, args, {
      cwd,
      env: {
        ...process.env,
        // The project pins its Node (v24) as the npm package `node`; put it first.
        PATH: `${path.join(REAL_MODULES, '.bin')}${path.delimiter}${process.env.PATH ?? ''}`,
        ASTRO_TELEMETRY_DISABLED: '1',
        NO_COLOR: '1',
        FORCE_COLOR: '0',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

export function stripAnsi(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\u001b\[[0-9;?]*[ -/]*[@-~]|\u001b\][^\u0007]*\u0007/g, '');
}

async function listFiles(dir: string): Promise<string[]> {
  try {
    const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true });
    return entries
      .filter((e) => e.isFile())
      .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'));
  } catch {
    return [];
  }
}
