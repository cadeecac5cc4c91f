// Memory and CPU of a process tree, read from Linux's /proc: the bench measures each build as the
// node process plus everything it starts (worker threads share its RSS; Pagefind is a child).

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

/** Sum of the RSS of a process tree (pages shared between processes count once per process). */
export function treeResidentBytes(root: number): number {
  let total = 0;
  for (const pid of processTree(root)) total += residentBytes(pid);
  return total;
}

/**
 * CPU seconds (user + sys) of this process's children that have exited and been waited for,
 * their own waited-for children included: the difference across one child's run is that child's
 * whole tree.
 */
export function finishedChildrenCpuSeconds(): number {
  const stat = readFileSync("/proc/self/stat", "utf8");
  // Fields after the command name, which is in parentheses and may itself hold spaces.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  // cutime and cstime are fields 16 and 17 of the line; the first field here is field 3.
  return (Number(fields[13]) + Number(fields[14])) / TICKS_PER_SECOND;
}
