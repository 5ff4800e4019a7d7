import { type Dirent, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import { formatSize } from '../config/config.js';
import { NO_MANIFESTS } from '../engine/report.js';
import { describeFsError } from '../util/fs-error.js';
import type { LoadProblem } from './parse.js';
import { SourceFile } from './source.js';

const MANIFEST_EXTENSIONS = new Set(['.yaml', '.yml', '.json']);

/** An input that could not be read at all: reported on stderr, exit code 2. */
export interface InputError {
  readonly path: string;
  readonly message: string;
}

export interface Input {
  /** Paths as given; directories are walked, `-` is standard input. */
  readonly paths: readonly string[];
  readonly cwd: string;
  readonly stdin?: { readonly text: string | Uint8Array; readonly filename: string };
  /** Directories read for cross-references only: their findings are not reported. */
  readonly context?: readonly string[];
  /** Read the folders of files named one by one as context. */
  readonly folderContext?: boolean;
  /** Files and folders not to read at all (the configuration's ignorePaths). */
  readonly ignore?: (absolute: string) => boolean;
  /** Larger files (bytes) are reported and not read; 0 or undefined: no limit. */
  readonly maxFileSize?: number;
  /** The bytes of a file in place of those on disk (the fixed text during `--fix`). */
  readonly read?: (absolute: string) => Uint8Array | undefined;
}

export interface LoadedFiles {
  /** Targets first, then context files. */
  readonly files: SourceFile[];
  readonly problems: LoadProblem[];
  readonly errors: InputError[];
}

/**
 * Finds every manifest file below the given paths and decodes it. Files named one by one
 * (as pre-commit passes them) are the targets, and the other manifests of their folders
 * are read as context, so that a Service edited alone is checked against the workload
 * beside it; directories given are targets throughout.
 */
export function loadFiles(input: Input): LoadedFiles {
  const files: SourceFile[] = [];
  const problems: LoadProblem[] = [];
  const errors: InputError[] = [];
  const seen = new Set<string>();
  const display = (absolute: string) => toDisplayPath(input.cwd, absolute);

  const limit = input.maxFileSize || Number.POSITIVE_INFINITY;
  /** A file over the limit: not read, one finding at its start that says how to lint it. */
  const addTooLarge = (name: string, size: number, target: boolean) => {
    const file = new SourceFile(name, '', true, target);
    files.push(file);
    problems.push({
      ruleId: 'invalid-yaml',
      file,
      start: 0,
      end: 0,
      messageId: 'tooLarge',
      data: { size: formatSize(size), limit: formatSize(limit) },
    });
  };
  const addFile = (name: string, bytes: Uint8Array, target: boolean) => {
    if (bytes.length > limit) return addTooLarge(name, bytes.length, target);
    const decoded = decode(bytes);
    const file = new SourceFile(name, decoded.text ?? '', decoded.problem !== undefined, target);
    files.push(file);
    if (decoded.problem) problems.push(decodeProblem(file, decoded));
  };

  const readOne = (absolute: string, target: boolean) => {
    if (input.ignore?.(absolute)) return;
    try {
      // The native call is one system call; the JavaScript one stats every path component.
      const real = realpathSync.native(absolute);
      if (seen.has(real)) return;
      seen.add(real);
      // During --fix, the fixed bytes of a file stand in for those on disk.
      const replaced = input.read?.(absolute);
      if (replaced) return addFile(display(absolute), replaced, target);
      const stat = statSync(real);
      // A FIFO or device named *.yaml would block the read forever.
      if (!stat.isFile()) {
        if (target) errors.push({ path: display(absolute), message: 'not a regular file' });
        return;
      }
      // Too large to parse: sized before reading, so a huge file costs no memory.
      if (stat.size > limit) return addTooLarge(display(absolute), stat.size, target);
      addFile(display(absolute), readFileSync(real), target);
    } catch (error) {
      // A context file that cannot be read only weakens the cross-references.
      if (target) errors.push({ path: display(absolute), message: describeFsError(error) });
    }
  };

  interface Walk {
    readonly target: boolean;
    readonly recursive: boolean;
    /** Whether a directory that cannot be read is an input error. */
    readonly required: boolean;
  }
  const walk = (directory: string, how: Walk, visited = new Set<string>()) => {
    const { target, recursive } = how;
    let real: string;
    let entries: Dirent[];
    try {
      real = realpathSync.native(directory);
      // A symlink back to an ancestor would loop forever.
      if (visited.has(real)) return;
      entries = readdirSync(directory, { withFileTypes: true }).sort((a, b) =>
        a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
      );
    } catch (error) {
      if (how.required) errors.push({ path: display(directory), message: describeFsError(error) });
      return;
    }
    const inside = new Set(visited).add(real);
    for (const entry of entries) {
      const name = entry.name;
      if (name.startsWith('.') || name === 'node_modules') continue;
      const child = join(directory, name);
      if (input.ignore?.(child)) continue;
      let isDirectory: boolean;
      try {
        // Only a symbolic link needs a stat to say what it points at.
        isDirectory = entry.isSymbolicLink() ? statSync(child).isDirectory() : entry.isDirectory();
      } catch (error) {
        // A dangling or looping symbolic link matters only where a manifest was meant.
        if (target && MANIFEST_EXTENSIONS.has(extname(name).toLowerCase()))
          errors.push({ path: display(child), message: describeFsError(error) });
        continue;
      }
      if (isDirectory) {
        if (recursive) walk(child, how, inside);
      } else if (MANIFEST_EXTENSIONS.has(extname(name).toLowerCase())) {
        readOne(child, target);
      }
    }
  };

  // Standard input stands for the file it is named after (an editor's unsaved buffer), so
  // that file is not read from disk as well; and it is read once, however often `-` is given.
  const stdin = input.stdin && input.paths.includes('-') ? input.stdin : undefined;
  if (stdin) {
    try {
      seen.add(realpathSync(resolve(input.cwd, stdin.filename)));
    } catch {
      // No such file on disk: nothing to replace.
    }
    const bytes =
      input.read?.(resolve(input.cwd, stdin.filename)) ??
      (typeof stdin.text === 'string' ? new TextEncoder().encode(stdin.text) : stdin.text);
    addFile(stdin.filename, bytes, true);
  }

  const folders = new Set<string>();
  for (const path of input.paths) {
    if (path === '-') continue;
    const absolute = resolve(input.cwd, path);
    let isDirectory: boolean;
    try {
      isDirectory = statSync(absolute).isDirectory();
    } catch (error) {
      errors.push({ path, message: describeFsError(error) });
      continue;
    }
    if (isDirectory) {
      const before = files.length;
      const failed = errors.length;
      walk(absolute, { target: true, recursive: true, required: true });
      // A mistyped or empty folder must not pass as "no problems".
      if (files.length === before && errors.length === failed) {
        errors.push({ path, message: NO_MANIFESTS });
      }
    } else {
      // A file named explicitly is read whatever its extension (pre-commit passes files).
      readOne(absolute, true);
      folders.add(dirname(absolute));
    }
  }
  if (stdin && stdin.filename !== '<stdin>')
    folders.add(dirname(resolve(input.cwd, stdin.filename)));
  if (input.folderContext !== false) {
    for (const folder of folders)
      walk(folder, { target: false, recursive: false, required: false });
  }
  for (const directory of input.context ?? []) {
    walk(resolve(input.cwd, directory), { target: false, recursive: true, required: true });
  }
  return { files, problems, errors };
}

function decodeProblem(file: SourceFile, decoded: Decoded): LoadProblem {
  const at = decoded.at ?? 0;
  return {
    ruleId: 'invalid-yaml',
    file,
    start: at,
    end: at + 1,
    messageId: decoded.problem!,
    data: {},
  };
}

function toDisplayPath(cwd: string, absolute: string): string {
  const rel = relative(cwd, absolute) || absolute;
  return sep === '/' ? rel : rel.split(sep).join('/');
}

/** Text of a log or other free-form input: UTF-16 with a BOM or UTF-8, never failing. */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return new TextDecoder('utf-8').decode(bytes);
}

/** Decodes UTF-8 (with or without BOM) or UTF-16 with a BOM; anything else is a problem. */
function decode(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeWith('utf-16le', bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeWith('utf-16be', bytes);
  const head = bytes.subarray(0, 8000);
  if (head.includes(0)) return { problem: 'binary' };
  return decodeWith('utf-8', bytes);
}

// A lone CR ends a line in YAML (old Mac files); make it a LF of the same length.
const loneCrToLf = (text: string) => text.replace(/\r(?!\n)/g, '\n');

function decodeWith(encoding: string, bytes: Uint8Array): Decoded {
  try {
    return { text: loneCrToLf(new TextDecoder(encoding, { fatal: true }).decode(bytes)) };
  } catch {
    // Point at the first character that does not decode, on the line an editor shows.
    const loose = loneCrToLf(new TextDecoder(encoding).decode(bytes));
    const at = loose.indexOf('\uFFFD');
    return { problem: 'encoding', text: at < 0 ? '' : loose.slice(0, at + 1), at: Math.max(0, at) };
  }
}

interface Decoded {
  readonly text?: string;
  readonly problem?: 'binary' | 'encoding';
  /** Offset of the first undecodable character. */
  readonly at?: number;
}
