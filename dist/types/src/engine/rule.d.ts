import type { TextEdit } from '../fix/yaml-edit.js';
import type { Location, SourceFile } from '../load/source.js';
import type { Resource } from '../model/resource.js';
import type { Model } from '../model/types.js';
import type { Severity } from './report.js';
import type { Suppression } from './suppressions.js';
export type { Severity };
export type Category = 'input' | 'cluster-formation' | 'network' | 'ingress' | 'proxy' | 'hostname' | 'health';
/** A place in a file that is not inside a parsed document (a broken or binary file). */
export interface FileRange {
    readonly file: SourceFile;
    readonly start: number;
    readonly end: number;
}
export type Anchor = Location | FileRange;
export interface RelatedDraft {
    readonly at: Anchor;
    readonly resource?: Resource;
    readonly message: string;
}
/** What a rule reports: data, not prose. The engine renders, positions and counts it. */
export interface Draft {
    readonly messageId: string;
    readonly data?: Readonly<Record<string, string | number>>;
    readonly at: Anchor;
    /** The resource the finding is reported on. */
    readonly resource?: Resource;
    readonly related?: readonly RelatedDraft[];
    /** Overrides the rule's default severity for this finding (rules with graded severities). */
    readonly severity?: Severity;
    /** Picks one of `meta.fixes` instead of `meta.fix`. */
    readonly fixId?: string;
    /**
     * The text edits that fix the finding, when the right change is certain from the
     * manifests (`--fix` applies them). Absent: the fix text is a suggestion only.
     */
    readonly edits?: readonly TextEdit[];
}
export interface RuleMeta {
    readonly severity: Severity;
    readonly category: Category;
    /** One line, starting with a verb, no trailing period. */
    readonly summary: string;
    /** Why it matters, with the Keycloak versions concerned. */
    readonly rationale: string;
    /** The remediation, a full sentence ending with a period; `{{placeholders}}` allowed. */
    readonly fix: string;
    /**
     * Whether findings may carry edits that `--fix` applies, and when: a sentence for the
     * documentation (`true` when every finding of the rule is fixable).
     */
    readonly fixable?: true | string;
    /** Alternative remediations picked by a finding's `fixId`. */
    readonly fixes?: Readonly<Record<string, string>>;
    /** Message templates by message id. */
    readonly messages: Readonly<Record<string, string>>;
    /** Kinds the rule reads. */
    readonly appliesTo: readonly string[];
    /** Keycloak versions the rule concerns, as a reader would say it (`17+`, `24 and later`). */
    readonly versions?: string;
    /** What the rule cannot see (rendered in its documentation). */
    readonly limitations?: readonly string[];
    /** How the severity of single findings departs from the default, for the documentation. */
    readonly graded?: string;
    /** Markdown links for the documentation page, beyond its category's. */
    readonly references?: readonly string[];
    /** The fixtures its documentation shows (default: the first of each kind). */
    readonly examples?: {
        readonly invalid?: string;
        readonly valid?: string;
    };
    /**
     * Rules of the second phase run after all others and may ask which earlier findings
     * concern a resource (a severity that depends on whether the cluster is broken); the
     * rule of the third runs after suppressions are applied (unused suppressions).
     */
    readonly phase?: 1 | 2 | 3;
}
export interface RuleContext {
    /** Earlier findings (phase 1) whose resource or related resources include this one. */
    findingsConcerning(resource: Resource): readonly {
        ruleId: string;
        severity: Severity;
        category: Category;
    }[];
    /** In phase 3: the suppressions that suppressed nothing. */
    unusedSuppressions(): readonly Suppression[];
    /** The ids of the rules that run. */
    readonly ruleIds: readonly string[];
    /** The ids of every rule, whether it runs or is turned off. */
    readonly knownRuleIds: readonly string[];
}
export interface Rule {
    readonly id: string;
    readonly meta: RuleMeta;
    check(model: Model, context: RuleContext): Iterable<Draft>;
}
/** Identity function that gives a rule module its type. */
export declare function defineRule(rule: Rule): Rule;
export declare function isLocation(anchor: Anchor): anchor is Location;
