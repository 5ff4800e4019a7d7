import { visit } from 'yaml';
import { documentSlices } from '../load/parse.js';
import type { SourceDocument, SourceFile } from '../load/source.js';
import type { Resource } from '../model/resource.js';
import type { Anchor } from './rule.js';

export const IGNORE_ANNOTATION = 'keycloak-lint.io/ignore';

/** A request, written in a manifest, not to report some rules there. */
export interface Suppression {
  readonly via: 'comment' | 'annotation';
  readonly rules: readonly string[];
  /** The text after `--`; a suppression without one suppresses nothing. */
  readonly reason: string | undefined;
  /** Where it is written. */
  readonly at: Anchor;
  /** The written form: `keycloak-lint-disable-next-line`, `keycloak-lint-disable`, the annotation. */
  readonly form: 'next-line' | 'rest-of-document' | 'annotation';
  /** Where each rule id is written, to point at a misspelt one. */
  readonly ruleAt: ReadonlyMap<string, Anchor>;
  /** For comments: the file and the lines it covers (1-based, inclusive). */
  readonly file: string;
  readonly fromLine: number;
  readonly toLine: number;
  /** For annotations: the resource whose findings it covers. */
  readonly resource?: Resource;
}

const COMMENT = /#\s*keycloak-lint-disable(-next-line)?(?=\s|$)(.*)$/;

/**
 * `# keycloak-lint-disable-next-line rule-a, rule-b -- reason` covers the next line that is
 * not blank or a comment, with the block nested under it; `# keycloak-lint-disable rule --
 * reason` covers the rest of its document.
 */
export function commentSuppressions(
  file: SourceFile,
  docs: readonly SourceDocument[] = [],
): Suppression[] {
  const text = file.text;
  if (!text.includes('keycloak-lint-disable')) return [];
  const out: Suppression[] = [];
  const lines = text.split('\n');
  const lineStarts: number[] = [];
  for (let i = 0, offset = 0; i < lines.length; offset += lines[i]!.length + 1, i++)
    lineStarts.push(offset);
  const documentEnds = documentSlices(text).map(
    ([, end]) => file.position(Math.max(0, end - 1)).line,
  );
  const insideScalars = multiLineScalars(file, docs);
  lines.forEach((line, i) => {
    const match = COMMENT.exec(line);
    if (!match || !isComment(line, match.index)) return;
    const start = lineStarts[i]! + match.index;
    // A `#` line inside a block scalar (`|`) or a multi-line string is text, not a comment.
    if (insideScalars.some(([from, to]) => start >= from && start < to)) return;
    const listText = match[2] ?? '';
    const { rules, reason } = parseList(listText);
    const listStart = lineStarts[i]! + match.index + match[0].length - listText.length;
    const ruleAt = new Map<string, Anchor>();
    for (const rule of rules) {
      const offset = listText.indexOf(rule);
      if (offset >= 0)
        ruleAt.set(rule, {
          file,
          start: listStart + offset,
          end: listStart + offset + rule.length,
        });
    }
    const at = { file, start, end: lineStarts[i]! + line.replace(/\r$/, '').length };
    const here = i + 1;
    let fromLine = here;
    let toLine: number;
    if (match[1]) {
      let next = i + 1;
      while (next < lines.length && BLANK_OR_COMMENT.test(lines[next]!)) next++;
      fromLine = next + 1;
      toLine = blockEnd(lines, next) + 1;
    } else {
      toLine = documentEnds.find((e) => e >= here) ?? lines.length;
    }
    const form = match[1] ? 'next-line' : 'rest-of-document';
    out.push({
      via: 'comment',
      form,
      rules,
      reason,
      at,
      ruleAt,
      file: file.displayPath,
      fromLine,
      toLine,
    });
  });
  return out;
}

/** File offsets of the scalars that span several lines, where a `#` is part of the text. */
function multiLineScalars(file: SourceFile, docs: readonly SourceDocument[]): [number, number][] {
  const out: [number, number][] = [];
  for (const doc of docs) {
    visit(doc.ast, {
      Scalar(_key, node) {
        const range = node.range;
        if (!range) return;
        const [from, to] = [doc.offset + range[0], doc.offset + range[1]];
        if (file.text.slice(from, to).includes('\n')) out.push([from, to]);
      },
    });
  }
  return out;
}

const BLANK_OR_COMMENT = /^\s*(#.*)?\r?$/;

/**
 * The last line (0-based) of the YAML block that starts on line `first`: the lines after it
 * that are indented deeper (block YAML nests by indentation). So a comment above
 * `- name: JAVA_OPTS` covers the whole list item, its `value:` included, and one above a
 * scalar line covers only that line. A `- ` prefix counts as indentation, as YAML reads it.
 */
function blockEnd(lines: readonly string[], first: number): number {
  if (first >= lines.length) return first;
  const indent = (line: string) => line.length - line.trimStart().length;
  const own = indent(lines[first]!);
  // `env:` may be followed by its list at the same indentation (`- name: ...`).
  const keyOpensBlock = /^\s*[^-#\s][^#]*:\s*(#.*)?\r?$/.test(lines[first]!);
  let last = first;
  for (let i = first + 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (BLANK_OR_COMMENT.test(line)) continue;
    if (/^(---|\.\.\.)(\s|$)/.test(line)) break;
    const depth = indent(line);
    const sameLevelItem = keyOpensBlock && depth === own && /^\s*-(\s|$)/.test(line);
    if (depth <= own && !sameLevelItem) break;
    last = i;
  }
  return last;
}

/** `keycloak-lint.io/ignore: "rule-a, rule-b -- reason"` on a resource. */
export function annotationSuppression(resource: Resource): Suppression | undefined {
  const value = resource.annotations[IGNORE_ANNOTATION];
  if (value === undefined) return undefined;
  const { rules, reason } = parseList(value);
  const path = ['metadata', 'annotations', IGNORE_ANNOTATION];
  const ruleAt = new Map<string, Anchor>();
  for (const rule of rules) {
    const offset = value.indexOf(rule);
    if (offset >= 0) ruleAt.set(rule, resource.at(path, [offset, offset + rule.length]));
  }
  return {
    via: 'annotation',
    form: 'annotation',
    ruleAt,
    rules,
    reason,
    at: resource.at(path),
    file: resource.doc.file.displayPath,
    fromLine: 0,
    toLine: 0,
    resource,
  };
}

function parseList(text: string): { rules: string[]; reason: string | undefined } {
  const dashes = text.indexOf('--');
  const list = dashes < 0 ? text : text.slice(0, dashes);
  const reason = dashes < 0 ? undefined : text.slice(dashes + 2).trim() || undefined;
  const rules = list
    .split(/[\s,]+/)
    .map((r) => r.trim())
    .filter(Boolean);
  return { rules, reason };
}

/** Whether the `#` at `index` starts a comment (not inside a quoted string). */
function isComment(line: string, index: number): boolean {
  const before = line.slice(0, index);
  if (before.trim() === '') return true;
  const quotes = (before.match(/"/g)?.length ?? 0) + (before.match(/'/g)?.length ?? 0);
  return /\s$/.test(before) && quotes % 2 === 0;
}
