import type { Model } from '../model/types.js';
import type { Finding } from './report.js';
import { type Rule } from './rule.js';
/** A rule threw: a bug in the linter, reported with the rule and the place it was looking at. */
export declare class RuleError extends Error {
    readonly ruleId: string;
    constructor(ruleId: string, cause: unknown);
}
/** Runs every rule over the model and turns their drafts into positioned findings. */
export declare function runRules(model: Model, rules: readonly Rule[]): Finding[];
/** Fills `{{name}}` placeholders; a missing value is a bug in the rule, so it stays visible. */
export declare function fill(template: string, data: Readonly<Record<string, string | number>>): string;
