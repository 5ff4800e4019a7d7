import { describe, expect, test } from 'vitest';
import { applyEdits } from '../../src/fix/fix.js';
import { YamlEditor } from '../../src/fix/yaml-edit.js';
import { parseFile } from '../../src/load/parse.js';
import { SourceFile } from '../../src/load/source.js';
import type { Json } from '../../src/model/resource.js';

/** Edits the first document of a text and returns the new text. */
function edit(text: string, change: (e: YamlEditor) => ReturnType<YamlEditor['set']>): string {
  const file = new SourceFile('m.yaml', text);
  const doc = parseFile(file).docs[0]!.doc;
  const edits = change(new YamlEditor(doc));
  if (!edits) return '<uncertain>';
  return applyEdits(
    text,
    edits.map((e) => ({ ...e, file: 'm.yaml', line: 0, column: 0, endLine: 0, endColumn: 0 })),
  );
}

const set = (path: (string | number)[], value: Json) => (e: YamlEditor) => e.set(path, value);
const append =
  (path: (string | number)[], ...items: Json[]) =>
  (e: YamlEditor) =>
    e.append(path, items);

describe('YamlEditor', () => {
  test('adds a key after the last one, at its siblings indentation, keeping comments', () => {
    const text = 'a:\n    b: 1 # one\n    # about c\n    c: x\nd: 2\n';
    expect(edit(text, set(['a', 'e'], true))).toBe(
      'a:\n    b: 1 # one\n    # about c\n    c: x\n    e: true\nd: 2\n',
    );
  });

  test('quotes strings YAML 1.1 would read as another type, whatever the style', () => {
    const text = 'a:\n  b: x\n';
    expect(edit(text, set(['a', 'c'], 'true'))).toBe('a:\n  b: x\n  c: "true"\n');
    expect(edit(text, set(['a', 'c'], '7800'))).toBe('a:\n  b: x\n  c: "7800"\n');
    expect(edit(text, set(['a', 'c'], 'on'))).toBe('a:\n  b: x\n  c: "on"\n');
  });

  test('follows the quoting the author uses for plain-safe values', () => {
    expect(edit("a:\n  b: 'x'\n", set(['a', 'c'], 'y'))).toBe("a:\n  b: 'x'\n  c: 'y'\n");
    expect(edit('a:\n  b: "x"\n', set(['a', 'c'], 'y'))).toBe('a:\n  b: "x"\n  c: "y"\n');
  });

  test('replaces a scalar in its own quoting', () => {
    expect(edit("a: 'x' # keep\n", set(['a'], "it's"))).toBe("a: 'it''s' # keep\n");
    expect(edit('a: "x"\n', set(['a'], 'y'))).toBe('a: "y"\n');
    expect(edit('a: x\n', set(['a'], '1'))).toBe('a: "1"\n');
  });

  test('creates missing parents as nested blocks with the document step', () => {
    const text = 'metadata:\n   name: x\nspec: {}\n';
    expect(edit(text, set(['metadata', 'annotations', 'k'], 'v'))).toBe(
      'metadata:\n   name: x\n   annotations:\n      k: v\nspec: {}\n',
    );
  });

  test('writes into flow collections on one line', () => {
    expect(edit('a: {b: 1}\n', set(['a', 'c'], 2))).toBe('a: {b: 1, c: 2}\n');
    expect(edit('a: {}\n', set(['a', 'c'], 2))).toBe('a: {c: 2}\n');
    expect(edit('a: [x, y]\n', append(['a'], { k: 'z' }))).toBe('a: [x, y, {k: z}]\n');
    expect(edit('a: []\n', append(['a'], 'x,y'))).toBe('a: ["x,y"]\n');
  });

  test('appends to block lists with their dash indentation, compact or indented', () => {
    expect(edit('l:\n- a: 1\n  b: 2\n', append(['l'], { a: 3, b: 4 }))).toBe(
      'l:\n- a: 1\n  b: 2\n- a: 3\n  b: 4\n',
    );
    expect(edit('l:\n    -   a: 1\n', append(['l'], { a: 3, b: 4 }))).toBe(
      'l:\n    -   a: 1\n    -   a: 3\n        b: 4\n',
    );
  });

  test('creates a list in the style of the other lists of the document', () => {
    const text = 'c:\n  x:\n  - 1\n  y: 2\n';
    expect(edit(text, append(['c', 'z'], 'a'))).toBe('c:\n  x:\n  - 1\n  y: 2\n  z:\n  - a\n');
  });

  test('keeps a missing final newline missing', () => {
    expect(edit('a:\n  b: 1', set(['a', 'c'], 2))).toBe('a:\n  b: 1\n  c: 2');
  });

  test('uses CRLF in a CRLF file', () => {
    expect(edit('a:\r\n  b: 1\r\n', set(['a', 'c'], 2))).toBe('a:\r\n  b: 1\r\n  c: 2\r\n');
  });

  test('refuses aliases, anchors and merge keys, which share what they point at', () => {
    const text = 'base: &b\n  x: 1\nuse: *b\nm:\n  <<: *b\n';
    expect(edit(text, set(['base', 'y'], 2))).toBe('<uncertain>');
    expect(edit(text, set(['use', 'y'], 2))).toBe('<uncertain>');
    expect(edit(text, set(['m', 'k'], 2))).toBe('<uncertain>');
    // `y` is a boolean in YAML 1.1: as a key it is quoted.
    expect(edit('a:\n  b: 1\n', set(['a', 'y'], 2))).toBe('a:\n  b: 1\n  "y": 2\n');
  });

  test('refuses block scalars and multi-line flow collections', () => {
    expect(edit('a: |\n  x\n', set(['a'], 'y'))).toBe('<uncertain>');
    expect(edit('a: {b: 1,\n  c: 2}\n', set(['a', 'd'], 3))).toBe('<uncertain>');
  });

  test('removes a list item with its lines, never the only one', () => {
    expect(edit('l:\n  - a: 1\n    b: 2\n  - a: 3\n', (e) => e.removeItem(['l'], 0))).toBe(
      'l:\n  - a: 3\n',
    );
    expect(edit('l:\n  - a: 1\n', (e) => e.removeItem(['l'], 0))).toBe('<uncertain>');
  });

  test('appends a document after its own, before the next one', () => {
    const text = 'kind: A\n---\nkind: B\n';
    expect(edit(text, (e) => e.appendDocument({ kind: 'C', spec: { l: ['x'] } }))).toBe(
      'kind: A\n---\nkind: C\nspec:\n  l:\n    - x\n---\nkind: B\n',
    );
  });
});
