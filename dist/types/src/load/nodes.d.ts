import { type Document, type Node } from 'yaml';
import type { Location, Path } from './source.js';
export interface Walked {
    /** The deepest node reached. */
    node: Node | undefined;
    /** The key of the deepest pair reached. */
    key: Node | undefined;
    complete: boolean;
}
/** Follows a path through a parsed document, as far as it exists. */
export declare function walk(ast: Document, path: Path): Walked;
/** The text of a scalar as written in the file (quotes included), if the location is one. */
export declare function scalarSource(location: Location): string | undefined;
