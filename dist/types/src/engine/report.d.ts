export type Severity = 'error' | 'warning' | 'info';
/** apiVersion, kind, namespace and name: how findings name a resource. */
export interface ResourceRef {
    readonly apiVersion: string;
    readonly kind: string;
    readonly namespace?: string;
    readonly name: string;
}
export interface RelatedLocation {
    readonly file: string;
    readonly line: number;
    readonly column: number;
    readonly endLine: number;
    readonly endColumn: number;
    readonly message: string;
    readonly resource?: ResourceRef;
}
export interface Finding {
    readonly ruleId: string;
    readonly severity: Severity;
    readonly message: string;
    readonly fix: string;
    /** Path relative to the working directory, with forward slashes. */
    readonly file: string;
    readonly line: number;
    readonly column: number;
    readonly endLine: number;
    readonly endColumn: number;
    readonly resource?: ResourceRef;
    readonly related: readonly RelatedLocation[];
    /** Stable across unrelated edits of the file: `<16 hex digits>:<occurrence>`. */
    readonly fingerprint: string;
    /** Present when a comment or annotation in the manifests suppresses the finding. */
    readonly suppressions?: readonly FindingSuppression[];
    /** Text edits that fix the finding (`--fix` applies them); absent when none is certain. */
    readonly edits?: readonly FindingEdit[];
}
/**
 * One replacement in a file. `start` and `end` are offsets into the decoded text (UTF-16
 * code units, a BOM not counted); the region says the same in lines and columns. An
 * insertion has an empty range.
 */
export interface FindingEdit {
    readonly file: string;
    readonly start: number;
    readonly end: number;
    readonly line: number;
    readonly column: number;
    readonly endLine: number;
    readonly endColumn: number;
    readonly text: string;
}
export interface FindingSuppression {
    /** As SARIF says it: the suppression is written in the linted files. */
    readonly kind: 'inSource';
    readonly via: 'comment' | 'annotation';
    readonly justification: string;
}
/** A path that could not be read at all. */
export interface InputFailure {
    readonly path: string;
    readonly message: string;
}
/** The message of a folder that was read and holds no manifest, which is no read error. */
export declare const NO_MANIFESTS = "no *.yaml, *.yml or *.json file in it";
/** A failure as its one line words it (after `keycloak-lint: ` on stderr). */
export declare function describeFailure(failure: InputFailure): string;
/** The result of one run; `--format json` prints exactly this. */
export interface Report {
    readonly version: 1;
    readonly tool: {
        readonly name: string;
        readonly version: string;
    };
    readonly summary: {
        readonly errors: number;
        readonly warnings: number;
        readonly infos: number;
        readonly files: number;
        readonly resources: number;
        /** Findings that comments or annotations suppress (not counted above). */
        readonly suppressed: number;
    };
    readonly findings: readonly Finding[];
    /** Inputs that could not be read; the run still linted everything else. */
    readonly errors: readonly InputFailure[];
}
export declare const SEVERITY_RANK: Readonly<Record<Severity, number>>;
/** Whether a report has an unsuppressed finding at or above the threshold. */
export declare function failsAt(report: Report, threshold: Severity): boolean;
/** The findings that no suppression covers. */
export declare function active(findings: readonly Finding[]): Finding[];
