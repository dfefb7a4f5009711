/**
 * vitest globalSetup: about 100 tests run the bundles in dist/ as users do. They must test the
 * current src/, so the bundles are rebuilt (once per run) unless a stamp says they were built
 * from exactly these sources. The stamp holds a hash of src/, the build script and package.json
 * and of the bundles the build produced, so a `git checkout -- dist` of older bundles (which makes
 * them look newer by mtime) is noticed too. The build is deterministic, so .ci/run's final
 * "dist/ equals a fresh build" check still holds. MODEL_GATE_SKIP_BUILD=1 skips this.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const BUNDLES = ['dist/index.js', 'dist/cli/index.js'];

function addTree(hash: ReturnType<typeof createHash>, dir: string): void {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) addTree(hash, path);
    else hash.update(path).update('\0').update(readFileSync(path)).update('\0');
  }
}

function stampNow(): string {
  const hash = createHash('sha256');
  addTree(hash, 'src');
  for (const f of ['scripts/build.mjs', 'package.json', ...BUNDLES])
    hash
      .update(f)
      .update('\0')
      .update(existsSync(f) ? readFileSync(f) : 'missing')
      .update('\0');
  return hash.digest('hex');
}

export default function setup(): void {
  if (process.env.MODEL_GATE_SKIP_BUILD === '1') return;
  // Outside the repository (not committed) and per checkout (worktrees share nothing).
  const stampFile = join(
    tmpdir(),
    `model-gate-build-stamp-${createHash('sha256').update(resolve('.')).digest('hex').slice(0, 16)}`,
  );
  const previous = existsSync(stampFile) ? readFileSync(stampFile, 'utf8') : '';
  if (previous === stampNow()) return;
  console.log('globalSetup: dist/ may not match src/: rebuilding the bundles (npm run build)');
  execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
  writeFileSync(stampFile, stampNow());
}
