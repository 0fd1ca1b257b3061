/** A build of the current source in a temporary folder of its own, for the tests that check the packages. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Runs `node build.mjs --out <a new temporary folder>` and returns the folder; throws with the build's output when it fails. */
export function freshBuild(): string {
  const out = mkdtempSync(join(tmpdir(), 'probation-lens-build-'));
  const result = spawnSync(process.execPath, ['build.mjs', '--out', out], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`node build.mjs --out ${out} failed:\n${result.stdout}${result.stderr}`);
  return out;
}

/** Deletes a folder freshBuild made. */
export function removeBuild(out: string | undefined): void {
  if (out) rmSync(out, { recursive: true, force: true });
}

/** The version the build puts in both manifests and in the zips' names. */
export { version } from '../../../package.json';
