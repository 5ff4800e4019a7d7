import type { Document } from 'yaml';

/** A path inside a YAML document: map keys and sequence indexes. */
export type Path = readonly (string | number)[];

/** One input file, decoded, with a lazily built index of line starts. */
export class SourceFile {
  readonly documents: SourceDocument[] = [];
  #lineStarts: number[] | undefined;

  constructor(
    /** Path relative to the working directory, with forward slashes. */
    readonly displayPath: string,
    readonly text: string,
    /** The bytes are not text; `text` holds only what positions need. */
    readonly binary = false,
    /** Findings are reported for targets; other files are context for cross-references. */
    readonly target = true,
  ) {}

  /** 1-based line and column (UTF-16 code units) of an offset into `text`. */
  position(offset: number): { line: number; column: number } {
    const starts = this.lineStarts();
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((starts[mid] ?? 0) <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: clamped - (starts[low] ?? 0) + 1 };
  }

  private lineStarts(): number[] {
    if (this.#lineStarts) return this.#lineStarts;
    const starts = [0];
    const text = this.text;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    this.#lineStarts = starts;
    return starts;
  }
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

export function at(doc: SourceDocument, path: Path, span?: readonly [number, number]): Location {
  return span ? { doc, path, span } : { doc, path };
}

/** The same location, pointing at the key of its last segment. */
export function keyOf(location: Location): Location {
  return { ...location, key: true };
}
