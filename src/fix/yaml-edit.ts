import {
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  type Node,
  type Pair,
  type Scalar,
  stringify,
  type YAMLMap,
  type YAMLSeq,
} from 'yaml';
import { documentSlices } from '../load/parse.js';
import type { Path, SourceDocument, SourceFile } from '../load/source.js';
import { sourceOf } from '../model/generated.js';
import type { Json, JsonObject, Resource } from '../model/resource.js';

/**
 * A replacement of the text between two offsets of a file's decoded text (UTF-16 code
 * units, as `SourceFile.text` holds it; a BOM is not part of it). An insertion has
 * `start === end`. Rules compute edits as data; `src/fix/apply.ts` applies them.
 */
export interface TextEdit {
  readonly file: SourceFile;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** How new string scalars are written: plain where YAML reads them as strings, or quoted. */
export type Quote = 'plain' | '"' | "'";

/** A quoting, or one per key of the mapping being written. */
export type QuoteBy = Quote | ((key: string) => Quote);

function quoteOf(quote: QuoteBy, key: string): Quote {
  return typeof quote === 'function' ? quote(key) : quote;
}

/**
 * Edits of one YAML document that change only the bytes they must: values are written in
 * the quoting their neighbours use, collections keep their block or flow style, new lines
 * take the indentation of their siblings (or the document's step) and the file's line
 * ending. Every method returns undefined when it cannot edit with certainty (aliases,
 * anchors, merge keys, block scalars, multi-line flow collections, a generated object).
 */
export class YamlEditor {
  readonly doc: SourceDocument;
  readonly file: SourceFile;
  readonly text: string;
  readonly nl: string;
  #step: number | undefined;
  #seqIndent: number | undefined;

  constructor(
    doc: SourceDocument,
    /** Path of the object inside its document; method paths are relative to it. */
    readonly base: Path = [],
  ) {
    this.doc = doc;
    this.file = doc.file;
    this.text = doc.file.text;
    const newline = this.text.indexOf('\n');
    this.nl = newline > 0 && this.text[newline - 1] === '\r' ? '\r\n' : '\n';
  }

  /** An editor for a resource written in the files; none for an object a CR generates. */
  static of(resource: Resource): YamlEditor | undefined {
    if (sourceOf(resource) || resource.doc.file.binary) return undefined;
    // A file with directives is parsed as a whole: its offsets are not per slice.
    if (/^%/m.test(resource.doc.file.text)) return undefined;
    return new YamlEditor(resource.doc, resource.base);
  }

  /** Replaces a scalar's value, keeping its quoting; or adds the missing key (and parents). */
  set(path: Path, value: Json, quote?: Quote): TextEdit[] | undefined {
    const found = this.locate(path);
    if (!found) return undefined;
    if (found.rest.length === 0) {
      const node = found.node;
      if (!isScalar(node) || typeof value === 'object') return this.sameOrUndefined(node, value);
      return this.replaceScalar(node, value);
    }
    const parent = found.node;
    if (!isMap(parent) || found.rest.some((s) => typeof s !== 'string')) return undefined;
    // A key that merge keys could supply is not certain to be missing.
    if (parent.items.some((p) => isScalar(p.key) && (p.key.source ?? String(p.key.value)) === '<<'))
      return undefined;
    const [first, ...deeper] = found.rest as string[];
    const nested = deeper.reduceRight<Json>((inner, key) => ({ [key]: inner }), value);
    // A new key takes the quoting of its siblings' own values, not of lists below them.
    return this.insertPair(
      parent,
      first!,
      nested,
      quote ?? this.quoteNear(parent, undefined, true),
    );
  }

  /** A collection already equal to the wanted value needs no edit; others are not certain. */
  private sameOrUndefined(node: Node, value: Json): TextEdit[] | undefined {
    const current = (node as { toJSON?: () => unknown }).toJSON?.();
    return JSON.stringify(current) === JSON.stringify(value) ? [] : undefined;
  }

  /** Renames the key of the pair at `path`. */
  renameKey(path: Path, key: string): TextEdit[] | undefined {
    const found = this.locate(path);
    if (!found || found.rest.length > 0 || !found.pair || !isScalar(found.pair.key))
      return undefined;
    return this.replaceScalar(found.pair.key as Scalar, key);
  }

  /** Appends items to the sequence at `path`, creating the key when it is absent. */
  append(path: Path, items: readonly Json[], quote?: Quote): TextEdit[] | undefined {
    if (items.length === 0) return [];
    const found = this.locate(path);
    if (!found) return undefined;
    if (found.rest.length > 0) return this.set(path, [...items], quote);
    const seq = found.node;
    if (!isSeq(seq)) return undefined;
    return this.insertItems(seq, items, quote);
  }

  /** Removes an item of a block sequence, with its lines (never the only item). */
  removeItem(path: Path, index: number): TextEdit[] | undefined {
    const found = this.locate(path);
    if (!found || found.rest.length > 0 || !isSeq(found.node) || found.node.flow) return undefined;
    const items = found.node.items as Node[];
    const item = items[index];
    if (!item?.range || items.length < 2) return undefined;
    const start = this.doc.offset + item.range[0];
    const lineStart = this.text.lastIndexOf('\n', start - 1) + 1;
    if (!/^ *- +$/.test(this.text.slice(lineStart, start))) return undefined;
    let last = this.doc.offset + item.range[1] - 1;
    while (last > start && /\s/.test(this.text[last]!)) last--;
    const newline = this.text.indexOf('\n', last);
    if (newline < 0) return undefined;
    return [{ file: this.file, start: lineStart, end: newline + 1, text: '' }];
  }

  /** Appends a new document after this one, in the file's style. */
  appendDocument(value: JsonObject, quote: Quote = 'plain'): TextEdit[] | undefined {
    const slice = documentSlices(this.text).find(([start]) => start === this.doc.offset);
    if (!slice) return undefined;
    const end = slice[1];
    const lines = this.blockLines(value, 0, quote);
    const nl = this.nl;
    const body = `---${nl}${lines.join(nl)}`;
    const endsLine = end === 0 || this.text[end - 1] === '\n';
    const text = endsLine ? `${body}${nl}` : `${nl}${body}`;
    return [{ file: this.file, start: end, end, text }];
  }

  /** The scalar node at a path, when it is written in this document. */
  scalar(path: Path): Scalar | undefined {
    const found = this.locate(path);
    return found && found.rest.length === 0 && isScalar(found.node) ? found.node : undefined;
  }

  /** Replaces a scalar's text with a new value in the same quoting style. */
  replaceScalar(node: Scalar, value: string | number | boolean | null): TextEdit[] | undefined {
    const range = node.range;
    if (!range) return undefined;
    const [start, end] = [this.doc.offset + range[0], this.doc.offset + range[1]];
    const written = this.text.slice(start, end);
    if (written.includes('\n') || node.anchor || node.tag) return undefined;
    const quote: Quote | undefined =
      node.type === 'QUOTE_DOUBLE'
        ? '"'
        : node.type === 'QUOTE_SINGLE'
          ? "'"
          : node.type === 'PLAIN'
            ? 'plain'
            : undefined;
    if (!quote) return undefined;
    const text = scalarText(value, quote);
    if (text === written) return [];
    return [{ file: this.file, start, end, text }];
  }

  /**
   * Follows a path through the document as written: no aliases, anchors or merge keys on
   * the way, so that an edit changes this place and nothing that shares it.
   */
  locate(relative: Path): { node: Node; pair?: Pair; rest: Path } | undefined {
    const path = [...this.base, ...relative];
    let node = this.doc.ast.contents as Node | null;
    let pair: Pair | undefined;
    for (let i = 0; i < path.length; i++) {
      if (!node || isAlias(node) || (node as { anchor?: string }).anchor) return undefined;
      const segment = path[i]!;
      if (isMap(node)) {
        const next = (node.items as Pair[]).find(
          (p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment),
        );
        if (!next) return { node, rest: path.slice(i) };
        if (next.value === null || next.value === undefined) return undefined;
        pair = next;
        node = next.value as Node;
      } else if (isSeq(node) && typeof segment === 'number') {
        const item = node.items[segment] as Node | undefined;
        if (!item) return undefined;
        pair = undefined;
        node = item;
      } else {
        return undefined;
      }
    }
    if (!node || isAlias(node) || (node as { anchor?: string }).anchor) return undefined;
    return pair ? { node, pair, rest: [] } : { node, rest: [] };
  }

  /**
   * The quoting of string values around a collection: the style the author chose. In a
   * list of mappings (env, ports) only the values of `key` count when given, so that plain
   * `name`s do not outvote quoted `value`s.
   */
  quoteNear(collection: YAMLMap | YAMLSeq, key?: string, shallow = false): Quote {
    const counts = { plain: 0, '"': 0, "'": 0 };
    const count = (node: unknown) => {
      if (!isScalar(node) || typeof node.value !== 'string') return;
      // Values that need quotes say nothing about the author's taste.
      if (!isPlainSafe(node.value)) return;
      if (node.type === 'PLAIN') counts.plain++;
      else if (node.type === 'QUOTE_DOUBLE') counts['"']++;
      else if (node.type === 'QUOTE_SINGLE') counts["'"]++;
    };
    const values = (c: YAMLMap | YAMLSeq, only?: string) =>
      isMap(c)
        ? (c.items as Pair[])
            .filter((p) => only === undefined || (isScalar(p.key) && p.key.value === only))
            .map((p) => p.value)
        : (c.items as unknown[]);
    for (const value of values(collection)) {
      if (isMap(value) || isSeq(value)) {
        if (!shallow) for (const inner of values(value, key)) count(inner);
      } else count(value);
    }
    if (counts['"'] > counts.plain && counts['"'] >= counts["'"]) return '"';
    if (counts["'"] > counts.plain) return "'";
    return 'plain';
  }

  private insertPair(
    map: YAMLMap,
    key: string,
    value: Json,
    quote: QuoteBy,
  ): TextEdit[] | undefined {
    const items = map.items as Pair[];
    if (map.flow) {
      const range = map.range;
      if (!range) return undefined;
      const close = this.doc.offset + range[1] - 1;
      if (
        this.text[close] !== '}' ||
        this.text.slice(this.doc.offset + range[0], close).includes('\n')
      )
        return undefined;
      const pair = `${scalarText(key, 'plain')}: ${flowText(value, quoteOf(quote, key))}`;
      const last = items.at(-1);
      const lastEnd = last
        ? ((last.value as Node | null)?.range?.[1] ?? (last.key as Node).range?.[1])
        : undefined;
      if (lastEnd === undefined) return [{ file: this.file, start: close, end: close, text: pair }];
      const at = this.doc.offset + lastEnd;
      return [{ file: this.file, start: at, end: at, text: `, ${pair}` }];
    }
    const first = items[0]?.key as Node | undefined;
    const last = items.at(-1);
    if (!first?.range || !last) return undefined;
    const indent = this.column(this.doc.offset + first.range[0]);
    const lastNode = ((last.value as Node | null) ?? (last.key as Node)) as Node;
    if (!lastNode.range) return undefined;
    const lines = this.pairLines(key, value, indent, quote);
    return this.insertLines(this.doc.offset + lastNode.range[1], lines);
  }

  private insertItems(
    seq: YAMLSeq,
    added: readonly Json[],
    given: Quote | undefined,
  ): TextEdit[] | undefined {
    const items = seq.items as Node[];
    // Each key of a new mapping item is quoted like that key in the items already there.
    const quote: QuoteBy = given ?? ((key: string) => this.quoteNear(seq, key));
    const range = seq.range;
    if (!range) return undefined;
    if (seq.flow) {
      const close = this.doc.offset + range[1] - 1;
      if (
        this.text[close] !== ']' ||
        this.text.slice(this.doc.offset + range[0], close).includes('\n')
      )
        return undefined;
      const text = added.map((item) => flowText(item, quoteOf(quote, ''))).join(', ');
      const lastEnd = items.at(-1)?.range?.[1];
      if (lastEnd === undefined) return [{ file: this.file, start: close, end: close, text }];
      const at = this.doc.offset + lastEnd;
      return [{ file: this.file, start: at, end: at, text: `, ${text}` }];
    }
    const first = items[0];
    const last = items.at(-1);
    if (!first?.range || !last?.range) return undefined;
    const start = this.doc.offset + first.range[0];
    const lineStart = this.text.lastIndexOf('\n', start - 1) + 1;
    const lead = /^( *)-( +)$/.exec(this.text.slice(lineStart, start));
    if (!lead) return undefined;
    const dash = lead[1]!.length;
    const gap = lead[2]!.length;
    // Items written as one-line flow mappings (`- {name: a, value: b}`) get company alike.
    const flowItems = items.every(
      (item) => isMap(item) && item.flow && item.range !== undefined && !this.spansLines(item),
    );
    const lines = added.flatMap((item) =>
      flowItems && isObject(item)
        ? [`${' '.repeat(dash)}-${' '.repeat(gap)}${flowText(item, quoteOf(quote, ''))}`]
        : this.itemLines(item, dash, gap, quote),
    );
    return this.insertLines(this.doc.offset + last.range[1], lines);
  }

  /** Inserts whole lines after the line that holds `after`. */
  private insertLines(after: number, lines: readonly string[]): TextEdit[] {
    const nl = this.nl;
    if (after > 0 && this.text[after - 1] === '\n')
      return [{ file: this.file, start: after, end: after, text: lines.join(nl) + nl }];
    const newline = this.text.indexOf('\n', after);
    if (newline < 0) {
      const end = this.text.length;
      return [{ file: this.file, start: end, end, text: nl + lines.join(nl) }];
    }
    return [{ file: this.file, start: newline + 1, end: newline + 1, text: lines.join(nl) + nl }];
  }

  private pairLines(key: string, value: Json, indent: number, quote: QuoteBy): string[] {
    const pad = ' '.repeat(indent);
    const k = scalarText(key, 'plain');
    if (Array.isArray(value) && value.length > 0)
      return [`${pad}${k}:`, ...this.seqLines(value, indent + this.seqIndent(), quote)];
    if (isObject(value) && Object.keys(value).length > 0)
      return [`${pad}${k}:`, ...this.blockLines(value, indent + this.step(), quote)];
    return [`${pad}${k}: ${flowText(value, quoteOf(quote, key))}`];
  }

  /** A mapping written as block lines at an indentation. */
  blockLines(value: JsonObject, indent: number, quote: QuoteBy): string[] {
    return Object.entries(value).flatMap(([k, v]) => this.pairLines(k, v, indent, quote));
  }

  private seqLines(items: readonly Json[], dash: number, quote: QuoteBy): string[] {
    return items.flatMap((item) => this.itemLines(item, dash, 1, quote));
  }

  private itemLines(item: Json, dash: number, gap: number, quote: QuoteBy): string[] {
    const prefix = `${' '.repeat(dash)}-${' '.repeat(gap)}`;
    if (isObject(item) && Object.keys(item).length > 0) {
      const lines = this.blockLines(item, dash + 1 + gap, quote);
      return lines.map((line, i) => (i === 0 ? prefix + line.slice(dash + 1 + gap) : line));
    }
    return [`${prefix}${flowText(item, quoteOf(quote, ''))}`];
  }

  private spansLines(node: Node): boolean {
    const [start, end] = node.range ?? [0, 0];
    return this.text.slice(this.doc.offset + start, this.doc.offset + end).includes('\n');
  }

  private column(offset: number): number {
    return offset - (this.text.lastIndexOf('\n', offset - 1) + 1);
  }

  /** The indentation step of the document: how far nested mappings are indented. */
  step(): number {
    if (this.#step === undefined) this.measure();
    return this.#step!;
  }

  /** How far a block sequence's dashes sit right of its key (0: `- ` under the key). */
  seqIndent(): number {
    if (this.#seqIndent === undefined) this.measure();
    return this.#seqIndent!;
  }

  private measure(): void {
    const steps: number[] = [];
    const seqs: number[] = [];
    const visit = (node: unknown, depth: number) => {
      if (depth > 50) return;
      if (isMap(node)) {
        for (const pair of node.items as Pair[]) {
          const key = pair.key as Node | null;
          const value = pair.value as Node | null;
          if (key?.range && !node.flow) {
            const keyColumn = this.column(this.doc.offset + key.range[0]);
            const child = isMap(value) && !value.flow ? (value.items[0]?.key as Node) : undefined;
            if (child?.range) steps.push(this.column(this.doc.offset + child.range[0]) - keyColumn);
            const item = isSeq(value) && !value.flow ? (value.items[0] as Node) : undefined;
            if (item?.range) {
              const start = this.doc.offset + item.range[0];
              const lineStart = this.text.lastIndexOf('\n', start - 1) + 1;
              const lead = /^( *)-( +)$/.exec(this.text.slice(lineStart, start));
              if (lead) seqs.push(lead[1]!.length - keyColumn);
            }
          }
          visit(value, depth + 1);
        }
      } else if (isSeq(node)) {
        for (const item of node.items) visit(item, depth + 1);
      }
    };
    visit(this.doc.ast.contents, 0);
    const positive = steps.filter((s) => s > 0);
    this.#step = positive.length > 0 ? mostCommon(positive) : 2;
    const seqOk = seqs.filter((s) => s >= 0);
    this.#seqIndent = seqOk.length > 0 ? seqOk[0]! : this.#step;
  }
}

function mostCommon(values: readonly number[]): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]![0];
}

function isObject(value: Json): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether a string reads back as the same string when written plain (YAML 1.1, as k8s reads). */
export function isPlainSafe(value: string): boolean {
  if (value === '' || /[\n\r\t]/.test(value)) return false;
  const written = stringify(value, { version: '1.1', lineWidth: 0 }).replace(/\n$/, '');
  return written === value;
}

/** A scalar written in a quoting style; quotes are added where plain would change the type. */
export function scalarText(value: string | number | boolean | null, quote: Quote): string {
  if (typeof value !== 'string') return String(value);
  const style = quote === 'plain' ? (isPlainSafe(value) ? 'plain' : '"') : quote;
  if (style === 'plain') return value;
  if (style === "'" && !/[\n\r\t]/.test(value)) return `'${value.replace(/'/g, "''")}'`;
  return JSON.stringify(value);
}

/** A value written on one line: scalars, `[a, b]`, `{k: v}`. */
export function flowText(value: Json, quote: Quote): string {
  if (Array.isArray(value)) return `[${value.map((v) => flowText(v, quote)).join(', ')}]`;
  if (isObject(value)) {
    const pairs = Object.entries(value).map(
      ([k, v]) => `${scalarText(k, 'plain')}: ${flowText(v, quote)}`,
    );
    return `{${pairs.join(', ')}}`;
  }
  const text = scalarText(value, quote);
  // Inside a flow collection, `,` `[` `]` `{` `}` end a plain scalar.
  return quote === 'plain' && typeof value === 'string' && /[,[\]{}]/.test(value)
    ? JSON.stringify(value)
    : text;
}

/**
 * The edits a change of a resource makes, as a Draft's spread: `{ edits }`, or nothing
 * when the resource cannot be edited with certainty (generated by a CR, aliases...).
 */
export function fixOf(
  resource: Resource | undefined,
  change: (editor: YamlEditor) => readonly TextEdit[] | undefined,
): { edits?: readonly TextEdit[] } {
  const editor = resource ? YamlEditor.of(resource) : undefined;
  const edits = editor ? change(editor) : undefined;
  return edits && edits.length > 0 ? { edits } : {};
}
