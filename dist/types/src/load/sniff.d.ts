/**
 * Kind names some part of the model or a rule reads beyond metadata. A document of any
 * other kind is opaque. Groups are ignored on purpose: `kind: Deployment` in any group is
 * parsed fully. `ResourceIndex` refuses lookups of kinds not listed here, so a rule that
 * starts reading a new kind fails its tests until the kind is added.
 */
export declare const READ_KINDS: ReadonlySet<string>;
export interface Sniffed {
    readonly apiVersion: string;
    readonly kind: string;
    /** The top-level `apiVersion`, `kind` and `metadata` entries, verbatim. */
    readonly head: string;
}
/**
 * The identity text of a document that no rule reads, if the document is certainly valid
 * YAML in the subset the scanner knows; undefined when it must be parsed fully.
 */
export declare function sniffOpaque(slice: string, displayPath: string): Sniffed | undefined;
/**
 * Scans a document line by line. Returns its top-level entries (key, start and end offsets
 * of their lines) when every line is in the supported subset and `yaml` would report no
 * error (no duplicate keys, consistent indentation, closed quotes); otherwise undefined.
 */
export declare function scanBlockYaml(text: string): [string, number, number][] | undefined;
export interface SniffedConfigMap {
    /** The top-level `apiVersion`, `kind` and `metadata` entries, verbatim. */
    readonly head: string;
    /** The top-level keys in order; `data` stands for the entries below. */
    readonly order: readonly string[];
    /** `data` as the parser would read it. */
    readonly data: readonly (readonly [string, string])[];
}
/**
 * The data of a ConfigMap whose `data` holds only literal block scalars (`key: |` or
 * `key: |-`), the form of Grafana dashboards, scripts and configuration files that make up
 * most of the bytes of a GitOps repository. The scanner proves the whole document valid
 * first; the values are then cut out of the text line by line, which is what a literal
 * block scalar means: the lines, less their common indentation, a newline after each but
 * the last, and the last one kept (`|`) or not (`|-`). Anything else (other value forms,
 * `|+`, comments or blank lines with extra spaces where they would matter, a last line
 * without a newline) returns undefined and the document is parsed fully.
 */
export declare function sniffConfigMap(slice: string, displayPath: string): SniffedConfigMap | undefined;
