// Test-only fault injection, preloaded into a build with `node --import ./tests/faults/inject.ts`.
// It patches node:fs methods (the objects every module's import of node:fs shares) so the build
// meets a real machine's faults while running as root, with no test hook in production code.
// Configured by environment variables:
//   FAULT_CALL    readFile | rename     fs/promises' method (for rename, the destination path);
//                                       readFile also patches fs.readFile with a callback
//                 writeFile             any whole-file write: fs/promises' and writeFileSync
//   FAULT_PATH    a regular expression the call's path must match
//   FAULT_EFFECT  EACCES | ENOSPC | EIO the call fails with that error
//                 vanish                the call succeeds, then the file is deleted
//                 kill                  the process is killed with SIGKILL instead
//   FAULT_NTH     which matching call the fault hits (default the first)
import fs from "node:fs";
import fsPromises from "node:fs/promises";
import { syncBuiltinESMExports } from "node:module";

const MESSAGES: Record<string, string> = {
  EACCES: "permission denied",
  ENOSPC: "no space left on device",
  EIO: "i/o error",
};

const call = process.env.FAULT_CALL;
const pattern = new RegExp(process.env.FAULT_PATH ?? "$^");
const effect = process.env.FAULT_EFFECT ?? "";
const nth = Number(process.env.FAULT_NTH ?? 1);
let seen = 0;

/** Whether this call is the one to fault; kills the process when that is the effect. */
function strikes(path: string): boolean {
  if (!pattern.test(path) || ++seen !== nth) return false;
  if (effect === "kill") process.kill(process.pid, "SIGKILL");
  return true;
}

function failure(path: string): Error {
  return Object.assign(
    new Error(`${effect}: ${MESSAGES[effect] ?? "injected"}, ${call} '${path}'`),
    {
      code: effect,
      syscall: call,
      path,
    },
  );
}

type AsyncMethod = (...args: unknown[]) => Promise<unknown>;

function patchAsync(name: "readFile" | "rename" | "writeFile"): void {
  const original = fsPromises[name] as AsyncMethod;
  const patched: AsyncMethod = async (...args) => {
    const path = String(name === "rename" ? args[1] : args[0]);
    if (!strikes(path)) return original(...args);
    if (effect !== "vanish") throw failure(path);
    const result = await original(...args);
    await fsPromises.unlink(path);
    return result;
  };
  Object.assign(fsPromises, { [name]: patched });
}

type Callback = (error: Error | null, data?: unknown) => void;

/** fs.readFile with a callback, which the ingest reads through (src/files.ts). */
function patchReadFileCallback(): void {
  const original = fs.readFile as (...args: unknown[]) => void;
  const patched = (...args: unknown[]): void => {
    const path = String(args[0]);
    const done = args.at(-1) as Callback;
    if (!strikes(path)) original(...args);
    else if (effect !== "vanish") process.nextTick(done, failure(path));
    else
      original(...args.slice(0, -1), (error: Error | null, data?: unknown) => {
        if (!error) fs.unlinkSync(path);
        done(error, data);
      });
  };
  Object.assign(fs, { readFile: patched });
}

if (call === "readFile" || call === "rename") patchAsync(call);
if (call === "readFile") patchReadFileCallback();
if (call === "writeFile") {
  patchAsync(call);
  const original = fs.writeFileSync;
  Object.assign(fs, {
    writeFileSync: (...args: Parameters<typeof fs.writeFileSync>): void => {
      if (strikes(String(args[0]))) throw failure(String(args[0]));
      original(...args);
    },
  });
}
syncBuiltinESMExports();
