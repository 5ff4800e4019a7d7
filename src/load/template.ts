// Finds Helm/Go template syntax that makes a file unreadable as manifests.
//
// `{{ }}` also appears legitimately inside manifests: Prometheus alert texts, Grafana
// legends, Argo parameters. Those sit in quoted strings or block scalars, so only a
// template action in a structural position (a line or a plain value starting with `{{`)
// or a Helm-only reference (`.Values`, `include "..."`) counts.

const HELM_ONLY = /\{\{-?\s*(?:\.Values|\.Release|\.Chart|\.Capabilities|\.Files|\.Template|include\s+"|template\s+"|tpl\s)/;
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

/** Whether some line at column 0 starts a Kubernetes object (`apiVersion:` or `kind:`). */
export function looksLikeManifest(text: string): boolean {
  return /^(?:apiVersion|kind):/m.test(text);
}
