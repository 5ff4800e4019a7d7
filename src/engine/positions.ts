import { isScalar } from 'yaml';
import { walk } from '../load/nodes.js';
import type { Location } from '../load/source.js';

/** 1-based start and end; the end column is exclusive, as in SARIF. */
export interface Region {
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

/**
 * Resolves a location to a region of its file. A present value gives its own range (a
 * collection gives its first line); a missing one falls back to the key of the nearest
 * existing ancestor, so nothing is ever reported at a made-up line.
 */
export function resolveRegion(location: Location): Region {
  const { doc } = location;
  const found = walk(doc.ast, location.path);
  const text = doc.file.text;
  let start: number;
  let end: number;
  if (found.complete && location.key && found.key?.range) {
    [start, end] = found.key.range;
  } else if (found.complete && found.node?.range && !isScalar(found.node) && found.key?.range) {
    // A mapping or list under a key is reported at its key (`annotations:`, `selector:`).
    [start, end] = found.key.range;
  } else if (found.complete && found.node?.range) {
    [start, end] = found.node.range;
    if (!isScalar(found.node)) end = lineEnd(text, doc.offset + start) - doc.offset;
    else if (location.span)
      [start, end] = narrow(text, doc.offset, start, end, location.span, found.node.value);
  } else if (found.key?.range) {
    [start, end] = found.key.range;
  } else if (found.node?.range) {
    start = found.node.range[0];
    end = lineEnd(text, doc.offset + start) - doc.offset;
  } else {
    start = doc.ast.range?.[0] ?? 0;
    end = lineEnd(text, doc.offset + start) - doc.offset;
  }
  const file = doc.file;
  const from = file.position(doc.offset + start);
  const to = file.position(doc.offset + Math.max(end, start));
  return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
}

function lineEnd(text: string, offset: number): number {
  const newline = text.indexOf('\n', offset);
  let end = newline < 0 ? text.length : newline;
  if (text[end - 1] === '\r') end -= 1;
  return end;
}

/** Narrows a scalar's range to a substring of its value when the source spells it verbatim. */
function narrow(
  text: string,
  offset: number,
  start: number,
  end: number,
  span: readonly [number, number],
  value: unknown,
): [number, number] {
  if (typeof value !== 'string') return [start, end];
  const wanted = value.slice(span[0], span[1]);
  if (!wanted) return [start, end];
  const source = text.slice(offset + start, offset + end);
  // Prefer the occurrence at the same distance from the end of the value as in the string.
  const positions: number[] = [];
  for (let i = source.indexOf(wanted); i >= 0; i = source.indexOf(wanted, i + 1)) positions.push(i);
  if (positions.length === 0) return [start, end];
  const index =
    positions.length === 1 ? positions[0]! : pickOccurrence(value, span, positions, wanted);
  return [start + index, start + index + wanted.length];
}

function pickOccurrence(
  value: string,
  span: readonly [number, number],
  positions: number[],
  wanted: string,
): number {
  let nth = 0;
  for (let i = value.indexOf(wanted); i >= 0 && i < span[0]; i = value.indexOf(wanted, i + 1))
    nth++;
  return positions[Math.min(nth, positions.length - 1)]!;
}
