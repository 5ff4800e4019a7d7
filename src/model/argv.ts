import type { Location } from '../load/source.js';
import { splitWords } from './shell.js';
import type { ArgToken } from './types.js';

/** kc.sh commands; the first one in the argument list is what the container does. */
export const KC_COMMANDS = new Set([
  'start',
  'start-dev',
  'build',
  'export',
  'import',
  'show-config',
  'tools',
  'bootstrap-admin',
  'update-compatibility',
]);

/** Options that take no value. */
const FLAGS = new Set([
  '--optimized',
  '--verbose',
  '--help',
  '--version',
  '--auto-build',
  '-v',
  '-h',
  '-V',
]);
/** Short options that take the next word as their value. */
const SHORT_WITH_VALUE = new Set(['-cf']);

export interface ParsedOption {
  readonly name: string;
  readonly value: string;
  readonly at: Location;
  readonly origin: string;
}

export interface ParsedArgv {
  readonly command: ArgToken | undefined;
  readonly optimized: ArgToken | undefined;
  readonly options: readonly ParsedOption[];
  /** `-Dname=value` JVM properties, which kc.sh forwards to the JVM. */
  readonly properties: readonly ParsedOption[];
}

export function parseKcArgv(tokens: readonly ArgToken[]): ParsedArgv {
  let command: ArgToken | undefined;
  let optimized: ArgToken | undefined;
  const options: ParsedOption[] = [];
  const properties: ParsedOption[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const text = token.text;
    if (text.startsWith('-D') && text.length > 2) {
      properties.push(property(token, 2, token.text));
    } else if (KC_COMMANDS.has(text)) {
      command ??= token;
    } else if (text === '--optimized') {
      optimized = token;
    } else if (SHORT_WITH_VALUE.has(text)) {
      i++;
    } else if (text.startsWith('--') && !FLAGS.has(text)) {
      const eq = text.indexOf('=');
      if (eq > 2) {
        const value = text.slice(eq + 1);
        options.push({
          name: text.slice(2, eq),
          value,
          at: valueLocation(token),
          origin: text.slice(0, eq),
        });
        continue;
      }
      const next = tokens[i + 1];
      if (next && !next.text.startsWith('-') && !KC_COMMANDS.has(next.text)) {
        options.push({ name: text.slice(2), value: next.text, at: next.at, origin: text });
        i++;
      } else {
        options.push({ name: text.slice(2), value: 'true', at: token.at, origin: text });
      }
    }
  }
  return { command, optimized, options, properties };
}

/** `-Dname=value` starting at `offset` in `token.text`. */
export function property(token: ArgToken, offset: number, origin: string): ParsedOption {
  const body = token.text.slice(offset);
  const eq = body.indexOf('=');
  const name = eq < 0 ? body : body.slice(0, eq);
  const value = eq < 0 ? '' : body.slice(eq + 1);
  if (eq < 0 || !value) return { name, value, at: token.at, origin };
  return { name, value, at: valueLocation(token), origin };
}

/**
 * The location of what follows the first `=` of a word, measured on the word as written:
 * quotes and `$(VAR)` references make the written word differ from its text.
 */
function valueLocation(token: ArgToken): Location {
  const raw = token.raw ?? token.text;
  let start = raw.indexOf('=') + 1;
  let end = raw.length;
  if (start <= 0 || start >= end) return token.at;
  const quote = raw[start];
  if ((quote === '"' || quote === "'") && raw[end - 1] === quote && end - start >= 2)
    [start, end] = [start + 1, end - 1];
  return narrowTo(token, start, end);
}

/**
 * Narrows a token's location to a part of it. The span is relative to the token's own
 * text; when the token already has a span (a word of a longer string), it is shifted.
 */
function narrowTo(token: ArgToken, start: number, end: number): Location {
  if (start >= end) return token.at;
  const base = token.at.span?.[0] ?? 0;
  return { ...token.at, span: [base + start, base + end] };
}

/**
 * Words of a string value (a shell script, JAVA_OPTS) as tokens located inside that value.
 * `raw` is the value as written; each word's text is then expanded (`$(VAR)`), so that
 * positions stay on the written text.
 */
export function wordsOf(
  raw: string,
  at: Location,
  expandWord: (word: string) => string = (w) => w,
): ArgToken[] {
  return splitWords(raw).map((word) => {
    const token = {
      text: expandWord(word.text),
      at: { ...at, span: [word.start, word.end] as const },
      raw: raw.slice(word.start, word.end),
    };
    return word.separator ? { ...token, separator: true } : token;
  });
}

const SHELLS = /(^|\/)(sh|bash|ash|dash|zsh)$/;

/**
 * The kc.sh argument lists a container runs. A shell script (`sh -c "..."`) may run kc.sh
 * several times (`kc.sh build ... && kc.sh start --optimized`); each invocation is one list.
 * Returns undefined when the command is neither kc.sh nor a shell.
 */
export function kcInvocations(
  argv: readonly ArgToken[],
  hasCommand: boolean,
  expandWord: (word: string) => string,
): { invocations: ArgToken[][]; viaScript: boolean } | undefined {
  if (!hasCommand) return { invocations: [[...argv]], viaScript: false };
  const executable = argv[0]?.text ?? '';
  if (/(^|\/)kc\.sh$/.test(executable)) return { invocations: [argv.slice(1)], viaScript: false };
  if (!SHELLS.test(executable)) return undefined;
  const dashC = argv.findIndex((t, i) => i > 0 && /^-[a-z]*c[a-z]*$/.test(t.text));
  const script = dashC > 0 ? argv[dashC + 1] : undefined;
  if (!script) return undefined;
  const words = wordsOf(script.raw ?? script.text, script.at, expandWord);
  const invocations: ArgToken[][] = [];
  for (let i = 0; i < words.length; i++) {
    if (!/(^|\/)kc\.sh$/.test(words[i]!.text)) continue;
    const list: ArgToken[] = [];
    for (i++; i < words.length && !words[i]!.separator; i++) list.push(words[i]!);
    invocations.push(list);
  }
  return { invocations, viaScript: true };
}
