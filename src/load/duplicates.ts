import { type Document, isScalar, visit, YAMLParseError } from 'yaml';

/**
 * Adds a DUPLICATE_KEY error for every key a mapping repeats, as the parser's own
 * `uniqueKeys` check does (scalar keys with equal values), but in linear time: the parser
 * compares each key with every earlier one, which takes minutes on a ConfigMap with
 * 100 000 keys. Errors are kept in source order, so the first one is still the first in
 * the text.
 */
export function addDuplicateKeyErrors(ast: Document): void {
  const found: YAMLParseError[] = [];
  visit(ast, {
    Map: (_, map) => {
      const seen = new Set<unknown>();
      for (const { key } of map.items) {
        if (!isScalar(key)) continue;
        if (seen.has(key.value)) {
          const start = key.range?.[0] ?? 0;
          found.push(
            new YAMLParseError([start, start + 1], 'DUPLICATE_KEY', 'Map keys must be unique'),
          );
        } else {
          seen.add(key.value);
        }
      }
    },
  });
  if (found.length === 0) return;
  ast.errors.push(...found);
  ast.errors.sort((a, b) => a.pos[0] - b.pos[0]);
}
