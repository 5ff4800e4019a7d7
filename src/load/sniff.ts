// The fast path for documents no rule reads: CustomResourceDefinitions, RBAC, and whatever
// else a GitOps repository holds beside the Keycloak setups. Such a document only needs its
// identity (apiVersion, kind, metadata: duplicate-resource, invalid-field-type on metadata,
// the ignore annotation) and the certainty that `yaml` would read it without an error. A
// line scanner proves the second for a conservative subset of block YAML (block mappings
// and sequences, single-line quoted scalars, plain scalars, block scalars, one-line flow
// sequences); anything outside it (anchors, tags, flow mappings, tabs, multi-line quotes,
// odd keys, CR line ends, deep nesting) returns undefined and the caller parses the document
// fully, so the subset can only cost speed, never a finding.

/**
 * Kind names some part of the model or a rule reads beyond metadata. A document of any
 * other kind is opaque. Groups are ignored on purpose: `kind: Deployment` in any group is
 * parsed fully. `ResourceIndex` refuses lookups of kinds not listed here, so a rule that
 * starts reading a new kind fails its tests until the kind is added.
 */
export const READ_KINDS: ReadonlySet<string> = new Set([
  'AuthorizationPolicy',
  'BackendConfig',
  'BackendLBPolicy',
  'Component',
  'ConfigMap',
  'DaemonSet',
  'Deployment',
  'DestinationRule',
  'HorizontalPodAutoscaler',
  'HTTPRoute',
  'Ingress',
  'IngressClass',
  'IngressRoute',
  'Keycloak',
  'Kustomization',
  'Namespace',
  'NetworkPolicy',
  'PeerAuthentication',
  'Pod',
  'ReplicaSet',
  'Secret',
  'Service',
  'StatefulSet',
]);

/** Groups whose documents configure tools (kustomize), read as such by the model. */
const TOOL_GROUPS = /^(kustomize\.config\.k8s\.io|config\.kubernetes\.io)\//;

/** Top-level `kind: Name`, plain, at column 0. */
const KIND_LINE = /^kind:[ ]+([A-Za-z][A-Za-z0-9]*)[ ]*$/m;
const API_VERSION_LINE = /^apiVersion:[ ]+([A-Za-z0-9][A-Za-z0-9.\-/]*)[ ]*$/m;

/** Characters that make the scanner give up on a whole document. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is its job
const UNSUPPORTED = /[\t\r\0-\x08\x0b\x0c\x0e-\x1f\x7f\x85\u2028\u2029\ufeff]/;

/** Key text `yaml` reads as a string under YAML 1.1: no bool or null words. */
const PLAIN_KEY = /^[A-Za-z_$][A-Za-z0-9_./$-]*$/;
const NOT_STRING_KEY =
  /^(y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|null|Null|NULL)$/;
const BLOCK_HEADER = /^[|>][-+]?[ ]*(#.*)?$/;
/** First characters a plain scalar may not start with (or that start something else). */
const INDICATORS = new Set([...'-?:,[]{}#&*!|>\'"%@`']);
const DOUBLE_QUOTED_ESCAPES = new Set([...'0abtnvfre "/\\N_LP']);
const MAX_DEPTH = 64;

export interface Sniffed {
  readonly apiVersion: string;
  readonly kind: string;
  /** The top-level `apiVersion`, `kind` and `metadata` entries, verbatim. */
  readonly head: string;
}

/**
 * The identity text of a document that no rule reads, if the document is certainly valid
 * YAML in the subset the scanner knows; undefined when it must be parsed fully.
 */
export function sniffOpaque(slice: string, displayPath: string): Sniffed | undefined {
  const kind = KIND_LINE.exec(slice)?.[1];
  if (!kind || READ_KINDS.has(kind) || kind.endsWith('List')) return undefined;
  const apiVersion = API_VERSION_LINE.exec(slice)?.[1];
  if (!apiVersion || TOOL_GROUPS.test(apiVersion)) return undefined;
  if (/(^|\/)kustomization\.ya?ml$|(^|\/)Kustomization$/.test(displayPath)) return undefined;
  if (UNSUPPORTED.test(slice)) return undefined;
  const entries = scanBlockYaml(slice);
  if (!entries) return undefined;
  let head = '';
  for (const [key, start, end] of entries) {
    if (key === 'apiVersion' || key === 'kind' || key === 'metadata')
      head += slice.slice(start, end);
  }
  return { apiVersion, kind, head };
}

interface Frame {
  readonly indent: number;
  readonly map: boolean;
  readonly keys: Set<string> | undefined;
}

/**
 * Scans a document line by line. Returns its top-level entries (key, start and end offsets
 * of their lines) when every line is in the supported subset and `yaml` would report no
 * error (no duplicate keys, consistent indentation, closed quotes); otherwise undefined.
 */
export function scanBlockYaml(text: string): [string, number, number][] | undefined {
  const entries: [string, number, number][] = [];
  const frames: Frame[] = [];
  // After `key:` or `-` with nothing after: the indent of that key or dash.
  let pending: { indent: number; map: boolean } | undefined;
  // Inside a block scalar: the indent it must exceed, and its content's indent once known.
  let blockParent = -1;
  let blockIndent = -1;
  let blockBlank = 0;
  // After a plain scalar: deeper lines continue it. After a closed quoted or flow value:
  // deeper lines are errors.
  let continuation = -1;
  let closedValue = -1;
  let first = true;

  const top = () => frames[frames.length - 1];
  /** Checks a value written after `key: ` or `- `, whose node is nested under `parent`. */
  const value = (v: string, parent: number): boolean => {
    const c = v[0]!;
    if (c === '|' || c === '>') {
      if (!BLOCK_HEADER.test(v)) return false;
      blockParent = parent;
      blockIndent = -1;
      blockBlank = 0;
      return true;
    }
    if (c === '"' || c === "'") {
      const end = c === '"' ? closeDouble(v) : closeSingle(v);
      if (end < 0 || !restIsComment(v, end + 1)) return false;
      closedValue = parent;
      return true;
    }
    if (c === '[') {
      if (!flowSequence(v)) return false;
      closedValue = parent;
      return true;
    }
    if (c === '{') {
      if (!/^\{\}[ ]*(#.*)?$/.test(v)) return false;
      closedValue = parent;
      return true;
    }
    if (!plainLine(v, true)) return false;
    // A comment ends the scalar: deeper lines after it are errors, not more of the text.
    if (v.includes(' #')) closedValue = parent;
    else continuation = parent;
    return true;
  };

  let lineStart = 0;
  const length = text.length;
  while (lineStart < length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = length;
    const next = lineEnd + 1;
    let indent = 0;
    while (text.charCodeAt(lineStart + indent) === 32) indent++;
    const contentStart = lineStart + indent;
    const blank = contentStart >= lineEnd;

    if (first && !blank && text.startsWith('---', lineStart)) {
      // The document marker line opening the slice; nothing may follow it but a comment.
      if (!/^---[ ]*(#.*)?$/.test(text.slice(lineStart, lineEnd))) return undefined;
      first = false;
      lineStart = next;
      continue;
    }
    if (blockParent >= 0) {
      if (blank) {
        if (blockIndent < 0) blockBlank = Math.max(blockBlank, lineEnd - lineStart);
        lineStart = next;
        continue;
      }
      if (indent > blockParent) {
        if (blockIndent < 0) {
          // More-indented leading empty lines need an explicit indentation indicator.
          if (blockBlank > indent) return undefined;
          blockIndent = indent;
        } else if (indent < blockIndent) return undefined;
        lineStart = next;
        continue;
      }
      blockParent = -1;
    }
    if (blank) {
      lineStart = next;
      continue;
    }
    const line = text.slice(contentStart, lineEnd);
    if (line[0] === '#') {
      // A comment inside a multi-line plain scalar would end it; keep it simple.
      if (continuation >= 0 && indent > continuation) return undefined;
      // A comment ends a plain scalar: deeper lines after it are errors.
      if (continuation >= 0) [closedValue, continuation] = [continuation, -1];
      lineStart = next;
      continue;
    }
    if (continuation >= 0) {
      if (indent > continuation) {
        if (!plainLine(line, false)) return undefined;
        lineStart = next;
        continue;
      }
      continuation = -1;
    }
    if (closedValue >= 0) {
      if (indent > closedValue) return undefined;
      closedValue = -1;
    }
    first = false;
    const dash = line[0] === '-' && (line.length === 1 || line[1] === ' ');
    const keyEnd = dash ? -1 : keyLength(line);

    if (pending) {
      const opener = pending;
      pending = undefined;
      if (indent > opener.indent) {
        if (dash || keyEnd > 0) {
          if (frames.length >= MAX_DEPTH) return undefined;
          frames.push({ indent, map: !dash, keys: dash ? undefined : new Set() });
        } else {
          // A scalar on the line after its key.
          if (!value(line, opener.indent)) return undefined;
          lineStart = next;
          continue;
        }
      } else if (opener.map && dash && indent === opener.indent) {
        // `key:` followed by `- item` at the key's own indentation.
        frames.push({ indent, map: false, keys: undefined });
      }
    }
    while (frames.length > 0 && top()!.indent > indent) frames.pop();
    // A sequence at its key's indentation ends at the next key.
    if (!dash && top()?.indent === indent && !top()!.map) {
      frames.pop();
      if (top()?.indent !== indent) return undefined;
    }
    if (frames.length === 0) {
      if (indent !== 0 || dash || keyEnd < 0) return undefined;
      frames.push({ indent: 0, map: true, keys: new Set() });
    }
    const frame = top()!;
    if (frame.indent !== indent || frame.map === dash) return undefined;

    let rest: string;
    let restIndent: number;
    if (dash) {
      let after = 1;
      while (line[after] === ' ') after++;
      if (after >= line.length || line[after] === '#') {
        if (after < line.length && line[after - 1] !== ' ') return undefined;
        pending = { indent, map: false };
        lineStart = next;
        continue;
      }
      rest = line.slice(after);
      restIndent = indent + after;
      if (rest[0] === '-' && (rest.length === 1 || rest[1] === ' ')) return undefined;
      const innerKey = keyLength(rest);
      if (innerKey < 0) {
        if (!value(rest, indent)) return undefined;
        lineStart = next;
        continue;
      }
      // `- key: value` opens a mapping at the key's column.
      if (frames.length >= MAX_DEPTH) return undefined;
      frames.push({ indent: restIndent, map: true, keys: new Set() });
    } else {
      rest = line;
      restIndent = indent;
    }
    const map = top()!;
    const end = keyLength(rest);
    if (end < 0) return undefined;
    const key = keyText(rest, end);
    if (key === undefined || map.keys!.has(key)) return undefined;
    map.keys!.add(key);
    if (frames.length === 1) {
      const last = entries[entries.length - 1];
      if (last) last[2] = lineStart;
      entries.push([key, lineStart, length]);
    }
    // Past the colon.
    let after = end + 1;
    while (rest[after] === ' ') after++;
    if (after >= rest.length || rest[after] === '#') {
      if (after < rest.length && rest[after - 1] !== ' ') return undefined;
      pending = { indent: restIndent, map: true };
    } else if (!value(rest.slice(after), restIndent)) {
      return undefined;
    }
    lineStart = next;
  }
  if (frames.length === 0 || !frames[0]!.map) return undefined;
  return entries;
}

/** Length of the key of `key: ...` or `key:` (the colon's index), or -1. */
function keyLength(line: string): number {
  const c = line[0];
  if (c === '"' || c === "'") {
    const end = c === '"' ? closeDouble(line) : closeSingle(line);
    if (end < 0 || end > 1000 || line[end + 1] !== ':') return -1;
    const after = line[end + 2];
    return after === undefined || after === ' ' ? end + 1 : -1;
  }
  const colon = line.indexOf(':');
  if (colon <= 0 || colon > 1000) return -1;
  const after = line[colon + 1];
  if (after !== undefined && after !== ' ') return -1;
  const key = line.slice(0, colon);
  return PLAIN_KEY.test(key) && !NOT_STRING_KEY.test(key) ? colon : -1;
}

/** The string a key stands for; quoted keys only without escapes. */
function keyText(line: string, end: number): string | undefined {
  const c = line[0];
  if (c !== '"' && c !== "'") return line.slice(0, end);
  const inner = line.slice(1, end - 1);
  return inner.includes('\\') || inner.includes("'") ? undefined : inner;
}

/** Index of the closing quote of a double-quoted scalar on this line, or -1. */
function closeDouble(v: string): number {
  for (let i = 1; i < v.length; i++) {
    const c = v[i];
    if (c === '"') return i;
    if (c !== '\\') continue;
    const e = v[i + 1];
    if (e === undefined) return -1;
    if (e === 'x' || e === 'u' || e === 'U') {
      const n = e === 'x' ? 2 : e === 'u' ? 4 : 8;
      if (!/^[0-9A-Fa-f]+$/.test(v.slice(i + 2, i + 2 + n)) || i + 2 + n > v.length) return -1;
      i += 1 + n;
    } else if (DOUBLE_QUOTED_ESCAPES.has(e)) i++;
    else return -1;
  }
  return -1;
}

/** Index of the closing quote of a single-quoted scalar on this line, or -1. */
function closeSingle(v: string): number {
  for (let i = 1; i < v.length; i++) {
    if (v[i] !== "'") continue;
    if (v[i + 1] === "'") i++;
    else return i;
  }
  return -1;
}

/** Whether only spaces and a comment follow `from`. */
function restIsComment(v: string, from: number): boolean {
  let i = from;
  while (v[i] === ' ') i++;
  return i >= v.length || (v[i] === '#' && i > from);
}

/**
 * A plain scalar's text on one line, first line (`first`) or continuation: no indicator at
 * its start, no `: ` or trailing colon (a mapping where none can be), and on continuation
 * lines no comment.
 */
function plainLine(v: string, first: boolean): boolean {
  const c = v[0]!;
  if (INDICATORS.has(c)) {
    // `-1` and `-Xmx512m` are plain; `- x` and `-` are not.
    if (!first || c !== '-') return false;
    const d = v[1];
    if (d === undefined || d === ' ') return false;
  }
  const comment = v.indexOf(' #');
  if (!first && comment >= 0) return false;
  const body = comment >= 0 ? v.slice(0, comment) : v;
  if (body.includes(': ') || body.trimEnd().endsWith(':')) return false;
  return true;
}

/** `[a, b, "c"]` on one line: plain or simply quoted items, no nesting. */
function flowSequence(v: string): boolean {
  const close = v.indexOf(']');
  if (close < 0 || !restIsComment(v, close + 1)) return false;
  const inner = v.slice(1, close);
  if (/[[\]{}#]/.test(inner)) return false;
  if (inner.trim() === '') return true;
  for (const raw of inner.split(',')) {
    const item = raw.trim();
    if (!item) return false;
    const c = item[0]!;
    if (c === '"' || c === "'") {
      const end = c === '"' ? closeDouble(item) : closeSingle(item);
      if (end !== item.length - 1) return false;
      continue;
    }
    if (INDICATORS.has(c) || item.includes(':') || item.includes('"') || item.includes("'"))
      return false;
  }
  return true;
}

export interface SniffedConfigMap {
  /** The top-level `apiVersion`, `kind` and `metadata` entries, verbatim. */
  readonly head: string;
  /** The top-level keys in order; `data` stands for the entries below. */
  readonly order: readonly string[];
  /** `data` as the parser would read it. */
  readonly data: readonly (readonly [string, string])[];
}

const LITERAL_HEADER = /^\|([-]?)(?:[ ]+(?:#.*)?)?$/;

/**
 * The data of a ConfigMap whose `data` holds only literal block scalars (`key: |` or
 * `key: |-`), the form of Grafana dashboards, scripts and configuration files that make up
 * most of the bytes of a GitOps repository. The scanner proves the whole document valid
 * first; the values are then cut out of the text line by line, which is what a literal
 * block scalar means: the lines, less their common indentation, a newline after each but
 * the last, and the last one kept (`|`) or not (`|-`). Anything else (other value forms,
 * `|+`, comments or blank lines with extra spaces where they would matter, a last line
 * without a newline) returns undefined and the document is parsed fully.
 */
export function sniffConfigMap(slice: string, displayPath: string): SniffedConfigMap | undefined {
  if (KIND_LINE.exec(slice)?.[1] !== 'ConfigMap') return undefined;
  if (API_VERSION_LINE.exec(slice)?.[1] !== 'v1') return undefined;
  if (/(^|\/)kustomization\.ya?ml$|(^|\/)Kustomization$/.test(displayPath)) return undefined;
  if (UNSUPPORTED.test(slice)) return undefined;
  const entries = scanBlockYaml(slice);
  if (!entries) return undefined;
  let head = '';
  const order: string[] = [];
  let data: [string, string][] | undefined;
  for (const [key, start, end] of entries) {
    order.push(key);
    if (key === 'apiVersion' || key === 'kind' || key === 'metadata') {
      head += slice.slice(start, end);
    } else if (key === 'data') {
      data = literalEntries(slice, start, end);
      if (!data) return undefined;
    } else return undefined;
  }
  return data ? { head, order, data } : undefined;
}

/** The entries of `data:` between `start` and `end` when each is a literal block scalar. */
function literalEntries(text: string, start: number, end: number): [string, string][] | undefined {
  const lines = text.slice(start, end).split('\n');
  // The entry's text ends with a newline (the next entry starts a line), or at the end of
  // the slice, which must then end with one: a last line without it changes the value.
  if (lines.pop() !== '') return undefined;
  if (!/^data:[ ]*$/.test(lines[0]!)) return undefined;
  const out: [string, string][] = [];
  let keyIndent = -1;
  let i = 1;
  while (i < lines.length) {
    const line = lines[i]!;
    const indent = line.length - line.trimStart().length;
    if (indent === line.length) {
      // A blank line between entries (after a `|-` value, or before the first key).
      i++;
      continue;
    }
    if (keyIndent < 0) keyIndent = indent;
    if (indent !== keyIndent || line[indent] === '#') return undefined;
    const content = line.slice(indent);
    const colon = content.indexOf(': ');
    if (colon <= 0) return undefined;
    const key = content.slice(0, colon);
    if (!PLAIN_KEY.test(key) || NOT_STRING_KEY.test(key) || key === '__proto__') return undefined;
    const header = LITERAL_HEADER.exec(content.slice(colon + 2).trimStart());
    if (!header) return undefined;
    const strip = header[1] === '-';
    i++;
    const body: string[] = [];
    let blockIndent = -1;
    while (i < lines.length) {
      const next = lines[i]!;
      const nextIndent = next.length - next.trimStart().length;
      if (nextIndent === next.length) {
        // Blank: an empty line of the value, unless it holds spaces beyond the indentation.
        if (blockIndent >= 0 && next.length > blockIndent) return undefined;
        body.push('');
        i++;
        continue;
      }
      if (nextIndent <= keyIndent) break;
      if (blockIndent < 0) blockIndent = nextIndent;
      // The scanner rejects a less indented line inside the value; be sure anyway.
      if (nextIndent < blockIndent) return undefined;
      body.push(next.slice(blockIndent));
      i++;
    }
    // Blank lines before the first content line were counted before its indentation was
    // known: more spaces than that indentation would be content.
    let last = body.length;
    while (last > 0 && body[last - 1] === '') last--;
    if (last === 0) return undefined;
    for (let k = 0; k < last && body[k] === ''; k++) {
      if ((lines[i - body.length + k] ?? '').length > blockIndent) return undefined;
    }
    const value = body.slice(0, last).join('\n');
    out.push([key, strip ? value : `${value}\n`]);
  }
  return out.length > 0 ? out : undefined;
}
