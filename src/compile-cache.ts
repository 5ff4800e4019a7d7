// Loads dist/cli-main.cjs with its compiled code kept between runs. A pre-commit hook starts
// the linter on every commit, and compiling the bundle is a third of a short run. Node 22.1+
// keeps compiled code itself (module.enableCompileCache); on older versions this does the
// same for the one script: V8's code cache of it, written after the first run (so that it
// holds the functions that run compiled too) into a folder of the user's own, keyed by the
// script's size and time and Node's version (V8 rejects a cache made for other source or
// another V8, and the cache is then written anew). Any failure only means compiling as usual.
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import module, { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

type Exports = Record<string, unknown>;

export function loadScript(file: string): Exports {
  const require = createRequire(file);
  const off = process.env.KEYCLOAK_LINT_NO_COMPILE_CACHE || process.env.NODE_DISABLE_COMPILE_CACHE;
  const enable = (module as { enableCompileCache?: () => unknown }).enableCompileCache;
  if (off || enable) {
    if (!off) enable?.();
    return require(file) as Exports;
  }
  // node:vm is required here, not imported: `--version` never loads it.
  const { Script } = require('node:vm') as typeof import('node:vm');
  const source = readFileSync(file, 'utf8');
  const cacheFile = cachePath(file);
  let cachedData: Buffer | undefined;
  try {
    if (cacheFile) cachedData = readFileSync(cacheFile);
  } catch {
    // Not written yet.
  }
  const script = new Script(module.wrap(source), { filename: file, cachedData });
  if (cacheFile && (!cachedData || script.cachedDataRejected)) {
    process.once('exit', () => save(file, cacheFile, () => script.createCachedData()));
  }
  const exported = { exports: {} as Exports };
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
  wrapper(exported.exports, require, exported, file, dirname(file));
  return exported.exports;
}

/** The cache file for a script, in a folder only this user can write; undefined if none. */
function cachePath(file: string): string | undefined {
  try {
    const uid = process.getuid?.() ?? 'user';
    const dir = join(tmpdir(), `keycloak-lint-compile-cache-${uid}`);
    if (!existsSync(dir)) mkdirSync(dir, { mode: 0o700 });
    const stat = statSync(dir);
    // Code read from a folder others can write would run as this user: only our own.
    if (!stat.isDirectory() || (stat.mode & 0o022) !== 0) return undefined;
    if (process.getuid && stat.uid !== process.getuid()) return undefined;
    const script = statSync(file);
    const key = [process.version, process.arch, script.size, Math.trunc(script.mtimeMs)];
    return join(dir, `${prefixOf(file)}${key.join('-')}.bin`);
  } catch {
    return undefined;
  }
}

/** Writes the cache atomically (a concurrent run reads a whole file or none), and drops the
 * caches of other versions of the same installed script. */
function save(file: string, path: string, data: () => Buffer): void {
  const partial = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(partial, data(), { mode: 0o600 });
    renameSync(partial, path);
    const dir = dirname(path);
    const prefix = prefixOf(file);
    for (const name of readdirSync(dir)) {
      if (name.startsWith(prefix) && name.endsWith('.bin') && join(dir, name) !== path)
        unlinkSync(join(dir, name));
    }
  } catch {
    try {
      unlinkSync(partial);
    } catch {
      // Nothing was written.
    }
  }
}

/** The start of the cache file names of one installed script: FNV-1a of its path. */
function prefixOf(file: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < file.length; i++) hash = Math.imul(hash ^ file.charCodeAt(i), 0x01000193);
  return `cli-main-${(hash >>> 0).toString(16)}-`;
}
