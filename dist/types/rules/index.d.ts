import type { Rule } from '../src/engine/rule.js';
/** Every rule, in alphabetical order of id. */
export declare const rules: readonly Rule[];
