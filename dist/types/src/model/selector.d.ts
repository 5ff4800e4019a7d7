import { type Json } from './resource.js';
/** A label selector as workloads, NetworkPolicies and PDBs write it. */
export interface LabelSelector {
    readonly matchLabels: Readonly<Record<string, string>>;
    readonly matchExpressions: readonly {
        key: string;
        operator: string;
        values: string[];
    }[];
}
export declare function toLabelSelector(value: Json | undefined): LabelSelector | undefined;
/** Label-selector semantics: every requirement must hold; an empty selector selects all. */
export declare function matchesLabelSelector(selector: LabelSelector, labels: Readonly<Record<string, string>>): boolean;
/** Service-selector semantics: equality on every pair; an empty selector selects nothing. */
export declare function matchesServiceSelector(selector: Readonly<Record<string, string>>, labels: Readonly<Record<string, string>>): boolean;
