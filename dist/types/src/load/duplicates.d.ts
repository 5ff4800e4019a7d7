import { type Document } from 'yaml';
/**
 * Adds a DUPLICATE_KEY error for every key a mapping repeats, as the parser's own
 * `uniqueKeys` check does (scalar keys with equal values), but in linear time: the parser
 * compares each key with every earlier one, which takes minutes on a ConfigMap with
 * 100 000 keys. Errors are kept in source order, so the first one is still the first in
 * the text.
 */
export declare function addDuplicateKeyErrors(ast: Document): void;
