/**
 * Throw-away copies of the site, for builds that must not touch the real
 * project: the build-failure tests (test/support/temp-project.ts) and the benchmark
 * (bench/run.ts).
 *
 * A copy gets the real astro.config.mjs, tsconfig.json, package.json, src/,
 * public/ and Settings vocabulary (content/settings/, which every Settings path
 * is checked against), the content files it is given (which may replace the
 * vocabulary), and a real node_modules/ directory
 * whose entries are symlinks into the real one: packages are shared, but
 * Astro's and Vite's caches (node_modules/.astro, node_modules/.vite) are
 * private to the copy, so builds can run in parallel.
 *
 * Runs under Node's type stripping (bench) as well as Playwright: erasable
 * TypeScript only.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/** The real project. */
export const ROOT = path.resolve(import.meta.dirname, '..', '..');
export const REAL_MODULES = path.join(ROOT, 'node_modules');

/** What is copied from the real project; the content comes from the caller, except the vocabulary its paths need. */
const COPIED = ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'public', 'content/settings'];
/** Cache directories in node_modules that each copy must have for itself. */
const PRIVATE_CACHES = new Set(['.astro', '.vite', '.vite-temp', '.cache']);

/**
 * Creates a copy of the site in a new temporary directory and returns its path.
 * `files` maps paths relative to the copy (e.g. "content/fixes/a.mdx") to their
 * text. Remove the copy with `removeTempSite`.
 */
export async function createTempSite(files: Readonly<Record<string, string>>, prefix = 'kb-build-'): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), prefix));
  try {
    for (const entry of COPIED) {
      await fs.cp(path.join(ROOT, entry), path.join(dir, entry), { recursive: true });
    }

    const made = new Set<string>();
    for (const [name, text] of Object.entries(files)) {
      const file = path.join(dir, name);
      const parent = path.dirname(file);
      if (!made.has(parent)) {
        await fs.mkdir(parent, { recursive: true });
        made.add(parent);
      }
      await fs.writeFile(file, text);
    }

    await fs.mkdir(path.join(dir, 'node_modules'));
    for (const name of await fs.readdir(REAL_MODULES)) {
      if (PRIVATE_CACHES.has(name)) continue;
      await fs.symlink(path.join(REAL_MODULES, name), path.join(dir, 'node_modules', name));
    }
    return dir;
  } catch (error) {
    await fs.rm(dir, { recursive: true, force: true });
    throw error;
  }
}

/** Removes a copy, unless KEEP_TEMP_PROJECT=1 is set (then says where it is). */
export async function removeTempSite(dir: string): Promise<void> {
  if (process.env.KEEP_TEMP_PROJECT === '1') console.log(`kept ${dir}`);
  else await fs.rm(dir, { recursive: true, force: true });
}

export interface RunResult {
  /** Exit code; null if a signal ended the process. */
  code: number | null;
  /** stdout and stderr together, as written (with any ANSI codes). */
  output: string;
  /** Wall time in milliseconds. */
  ms: number;
}

export interface RunOptions {
  /** Called once the process has started, e.g. to watch its memory. */
  onSpawn?: (child: ChildProcess) => void;
  /** More environment variables for the process. */
  env?: Readonly<Record<string, string>>;
}

/**
 * Runs `command` in `cwd` the way an npm script would: the project's
 * node_modules/.bin first on PATH, so `node` is the project's pinned Node 24
 * and `astro`, `pagefind` are the project's own. Telemetry and colours are off.
 */
export function runIn(cwd: string, command: string, args: readonly string[], options: RunOptions = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, {
      cwd,
      env: {
        ...process.env,
        ...options.env,
        // The project pins its Node (v24) as the npm package `node`; put it first.
        PATH: `${path.join(REAL_MODULES, '.bin')}${path.delimiter}${process.env.PATH ?? ''}`,
        ASTRO_TELEMETRY_DISABLED: '1',
        NO_COLOR: '1',
        FORCE_COLOR: '0',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('error', reject);
    child.on('spawn', () => {
      options.onSpawn?.(child);
    });
    child.on('close', (code) => {
      resolve({ code, output, ms: performance.now() - started });
    });
  });
}

export function stripAnsi(text: string): string {
  // eslint-disable-next-line no-control-regex -- ANSI escape sequences start with the ESC control character.
  return text.replace(/\u001b\[[0-9;?]*[ -/]*[@-~]|\u001b\][^\u0007]*\u0007/g, '');
}

/** Files under `dir`, relative and with forward slashes; [] if `dir` doesn't exist. */
export async function listFiles(dir: string): Promise<string[]> {
  try {
    const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true });
    return entries.filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'));
  } catch {
    return [];
  }
}
