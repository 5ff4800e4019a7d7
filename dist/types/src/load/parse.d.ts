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
export declare function parseFile(file: SourceFile): {
    docs: ParsedDocument[];
    problems: LoadProblem[];
};
export declare function documentSlices(text: string): [number, number][];
