import { type Document } from 'yaml';
export declare const HELM_ONLY: RegExp;
/** Offset of the first template action in a structural position, or -1. */
export declare function findTemplateSyntax(text: string): number;
/**
 * In a document that parsed, the offset of template syntax that would change the object:
 * a flow mapping written `{{ ... }}` (what YAML makes of an unquoted action) or a string
 * with a Helm-only reference. Prometheus or Go templates inside quoted strings and block
 * scalars, and anything in comments, are left alone.
 */
export declare function findTemplateNode(ast: Document, slice: string): number;
