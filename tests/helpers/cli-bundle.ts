import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The CLI bundled once into `.cli-bundle/`, a folder directly under the repository root so its
 * relative paths (the CSL files under utils/) and its packages (node_modules/) resolve as from cli/.
 * A child process of the bundle starts in under a second; one through tsx recompiles the tree
 * each time (about 2 s), which a suite of 35 runs cannot afford in CI.
 */
export function bundleCli(): string {
  const outfile = join(ROOT, '.cli-bundle', `index-${process.pid}.mjs`);
  buildSync({ entryPoints: [join(ROOT, 'cli/index.ts')], bundle: true, platform: 'node', format: 'esm', packages: 'external', outfile, logLevel: 'error' });
  return outfile;
}

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the bundled CLI as a user runs it: a child process, its stdout, stderr and exit status. */
export function runBundledCli(bundle: string, args: string[], input?: string): CliRun {
  const run = spawnSync(process.execPath, [bundle, ...args], { cwd: ROOT, input, encoding: 'utf8', timeout: 60_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}
