import type { LoadProblem } from './parse.js';
import { SourceFile } from './source.js';
/** An input that could not be read at all: reported on stderr, exit code 2. */
export interface InputError {
    readonly path: string;
    readonly message: string;
}
export interface Input {
    /** Paths as given; directories are walked, `-` is standard input. */
    readonly paths: readonly string[];
    readonly cwd: string;
    readonly stdin?: {
        readonly text: string | Uint8Array;
        readonly filename: string;
    };
    /** Directories read for cross-references only: their findings are not reported. */
    readonly context?: readonly string[];
    /** Read the folders of files named one by one as context. */
    readonly folderContext?: boolean;
    /** Files and folders not to read at all (the configuration's ignorePaths). */
    readonly ignore?: (absolute: string) => boolean;
    /** Larger files (bytes) are reported and not read; 0 or undefined: no limit. */
    readonly maxFileSize?: number;
    /** The bytes of a file in place of those on disk (the fixed text during `--fix`). */
    readonly read?: (absolute: string) => Uint8Array | undefined;
}
export interface LoadedFiles {
    /** Targets first, then context files. */
    readonly files: SourceFile[];
    readonly problems: LoadProblem[];
    readonly errors: InputError[];
}
/**
 * Finds every manifest file below the given paths and decodes it. Files named one by one
 * (as pre-commit passes them) are the targets, and the other manifests of their folders
 * are read as context, so that a Service edited alone is checked against the workload
 * beside it; directories given are targets throughout.
 */
export declare function loadFiles(input: Input): LoadedFiles;
/** Text of a log or other free-form input: UTF-16 with a BOM or UTF-8, never failing. */
export declare function decodeText(bytes: Uint8Array): string;
