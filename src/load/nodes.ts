import { type Document, isAlias, isMap, isPair, isScalar, isSeq, type Node, type Pair } from 'yaml';
import type { Location, Path } from './source.js';

export interface Walked {
  /** The deepest node reached. */
  node: Node | undefined;
  /** The key of the deepest pair reached. */
  key: Node | undefined;
  complete: boolean;
}

/** Follows a path through a parsed document, as far as it exists. */
export function walk(ast: Document, path: Path): Walked {
  let node = (ast.contents ?? undefined) as Node | undefined;
  let key: Node | undefined;
  for (const segment of path) {
    const current = deref(ast, node);
    if (isMap(current)) {
      const pair = findPair(ast, current.items as Pair[], segment, 0);
      if (!pair) return { node: current, key, complete: false };
      key = isScalar(pair.key) || isMapOrSeq(pair.key) ? (pair.key as Node) : undefined;
      node = (pair.value ?? undefined) as Node | undefined;
      if (!node) return { node: undefined, key, complete: false };
    } else if (isSeq(current) && typeof segment === 'number') {
      const item = current.items[segment];
      if (!item) return { node: current, key, complete: false };
      node = item as Node;
      key = undefined;
    } else {
      return { node: current, key, complete: false };
    }
  }
  return { node, key, complete: true };
}

function isMapOrSeq(node: unknown): boolean {
  return isMap(node) || isSeq(node);
}

function deref(ast: Document, node: Node | undefined): Node | undefined {
  let current = node;
  for (let hops = 0; hops < 10 && isAlias(current); hops++) {
    current = (current.resolve(ast) ?? undefined) as Node | undefined;
  }
  return current;
}

/** Finds a key in a map, following `<<` merge keys as Kubernetes' decoder does. */
function findPair(
  ast: Document,
  items: Pair[],
  segment: string | number,
  depth: number,
): Pair | undefined {
  const wanted = String(segment);
  for (const pair of items) {
    if (isPair(pair) && isScalar(pair.key) && String(pair.key.value) === wanted) return pair;
  }
  if (depth > 5) return undefined;
  for (const pair of items) {
    if (!isPair(pair) || !isScalar(pair.key) || pair.key.value !== '<<') continue;
    const sources = isSeq(pair.value) ? pair.value.items : [pair.value];
    for (const source of sources) {
      const merged = deref(ast, source as Node);
      if (!isMap(merged)) continue;
      const found = findPair(ast, merged.items as Pair[], segment, depth + 1);
      if (found) return found;
    }
  }
  return undefined;
}

/** The text of a scalar as written in the file (quotes included), if the location is one. */
export function scalarSource(location: Location): string | undefined {
  const { node, complete } = walk(location.doc.ast, location.path);
  if (!complete || !isScalar(node) || !node.range) return undefined;
  const { offset, file } = location.doc;
  return file.text.slice(offset + node.range[0], offset + node.range[1]);
}
