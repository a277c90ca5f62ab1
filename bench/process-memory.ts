/**
 * Peak memory of a process and all its descendants, by polling /proc (Linux).
 *
 * Every `intervalMs` it finds the process tree under the root pid (by parent
 * pid in /proc/<pid>/stat) and reads VmRSS and VmHWM from /proc/<pid>/status.
 * - peakTreeRssBytes: the largest sum of VmRSS over the tree seen at one
 *   sample (what the whole step held at once; a sample can miss a short spike).
 * - peakProcessBytes: the largest VmHWM (the kernel's own high-water mark of
 *   RSS) of any one process, as last read before it exited; `peakProcess`
 *   names it, and `processes` lists each process with its own VmHWM.
 * Wrapper processes named in `ignore` (e.g. /usr/bin/time) are left out of
 * the figures but their children are followed.
 */
import fs from 'node:fs';

export interface MemoryPeak {
  method: string;
  intervalMs: number;
  samples: number;
  peakTreeRssBytes: number;
  peakProcessBytes: number;
  peakProcess: string;
  /** Every process seen in the tree, with its VmHWM as last read. */
  processes: { command: string; pid: number; peakBytes: number }[];
}

interface ProcInfo {
  ppid: number;
  name: string;
}

function readProcs(): Map<number, ProcInfo> {
  const procs = new Map<number, ProcInfo>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      // "pid (comm) state ppid ...": comm may hold spaces and parentheses.
      const close = stat.lastIndexOf(')');
      const name = stat.slice(stat.indexOf('(') + 1, close);
      const ppid = Number(stat.slice(close + 2).split(' ')[1]);
      procs.set(Number(entry), { ppid, name });
    } catch {
      // The process ended while we looked.
    }
  }
  return procs;
}

function treeOf(root: number, procs: Map<number, ProcInfo>): number[] {
  const children = new Map<number, number[]>();
  for (const [pid, { ppid }] of procs) {
    const list = children.get(ppid);
    if (list) list.push(pid);
    else children.set(ppid, [pid]);
  }
  const tree: number[] = [];
  const todo = procs.has(root) ? [root] : [];
  for (let pid = todo.pop(); pid !== undefined; pid = todo.pop()) {
    tree.push(pid);
    todo.push(...(children.get(pid) ?? []));
  }
  return tree;
}

/** A readable name: the program and, for node, its script ("node astro"); else the thread name. */
function commandName(pid: number, fallback: string): string {
  try {
    const argv = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
    const base = (arg: string) => arg.slice(arg.lastIndexOf('/') + 1);
    const [first] = argv;
    if (first === undefined) return fallback;
    const program = base(first);
    return program === 'node' && argv[1] ? `node ${base(argv[1])}` : program;
  } catch {
    return fallback;
  }
}

/** VmRSS and VmHWM in bytes, or undefined if the process is gone (or a zombie). */
function readMemory(pid: number): { rss: number; hwm: number } | undefined {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const rss = /^VmRSS:\s+(\d+) kB/m.exec(status);
    const hwm = /^VmHWM:\s+(\d+) kB/m.exec(status);
    if (!rss || !hwm) return undefined;
    return { rss: Number(rss[1]) * 1024, hwm: Number(hwm[1]) * 1024 };
  } catch {
    return undefined;
  }
}

export function isMemoryPollingSupported(): boolean {
  return fs.existsSync('/proc/self/status');
}

/** Starts polling the tree under `rootPid`; call the returned function when it has exited. */
export function watchMemory(rootPid: number, options: { intervalMs?: number; ignore?: readonly string[] } = {}): () => MemoryPeak {
  const intervalMs = options.intervalMs ?? 50;
  const ignore = new Set(options.ignore ?? []);
  const peak: MemoryPeak = {
    method: `polling /proc/<pid>/status of the process tree every ${intervalMs} ms`,
    intervalMs,
    samples: 0,
    peakTreeRssBytes: 0,
    peakProcessBytes: 0,
    peakProcess: '',
    processes: [],
  };
  const seen = new Map<number, MemoryPeak['processes'][number]>();
  const comms = new Map<number, string>();

  const sample = () => {
    const procs = readProcs();
    let total = 0;
    for (const pid of treeOf(rootPid, procs)) {
      const name = procs.get(pid)?.name;
      if (name === undefined || ignore.has(name)) continue;
      const memory = readMemory(pid);
      if (!memory) continue;
      let proc = seen.get(pid);
      if (!proc) {
        proc = { command: commandName(pid, name), pid, peakBytes: 0 };
        seen.set(pid, proc);
        peak.processes.push(proc);
      } else if (comms.get(pid) !== name) {
        // It exec'd another program since (a wrapper forks, then execs the binary).
        proc.command = commandName(pid, name);
      }
      comms.set(pid, name);
      proc.peakBytes = Math.max(proc.peakBytes, memory.hwm);
      total += memory.rss;
      if (memory.hwm > peak.peakProcessBytes) {
        peak.peakProcessBytes = memory.hwm;
        peak.peakProcess = proc.command;
      }
    }
    peak.samples++;
    peak.peakTreeRssBytes = Math.max(peak.peakTreeRssBytes, total);
  };

  sample();
  const timer = setInterval(sample, intervalMs);
  return () => {
    clearInterval(timer);
    return peak;
  };
}
