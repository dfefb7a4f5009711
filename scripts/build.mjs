// Builds the two committed bundles with ncc: the action (dist/index.js) and the CLI (dist/cli/index.js).
import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync, readFileSync, chmodSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ncc = join('node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
rmSync('dist', { recursive: true, force: true });
for (const [entry, out] of [
  ['src/action/main.ts', 'dist'],
  ['src/cli/main.ts', 'dist/cli'],
]) {
  execFileSync(process.execPath, [ncc, 'build', entry, '-o', out, '--target', 'es2022', '-q'], {
    stdio: 'inherit',
  });
}
// Keep only the JavaScript the runner executes; ncc also emits type declarations we do not ship.
function prune(dir) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) prune(p);
    else if (name.endsWith('.d.ts')) rmSync(p);
  }
}
prune('dist');
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
// Node decides module type from the nearest package.json: the bundles are ESM.
writeFileSync('dist/package.json', JSON.stringify({ type: 'module', version: pkg.version }, null, 2) + '\n');
const cli = 'dist/cli/index.js';
const src = readFileSync(cli, 'utf8');
if (!src.startsWith('#!')) writeFileSync(cli, '#!/usr/bin/env node\n' + src);
chmodSync(cli, 0o755);
