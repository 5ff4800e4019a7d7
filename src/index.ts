export { rules } from '../rules/index.js';
export type { Finding, InputFailure, RelatedLocation, Report } from './engine/report.js';
export type { Severity } from './engine/rule.js';
export { ConfigError, type LintOptions, lint } from './lint.js';
export type { ResourceRef } from './model/resource.js';
