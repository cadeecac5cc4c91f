// Memory and CPU of a process tree, read from Linux's /proc: the bench measures each build as the
// node process plus everything it starts (worker threads are part of its figures; Pagefind is a
// child process). CPU is read per process while it runs, because a child that its parent never
// waits for (Pagefind's service is killed as the build ends) never adds to anyone's child times.

import { readdirSync, readFileSync } from "node:fs";

/** Linux reports process times in USER_HZ ticks, fixed at 100 per second by its ABI. */
const TICKS_PER_SECOND = 100;

/** A process can exit between listing and reading it: its files are then simply gone. */
function readIfPresent<T>(read: () => T, absent: T): T {
  try {
    return read();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ESRCH") return absent;
    throw error;
  }
}

/** `root` and every live descendant, found through each thread's list of children. */
export function processTree(root: number): number[] {
  const found: number[] = [];
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.pop() as number;
    found.push(pid);
    for (const thread of readIfPresent(() => readdirSync(`/proc/${pid}/task`), [])) {
      const children = readIfPresent(
        () => readFileSync(`/proc/${pid}/task/${thread}/children`, "utf8"),
        "",
      );
      for (const child of children.split(" ")) if (child.trim()) queue.push(Number(child));
    }
  }
  return found;
}

/** Resident set size of one process in bytes; 0 once it has exited. */
function residentBytes(pid: number): number {
  const status = readIfPresent(() => readFileSync(`/proc/${pid}/status`, "utf8"), "");
  const kibibytes = /^VmRSS:\s+(\d+) kB$/m.exec(status)?.[1];
  return kibibytes ? Number(kibibytes) * 1024 : 0;
}

/**
 * CPU seconds (user + sys, all its threads) one process has used so far, keyed by pid and start
 * time so a reused pid is another process; undefined once it has exited.
 */
function cpuUsed(pid: number): { process: string; seconds: number } | undefined {
  const stat = readIfPresent(() => readFileSync(`/proc/${pid}/stat`, "utf8"), "");
  if (!stat) return undefined;
  // Fields after the command name, which is in parentheses and may itself hold spaces; the first
  // one here is field 3 of the line: utime and stime are fields 14 and 15, starttime 22.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const seconds = (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  return { process: `${pid}@${fields[19]}`, seconds };
}

export interface TreeUsage {
  /** Sum of the RSS of the tree's processes (pages shared between them count once per process). */
  residentBytes: number;
  /** CPU seconds used so far by each process of the tree. */
  cpuSeconds: Map<string, number>;
}

export function treeUsage(root: number): TreeUsage {
  const usage: TreeUsage = { residentBytes: 0, cpuSeconds: new Map() };
  for (const pid of processTree(root)) {
    usage.residentBytes += residentBytes(pid);
    const cpu = cpuUsed(pid);
    if (cpu) usage.cpuSeconds.set(cpu.process, cpu.seconds);
  }
  return usage;
}
