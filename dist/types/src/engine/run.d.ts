import type { Model } from '../model/types.js';
import type { Finding } from './report.js';
import { type Rule, type Severity } from './rule.js';
/** A rule threw: a bug in the linter, reported with the rule and the place it was looking at. */
export declare class RuleError extends Error {
    readonly ruleId: string;
    constructor(ruleId: string, cause: unknown);
}
export interface RunOptions {
    /** Severity overrides from the configuration (rules turned off are not passed at all). */
    readonly severities?: Readonly<Record<string, Severity>>;
    /** Every rule id, including those turned off. */
    readonly knownRuleIds?: readonly string[];
}
/**
 * Runs the rules over the model and turns their drafts into positioned findings, in three
 * phases: the rules; the rules that grade by what the others found; then, once the
 * suppressions written in the manifests are applied, the rule that reports unused ones.
 */
export declare function runRules(model: Model, rules: readonly Rule[], options?: RunOptions): Finding[];
/** Fills `{{name}}` placeholders; a missing value is a bug in the rule, so it stays visible. */
export declare function fill(template: string, data: Readonly<Record<string, string | number>>): string;
