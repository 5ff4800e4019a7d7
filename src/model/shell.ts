/** A word of a shell-like string, with its character range in that string. */
export interface Word {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** `;`, `&&`, `||`, `|`, `&` or a newline: ends a command. */
  readonly separator?: boolean;
}

/**
 * Splits a string into words the way a POSIX shell would for the simple cases that
 * manifests contain: blanks separate, single and double quotes group and are removed,
 * a backslash escapes the next character, and command separators stand alone.
 */
export function splitWords(input: string): Word[] {
  const words: Word[] = [];
  let i = 0;
  const n = input.length;
  while (i < n) {
    const c = input[i]!;
    if (c === '\n') {
      words.push({ text: '\n', start: i, end: i + 1, separator: true });
      i++;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r') {
      i++;
      continue;
    }
    const op = /^(?:&&|\|\||;|\||&)/.exec(input.slice(i, i + 2));
    if (op) {
      words.push({ text: op[0], start: i, end: i + op[0].length, separator: true });
      i += op[0].length;
      continue;
    }
    const start = i;
    let text = '';
    while (i < n) {
      const ch = input[i]!;
      if (
        ch === ' ' ||
        ch === '\t' ||
        ch === '\n' ||
        ch === '\r' ||
        ch === ';' ||
        ch === '|' ||
        ch === '&'
      )
        break;
      if (ch === "'") {
        const close = input.indexOf("'", i + 1);
        const end = close < 0 ? n : close;
        text += input.slice(i + 1, end);
        i = end + 1;
      } else if (ch === '"') {
        i++;
        while (i < n && input[i] !== '"') {
          if (input[i] === '\\' && i + 1 < n && '"\\$`'.includes(input[i + 1]!)) i++;
          text += input[i];
          i++;
        }
        i++;
      } else if (ch === '\\' && i + 1 < n) {
        text += input[i + 1];
        i += 2;
      } else {
        text += ch;
        i++;
      }
    }
    words.push({ text, start, end: Math.min(i, n) });
  }
  return words;
}
