import { type Node, type Pair, type Scalar, type YAMLMap, type YAMLSeq } from 'yaml';
import type { Path, SourceDocument, SourceFile } from '../load/source.js';
import type { Json, JsonObject, Resource } from '../model/resource.js';
/**
 * A replacement of the text between two offsets of a file's decoded text (UTF-16 code
 * units, as `SourceFile.text` holds it; a BOM is not part of it). An insertion has
 * `start === end`. Rules compute edits as data; `src/fix/apply.ts` applies them.
 */
export interface TextEdit {
    readonly file: SourceFile;
    readonly start: number;
    readonly end: number;
    readonly text: string;
}
/** How new string scalars are written: plain where YAML reads them as strings, or quoted. */
export type Quote = 'plain' | '"' | "'";
/** A quoting, or one per key of the mapping being written. */
export type QuoteBy = Quote | ((key: string) => Quote);
/**
 * Edits of one YAML document that change only the bytes they must: values are written in
 * the quoting their neighbours use, collections keep their block or flow style, new lines
 * take the indentation of their siblings (or the document's step) and the file's line
 * ending. Every method returns undefined when it cannot edit with certainty (aliases,
 * anchors, merge keys, block scalars, multi-line flow collections, a generated object).
 */
export declare class YamlEditor {
    #private;
    /** Path of the object inside its document; method paths are relative to it. */
    readonly base: Path;
    readonly doc: SourceDocument;
    readonly file: SourceFile;
    readonly text: string;
    readonly nl: string;
    constructor(doc: SourceDocument, 
    /** Path of the object inside its document; method paths are relative to it. */
    base?: Path);
    /** An editor for a resource written in the files; none for an object a CR generates. */
    static of(resource: Resource): YamlEditor | undefined;
    /** Replaces a scalar's value, keeping its quoting; or adds the missing key (and parents). */
    set(path: Path, value: Json, quote?: Quote): TextEdit[] | undefined;
    /** A collection already equal to the wanted value needs no edit; others are not certain. */
    private sameOrUndefined;
    /** Renames the key of the pair at `path`. */
    renameKey(path: Path, key: string): TextEdit[] | undefined;
    /** Appends items to the sequence at `path`, creating the key when it is absent. */
    append(path: Path, items: readonly Json[], quote?: Quote): TextEdit[] | undefined;
    /** Removes an item of a block sequence, with its lines (never the only item). */
    removeItem(path: Path, index: number): TextEdit[] | undefined;
    /** Appends a new document after this one, in the file's style. */
    appendDocument(value: JsonObject, quote?: Quote): TextEdit[] | undefined;
    /** The scalar node at a path, when it is written in this document. */
    scalar(path: Path): Scalar | undefined;
    /** Replaces a scalar's text with a new value in the same quoting style. */
    replaceScalar(node: Scalar, value: string | number | boolean | null): TextEdit[] | undefined;
    /**
     * Follows a path through the document as written: no aliases, anchors or merge keys on
     * the way, so that an edit changes this place and nothing that shares it.
     */
    locate(relative: Path): {
        node: Node;
        pair?: Pair;
        rest: Path;
    } | undefined;
    /**
     * The quoting of string values around a collection: the style the author chose. In a
     * list of mappings (env, ports) only the values of `key` count when given, so that plain
     * `name`s do not outvote quoted `value`s.
     */
    quoteNear(collection: YAMLMap | YAMLSeq, key?: string, shallow?: boolean): Quote;
    private insertPair;
    private insertItems;
    /** Inserts whole lines after the line that holds `after`. */
    private insertLines;
    private pairLines;
    /** A mapping written as block lines at an indentation. */
    blockLines(value: JsonObject, indent: number, quote: QuoteBy): string[];
    private seqLines;
    private itemLines;
    private spansLines;
    private column;
    /** The indentation step of the document: how far nested mappings are indented. */
    step(): number;
    /** How far a block sequence's dashes sit right of its key (0: `- ` under the key). */
    seqIndent(): number;
    private measure;
}
/** Whether a string reads back as the same string when written plain (YAML 1.1, as k8s reads). */
export declare function isPlainSafe(value: string): boolean;
/** A scalar written in a quoting style; quotes are added where plain would change the type. */
export declare function scalarText(value: string | number | boolean | null, quote: Quote): string;
/** A value written on one line: scalars, `[a, b]`, `{k: v}`. */
export declare function flowText(value: Json, quote: Quote): string;
/**
 * The edits a change of a resource makes, as a Draft's spread: `{ edits }`, or nothing
 * when the resource cannot be edited with certainty (generated by a CR, aliases...).
 */
export declare function fixOf(resource: Resource | undefined, change: (editor: YamlEditor) => readonly TextEdit[] | undefined): {
    edits?: readonly TextEdit[];
};
