/**
 * node scripts/run-cli.mjs NAME [ARGS…]   runs src/pipeline/cli/NAME.ts
 *
 * The pipeline commands (build:data, check:data, ingest, review) start through here rather than
 * through tsx, whose start-up (compiling the pipeline's TypeScript on every run) costs about a
 * second. The first run bundles the command with esbuild into .cache/cli/ (git-ignored),
 * named by a hash of the source it was built from; later runs import that file directly, and any
 * change to the source makes a new one. Plain JavaScript, so it needs nothing but Node to start.
 * Without esbuild it falls back to tsx, which gives the same result, only slower.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

// V8 first compiles a regular expression for its interpreter and compiles it again to machine
// code once it runs twice. The date and meeting rules are large case-insensitive Unicode patterns,
// for which the interpreter's compile is the slow one: about 0.6 s of every command's start went
// to compiling them twice. Straight to machine code, one article's first extraction takes 0.3 s
// instead of 0.9 s, with the same results. The flag must be on node's command line: set from
// inside a running process (v8.setFlagsFromString) it races V8's compiler threads, and a full
// build once died of a segmentation fault that way. The npm scripts pass it; any other start
// (node scripts/run-cli.mjs …) is run again with it, at the cost of one more node start.
const REGEXP_FLAG = '--no-regexp-tier-up';
if (!process.execArgv.includes(REGEXP_FLAG)) {
  const again = spawnSync(
    process.execPath,
    [REGEXP_FLAG, ...process.execArgv, fileURLToPath(import.meta.url), ...process.argv.slice(2)],
    { stdio: 'inherit' },
  );
  if (again.error) {
    process.stderr.write(`run-cli: could not start node again with ${REGEXP_FLAG}: ${again.error.message}\n`);
    process.exit(1);
  }
  if (again.signal) process.kill(process.pid, again.signal);
  process.exit(again.status ?? 1);
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const [name, ...args] = process.argv.slice(2);
const entry = join(root, 'src', 'pipeline', 'cli', `${name ?? ''}.ts`);
if (!name || !/^[a-z-]+$/.test(name) || !existsSync(entry)) {
  process.stderr.write(`run-cli: no command "${name ?? ''}" in src/pipeline/cli.\n`);
  process.exit(2);
}

/** A hash of everything a pipeline command is built from. */
function sourceHash() {
  const hash = createHash('sha1');
  const walk = (dir) => {
    for (const entryName of readdirSync(dir).sort()) {
      const path = join(dir, entryName);
      if (statSync(path).isDirectory()) walk(path);
      else if (entryName.endsWith('.ts') && !entryName.endsWith('.test.ts')) {
        hash.update(path.slice(root.length));
        hash.update(readFileSync(path));
      }
    }
  };
  walk(join(root, 'src', 'pipeline'));
  walk(join(root, 'src', 'shared'));
  for (const file of ['package-lock.json', 'scripts/run-cli.mjs']) {
    const path = join(root, file);
    hash.update(file);
    if (existsSync(path)) hash.update(readFileSync(path));
  }
  return hash.digest('hex').slice(0, 16);
}

async function bundled() {
  let esbuild;
  try {
    esbuild = await import('esbuild');
  } catch {
    return undefined;
  }
  // Inside the checkout (not node_modules, which a worktree may share), so the bundle's own
  // location leads back to the source it was built from.
  const dir = join(root, '.cache', 'cli');
  const file = join(dir, `${name}-${sourceHash()}.mjs`);
  if (existsSync(file)) return file;
  mkdirSync(dir, { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    await esbuild.build({
      entryPoints: [entry],
      outfile: temporary,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      logLevel: 'silent',
    });
    renameSync(temporary, file);
  } catch {
    rmSync(temporary, { force: true });
    return undefined;
  }
  // Bundles of older source are never used again.
  for (const old of readdirSync(dir)) {
    if (old.startsWith(`${name}-`) && join(dir, old) !== file) rmSync(join(dir, old), { force: true });
  }
  return file;
}

const file = await bundled();
if (file === undefined) {
  const tsx = join(root, 'node_modules', '.bin', 'tsx');
  const run = spawnSync(tsx, [entry, ...args], { stdio: 'inherit' });
  process.exit(run.status ?? 1);
}
// The command sees itself as the script being run (build-data checks this before it starts).
process.argv = [process.argv[0], file, ...args];
await import(pathToFileURL(file).href);
