import { type Document, type Tags } from 'yaml';
import type { SourceDocument, SourceFile } from './source.js';
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
export declare const PARSE_OPTIONS: {
    readonly version: "1.1";
    readonly merge: true;
    readonly uniqueKeys: false;
    readonly prettyErrors: false;
    readonly strict: true;
    readonly logLevel: "error";
    readonly customTags: (tags: Tags) => ("map" | import("yaml").ScalarTag | import("yaml").CollectionTag | "binary" | "bool" | "float" | "floatExp" | "floatNaN" | "floatTime" | "int" | "intHex" | "intOct" | "intTime" | "merge" | "null" | "omap" | "pairs" | "seq" | "set" | "timestamp")[];
};
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
export declare function parseFile(file: SourceFile, mode?: ParseMode): {
    docs: ParsedDocument[];
    problems: LoadProblem[];
};
/**
 * A document of a file: its slice of the text and, on demand, its syntax tree. The fast
 * path releases the tree once the data is built and parses the slice again (the same text
 * with the same options gives the same tree) only when a position inside it is needed.
 */
export declare class SliceDocument implements SourceDocument {
    #private;
    readonly file: SourceFile;
    readonly index: number;
    readonly offset: number;
    readonly length: number;
    constructor(file: SourceFile, index: number, offset: number, length: number, ast?: Document);
    get ast(): Document;
    release(): void;
}
export declare function documentSlices(text: string): [number, number][];
