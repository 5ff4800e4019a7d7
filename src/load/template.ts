import { type Document, visit } from 'yaml';

// Finds Helm/Go template syntax that makes a file unreadable as manifests.
//
// `{{ }}` also appears legitimately inside manifests: Prometheus alert texts, Grafana
// legends, Argo parameters. Those sit in quoted strings or block scalars, so only a
// template action in a structural position (a line or a plain value starting with `{{`)
// or a Helm-only reference (`.Values`, `include "..."`) counts.

const HELM_REFERENCES = [
  '\\.Values',
  '\\.Release',
  '\\.Chart',
  '\\.Capabilities',
  '\\.Files',
  '\\.Template',
];
export const HELM_ONLY = new RegExp(
  `\\{\\{-?\\s*(?:${HELM_REFERENCES.join('|')}|(?:include|template)\\s+"|tpl\\s)`,
);
const PLAIN_VALUE = /^(?:-\s+)*(?:[^\s#'"][^:#]*:\s+|-\s+)?\{\{/;
const BLOCK_START = /(?:^|[:\s-])[|>][-+0-9]*\s*(?:#.*)?$/;

/** Offset of the first template action in a structural position, or -1. */
export function findTemplateSyntax(text: string): number {
  if (!text.includes('{{')) return -1;
  let blockIndent = -1;
  let offset = 0;
  for (const line of text.split('\n')) {
    const lineStart = offset;
    offset += line.length + 1;
    const trimmed = line.trimStart();
    const indent = line.length - trimmed.length;
    if (blockIndent >= 0) {
      if (trimmed === '' || trimmed === '\r' || indent > blockIndent) continue;
      blockIndent = -1;
    }
    if (trimmed.startsWith('#')) continue;
    const at = line.indexOf('{{');
    if (at >= 0 && (PLAIN_VALUE.test(trimmed) || HELM_ONLY.test(line))) return lineStart + at;
    if (BLOCK_START.test(line.trimEnd())) blockIndent = indent;
  }
  return -1;
}

/**
 * In a document that parsed, the offset of template syntax that would change the object:
 * a flow mapping written `{{ ... }}` (what YAML makes of an unquoted action) or a string
 * with a Helm-only reference. Prometheus or Go templates inside quoted strings and block
 * scalars, and anything in comments, are left alone.
 */
export function findTemplateNode(ast: Document, slice: string): number {
  let found = -1;
  visit(ast, {
    Map(_, node) {
      const start = node.range?.[0];
      if (node.flow && start !== undefined && slice.startsWith('{{', start)) {
        found = start;
        return visit.BREAK;
      }
      return undefined;
    },
    Scalar(_, node) {
      // A block scalar is data (a file shipped in a ConfigMap), whatever it holds.
      if (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED') return undefined;
      if (typeof node.value === 'string' && HELM_ONLY.test(node.value) && node.range) {
        const at = slice.indexOf('{{', node.range[0]);
        found = at >= 0 && at < node.range[1] ? at : node.range[0];
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return found;
}
