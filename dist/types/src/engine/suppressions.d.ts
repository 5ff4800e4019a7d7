import type { SourceDocument, SourceFile } from '../load/source.js';
import type { Resource } from '../model/resource.js';
import type { Anchor } from './rule.js';
export declare const IGNORE_ANNOTATION = "keycloak-lint.io/ignore";
/** A request, written in a manifest, not to report some rules there. */
export interface Suppression {
    readonly via: 'comment' | 'annotation';
    readonly rules: readonly string[];
    /** The text after `--`; a suppression without one suppresses nothing. */
    readonly reason: string | undefined;
    /** Where it is written. */
    readonly at: Anchor;
    /** The written form: `keycloak-lint-disable-next-line`, `keycloak-lint-disable`, the annotation. */
    readonly form: 'next-line' | 'rest-of-document' | 'annotation';
    /** Where each rule id is written, to point at a misspelt one. */
    readonly ruleAt: ReadonlyMap<string, Anchor>;
    /** For comments: the file and the lines it covers (1-based, inclusive). */
    readonly file: string;
    readonly fromLine: number;
    readonly toLine: number;
    /** For annotations: the resource whose findings it covers. */
    readonly resource?: Resource;
}
/**
 * `# keycloak-lint-disable-next-line rule-a, rule-b -- reason` covers the next line that is
 * not blank or a comment, with the block nested under it; `# keycloak-lint-disable rule --
 * reason` covers the rest of its document.
 */
export declare function commentSuppressions(file: SourceFile, docs?: readonly SourceDocument[]): Suppression[];
/** `keycloak-lint.io/ignore: "rule-a, rule-b -- reason"` on a resource. */
export declare function annotationSuppression(resource: Resource): Suppression | undefined;
