import {
  type Document,
  isMap,
  parseAllDocuments,
  parseDocument,
  type Tags,
  visit,
  type YAMLError,
} from 'yaml';
import { addDuplicateKeyErrors } from './duplicates.js';
import { sniffConfigMap, sniffOpaque } from './sniff.js';
import type { SourceDocument, SourceFile } from './source.js';
import { findTemplateNode, findTemplateSyntax } from './template.js';

/** A problem found while reading a file, before any resource exists. */
export interface LoadProblem {
  readonly ruleId: 'invalid-yaml' | 'unrendered-template';
  readonly file: SourceFile;
  /** Offsets into the file text. */
  readonly start: number;
  readonly end: number;
  readonly messageId: string;
  readonly data: Readonly<Record<string, string | number>>;
}

export interface ParsedDocument {
  readonly doc: SourceDocument;
  readonly value: unknown;
}

// YAML 1.1 is what Kubernetes' decoder (go-yaml v2 underneath sigs.k8s.io/yaml) reads:
// `yes`, `on` and `off` are booleans there, and `<<` merge keys are honoured. go-yaml keeps
// timestamps and base-60 numbers (`1:20`) as strings, so those tags are left out.
export const PARSE_OPTIONS = {
  version: '1.1',
  merge: true,
  // Checked afterwards in linear time (duplicates.ts): the parser's own check is quadratic.
  uniqueKeys: false,
  prettyErrors: false,
  strict: true,
  // Warnings (a mapping used as a key) would go to stderr through process.emitWarning.
  logLevel: 'error',
  customTags: (tags: Tags) =>
    tags.filter((t) => !(typeof t === 'object' && (t.format === 'TIME' || t.tag === TIMESTAMP))),
} as const;

const TIMESTAMP = 'tag:yaml.org,2002:timestamp';

/** Alias expansions allowed per document: ample for real manifests, fatal to alias bombs. */
const MAX_ALIAS_COUNT = 10_000;

/**
 * How documents are read. The fast path (the default) never fully parses a document no rule
 * reads when the scanner proves it valid (see sniff.ts), and drops each syntax tree once its
 * data is built: positions re-parse the few documents that have findings. `full` parses
 * everything and keeps every tree, as a reference: the benchmark and a test check that both
 * give the same findings. KEYCLOAK_LINT_FULL_PARSE=1 selects it from outside.
 */
export interface ParseMode {
  readonly full?: boolean;
  /**
   * Keep the syntax trees of parsed documents (the input is small): a pre-commit run on a
   * few files would otherwise parse the documents with findings twice.
   */
  readonly keep?: boolean;
}

export function parseFile(
  file: SourceFile,
  mode: ParseMode = {},
): { docs: ParsedDocument[]; problems: LoadProblem[] } {
  const text = file.text;
  // Suppression comments need the trees of their file to tell comments from text, and
  // directives pair with the next document: both are rare, so such files are parsed fully.
  const fast = !mode.full && !text.includes('keycloak-lint-disable') && !/^%/m.test(text);
  if (!fast) return parseWhole(file, Boolean(mode.full || mode.keep));
  // Template syntax is judged on all the trees of a file at once (parseWhole). `{{ }}` in
  // Grafana legends and alert texts is common, though, and harmless inside the block
  // scalars of a ConfigMap: such a file keeps the fast path as long as nothing in it could
  // make parseWhole report a template, that is, no document has an error and none holds
  // template syntax outside those block scalars; otherwise it is parsed whole after all.
  const templated = text.includes('{{');
  const docs: ParsedDocument[] = [];
  const problems: LoadProblem[] = [];
  let index = 0;
  for (const [start, end] of documentSlices(text)) {
    const slice = text.slice(start, end);
    if (!/\S/.test(slice)) continue;
    const sniffed =
      templated && slice.includes('{{') ? undefined : sniffOpaque(slice, file.displayPath);
    if (sniffed) {
      const head = parseDocument(sniffed.head, PARSE_OPTIONS) as Document;
      if (head.errors.length === 0) {
        const doc = new SliceDocument(file, index++, start, end - start);
        docs.push({ doc, value: head.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) });
        continue;
      }
    }
    const configMap = sniffed ? undefined : sniffConfigMap(slice, file.displayPath);
    if (configMap && !configMap.head.includes('{{')) {
      const head = parseDocument(configMap.head, PARSE_OPTIONS) as Document;
      const known = head.errors.length === 0 ? head.toJS() : undefined;
      if (isPlainObject(known)) {
        const value: Record<string, unknown> = {};
        for (const key of configMap.order)
          value[key] = key === 'data' ? Object.fromEntries(configMap.data) : known[key];
        docs.push({ doc: new SliceDocument(file, index++, start, end - start), value });
        continue;
      }
    }
    const ast = withDuplicateKeyErrors(parseDocument(slice, PARSE_OPTIONS) as Document);
    if (templated && (ast.errors.length > 0 || findTemplate(slice, [{ ast, offset: 0 }]) >= 0))
      return parseWhole(file, Boolean(mode.keep));
    if (ast.contents === null && ast.errors.length === 0) continue;
    const doc = new SliceDocument(file, index++, start, end - start, ast);
    const broken = readDocument(doc, ast, end - start, docs, problems);
    // The tree is rebuilt from the text if a finding needs a position in it.
    if (!broken && !mode.keep) doc.release();
  }
  return { docs, problems };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Parses every document of a file fully, keeping the trees. */
function parseWhole(
  file: SourceFile,
  keep: boolean,
): { docs: ParsedDocument[]; problems: LoadProblem[] } {
  const docs: ParsedDocument[] = [];
  const problems: LoadProblem[] = [];
  const text = file.text;
  const parsed = parseSlices(text);
  const template = text.includes('{{') ? findTemplate(text, parsed) : -1;
  if (template >= 0) return { docs, problems: [templateProblem(file, template)] };
  const directives = /^%/m.test(text);
  let index = 0;
  for (const { ast, offset, length } of parsed) {
    if (ast.contents === null && ast.errors.length === 0) continue;
    const doc = new SliceDocument(file, index++, offset, length, ast);
    readDocument(doc, ast, length, docs, problems);
    // Slices of a file with directives were parsed together and cannot be re-parsed alone.
    if (!keep && !directives && !text.includes('keycloak-lint-disable')) doc.release();
  }
  return { docs, problems };
}

/**
 * Adds a parsed document's data, or its problems. Returns whether it is broken (its errors
 * keep it out of the model).
 */
function readDocument(
  doc: SliceDocument,
  ast: Document,
  length: number,
  docs: ParsedDocument[],
  problems: LoadProblem[],
): boolean {
  const { file, offset } = doc;
  const fatal = ast.errors.filter((e) => e.code !== 'DUPLICATE_KEY');
  // The first error, and the first one that drops the document when that is another.
  const shown = new Set([ast.errors[0], fatal[0]].filter((e): e is YAMLError => e !== undefined));
  for (const error of shown) problems.push(yamlProblem(file, offset, length, error));
  if (fatal.length > 0) return true;
  try {
    docs.push({ doc, value: ast.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) });
  } catch (error) {
    // An alias to an anchor that is not set before it (anchors end with their document) is
    // shown on the alias; other failures on the document's first line.
    const alias = unresolvedAlias(ast);
    const start = alias?.[0] ?? ast.range?.[0] ?? 0;
    const end = alias ? offset + alias[1] : file.text.indexOf('\n', offset + start);
    problems.push({
      ruleId: 'invalid-yaml',
      file,
      start: offset + start,
      end: end < 0 ? file.text.length : end,
      messageId: 'unreadable',
      data: { reason: readable(error) },
    });
    return true;
  }
  return false;
}

/**
 * A document of a file: its slice of the text and, on demand, its syntax tree. The fast
 * path releases the tree once the data is built and parses the slice again (the same text
 * with the same options gives the same tree) only when a position inside it is needed.
 */
export class SliceDocument implements SourceDocument {
  #ast: Document | undefined;

  constructor(
    readonly file: SourceFile,
    readonly index: number,
    readonly offset: number,
    readonly length: number,
    ast?: Document,
  ) {
    this.#ast = ast;
  }

  get ast(): Document {
    this.#ast ??= parseDocument(
      this.file.text.slice(this.offset, this.offset + this.length),
      PARSE_OPTIONS,
    ) as Document;
    return this.#ast;
  }

  release(): void {
    this.#ast = undefined;
  }
}

/**
 * Where a file holds template syntax that keeps it from being read as manifests: an action
 * in a structural position of a file that does not parse, or, in a Kubernetes object that
 * does parse, an unquoted action or a Helm-only reference. Helm values files (no
 * apiVersion or kind) are not objects, so their `{{ }}` strings are left alone.
 */
function findTemplate(text: string, parsed: readonly Pick<Slice, 'ast' | 'offset'>[]): number {
  if (parsed.some(({ ast }) => ast.errors.some((e) => e.code !== 'DUPLICATE_KEY')))
    return findTemplateSyntax(text);
  for (const { ast, offset } of parsed) {
    const contents = ast.contents;
    if (!isMap(contents) || !contents.has('apiVersion') || !contents.has('kind')) continue;
    const at = findTemplateNode(ast, text.slice(offset));
    if (at >= 0) return offset + at;
  }
  return -1;
}

function templateProblem(file: SourceFile, offset: number): LoadProblem {
  const close = file.text.indexOf('}}', offset);
  const lineEnd = file.text.indexOf('\n', offset);
  const end = close >= 0 && (lineEnd < 0 || close < lineEnd) ? close + 2 : offset + 2;
  return {
    ruleId: 'unrendered-template',
    file,
    start: offset,
    end,
    messageId: 'template',
    data: { snippet: file.text.slice(offset, end) },
  };
}

function yamlProblem(
  file: SourceFile,
  offset: number,
  length: number,
  error: YAMLError,
): LoadProblem {
  let [start, end] = error.pos;
  // An error at the end of the document (an unclosed bracket or quote) is shown on its last
  // character rather than on the next document's marker line.
  const body = file.text.slice(offset, offset + length).trimEnd().length;
  if (start >= body && body > 0) [start, end] = [body - 1, body];
  const text = file.text;
  let key: string | undefined;
  if (error.code === 'DUPLICATE_KEY') {
    // The parser marks one character; show the whole key.
    const found = /^[^:\n]*?(?=\s*:(\s|$))/.exec(text.slice(offset + start, offset + start + 200));
    if (found?.[0]) {
      end = start + found[0].length;
      key = found[0];
    }
  }
  let message = readable(error);
  if (/call stack/i.test(error.message)) {
    message = 'the document nests too deeply to be read';
    [start, end] = [0, Math.max(1, text.indexOf('\n', offset) - offset)];
  }
  // A second apiVersion or kind at the start of a line: two manifests run together, as
  // when files are concatenated without a `---` line between them.
  const atLineStart = offset + start === 0 || text[offset + start - 1] === '\n';
  const merged = key !== undefined && atLineStart && /^(apiVersion|kind)$/.test(key);
  return {
    ruleId: 'invalid-yaml',
    file,
    start: offset + start,
    end: offset + Math.max(end, start + 1),
    messageId: merged
      ? 'mergedDocuments'
      : error.code === 'DUPLICATE_KEY'
        ? 'duplicateKey'
        : 'syntax',
    data: { reason: message, code: error.code, key: key ?? '' },
  };
}

/** The range of the first alias whose anchor is not set before it, if any. */
function unresolvedAlias(ast: Document): [number, number] | undefined {
  let found: [number, number] | undefined;
  visit(ast, {
    Alias: (_, node) => {
      if (node.resolve(ast) !== undefined || !node.range) return undefined;
      found = [node.range[0], node.range[1]];
      return visit.BREAK;
    },
  });
  return found;
}

/** The first line of an error's message, without a closing period. */
function readable(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  if (/call stack/i.test(text)) return 'the document nests too deeply to be read';
  if (/excessive alias count/i.test(text)) {
    return `its aliases expand to more than ${MAX_ALIAS_COUNT} nodes, the limit that stops alias bombs`;
  }
  return (text.split('\n')[0] ?? text).replace(/\.$/, '');
}

/**
 * Cuts the text at document markers (`---` and `...` at column 0, which YAML forbids
 * inside any scalar) and parses each slice on its own, so that one broken document never
 * hides the others and each slice can later be parsed or skipped independently.
 */
interface Slice {
  readonly ast: Document;
  readonly offset: number;
  readonly length: number;
}

function parseSlices(text: string): Slice[] {
  // Directives belong to the next document; let the parser pair them up.
  if (/^%/m.test(text)) {
    const all = parseAllDocuments(text, PARSE_OPTIONS);
    return (Array.isArray(all) ? all : []).map((ast) => ({
      ast: withDuplicateKeyErrors(ast),
      offset: 0,
      length: ast.range?.[2] ?? text.length,
    }));
  }
  const out: Slice[] = [];
  for (const [start, end] of documentSlices(text)) {
    const slice = text.slice(start, end);
    if (!/\S/.test(slice)) continue;
    out.push({
      ast: withDuplicateKeyErrors(parseDocument(slice, PARSE_OPTIONS) as Document),
      offset: start,
      length: end - start,
    });
  }
  return out;
}

function withDuplicateKeyErrors(ast: Document): Document {
  addDuplicateKeyErrors(ast);
  return ast;
}

export function documentSlices(text: string): [number, number][] {
  const slices: [number, number][] = [];
  let start = 0;
  let lineStart = 0;
  while (lineStart < text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? text.length : newline + 1;
    if (isMarker(text, lineStart, '---')) {
      if (lineStart > start) slices.push([start, lineStart]);
      start = lineStart;
    } else if (isMarker(text, lineStart, '...')) {
      slices.push([start, lineStart]);
      start = lineEnd;
    }
    lineStart = lineEnd;
  }
  if (start < text.length) slices.push([start, text.length]);
  return slices;
}

function isMarker(text: string, at: number, marker: string): boolean {
  if (!text.startsWith(marker, at)) return false;
  const next = text[at + 3];
  return next === undefined || next === '\n' || next === '\r' || next === ' ' || next === '\t';
}
