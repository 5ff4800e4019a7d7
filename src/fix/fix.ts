import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createTwoFilesPatch } from 'diff';
import type { Finding, FindingEdit, Report } from '../engine/report.js';
import { type LintOptions, lintTargets } from '../lint.js';
import { documentSlices } from '../load/parse.js';

/** Passes of fix and re-lint at most: a fix may reveal the next (a stack, then its query). */
const MAX_PASSES = 10;

/** Rules whose findings after fixing would mean a fix broke the file. */
const BREAKAGE = ['invalid-yaml', 'invalid-field-type', 'unrendered-template'];

export interface FileChange {
  /** Path as reported, relative to the working directory. */
  readonly file: string;
  readonly absolute: string;
  readonly before: string;
  readonly after: string;
  /** The new content, in the file's encoding, with its BOM if it had one. */
  readonly bytes: Uint8Array;
}

export interface AppliedFix {
  readonly ruleId: string;
  readonly message: string;
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

export interface FixResult {
  /** The report before any fix. */
  readonly initial: Report;
  /** The report of the fixed files: what is left. */
  readonly report: Report;
  /** The files the fixes change (nothing is written here). */
  readonly changes: readonly FileChange[];
  /** The fixes applied, in order, each as its finding was when it was applied. */
  readonly applied: readonly AppliedFix[];
  /** Findings left that carry edits which could not be applied (conflicts, the pass bound). */
  readonly notApplied: readonly Finding[];
}

/** A fix made a file unreadable or ill-typed: a bug; nothing is written. */
export class FixError extends Error {}

/**
 * Lints, applies the edits of fixable findings to the target files in memory, and lints
 * again, until no fixable finding is left or the pass bound is reached. Within a pass the
 * fixes are applied to different documents only (the first fix of a document wins, the
 * others wait for the next pass, computed on the fixed text), so two fixes never edit one
 * object from the same stale view. The result is verified: a fix that makes a file fail
 * to parse or fail its shape checks throws FixError.
 */
export function lintAndFix(
  options: LintOptions,
  { maxPasses = MAX_PASSES, only }: { maxPasses?: number; only?: (ruleId: string) => boolean } = {},
): FixResult {
  const cwd = options.cwd ?? process.cwd();
  const states = new Map<string, EditableFile>();
  const read = (absolute: string) => states.get(absolute)?.bytes;
  const run = () => lintTargets({ ...options, cwd, read });
  let { report, targets } = run();
  const initial = report;
  const applied: AppliedFix[] = [];
  for (let pass = 0; pass < maxPasses; pass++) {
    const candidates = report.findings.filter(
      (f) =>
        !f.suppressions &&
        f.edits &&
        (!only || only(f.ruleId)) &&
        f.edits.every((e) => targets.has(e.file)),
    );
    const accepted = select(candidates, (file) => stateOf(states, cwd, file, options).text);
    if (accepted.length === 0) break;
    const byFile = new Map<string, FindingEdit[]>();
    for (const finding of accepted) {
      applied.push({
        ruleId: finding.ruleId,
        message: finding.message,
        file: finding.file,
        line: finding.line,
        column: finding.column,
      });
      for (const edit of finding.edits ?? []) {
        const list = byFile.get(edit.file) ?? [];
        list.push(edit);
        byFile.set(edit.file, list);
      }
    }
    for (const [file, edits] of byFile) {
      const state = stateOf(states, cwd, file, options);
      state.setText(applyEdits(state.text, edits));
    }
    ({ report, targets } = run());
  }
  const broken = BREAKAGE.filter(
    (id) =>
      report.findings.filter((f) => f.ruleId === id).length >
      initial.findings.filter((f) => f.ruleId === id).length,
  );
  if (broken.length > 0) {
    const where = report.findings.find((f) => broken.includes(f.ruleId));
    throw new FixError(
      `a fix would break ${where?.file ?? 'a file'} (${where?.message ?? broken.join(', ')}); ` +
        'nothing was written. Please report this as a bug of keycloak-lint.',
    );
  }
  const changes: FileChange[] = [];
  for (const state of states.values()) {
    if (state.text === state.original) continue;
    changes.push({
      file: state.file,
      absolute: state.absolute,
      before: state.original,
      after: state.text,
      bytes: state.bytes,
    });
  }
  changes.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const notApplied = report.findings.filter(
    (f) => !f.suppressions && f.edits && (!only || only(f.ruleId)),
  );
  return { initial, report, changes, applied, notApplied };
}

/**
 * The fixes of one pass: in report order, each unless an earlier one edits the same
 * document or an overlapping range.
 */
function select(candidates: readonly Finding[], textOf: (file: string) => string): Finding[] {
  const taken = new Set<string>();
  const ranges: FindingEdit[] = [];
  const accepted: Finding[] = [];
  const slices = new Map<string, [number, number][]>();
  const scope = (edit: FindingEdit) => {
    let list = slices.get(edit.file);
    if (!list) {
      list = documentSlices(textOf(edit.file));
      slices.set(edit.file, list);
    }
    // An insertion at the end of a document belongs to it, not to the next one.
    const at = edit.start === edit.end ? Math.max(0, edit.start - 1) : edit.start;
    const index = list.findIndex(([start, end]) => at >= start && at < end);
    return `${edit.file}#${index}`;
  };
  for (const finding of candidates) {
    const edits = finding.edits ?? [];
    const scopes = edits.map(scope);
    const overlaps = edits.some((e) => ranges.some((r) => r.file === e.file && overlap(r, e)));
    if (overlaps || scopes.some((s) => taken.has(s))) continue;
    for (const s of scopes) taken.add(s);
    ranges.push(...edits);
    accepted.push(finding);
  }
  return accepted;
}

function overlap(a: FindingEdit, b: FindingEdit): boolean {
  if (a.start === a.end && b.start === b.end) return a.start === b.start;
  return a.start < b.end && b.start < a.end;
}

/** Applies non-overlapping edits to a text, from the end so that offsets stay valid. */
export function applyEdits(text: string, edits: readonly FindingEdit[]): string {
  // Insertions at one offset keep their order: the later one is applied first.
  const sorted = edits
    .map((edit, i) => ({ edit, i }))
    .sort((a, b) => b.edit.start - a.edit.start || b.edit.end - a.edit.end || b.i - a.i)
    .map((e) => e.edit);
  let out = text;
  for (const edit of sorted) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return out;
}

/** A unified diff of the changes, as `git diff` shows it (`a/` and `b/` prefixes). */
export function unifiedDiff(changes: readonly FileChange[]): string {
  return changes
    .map((c) =>
      createTwoFilesPatch(`a/${c.file}`, `b/${c.file}`, c.before, c.after, undefined, undefined, {
        context: 3,
      }).replace(/^=+\n/, ''),
    )
    .join('');
}

function stateOf(
  states: Map<string, EditableFile>,
  cwd: string,
  file: string,
  options: LintOptions,
): EditableFile {
  const absolute = resolve(cwd, file);
  let state = states.get(absolute);
  if (!state) {
    const stdin = options.stdin && (options.stdin.filename ?? '<stdin>') === file;
    const bytes = stdin
      ? typeof options.stdin!.text === 'string'
        ? new TextEncoder().encode(options.stdin!.text)
        : options.stdin!.text
      : readFileSync(absolute);
    state = new EditableFile(file, absolute, bytes);
    states.set(absolute, state);
  }
  return state;
}

type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be';

/**
 * A file's text as the linter's offsets count it, and the way back to bytes: the BOM and
 * the encoding are kept, and so is every character outside the edits (lone CRs, which the
 * linter reads as LFs of the same length, included).
 */
class EditableFile {
  readonly original: string;
  readonly #bom: Uint8Array;
  readonly #encoding: Encoding;
  #text: string;
  #bytes: Uint8Array;

  constructor(
    readonly file: string,
    readonly absolute: string,
    bytes: Uint8Array,
  ) {
    const [encoding, bomLength]: [Encoding, number] =
      bytes[0] === 0xff && bytes[1] === 0xfe
        ? ['utf-16le', 2]
        : bytes[0] === 0xfe && bytes[1] === 0xff
          ? ['utf-16be', 2]
          : bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
            ? ['utf-8', 3]
            : ['utf-8', 0];
    this.#encoding = encoding;
    this.#bom = bytes.slice(0, bomLength);
    this.#text = new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes.subarray(bomLength));
    this.original = this.#text;
    this.#bytes = bytes;
  }

  get text(): string {
    return this.#text;
  }

  get bytes(): Uint8Array {
    return this.#bytes;
  }

  setText(text: string): void {
    this.#text = text;
    this.#bytes = concat(this.#bom, encode(text, this.#encoding));
  }
}

function encode(text: string, encoding: Encoding): Uint8Array {
  if (encoding === 'utf-8') return new TextEncoder().encode(text);
  const bytes = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const [first, second] =
      encoding === 'utf-16le' ? [unit & 0xff, unit >> 8] : [unit >> 8, unit & 0xff];
    bytes[2 * i] = first;
    bytes[2 * i + 1] = second;
  }
  return bytes;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}
