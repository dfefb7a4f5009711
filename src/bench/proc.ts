/**
 * Linux process-tree sampling and killing, reading /proc directly in-process (no `ps`, nothing
 * spawned), so the sampler neither appears in the tree it measures nor adds processes to it.
 *
 * Tree membership: the root, then every process whose parent is a member. A member keeps being
 * tracked by (pid, start time) after its parent exits and it is reparented (to init or a
 * subreaper), so a process that escaped the process group with `setsid` or was orphaned is still
 * found — provided one sample saw it while its parent link was intact. A process that forks and
 * whose parent exits within one sampling interval, before any sample, cannot be attributed.
 *
 * Cost per tick: one `readdir(/proc)` plus one `stat` read per member and per process not seen
 * before; processes known to be unrelated are not read again (their parent never changes to a
 * member). A pid that dies and is reused by a member within one tick would be missed.
 */
import { readdirSync, readFileSync } from 'node:fs';

export interface ProcStat {
  pid: number;
  ppid: number;
  pgrp: number;
  state: string;
  /** Clock ticks (USER_HZ, 100 per second on Linux). */
  utime: number;
  stime: number;
  cutime: number;
  cstime: number;
  starttime: number;
  rssPages: number;
}

/** /proc reports times in USER_HZ, which is 100 on every Linux ABI. */
export const CLOCK_TICKS_PER_SECOND = 100;

export function procAvailable(): boolean {
  return process.platform === 'linux' && readProcStat(process.pid) !== null;
}

/** Parses /proc/<pid>/stat; null when the process is gone (or /proc is absent). */
export function readProcStat(pid: number | 'self'): ProcStat | null {
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/stat`, 'latin1');
  } catch {
    return null;
  }
  return parseProcStat(text);
}

export function parseProcStat(text: string): ProcStat | null {
  // comm (field 2) is in parentheses and may contain spaces and ')': split after the last ')'.
  const close = text.lastIndexOf(')');
  if (close < 0) return null;
  const f = text.slice(close + 2).split(' ');
  // f[0] is field 3 (state); field k is f[k - 3].
  if (f.length < 22) return null;
  return {
    pid: Number(text.slice(0, text.indexOf(' '))),
    state: f[0],
    ppid: Number(f[1]),
    pgrp: Number(f[2]),
    utime: Number(f[11]),
    stime: Number(f[12]),
    cutime: Number(f[13]),
    cstime: Number(f[14]),
    starttime: Number(f[19]),
    rssPages: Number(f[21]),
  };
}

/** VmHWM (the process's own peak resident set, kept by the kernel) in bytes; null when gone. */
export function readVmHwmBytes(pid: number): number | null {
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/status`, 'latin1');
  } catch {
    return null;
  }
  const m = /^VmHWM:\s+(\d+) kB/m.exec(text);
  return m ? Number(m[1]) * 1024 : null;
}

let pageSizeCache: number | undefined;
/** Bytes per page, derived from /proc/self without spawning `getconf`. */
export function pageSize(): number {
  if (pageSizeCache !== undefined) return pageSizeCache;
  let size = 4096;
  try {
    const pages = Number(readFileSync('/proc/self/statm', 'latin1').split(' ')[1]);
    const m = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync('/proc/self/status', 'latin1'));
    if (m && pages > 0) {
      const ratio = (Number(m[1]) * 1024) / pages;
      // The two reads are not atomic: snap to the nearest real page size.
      size = [4096, 16384, 65536].reduce((best, s) =>
        Math.abs(s - ratio) < Math.abs(best - ratio) ? s : best,
      );
    }
  } catch {
    // keep 4096
  }
  pageSizeCache = size;
  return size;
}

/** CPU seconds (user, system) of this process's waited-for children, from the kernel. */
export function ownChildrenCpu(): { user: number; system: number } | null {
  const st = readProcStat('self');
  if (!st) return null;
  return { user: st.cutime / CLOCK_TICKS_PER_SECOND, system: st.cstime / CLOCK_TICKS_PER_SECOND };
}

interface Member {
  pid: number;
  starttime: number;
  ppid: number;
  alive: boolean;
  /** utime + stime at the last sample, clock ticks. */
  cpuTicks: number;
}

export interface TreeSamplerOptions {
  /** Leave the root out of the RSS figures (it is GNU time, the measuring tool). */
  excludeRoot: boolean;
  /** Also read each member's VmHWM (fallback when GNU time is not available). */
  readHighWaterMark: boolean;
}

function isAliveState(state: string): boolean {
  // Z zombie (exited, not yet reaped), X dead.
  return state !== 'Z' && state !== 'X';
}

export class ProcessTreeSampler {
  readonly root: number;
  private readonly members = new Map<number, Member>();
  private readonly unrelated = new Set<number>();
  private readonly page = pageSize();
  /** Largest sum of RSS over the live tree seen in one sample. */
  peakTreeRssBytes = 0;
  /** Largest single-process RSS seen (VmHWM when readHighWaterMark). */
  peakProcessRssBytes = 0;
  samples = 0;

  constructor(
    root: number,
    private readonly options: TreeSamplerOptions,
  ) {
    this.root = root;
  }

  /** Every pid that was ever a member (for GPU per-process attribution). */
  memberPids(): Set<number> {
    return new Set(this.members.keys());
  }

  /** One pass over /proc. Returns the live members. */
  sample(): number[] {
    let entries: string[];
    try {
      entries = readdirSync('/proc');
    } catch {
      return [];
    }
    const present = new Set<number>();
    const stats = new Map<number, ProcStat>();
    for (const name of entries) {
      const c = name.charCodeAt(0);
      if (c < 48 || c > 57) continue;
      const pid = Number(name);
      present.add(pid);
      if (this.unrelated.has(pid)) continue;
      const st = readProcStat(pid);
      if (st) stats.set(pid, st);
    }
    for (const pid of this.unrelated) if (!present.has(pid)) this.unrelated.delete(pid);

    // Members: the root, known members (same start time), and children of members (fixpoint:
    // readdir order is not guaranteed to put parents first).
    const inTree = new Set<number>();
    for (const [pid, st] of stats) {
      const known = this.members.get(pid);
      if (pid === this.root || (known && known.starttime === st.starttime)) inTree.add(pid);
    }
    let grew = true;
    while (grew) {
      grew = false;
      for (const [pid, st] of stats) {
        if (!inTree.has(pid) && inTree.has(st.ppid)) {
          inTree.add(pid);
          grew = true;
        }
      }
    }
    for (const m of this.members.values()) m.alive = false;
    let treeRss = 0;
    const live: number[] = [];
    for (const [pid, st] of stats) {
      if (!inTree.has(pid)) {
        this.unrelated.add(pid);
        continue;
      }
      const alive = isAliveState(st.state);
      const known = this.members.get(pid);
      if (known && known.starttime !== st.starttime) this.members.delete(pid);
      this.members.set(pid, {
        pid,
        starttime: st.starttime,
        ppid: st.ppid,
        alive,
        cpuTicks: st.utime + st.stime,
      });
      if (!alive) continue;
      live.push(pid);
      if (this.options.excludeRoot && pid === this.root) continue;
      const rss = st.rssPages * this.page;
      treeRss += rss;
      let single = rss;
      if (this.options.readHighWaterMark) single = Math.max(single, readVmHwmBytes(pid) ?? 0);
      if (single > this.peakProcessRssBytes) this.peakProcessRssBytes = single;
    }
    if (treeRss > this.peakTreeRssBytes) this.peakTreeRssBytes = treeRss;
    this.samples++;
    return live;
  }

  /** Live members other than the root, after a fresh sample (processes that outlived the root). */
  survivors(): number[] {
    return this.sample().filter((pid) => pid !== this.root);
  }

  /** CPU seconds last seen summed over members (a lower bound, for runs GNU time did not finish). */
  lastSeenCpuSeconds(): number {
    let ticks = 0;
    for (const m of this.members.values()) ticks += m.cpuTicks;
    return ticks / CLOCK_TICKS_PER_SECOND;
  }

  /** Sends `signal` to the root's process group and to every live member (checked by start time). */
  signalAll(signal: NodeJS.Signals): number {
    const live = this.sample();
    try {
      process.kill(-this.root, signal);
    } catch {
      // group already gone
    }
    for (const pid of live) {
      const m = this.members.get(pid);
      const st = readProcStat(pid);
      if (!m || !st || st.starttime !== m.starttime) continue; // pid reused: not ours
      try {
        process.kill(pid, signal);
      } catch {
        // gone meanwhile
      }
    }
    return live.length;
  }

  /**
   * Terminates the whole tree: SIGTERM to the group and every member, then after `graceMs`
   * SIGKILL, repeated with fresh /proc scans until no member is alive (a process may fork while
   * being killed). Members that escaped the group (setsid) are found through /proc.
   */
  async killTree(graceMs: number): Promise<void> {
    this.signalAll('SIGTERM');
    const deadline = Date.now() + graceMs;
    while (Date.now() < deadline) {
      await sleep(Math.min(25, graceMs));
      if (this.sample().length === 0) return;
    }
    for (let attempt = 0; attempt < 50; attempt++) {
      if (this.signalAll('SIGKILL') === 0) return;
      await sleep(20);
    }
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
