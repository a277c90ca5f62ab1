/**
 * Serving a built dist/ for scripts that need a real server (Lighthouse, the
 * search-latency bench): `astro preview` on a free local port.
 */
import { spawn } from 'node:child_process';
import net from 'node:net';

export interface PreviewServer {
  /** e.g. http://127.0.0.1:41234/ */
  url: string;
  stop(): Promise<void>;
  /** Kills at once; a plain function, so it can be passed to process.once(). */
  kill: () => void;
}

/** A free TCP port on 127.0.0.1. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => {
        resolve(port);
      });
    });
  });
}

/**
 * Serves `dir`/dist with `astro preview` on a free port (the project's own Node
 * and Astro), waits until it answers, and returns its URL and a stop function.
 * --ignore-lock: start even if another `astro preview` runs, and stay in the
 * foreground, so the caller owns (and stops) the server.
 */
export async function startPreview(dir: string, astroBin: string): Promise<PreviewServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  const child = spawn(process.execPath, [astroBin, 'preview', '--port', String(port), '--host', '127.0.0.1', '--ignore-lock'], {
    cwd: dir,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  // Kills the server's process group at once: for process 'exit' hooks, which cannot wait.
  const kill = () => {
    if (child.exitCode !== null || child.pid === undefined) return;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  };
  const stop = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    kill();
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
  };
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`astro preview exited (${child.exitCode}):\n${output}`);
    const ok = await fetch(url).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return { url, stop, kill };
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await stop();
  throw new Error(`astro preview did not answer on ${url} within 60 s:\n${output}`);
}
