import type { Document } from 'yaml';
/** A path inside a YAML document: map keys and sequence indexes. */
export type Path = readonly (string | number)[];
/** One input file, decoded, with a lazily built index of line starts. */
export declare class SourceFile {
    #private;
    /** Path relative to the working directory, with forward slashes. */
    readonly displayPath: string;
    readonly text: string;
    /** The bytes are not text; `text` holds only what positions need. */
    readonly binary: boolean;
    /** Findings are reported for targets; other files are context for cross-references. */
    readonly target: boolean;
    readonly documents: SourceDocument[];
    constructor(
    /** Path relative to the working directory, with forward slashes. */
    displayPath: string, text: string, 
    /** The bytes are not text; `text` holds only what positions need. */
    binary?: boolean, 
    /** Findings are reported for targets; other files are context for cross-references. */
    target?: boolean);
    /** 1-based line and column (UTF-16 code units) of an offset into `text`. */
    position(offset: number): {
        line: number;
        column: number;
    };
    private lineStarts;
}
/** One YAML document of a file: its slice of the text and, once parsed, its syntax tree. */
export interface SourceDocument {
    readonly file: SourceFile;
    /** 0-based ordinal among the non-empty documents of the file. */
    readonly index: number;
    /** Offset of the slice in the file; node ranges of `ast` are relative to it. */
    readonly offset: number;
    readonly ast: Document;
}
/** Where a value sits: a document and a path inside it, optionally narrowed to a substring. */
export interface Location {
    readonly doc: SourceDocument;
    readonly path: Path;
    /** Character range inside the scalar's value, for values embedded in a longer string. */
    readonly span?: readonly [number, number];
    /** Point at the map key of the last path segment instead of its value. */
    readonly key?: boolean;
}
export declare function at(doc: SourceDocument, path: Path, span?: readonly [number, number]): Location;
/** The same location, pointing at the key of its last segment. */
export declare function keyOf(location: Location): Location;
