// The steering repository's shared/ folder (provider fixtures, triage eval
// data) sits next to this repository as ../shared. A clone elsewhere on the
// machine (CI's clean clone, for instance) finds it through
// SWITCHBOARD_SHARED_DIR or at /work/shared. Missing it is an error, never a skip.
import fs from 'node:fs';
import path from 'node:path';

const repoRoot = path.resolve(import.meta.dirname, '../..');

export function sharedDir(): string {
  const candidates = [process.env.SWITCHBOARD_SHARED_DIR, path.resolve(repoRoot, '../shared'), '/work/shared'].filter(Boolean) as string[];
  const found = candidates.find((p) => fs.existsSync(path.join(p, 'fixtures')));
  if (!found) throw new Error(`Cannot find the shared fixtures folder; looked in ${candidates.join(', ')}. Set SWITCHBOARD_SHARED_DIR.`);
  return found;
}

export const fixturesDir = () => path.join(sharedDir(), 'fixtures');
export const evalDir = () => path.join(sharedDir(), 'eval');
