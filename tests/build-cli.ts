import { type SpawnSyncReturns, spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const BUILD_SCRIPT = fileURLToPath(new URL("../scripts/build.ts", import.meta.url));

/**
 * Runs `npm run build` (scripts/build.ts) in a child process, as a user would, with extra
 * preloaded modules (test-only fault injection), environment variables and working folder.
 */
export function runBuildCli(
  args: readonly string[],
  options: { env?: NodeJS.ProcessEnv; preload?: readonly string[]; cwd?: string } = {},
): SpawnSyncReturns<string> {
  const preload = (options.preload ?? []).flatMap((module) => ["--import", module]);
  return spawnSync(
    process.execPath,
    ["--import", import.meta.resolve("tsx"), ...preload, BUILD_SCRIPT, ...args],
    { encoding: "utf8", env: { ...process.env, ...options.env }, cwd: options.cwd },
  );
}
