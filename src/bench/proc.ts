/**
 * Linux process-tree sampling and killing, reading /proc directly in-process (no `ps`, nothing
 * spawned), so the sampler neither appears in the tree it measures nor adds processes to it.
 *
 * Membership (a process is the run's when any holds; checked by pid *and* start time):
 * - the root, and every process whose parent is a member (ancestry). A member stays tracked after
 *   its parent exits and it is reparented to init or a subreaper;
 * - every process of the root's session or process group (the command is spawned detached, so
 *   both ids are the root's pid: the kernel keeps that pid from being reused while either lives);
 * - every process whose environment carries the run's marker variable (`runMarker`), which every
 *   descendant inherits across fork and exec unless it deliberately clears its environment. This
 *   finds what escaped with `setsid`, a double fork and an orphaning parent between two samples
 *   (`(setsid sleep 400 &)`), which ancestry alone cannot attribute.
 * Only a process that clears its environment *and* leaves the session *and* is orphaned before
 * any sample saw it escapes (a cgroup or a child subreaper would be needed for that; neither is
 * available to an unprivileged Node process without a native helper).
 *
 * Cost per tick: one `readdir(/proc)` plus one `stat` read per member and per process not seen
 * before, and one `environ` read per process not seen before that started after the root (an
 * older process cannot be a descendant); processes known to be unrelated are not read again (their
 * parent never changes to a member). Every `FULL_SCAN_MS` the unrelated cache is dropped and
 * everything is read again, so a pid reused by a member is found within that time; the scan for
 * survivors after the root exits is always a full one.
 */
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';

export interface ProcStat {
  pid: number;
  ppid: number;
  pgrp: number;
  session: number;
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
    session: Number(f[3]),
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

/** How often the sampler drops its cache of unrelated processes and reads every process again. */
export const FULL_SCAN_MS = 1000;

/** The marker variable every process of one run inherits: a fresh random name per run. */
export interface RunMarker {
  name: string;
  /** `NAME=1`, as it appears in /proc/<pid>/environ. */
  entry: Buffer;
}

export function runMarker(): RunMarker {
  // A fresh *name* per run (not a fixed name with a fresh value), so a benchmark nested inside a
  // benchmarked command adds its own marker without overwriting the outer one.
  const name = `MODEL_GATE_BENCH_RUN_${randomBytes(8).toString('hex')}`;
  return { name, entry: Buffer.from(`${name}=1`, 'latin1') };
}

/** True when /proc/<pid>/environ holds `entry` as a whole variable; false when unreadable. */
export function environHas(pid: number, entry: Buffer): boolean {
  let env: Buffer;
  try {
    env = readFileSync(`/proc/${pid}/environ`);
  } catch {
    return false; // gone, or another user's process (not readable without privileges)
  }
  for (let at = env.indexOf(entry); at >= 0; at = env.indexOf(entry, at + 1)) {
    const end = at + entry.length;
    if ((at === 0 || env[at - 1] === 0) && (end === env.length || env[end] === 0)) return true;
  }
  return false;
}

/** A process as users see it in warnings: pid and command line. */
export interface ProcessInfo {
  pid: number;
  /** /proc/<pid>/cmdline joined with spaces, or `[comm]` when empty; raw (escape before printing). */
  command: string;
}

export function describeProcess(pid: number): ProcessInfo {
  let command = '';
  try {
    command = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0+$/, '').split('\0').join(' ');
  } catch {
    // gone
  }
  if (command.trim() === '') {
    try {
      command = `[${readFileSync(`/proc/${pid}/comm`, 'utf8').trim()}]`;
    } catch {
      command = '[exited]';
    }
  }
  return { pid, command };
}

interface Member {
  pid: number;
  starttime: number;
  ppid: number;
  pgrp: number;
  alive: boolean;
  /** utime + stime at the last sample, clock ticks. */
  cpuTicks: number;
  /** utime and stime at the last sample, clock ticks (a served process's CPU across a round). */
  userTicks: number;
  systemTicks: number;
}

export interface TreeSamplerOptions {
  /** Leave the root out of the RSS figures (it is GNU time, the measuring tool). */
  excludeRoot: boolean;
  /** Also read each member's VmHWM (fallback when GNU time is not available). */
  readHighWaterMark: boolean;
  /** The run's marker variable (set in the command's environment); without it, ancestry only. */
  marker?: RunMarker;
}

function isAliveState(state: string): boolean {
  // Z zombie (exited, not yet reaped), X dead.
  return state !== 'Z' && state !== 'X';
}

/** What `killTree` did: the processes it signalled, and those still alive after every attempt. */
export interface KillReport {
  killed: ProcessInfo[];
  remaining: ProcessInfo[];
}

export class ProcessTreeSampler {
  readonly root: number;
  private readonly members = new Map<number, Member>();
  private readonly unrelated = new Set<number>();
  private readonly page = pageSize();
  /** The root's start time (clock ticks since boot): no older process can be a descendant. */
  private readonly rootStart: number;
  private lastFullScan = 0;
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
    // The root is our child and not reaped before the event loop runs, so its stat is there (as a
    // zombie at worst). If not, 0 (every process counts as young: more environ reads, same result).
    this.rootStart = readProcStat(root)?.starttime ?? 0;
  }

  /** Every pid that was ever a member (for GPU per-process attribution). */
  memberPids(): Set<number> {
    return new Set(this.members.keys());
  }

  /** One pass over /proc (a full one when `full` or every FULL_SCAN_MS). Returns the live members. */
  sample(full = false): number[] {
    let entries: string[];
    try {
      entries = readdirSync('/proc');
    } catch {
      return [];
    }
    const now = performance.now();
    if (full || now - this.lastFullScan >= FULL_SCAN_MS) {
      this.unrelated.clear();
      this.lastFullScan = now;
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

    // Seeds: the root, known members (same start time), the root's session and process group, and
    // processes carrying the marker; then children of members (fixpoint: readdir order is not
    // guaranteed to put parents first).
    const inTree = new Set<number>();
    const marker = this.options.marker;
    for (const [pid, st] of stats) {
      const known = this.members.get(pid);
      if (pid === this.root || (known && known.starttime === st.starttime)) inTree.add(pid);
      else if (st.starttime < this.rootStart) continue;
      else if (st.session === this.root || st.pgrp === this.root) inTree.add(pid);
      else if (marker && environHas(pid, marker.entry)) inTree.add(pid);
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
        pgrp: st.pgrp,
        alive,
        cpuTicks: st.utime + st.stime,
        userTicks: st.utime,
        systemTicks: st.stime,
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

  /** Live members other than the root, after a fresh full scan (processes that outlived the root). */
  survivors(): number[] {
    return this.sample(true).filter((pid) => pid !== this.root);
  }

  /** CPU seconds last seen summed over members (a lower bound, for runs GNU time did not finish). */
  lastSeenCpuSeconds(): number {
    let ticks = 0;
    for (const m of this.members.values()) ticks += m.cpuTicks;
    return ticks / CLOCK_TICKS_PER_SECOND;
  }

  /** `lastSeenCpuSeconds` split into user and system seconds. */
  lastSeenCpuSplit(): { user: number; system: number } {
    let user = 0;
    let system = 0;
    for (const m of this.members.values()) {
      user += m.userTicks;
      system += m.systemTicks;
    }
    return { user: user / CLOCK_TICKS_PER_SECOND, system: system / CLOCK_TICKS_PER_SECOND };
  }

  /**
   * Sends `signal` to the root's process group and to every live member (checked by start time);
   * returns the members that were alive (each described once into `seen`).
   */
  private signalAll(signal: NodeJS.Signals, seen: Map<number, ProcessInfo>): number[] {
    const live = this.sample(true);
    // Named before anything is signalled: a dying process's command line reads as empty.
    for (const pid of live) if (!seen.has(pid)) seen.set(pid, describeProcess(pid));
    // The group too (it also reaches a process forked since the scan), but only while a member is
    // in it: the kernel keeps a group's id from being reused only while the group exists.
    if (live.some((pid) => this.members.get(pid)?.pgrp === this.root)) {
      try {
        process.kill(-this.root, signal);
      } catch {
        // group already gone
      }
    }
    for (const pid of live) {
      const m = this.members.get(pid);
      const st = readProcStat(pid);
      if (!m || !st || st.starttime !== m.starttime) continue; // pid reused: not ours
      try {
        process.kill(pid, signal);
      } catch {
        // gone meanwhile, or not ours to signal (EPERM: reported as remaining)
      }
    }
    return live;
  }

  /**
   * Terminates every member: SIGTERM to the group and every member, then after `graceMs` SIGKILL,
   * repeated with fresh full /proc scans until no member is alive (a process may fork while being
   * killed). Says which processes it signalled and which are still alive after every attempt
   * (uninterruptible sleep, another user's process).
   */
  async killTree(graceMs: number): Promise<KillReport> {
    const seen = new Map<number, ProcessInfo>();
    const report = (remaining: number[]): KillReport => ({
      // GNU time (an excluded root) is the measuring tool: not worth naming among the command's.
      killed: [...seen.values()].filter(
        (p) => !remaining.includes(p.pid) && !(this.options.excludeRoot && p.pid === this.root),
      ),
      remaining: remaining.map((pid) => seen.get(pid) ?? describeProcess(pid)),
    });
    if (this.signalAll('SIGTERM', seen).length === 0) return report([]);
    const deadline = Date.now() + graceMs;
    while (Date.now() < deadline) {
      await sleep(Math.min(25, graceMs));
      if (this.sample(true).length === 0) return report([]);
    }
    for (let attempt = 0; attempt < 50; attempt++) {
      if (this.signalAll('SIGKILL', seen).length === 0) return report([]);
      await sleep(20);
    }
    return report(this.sample(true));
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
