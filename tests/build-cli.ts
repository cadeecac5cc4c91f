import { type SpawnSyncReturns, spawnSync } from "node:child_process";

/**
 * Runs `npm run build` (scripts/build.ts) in a child process, as a user would, with extra
 * preloaded modules (test-only fault injection) and environment variables.
 */
export function runBuildCli(
  args: readonly string[],
  options: { env?: NodeJS.ProcessEnv; preload?: readonly string[] } = {},
): SpawnSyncReturns<string> {
  const preload = (options.preload ?? []).flatMap((module) => ["--import", module]);
  return spawnSync(process.execPath, ["--import", "tsx", ...preload, "scripts/build.ts", ...args], {
    encoding: "utf8",
    env: { ...process.env, ...options.env },
  });
}
