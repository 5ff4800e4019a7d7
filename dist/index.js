import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports.isRegexChar = (str) => str.length === 1 && exports.hasRegexChars(str);
    exports.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports.basename = (path, { windows } = {}) => {
      const segs = path.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str.charCodeAt(++index);
      };
      while (index < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str.slice(0, start);
        str = str.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob = str.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value2 = input.slice(n2, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value2;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i >= start) {
            parts.push(value2);
            prevIndex = i;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value = input.slice(n);
        parts.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens[tokens.length - 1].value = value;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal = normalizeSimpleBranch(branch);
        if (literal && literal.length === 1) {
          safeChars.push(literal);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse2 = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants.globChars(opts.windows);
      const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack2 = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack2.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack2.pop();
      };
      const push2 = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push2({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push2({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open = tokens[token.tokensIndex];
          open.type = "text";
          open.value = literal;
          open.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open.output;
          state.backtrack = true;
          push2({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse2(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push2({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push2({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push2({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix3 = POSIX_REGEX_SOURCE[rest2];
                if (posix3) {
                  prev.value = pre + posix3;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push2({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push2({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push2({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push2({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push2({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push2({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open);
          push2(open);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push2({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push2({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push2({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack2[stack2.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push2({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push2({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push2({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push2({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push2({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push2({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push2({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push2({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push2({ type: "plus", value });
            continue;
          }
          push2({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push2({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push2({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push2({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push2({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push2({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push2({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push2({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push2(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push2(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push2(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push2({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse2.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str) => {
        switch (str) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse2;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan = require_scan();
    var parse2 = require_parse();
    var utils = require_utils();
    var constants = require_constants();
    var isObject2 = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch2 = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch2(input, options, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject2(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix3 = opts.windows;
      const regex = isState ? picomatch2.compileRe(glob, options) : picomatch2.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch2(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch2.test(input, regex, options, { glob, posix: posix3 });
        const result = { glob, state, regex, posix: posix3, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch2.test = (input, regex, options, { glob, posix: posix3 } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix3 ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch2.matchBase(input, regex, options, posix3);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch2.matchBase = (input, glob, options, posix3 = options && options.windows) => {
      const regex = glob instanceof RegExp ? glob : picomatch2.makeRe(glob, options);
      return regex.test(utils.basename(input, { windows: posix3 }));
    };
    picomatch2.isMatch = (str, patterns, options) => picomatch2(patterns, options)(str);
    picomatch2.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch2.parse(p, options));
      return parse2(pattern, { ...options, fastpaths: false });
    };
    picomatch2.scan = (input, options) => scan(input, options);
    picomatch2.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch2.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch2.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse2.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse2(input, options);
      }
      return picomatch2.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch2.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch2.constants = constants;
    module.exports = picomatch2;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch2(glob, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob, options, returnState);
    }
    Object.assign(picomatch2, pico);
    module.exports = picomatch2;
  }
});

// node_modules/ajv/dist/compile/codegen/code.js
var require_code = __commonJS({
  "node_modules/ajv/dist/compile/codegen/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.regexpCode = exports.getEsmExportName = exports.getProperty = exports.safeStringify = exports.stringify = exports.strConcat = exports.addCodeArg = exports.str = exports._ = exports.nil = exports._Code = exports.Name = exports.IDENTIFIER = exports._CodeOrName = void 0;
    var _CodeOrName = class {
    };
    exports._CodeOrName = _CodeOrName;
    exports.IDENTIFIER = /^[a-z$_][a-z$_0-9]*$/i;
    var Name = class extends _CodeOrName {
      constructor(s) {
        super();
        if (!exports.IDENTIFIER.test(s))
          throw new Error("CodeGen: name must be a valid identifier");
        this.str = s;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        return false;
      }
      get names() {
        return { [this.str]: 1 };
      }
    };
    exports.Name = Name;
    var _Code = class extends _CodeOrName {
      constructor(code) {
        super();
        this._items = typeof code === "string" ? [code] : code;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        if (this._items.length > 1)
          return false;
        const item = this._items[0];
        return item === "" || item === '""';
      }
      get str() {
        var _a;
        return (_a = this._str) !== null && _a !== void 0 ? _a : this._str = this._items.reduce((s, c) => `${s}${c}`, "");
      }
      get names() {
        var _a;
        return (_a = this._names) !== null && _a !== void 0 ? _a : this._names = this._items.reduce((names, c) => {
          if (c instanceof Name)
            names[c.str] = (names[c.str] || 0) + 1;
          return names;
        }, {});
      }
    };
    exports._Code = _Code;
    exports.nil = new _Code("");
    function _(strs, ...args) {
      const code = [strs[0]];
      let i = 0;
      while (i < args.length) {
        addCodeArg(code, args[i]);
        code.push(strs[++i]);
      }
      return new _Code(code);
    }
    exports._ = _;
    var plus = new _Code("+");
    function str(strs, ...args) {
      const expr = [safeStringify(strs[0])];
      let i = 0;
      while (i < args.length) {
        expr.push(plus);
        addCodeArg(expr, args[i]);
        expr.push(plus, safeStringify(strs[++i]));
      }
      optimize(expr);
      return new _Code(expr);
    }
    exports.str = str;
    function addCodeArg(code, arg) {
      if (arg instanceof _Code)
        code.push(...arg._items);
      else if (arg instanceof Name)
        code.push(arg);
      else
        code.push(interpolate(arg));
    }
    exports.addCodeArg = addCodeArg;
    function optimize(expr) {
      let i = 1;
      while (i < expr.length - 1) {
        if (expr[i] === plus) {
          const res = mergeExprItems(expr[i - 1], expr[i + 1]);
          if (res !== void 0) {
            expr.splice(i - 1, 3, res);
            continue;
          }
          expr[i++] = "+";
        }
        i++;
      }
    }
    function mergeExprItems(a, b) {
      if (b === '""')
        return a;
      if (a === '""')
        return b;
      if (typeof a == "string") {
        if (b instanceof Name || a[a.length - 1] !== '"')
          return;
        if (typeof b != "string")
          return `${a.slice(0, -1)}${b}"`;
        if (b[0] === '"')
          return a.slice(0, -1) + b.slice(1);
        return;
      }
      if (typeof b == "string" && b[0] === '"' && !(a instanceof Name))
        return `"${a}${b.slice(1)}`;
      return;
    }
    function strConcat(c1, c2) {
      return c2.emptyStr() ? c1 : c1.emptyStr() ? c2 : str`${c1}${c2}`;
    }
    exports.strConcat = strConcat;
    function interpolate(x) {
      return typeof x == "number" || typeof x == "boolean" || x === null ? x : safeStringify(Array.isArray(x) ? x.join(",") : x);
    }
    function stringify4(x) {
      return new _Code(safeStringify(x));
    }
    exports.stringify = stringify4;
    function safeStringify(x) {
      return JSON.stringify(x).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
    }
    exports.safeStringify = safeStringify;
    function getProperty(key) {
      return typeof key == "string" && exports.IDENTIFIER.test(key) ? new _Code(`.${key}`) : _`[${key}]`;
    }
    exports.getProperty = getProperty;
    function getEsmExportName(key) {
      if (typeof key == "string" && exports.IDENTIFIER.test(key)) {
        return new _Code(`${key}`);
      }
      throw new Error(`CodeGen: invalid export name: ${key}, use explicit $id name mapping`);
    }
    exports.getEsmExportName = getEsmExportName;
    function regexpCode(rx) {
      return new _Code(rx.toString());
    }
    exports.regexpCode = regexpCode;
  }
});

// node_modules/ajv/dist/compile/codegen/scope.js
var require_scope = __commonJS({
  "node_modules/ajv/dist/compile/codegen/scope.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ValueScope = exports.ValueScopeName = exports.Scope = exports.varKinds = exports.UsedValueState = void 0;
    var code_1 = require_code();
    var ValueError = class extends Error {
      constructor(name) {
        super(`CodeGen: "code" for ${name} not defined`);
        this.value = name.value;
      }
    };
    var UsedValueState;
    (function(UsedValueState2) {
      UsedValueState2[UsedValueState2["Started"] = 0] = "Started";
      UsedValueState2[UsedValueState2["Completed"] = 1] = "Completed";
    })(UsedValueState || (exports.UsedValueState = UsedValueState = {}));
    exports.varKinds = {
      const: new code_1.Name("const"),
      let: new code_1.Name("let"),
      var: new code_1.Name("var")
    };
    var Scope = class {
      constructor({ prefixes, parent } = {}) {
        this._names = {};
        this._prefixes = prefixes;
        this._parent = parent;
      }
      toName(nameOrPrefix) {
        return nameOrPrefix instanceof code_1.Name ? nameOrPrefix : this.name(nameOrPrefix);
      }
      name(prefix) {
        return new code_1.Name(this._newName(prefix));
      }
      _newName(prefix) {
        const ng = this._names[prefix] || this._nameGroup(prefix);
        return `${prefix}${ng.index++}`;
      }
      _nameGroup(prefix) {
        var _a, _b;
        if (((_b = (_a = this._parent) === null || _a === void 0 ? void 0 : _a._prefixes) === null || _b === void 0 ? void 0 : _b.has(prefix)) || this._prefixes && !this._prefixes.has(prefix)) {
          throw new Error(`CodeGen: prefix "${prefix}" is not allowed in this scope`);
        }
        return this._names[prefix] = { prefix, index: 0 };
      }
    };
    exports.Scope = Scope;
    var ValueScopeName = class extends code_1.Name {
      constructor(prefix, nameStr) {
        super(nameStr);
        this.prefix = prefix;
      }
      setValue(value, { property: property2, itemIndex }) {
        this.value = value;
        this.scopePath = (0, code_1._)`.${new code_1.Name(property2)}[${itemIndex}]`;
      }
    };
    exports.ValueScopeName = ValueScopeName;
    var line = (0, code_1._)`\n`;
    var ValueScope = class extends Scope {
      constructor(opts) {
        super(opts);
        this._values = {};
        this._scope = opts.scope;
        this.opts = { ...opts, _n: opts.lines ? line : code_1.nil };
      }
      get() {
        return this._scope;
      }
      name(prefix) {
        return new ValueScopeName(prefix, this._newName(prefix));
      }
      value(nameOrPrefix, value) {
        var _a;
        if (value.ref === void 0)
          throw new Error("CodeGen: ref must be passed in value");
        const name = this.toName(nameOrPrefix);
        const { prefix } = name;
        const valueKey = (_a = value.key) !== null && _a !== void 0 ? _a : value.ref;
        let vs = this._values[prefix];
        if (vs) {
          const _name = vs.get(valueKey);
          if (_name)
            return _name;
        } else {
          vs = this._values[prefix] = /* @__PURE__ */ new Map();
        }
        vs.set(valueKey, name);
        const s = this._scope[prefix] || (this._scope[prefix] = []);
        const itemIndex = s.length;
        s[itemIndex] = value.ref;
        name.setValue(value, { property: prefix, itemIndex });
        return name;
      }
      getValue(prefix, keyOrRef) {
        const vs = this._values[prefix];
        if (!vs)
          return;
        return vs.get(keyOrRef);
      }
      scopeRefs(scopeName, values = this._values) {
        return this._reduceValues(values, (name) => {
          if (name.scopePath === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return (0, code_1._)`${scopeName}${name.scopePath}`;
        });
      }
      scopeCode(values = this._values, usedValues, getCode) {
        return this._reduceValues(values, (name) => {
          if (name.value === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return name.value.code;
        }, usedValues, getCode);
      }
      _reduceValues(values, valueCode, usedValues = {}, getCode) {
        let code = code_1.nil;
        for (const prefix in values) {
          const vs = values[prefix];
          if (!vs)
            continue;
          const nameSet = usedValues[prefix] = usedValues[prefix] || /* @__PURE__ */ new Map();
          vs.forEach((name) => {
            if (nameSet.has(name))
              return;
            nameSet.set(name, UsedValueState.Started);
            let c = valueCode(name);
            if (c) {
              const def = this.opts.es5 ? exports.varKinds.var : exports.varKinds.const;
              code = (0, code_1._)`${code}${def} ${name} = ${c};${this.opts._n}`;
            } else if (c = getCode === null || getCode === void 0 ? void 0 : getCode(name)) {
              code = (0, code_1._)`${code}${c}${this.opts._n}`;
            } else {
              throw new ValueError(name);
            }
            nameSet.set(name, UsedValueState.Completed);
          });
        }
        return code;
      }
    };
    exports.ValueScope = ValueScope;
  }
});

// node_modules/ajv/dist/compile/codegen/index.js
var require_codegen = __commonJS({
  "node_modules/ajv/dist/compile/codegen/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.or = exports.and = exports.not = exports.CodeGen = exports.operators = exports.varKinds = exports.ValueScopeName = exports.ValueScope = exports.Scope = exports.Name = exports.regexpCode = exports.stringify = exports.getProperty = exports.nil = exports.strConcat = exports.str = exports._ = void 0;
    var code_1 = require_code();
    var scope_1 = require_scope();
    var code_2 = require_code();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return code_2._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return code_2.str;
    } });
    Object.defineProperty(exports, "strConcat", { enumerable: true, get: function() {
      return code_2.strConcat;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return code_2.nil;
    } });
    Object.defineProperty(exports, "getProperty", { enumerable: true, get: function() {
      return code_2.getProperty;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return code_2.stringify;
    } });
    Object.defineProperty(exports, "regexpCode", { enumerable: true, get: function() {
      return code_2.regexpCode;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return code_2.Name;
    } });
    var scope_2 = require_scope();
    Object.defineProperty(exports, "Scope", { enumerable: true, get: function() {
      return scope_2.Scope;
    } });
    Object.defineProperty(exports, "ValueScope", { enumerable: true, get: function() {
      return scope_2.ValueScope;
    } });
    Object.defineProperty(exports, "ValueScopeName", { enumerable: true, get: function() {
      return scope_2.ValueScopeName;
    } });
    Object.defineProperty(exports, "varKinds", { enumerable: true, get: function() {
      return scope_2.varKinds;
    } });
    exports.operators = {
      GT: new code_1._Code(">"),
      GTE: new code_1._Code(">="),
      LT: new code_1._Code("<"),
      LTE: new code_1._Code("<="),
      EQ: new code_1._Code("==="),
      NEQ: new code_1._Code("!=="),
      NOT: new code_1._Code("!"),
      OR: new code_1._Code("||"),
      AND: new code_1._Code("&&"),
      ADD: new code_1._Code("+")
    };
    var Node = class {
      optimizeNodes() {
        return this;
      }
      optimizeNames(_names, _constants) {
        return this;
      }
    };
    var Def = class extends Node {
      constructor(varKind, name, rhs) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.rhs = rhs;
      }
      render({ es5, _n }) {
        const varKind = es5 ? scope_1.varKinds.var : this.varKind;
        const rhs = this.rhs === void 0 ? "" : ` = ${this.rhs}`;
        return `${varKind} ${this.name}${rhs};` + _n;
      }
      optimizeNames(names, constants) {
        if (!names[this.name.str])
          return;
        if (this.rhs)
          this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
      }
      get names() {
        return this.rhs instanceof code_1._CodeOrName ? this.rhs.names : {};
      }
    };
    var Assign = class extends Node {
      constructor(lhs, rhs, sideEffects) {
        super();
        this.lhs = lhs;
        this.rhs = rhs;
        this.sideEffects = sideEffects;
      }
      render({ _n }) {
        return `${this.lhs} = ${this.rhs};` + _n;
      }
      optimizeNames(names, constants) {
        if (this.lhs instanceof code_1.Name && !names[this.lhs.str] && !this.sideEffects)
          return;
        this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
      }
      get names() {
        const names = this.lhs instanceof code_1.Name ? {} : { ...this.lhs.names };
        return addExprNames(names, this.rhs);
      }
    };
    var AssignOp = class extends Assign {
      constructor(lhs, op, rhs, sideEffects) {
        super(lhs, rhs, sideEffects);
        this.op = op;
      }
      render({ _n }) {
        return `${this.lhs} ${this.op}= ${this.rhs};` + _n;
      }
    };
    var Label = class extends Node {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        return `${this.label}:` + _n;
      }
    };
    var Break = class extends Node {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        const label = this.label ? ` ${this.label}` : "";
        return `break${label};` + _n;
      }
    };
    var Throw = class extends Node {
      constructor(error) {
        super();
        this.error = error;
      }
      render({ _n }) {
        return `throw ${this.error};` + _n;
      }
      get names() {
        return this.error.names;
      }
    };
    var AnyCode = class extends Node {
      constructor(code) {
        super();
        this.code = code;
      }
      render({ _n }) {
        return `${this.code};` + _n;
      }
      optimizeNodes() {
        return `${this.code}` ? this : void 0;
      }
      optimizeNames(names, constants) {
        this.code = optimizeExpr(this.code, names, constants);
        return this;
      }
      get names() {
        return this.code instanceof code_1._CodeOrName ? this.code.names : {};
      }
    };
    var ParentNode = class extends Node {
      constructor(nodes = []) {
        super();
        this.nodes = nodes;
      }
      render(opts) {
        return this.nodes.reduce((code, n) => code + n.render(opts), "");
      }
      optimizeNodes() {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i].optimizeNodes();
          if (Array.isArray(n))
            nodes.splice(i, 1, ...n);
          else if (n)
            nodes[i] = n;
          else
            nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      optimizeNames(names, constants) {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i];
          if (n.optimizeNames(names, constants))
            continue;
          subtractNames(names, n.names);
          nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      get names() {
        return this.nodes.reduce((names, n) => addNames(names, n.names), {});
      }
    };
    var BlockNode = class extends ParentNode {
      render(opts) {
        return "{" + opts._n + super.render(opts) + "}" + opts._n;
      }
    };
    var Root = class extends ParentNode {
    };
    var Else = class extends BlockNode {
    };
    Else.kind = "else";
    var If = class _If extends BlockNode {
      constructor(condition, nodes) {
        super(nodes);
        this.condition = condition;
      }
      render(opts) {
        let code = `if(${this.condition})` + super.render(opts);
        if (this.else)
          code += "else " + this.else.render(opts);
        return code;
      }
      optimizeNodes() {
        super.optimizeNodes();
        const cond = this.condition;
        if (cond === true)
          return this.nodes;
        let e = this.else;
        if (e) {
          const ns = e.optimizeNodes();
          e = this.else = Array.isArray(ns) ? new Else(ns) : ns;
        }
        if (e) {
          if (cond === false)
            return e instanceof _If ? e : e.nodes;
          if (this.nodes.length)
            return this;
          return new _If(not2(cond), e instanceof _If ? [e] : e.nodes);
        }
        if (cond === false || !this.nodes.length)
          return void 0;
        return this;
      }
      optimizeNames(names, constants) {
        var _a;
        this.else = (_a = this.else) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);
        if (!(super.optimizeNames(names, constants) || this.else))
          return;
        this.condition = optimizeExpr(this.condition, names, constants);
        return this;
      }
      get names() {
        const names = super.names;
        addExprNames(names, this.condition);
        if (this.else)
          addNames(names, this.else.names);
        return names;
      }
    };
    If.kind = "if";
    var For = class extends BlockNode {
    };
    For.kind = "for";
    var ForLoop = class extends For {
      constructor(iteration) {
        super();
        this.iteration = iteration;
      }
      render(opts) {
        return `for(${this.iteration})` + super.render(opts);
      }
      optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
          return;
        this.iteration = optimizeExpr(this.iteration, names, constants);
        return this;
      }
      get names() {
        return addNames(super.names, this.iteration.names);
      }
    };
    var ForRange = class extends For {
      constructor(varKind, name, from, to) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.from = from;
        this.to = to;
      }
      render(opts) {
        const varKind = opts.es5 ? scope_1.varKinds.var : this.varKind;
        const { name, from, to } = this;
        return `for(${varKind} ${name}=${from}; ${name}<${to}; ${name}++)` + super.render(opts);
      }
      get names() {
        const names = addExprNames(super.names, this.from);
        return addExprNames(names, this.to);
      }
    };
    var ForIter = class extends For {
      constructor(loop, varKind, name, iterable) {
        super();
        this.loop = loop;
        this.varKind = varKind;
        this.name = name;
        this.iterable = iterable;
      }
      render(opts) {
        return `for(${this.varKind} ${this.name} ${this.loop} ${this.iterable})` + super.render(opts);
      }
      optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
          return;
        this.iterable = optimizeExpr(this.iterable, names, constants);
        return this;
      }
      get names() {
        return addNames(super.names, this.iterable.names);
      }
    };
    var Func = class extends BlockNode {
      constructor(name, args, async) {
        super();
        this.name = name;
        this.args = args;
        this.async = async;
      }
      render(opts) {
        const _async = this.async ? "async " : "";
        return `${_async}function ${this.name}(${this.args})` + super.render(opts);
      }
    };
    Func.kind = "func";
    var Return = class extends ParentNode {
      render(opts) {
        return "return " + super.render(opts);
      }
    };
    Return.kind = "return";
    var Try = class extends BlockNode {
      render(opts) {
        let code = "try" + super.render(opts);
        if (this.catch)
          code += this.catch.render(opts);
        if (this.finally)
          code += this.finally.render(opts);
        return code;
      }
      optimizeNodes() {
        var _a, _b;
        super.optimizeNodes();
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNodes();
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNodes();
        return this;
      }
      optimizeNames(names, constants) {
        var _a, _b;
        super.optimizeNames(names, constants);
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNames(names, constants);
        return this;
      }
      get names() {
        const names = super.names;
        if (this.catch)
          addNames(names, this.catch.names);
        if (this.finally)
          addNames(names, this.finally.names);
        return names;
      }
    };
    var Catch = class extends BlockNode {
      constructor(error) {
        super();
        this.error = error;
      }
      render(opts) {
        return `catch(${this.error})` + super.render(opts);
      }
    };
    Catch.kind = "catch";
    var Finally = class extends BlockNode {
      render(opts) {
        return "finally" + super.render(opts);
      }
    };
    Finally.kind = "finally";
    var CodeGen = class {
      constructor(extScope, opts = {}) {
        this._values = {};
        this._blockStarts = [];
        this._constants = {};
        this.opts = { ...opts, _n: opts.lines ? "\n" : "" };
        this._extScope = extScope;
        this._scope = new scope_1.Scope({ parent: extScope });
        this._nodes = [new Root()];
      }
      toString() {
        return this._root.render(this.opts);
      }
      // returns unique name in the internal scope
      name(prefix) {
        return this._scope.name(prefix);
      }
      // reserves unique name in the external scope
      scopeName(prefix) {
        return this._extScope.name(prefix);
      }
      // reserves unique name in the external scope and assigns value to it
      scopeValue(prefixOrName, value) {
        const name = this._extScope.value(prefixOrName, value);
        const vs = this._values[name.prefix] || (this._values[name.prefix] = /* @__PURE__ */ new Set());
        vs.add(name);
        return name;
      }
      getScopeValue(prefix, keyOrRef) {
        return this._extScope.getValue(prefix, keyOrRef);
      }
      // return code that assigns values in the external scope to the names that are used internally
      // (same names that were returned by gen.scopeName or gen.scopeValue)
      scopeRefs(scopeName) {
        return this._extScope.scopeRefs(scopeName, this._values);
      }
      scopeCode() {
        return this._extScope.scopeCode(this._values);
      }
      _def(varKind, nameOrPrefix, rhs, constant) {
        const name = this._scope.toName(nameOrPrefix);
        if (rhs !== void 0 && constant)
          this._constants[name.str] = rhs;
        this._leafNode(new Def(varKind, name, rhs));
        return name;
      }
      // `const` declaration (`var` in es5 mode)
      const(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.const, nameOrPrefix, rhs, _constant);
      }
      // `let` declaration with optional assignment (`var` in es5 mode)
      let(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.let, nameOrPrefix, rhs, _constant);
      }
      // `var` declaration with optional assignment
      var(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.var, nameOrPrefix, rhs, _constant);
      }
      // assignment code
      assign(lhs, rhs, sideEffects) {
        return this._leafNode(new Assign(lhs, rhs, sideEffects));
      }
      // `+=` code
      add(lhs, rhs) {
        return this._leafNode(new AssignOp(lhs, exports.operators.ADD, rhs));
      }
      // appends passed SafeExpr to code or executes Block
      code(c) {
        if (typeof c == "function")
          c();
        else if (c !== code_1.nil)
          this._leafNode(new AnyCode(c));
        return this;
      }
      // returns code for object literal for the passed argument list of key-value pairs
      object(...keyValues) {
        const code = ["{"];
        for (const [key, value] of keyValues) {
          if (code.length > 1)
            code.push(",");
          code.push(key);
          if (key !== value || this.opts.es5) {
            code.push(":");
            (0, code_1.addCodeArg)(code, value);
          }
        }
        code.push("}");
        return new code_1._Code(code);
      }
      // `if` clause (or statement if `thenBody` and, optionally, `elseBody` are passed)
      if(condition, thenBody, elseBody) {
        this._blockNode(new If(condition));
        if (thenBody && elseBody) {
          this.code(thenBody).else().code(elseBody).endIf();
        } else if (thenBody) {
          this.code(thenBody).endIf();
        } else if (elseBody) {
          throw new Error('CodeGen: "else" body without "then" body');
        }
        return this;
      }
      // `else if` clause - invalid without `if` or after `else` clauses
      elseIf(condition) {
        return this._elseNode(new If(condition));
      }
      // `else` clause - only valid after `if` or `else if` clauses
      else() {
        return this._elseNode(new Else());
      }
      // end `if` statement (needed if gen.if was used only with condition)
      endIf() {
        return this._endBlockNode(If, Else);
      }
      _for(node, forBody) {
        this._blockNode(node);
        if (forBody)
          this.code(forBody).endFor();
        return this;
      }
      // a generic `for` clause (or statement if `forBody` is passed)
      for(iteration, forBody) {
        return this._for(new ForLoop(iteration), forBody);
      }
      // `for` statement for a range of values
      forRange(nameOrPrefix, from, to, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.let) {
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForRange(varKind, name, from, to), () => forBody(name));
      }
      // `for-of` statement (in es5 mode replace with a normal for loop)
      forOf(nameOrPrefix, iterable, forBody, varKind = scope_1.varKinds.const) {
        const name = this._scope.toName(nameOrPrefix);
        if (this.opts.es5) {
          const arr = iterable instanceof code_1.Name ? iterable : this.var("_arr", iterable);
          return this.forRange("_i", 0, (0, code_1._)`${arr}.length`, (i) => {
            this.var(name, (0, code_1._)`${arr}[${i}]`);
            forBody(name);
          });
        }
        return this._for(new ForIter("of", varKind, name, iterable), () => forBody(name));
      }
      // `for-in` statement.
      // With option `ownProperties` replaced with a `for-of` loop for object keys
      forIn(nameOrPrefix, obj, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.const) {
        if (this.opts.ownProperties) {
          return this.forOf(nameOrPrefix, (0, code_1._)`Object.keys(${obj})`, forBody);
        }
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForIter("in", varKind, name, obj), () => forBody(name));
      }
      // end `for` loop
      endFor() {
        return this._endBlockNode(For);
      }
      // `label` statement
      label(label) {
        return this._leafNode(new Label(label));
      }
      // `break` statement
      break(label) {
        return this._leafNode(new Break(label));
      }
      // `return` statement
      return(value) {
        const node = new Return();
        this._blockNode(node);
        this.code(value);
        if (node.nodes.length !== 1)
          throw new Error('CodeGen: "return" should have one node');
        return this._endBlockNode(Return);
      }
      // `try` statement
      try(tryBody, catchCode, finallyCode) {
        if (!catchCode && !finallyCode)
          throw new Error('CodeGen: "try" without "catch" and "finally"');
        const node = new Try();
        this._blockNode(node);
        this.code(tryBody);
        if (catchCode) {
          const error = this.name("e");
          this._currNode = node.catch = new Catch(error);
          catchCode(error);
        }
        if (finallyCode) {
          this._currNode = node.finally = new Finally();
          this.code(finallyCode);
        }
        return this._endBlockNode(Catch, Finally);
      }
      // `throw` statement
      throw(error) {
        return this._leafNode(new Throw(error));
      }
      // start self-balancing block
      block(body, nodeCount) {
        this._blockStarts.push(this._nodes.length);
        if (body)
          this.code(body).endBlock(nodeCount);
        return this;
      }
      // end the current self-balancing block
      endBlock(nodeCount) {
        const len = this._blockStarts.pop();
        if (len === void 0)
          throw new Error("CodeGen: not in self-balancing block");
        const toClose = this._nodes.length - len;
        if (toClose < 0 || nodeCount !== void 0 && toClose !== nodeCount) {
          throw new Error(`CodeGen: wrong number of nodes: ${toClose} vs ${nodeCount} expected`);
        }
        this._nodes.length = len;
        return this;
      }
      // `function` heading (or definition if funcBody is passed)
      func(name, args = code_1.nil, async, funcBody) {
        this._blockNode(new Func(name, args, async));
        if (funcBody)
          this.code(funcBody).endFunc();
        return this;
      }
      // end function definition
      endFunc() {
        return this._endBlockNode(Func);
      }
      optimize(n = 1) {
        while (n-- > 0) {
          this._root.optimizeNodes();
          this._root.optimizeNames(this._root.names, this._constants);
        }
      }
      _leafNode(node) {
        this._currNode.nodes.push(node);
        return this;
      }
      _blockNode(node) {
        this._currNode.nodes.push(node);
        this._nodes.push(node);
      }
      _endBlockNode(N1, N2) {
        const n = this._currNode;
        if (n instanceof N1 || N2 && n instanceof N2) {
          this._nodes.pop();
          return this;
        }
        throw new Error(`CodeGen: not in block "${N2 ? `${N1.kind}/${N2.kind}` : N1.kind}"`);
      }
      _elseNode(node) {
        const n = this._currNode;
        if (!(n instanceof If)) {
          throw new Error('CodeGen: "else" without "if"');
        }
        this._currNode = n.else = node;
        return this;
      }
      get _root() {
        return this._nodes[0];
      }
      get _currNode() {
        const ns = this._nodes;
        return ns[ns.length - 1];
      }
      set _currNode(node) {
        const ns = this._nodes;
        ns[ns.length - 1] = node;
      }
    };
    exports.CodeGen = CodeGen;
    function addNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) + (from[n] || 0);
      return names;
    }
    function addExprNames(names, from) {
      return from instanceof code_1._CodeOrName ? addNames(names, from.names) : names;
    }
    function optimizeExpr(expr, names, constants) {
      if (expr instanceof code_1.Name)
        return replaceName(expr);
      if (!canOptimize(expr))
        return expr;
      return new code_1._Code(expr._items.reduce((items, c) => {
        if (c instanceof code_1.Name)
          c = replaceName(c);
        if (c instanceof code_1._Code)
          items.push(...c._items);
        else
          items.push(c);
        return items;
      }, []));
      function replaceName(n) {
        const c = constants[n.str];
        if (c === void 0 || names[n.str] !== 1)
          return n;
        delete names[n.str];
        return c;
      }
      function canOptimize(e) {
        return e instanceof code_1._Code && e._items.some((c) => c instanceof code_1.Name && names[c.str] === 1 && constants[c.str] !== void 0);
      }
    }
    function subtractNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) - (from[n] || 0);
    }
    function not2(x) {
      return typeof x == "boolean" || typeof x == "number" || x === null ? !x : (0, code_1._)`!${par(x)}`;
    }
    exports.not = not2;
    var andCode = mappend(exports.operators.AND);
    function and(...args) {
      return args.reduce(andCode);
    }
    exports.and = and;
    var orCode = mappend(exports.operators.OR);
    function or(...args) {
      return args.reduce(orCode);
    }
    exports.or = or;
    function mappend(op) {
      return (x, y) => x === code_1.nil ? y : y === code_1.nil ? x : (0, code_1._)`${par(x)} ${op} ${par(y)}`;
    }
    function par(x) {
      return x instanceof code_1.Name ? x : (0, code_1._)`(${x})`;
    }
  }
});

// node_modules/ajv/dist/compile/util.js
var require_util = __commonJS({
  "node_modules/ajv/dist/compile/util.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.checkStrictMode = exports.getErrorPath = exports.Type = exports.useFunc = exports.setEvaluated = exports.evaluatedPropsToName = exports.mergeEvaluated = exports.eachItem = exports.unescapeJsonPointer = exports.escapeJsonPointer = exports.escapeFragment = exports.unescapeFragment = exports.schemaRefOrVal = exports.schemaHasRulesButRef = exports.schemaHasRules = exports.checkUnknownRules = exports.alwaysValidSchema = exports.toHash = void 0;
    var codegen_1 = require_codegen();
    var code_1 = require_code();
    function toHash(arr) {
      const hash = {};
      for (const item of arr)
        hash[item] = true;
      return hash;
    }
    exports.toHash = toHash;
    function alwaysValidSchema(it, schema4) {
      if (typeof schema4 == "boolean")
        return schema4;
      if (Object.keys(schema4).length === 0)
        return true;
      checkUnknownRules(it, schema4);
      return !schemaHasRules(schema4, it.self.RULES.all);
    }
    exports.alwaysValidSchema = alwaysValidSchema;
    function checkUnknownRules(it, schema4 = it.schema) {
      const { opts, self } = it;
      if (!opts.strictSchema)
        return;
      if (typeof schema4 === "boolean")
        return;
      const rules2 = self.RULES.keywords;
      for (const key in schema4) {
        if (!rules2[key])
          checkStrictMode(it, `unknown keyword: "${key}"`);
      }
    }
    exports.checkUnknownRules = checkUnknownRules;
    function schemaHasRules(schema4, rules2) {
      if (typeof schema4 == "boolean")
        return !schema4;
      for (const key in schema4)
        if (rules2[key])
          return true;
      return false;
    }
    exports.schemaHasRules = schemaHasRules;
    function schemaHasRulesButRef(schema4, RULES) {
      if (typeof schema4 == "boolean")
        return !schema4;
      for (const key in schema4)
        if (key !== "$ref" && RULES.all[key])
          return true;
      return false;
    }
    exports.schemaHasRulesButRef = schemaHasRulesButRef;
    function schemaRefOrVal({ topSchemaRef, schemaPath }, schema4, keyword, $data) {
      if (!$data) {
        if (typeof schema4 == "number" || typeof schema4 == "boolean")
          return schema4;
        if (typeof schema4 == "string")
          return (0, codegen_1._)`${schema4}`;
      }
      return (0, codegen_1._)`${topSchemaRef}${schemaPath}${(0, codegen_1.getProperty)(keyword)}`;
    }
    exports.schemaRefOrVal = schemaRefOrVal;
    function unescapeFragment(str) {
      return unescapeJsonPointer(decodeURIComponent(str));
    }
    exports.unescapeFragment = unescapeFragment;
    function escapeFragment(str) {
      return encodeURIComponent(escapeJsonPointer(str));
    }
    exports.escapeFragment = escapeFragment;
    function escapeJsonPointer(str) {
      if (typeof str == "number")
        return `${str}`;
      return str.replace(/~/g, "~0").replace(/\//g, "~1");
    }
    exports.escapeJsonPointer = escapeJsonPointer;
    function unescapeJsonPointer(str) {
      return str.replace(/~1/g, "/").replace(/~0/g, "~");
    }
    exports.unescapeJsonPointer = unescapeJsonPointer;
    function eachItem(xs, f) {
      if (Array.isArray(xs)) {
        for (const x of xs)
          f(x);
      } else {
        f(xs);
      }
    }
    exports.eachItem = eachItem;
    function makeMergeEvaluated({ mergeNames, mergeToName, mergeValues, resultToName }) {
      return (gen, from, to, toName) => {
        const res = to === void 0 ? from : to instanceof codegen_1.Name ? (from instanceof codegen_1.Name ? mergeNames(gen, from, to) : mergeToName(gen, from, to), to) : from instanceof codegen_1.Name ? (mergeToName(gen, to, from), from) : mergeValues(from, to);
        return toName === codegen_1.Name && !(res instanceof codegen_1.Name) ? resultToName(gen, res) : res;
      };
    }
    exports.mergeEvaluated = {
      props: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => {
          gen.if((0, codegen_1._)`${from} === true`, () => gen.assign(to, true), () => gen.assign(to, (0, codegen_1._)`${to} || {}`).code((0, codegen_1._)`Object.assign(${to}, ${from})`));
        }),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => {
          if (from === true) {
            gen.assign(to, true);
          } else {
            gen.assign(to, (0, codegen_1._)`${to} || {}`);
            setEvaluated(gen, to, from);
          }
        }),
        mergeValues: (from, to) => from === true ? true : { ...from, ...to },
        resultToName: evaluatedPropsToName
      }),
      items: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => gen.assign(to, (0, codegen_1._)`${from} === true ? true : ${to} > ${from} ? ${to} : ${from}`)),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => gen.assign(to, from === true ? true : (0, codegen_1._)`${to} > ${from} ? ${to} : ${from}`)),
        mergeValues: (from, to) => from === true ? true : Math.max(from, to),
        resultToName: (gen, items) => gen.var("items", items)
      })
    };
    function evaluatedPropsToName(gen, ps) {
      if (ps === true)
        return gen.var("props", true);
      const props = gen.var("props", (0, codegen_1._)`{}`);
      if (ps !== void 0)
        setEvaluated(gen, props, ps);
      return props;
    }
    exports.evaluatedPropsToName = evaluatedPropsToName;
    function setEvaluated(gen, props, ps) {
      Object.keys(ps).forEach((p) => gen.assign((0, codegen_1._)`${props}${(0, codegen_1.getProperty)(p)}`, true));
    }
    exports.setEvaluated = setEvaluated;
    var snippets = {};
    function useFunc(gen, f) {
      return gen.scopeValue("func", {
        ref: f,
        code: snippets[f.code] || (snippets[f.code] = new code_1._Code(f.code))
      });
    }
    exports.useFunc = useFunc;
    var Type;
    (function(Type2) {
      Type2[Type2["Num"] = 0] = "Num";
      Type2[Type2["Str"] = 1] = "Str";
    })(Type || (exports.Type = Type = {}));
    function getErrorPath(dataProp, dataPropType, jsPropertySyntax) {
      if (dataProp instanceof codegen_1.Name) {
        const isNumber = dataPropType === Type.Num;
        return jsPropertySyntax ? isNumber ? (0, codegen_1._)`"[" + ${dataProp} + "]"` : (0, codegen_1._)`"['" + ${dataProp} + "']"` : isNumber ? (0, codegen_1._)`"/" + ${dataProp}` : (0, codegen_1._)`"/" + ${dataProp}.replace(/~/g, "~0").replace(/\\//g, "~1")`;
      }
      return jsPropertySyntax ? (0, codegen_1.getProperty)(dataProp).toString() : "/" + escapeJsonPointer(dataProp);
    }
    exports.getErrorPath = getErrorPath;
    function checkStrictMode(it, msg, mode = it.opts.strictSchema) {
      if (!mode)
        return;
      msg = `strict mode: ${msg}`;
      if (mode === true)
        throw new Error(msg);
      it.self.logger.warn(msg);
    }
    exports.checkStrictMode = checkStrictMode;
  }
});

// node_modules/ajv/dist/compile/names.js
var require_names = __commonJS({
  "node_modules/ajv/dist/compile/names.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var names = {
      // validation function arguments
      data: new codegen_1.Name("data"),
      // data passed to validation function
      // args passed from referencing schema
      valCxt: new codegen_1.Name("valCxt"),
      // validation/data context - should not be used directly, it is destructured to the names below
      instancePath: new codegen_1.Name("instancePath"),
      parentData: new codegen_1.Name("parentData"),
      parentDataProperty: new codegen_1.Name("parentDataProperty"),
      rootData: new codegen_1.Name("rootData"),
      // root data - same as the data passed to the first/top validation function
      dynamicAnchors: new codegen_1.Name("dynamicAnchors"),
      // used to support recursiveRef and dynamicRef
      // function scoped variables
      vErrors: new codegen_1.Name("vErrors"),
      // null or array of validation errors
      errors: new codegen_1.Name("errors"),
      // counter of validation errors
      this: new codegen_1.Name("this"),
      // "globals"
      self: new codegen_1.Name("self"),
      scope: new codegen_1.Name("scope"),
      // JTD serialize/parse name for JSON string and position
      json: new codegen_1.Name("json"),
      jsonPos: new codegen_1.Name("jsonPos"),
      jsonLen: new codegen_1.Name("jsonLen"),
      jsonPart: new codegen_1.Name("jsonPart")
    };
    exports.default = names;
  }
});

// node_modules/ajv/dist/compile/errors.js
var require_errors = __commonJS({
  "node_modules/ajv/dist/compile/errors.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendErrors = exports.resetErrorsCount = exports.reportExtraError = exports.reportError = exports.keyword$DataError = exports.keywordError = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    exports.keywordError = {
      message: ({ keyword }) => (0, codegen_1.str)`must pass "${keyword}" keyword validation`
    };
    exports.keyword$DataError = {
      message: ({ keyword, schemaType }) => schemaType ? (0, codegen_1.str)`"${keyword}" keyword must be ${schemaType} ($data)` : (0, codegen_1.str)`"${keyword}" keyword is invalid ($data)`
    };
    function reportError(cxt, error = exports.keywordError, errorPaths, overrideAllErrors) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      if (overrideAllErrors !== null && overrideAllErrors !== void 0 ? overrideAllErrors : compositeRule || allErrors) {
        addError(gen, errObj);
      } else {
        returnErrors(it, (0, codegen_1._)`[${errObj}]`);
      }
    }
    exports.reportError = reportError;
    function reportExtraError(cxt, error = exports.keywordError, errorPaths) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      addError(gen, errObj);
      if (!(compositeRule || allErrors)) {
        returnErrors(it, names_1.default.vErrors);
      }
    }
    exports.reportExtraError = reportExtraError;
    function resetErrorsCount(gen, errsCount) {
      gen.assign(names_1.default.errors, errsCount);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} !== null`, () => gen.if(errsCount, () => gen.assign((0, codegen_1._)`${names_1.default.vErrors}.length`, errsCount), () => gen.assign(names_1.default.vErrors, null)));
    }
    exports.resetErrorsCount = resetErrorsCount;
    function extendErrors({ gen, keyword, schemaValue, data, errsCount, it }) {
      if (errsCount === void 0)
        throw new Error("ajv implementation error");
      const err = gen.name("err");
      gen.forRange("i", errsCount, names_1.default.errors, (i) => {
        gen.const(err, (0, codegen_1._)`${names_1.default.vErrors}[${i}]`);
        gen.if((0, codegen_1._)`${err}.instancePath === undefined`, () => gen.assign((0, codegen_1._)`${err}.instancePath`, (0, codegen_1.strConcat)(names_1.default.instancePath, it.errorPath)));
        gen.assign((0, codegen_1._)`${err}.schemaPath`, (0, codegen_1.str)`${it.errSchemaPath}/${keyword}`);
        if (it.opts.verbose) {
          gen.assign((0, codegen_1._)`${err}.schema`, schemaValue);
          gen.assign((0, codegen_1._)`${err}.data`, data);
        }
      });
    }
    exports.extendErrors = extendErrors;
    function addError(gen, errObj) {
      const err = gen.const("err", errObj);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} === null`, () => gen.assign(names_1.default.vErrors, (0, codegen_1._)`[${err}]`), (0, codegen_1._)`${names_1.default.vErrors}.push(${err})`);
      gen.code((0, codegen_1._)`${names_1.default.errors}++`);
    }
    function returnErrors(it, errs) {
      const { gen, validateName, schemaEnv } = it;
      if (schemaEnv.$async) {
        gen.throw((0, codegen_1._)`new ${it.ValidationError}(${errs})`);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, errs);
        gen.return(false);
      }
    }
    var E = {
      keyword: new codegen_1.Name("keyword"),
      schemaPath: new codegen_1.Name("schemaPath"),
      // also used in JTD errors
      params: new codegen_1.Name("params"),
      propertyName: new codegen_1.Name("propertyName"),
      message: new codegen_1.Name("message"),
      schema: new codegen_1.Name("schema"),
      parentSchema: new codegen_1.Name("parentSchema")
    };
    function errorObjectCode(cxt, error, errorPaths) {
      const { createErrors } = cxt.it;
      if (createErrors === false)
        return (0, codegen_1._)`{}`;
      return errorObject(cxt, error, errorPaths);
    }
    function errorObject(cxt, error, errorPaths = {}) {
      const { gen, it } = cxt;
      const keyValues = [
        errorInstancePath(it, errorPaths),
        errorSchemaPath(cxt, errorPaths)
      ];
      extraErrorProps(cxt, error, keyValues);
      return gen.object(...keyValues);
    }
    function errorInstancePath({ errorPath }, { instancePath }) {
      const instPath = instancePath ? (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(instancePath, util_1.Type.Str)}` : errorPath;
      return [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, instPath)];
    }
    function errorSchemaPath({ keyword, it: { errSchemaPath } }, { schemaPath, parentSchema }) {
      let schPath = parentSchema ? errSchemaPath : (0, codegen_1.str)`${errSchemaPath}/${keyword}`;
      if (schemaPath) {
        schPath = (0, codegen_1.str)`${schPath}${(0, util_1.getErrorPath)(schemaPath, util_1.Type.Str)}`;
      }
      return [E.schemaPath, schPath];
    }
    function extraErrorProps(cxt, { params, message }, keyValues) {
      const { keyword, data, schemaValue, it } = cxt;
      const { opts, propertyName, topSchemaRef, schemaPath } = it;
      keyValues.push([E.keyword, keyword], [E.params, typeof params == "function" ? params(cxt) : params || (0, codegen_1._)`{}`]);
      if (opts.messages) {
        keyValues.push([E.message, typeof message == "function" ? message(cxt) : message]);
      }
      if (opts.verbose) {
        keyValues.push([E.schema, schemaValue], [E.parentSchema, (0, codegen_1._)`${topSchemaRef}${schemaPath}`], [names_1.default.data, data]);
      }
      if (propertyName)
        keyValues.push([E.propertyName, propertyName]);
    }
  }
});

// node_modules/ajv/dist/compile/validate/boolSchema.js
var require_boolSchema = __commonJS({
  "node_modules/ajv/dist/compile/validate/boolSchema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.boolOrEmptySchema = exports.topBoolOrEmptySchema = void 0;
    var errors_1 = require_errors();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var boolError = {
      message: "boolean schema is false"
    };
    function topBoolOrEmptySchema(it) {
      const { gen, schema: schema4, validateName } = it;
      if (schema4 === false) {
        falseSchemaError(it, false);
      } else if (typeof schema4 == "object" && schema4.$async === true) {
        gen.return(names_1.default.data);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, null);
        gen.return(true);
      }
    }
    exports.topBoolOrEmptySchema = topBoolOrEmptySchema;
    function boolOrEmptySchema(it, valid) {
      const { gen, schema: schema4 } = it;
      if (schema4 === false) {
        gen.var(valid, false);
        falseSchemaError(it);
      } else {
        gen.var(valid, true);
      }
    }
    exports.boolOrEmptySchema = boolOrEmptySchema;
    function falseSchemaError(it, overrideAllErrors) {
      const { gen, data } = it;
      const cxt = {
        gen,
        keyword: "false schema",
        data,
        schema: false,
        schemaCode: false,
        schemaValue: false,
        params: {},
        it
      };
      (0, errors_1.reportError)(cxt, boolError, void 0, overrideAllErrors);
    }
  }
});

// node_modules/ajv/dist/compile/rules.js
var require_rules = __commonJS({
  "node_modules/ajv/dist/compile/rules.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getRules = exports.isJSONType = void 0;
    var _jsonTypes = ["string", "number", "integer", "boolean", "null", "object", "array"];
    var jsonTypes = new Set(_jsonTypes);
    function isJSONType(x) {
      return typeof x == "string" && jsonTypes.has(x);
    }
    exports.isJSONType = isJSONType;
    function getRules() {
      const groups = {
        number: { type: "number", rules: [] },
        string: { type: "string", rules: [] },
        array: { type: "array", rules: [] },
        object: { type: "object", rules: [] }
      };
      return {
        types: { ...groups, integer: true, boolean: true, null: true },
        rules: [{ rules: [] }, groups.number, groups.string, groups.array, groups.object],
        post: { rules: [] },
        all: {},
        keywords: {}
      };
    }
    exports.getRules = getRules;
  }
});

// node_modules/ajv/dist/compile/validate/applicability.js
var require_applicability = __commonJS({
  "node_modules/ajv/dist/compile/validate/applicability.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.shouldUseRule = exports.shouldUseGroup = exports.schemaHasRulesForType = void 0;
    function schemaHasRulesForType({ schema: schema4, self }, type) {
      const group = self.RULES.types[type];
      return group && group !== true && shouldUseGroup(schema4, group);
    }
    exports.schemaHasRulesForType = schemaHasRulesForType;
    function shouldUseGroup(schema4, group) {
      return group.rules.some((rule) => shouldUseRule(schema4, rule));
    }
    exports.shouldUseGroup = shouldUseGroup;
    function shouldUseRule(schema4, rule) {
      var _a;
      return schema4[rule.keyword] !== void 0 || ((_a = rule.definition.implements) === null || _a === void 0 ? void 0 : _a.some((kwd) => schema4[kwd] !== void 0));
    }
    exports.shouldUseRule = shouldUseRule;
  }
});

// node_modules/ajv/dist/compile/validate/dataType.js
var require_dataType = __commonJS({
  "node_modules/ajv/dist/compile/validate/dataType.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.reportTypeError = exports.checkDataTypes = exports.checkDataType = exports.coerceAndCheckDataType = exports.getJSONTypes = exports.getSchemaTypes = exports.DataType = void 0;
    var rules_1 = require_rules();
    var applicability_1 = require_applicability();
    var errors_1 = require_errors();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var DataType;
    (function(DataType2) {
      DataType2[DataType2["Correct"] = 0] = "Correct";
      DataType2[DataType2["Wrong"] = 1] = "Wrong";
    })(DataType || (exports.DataType = DataType = {}));
    function getSchemaTypes(schema4) {
      const types = getJSONTypes(schema4.type);
      const hasNull = types.includes("null");
      if (hasNull) {
        if (schema4.nullable === false)
          throw new Error("type: null contradicts nullable: false");
      } else {
        if (!types.length && schema4.nullable !== void 0) {
          throw new Error('"nullable" cannot be used without "type"');
        }
        if (schema4.nullable === true)
          types.push("null");
      }
      return types;
    }
    exports.getSchemaTypes = getSchemaTypes;
    function getJSONTypes(ts) {
      const types = Array.isArray(ts) ? ts : ts ? [ts] : [];
      if (types.every(rules_1.isJSONType))
        return types;
      throw new Error("type must be JSONType or JSONType[]: " + types.join(","));
    }
    exports.getJSONTypes = getJSONTypes;
    function coerceAndCheckDataType(it, types) {
      const { gen, data, opts } = it;
      const coerceTo = coerceToTypes(types, opts.coerceTypes);
      const checkTypes = types.length > 0 && !(coerceTo.length === 0 && types.length === 1 && (0, applicability_1.schemaHasRulesForType)(it, types[0]));
      if (checkTypes) {
        const wrongType = checkDataTypes(types, data, opts.strictNumbers, DataType.Wrong);
        gen.if(wrongType, () => {
          if (coerceTo.length)
            coerceData(it, types, coerceTo);
          else
            reportTypeError(it);
        });
      }
      return checkTypes;
    }
    exports.coerceAndCheckDataType = coerceAndCheckDataType;
    var COERCIBLE = /* @__PURE__ */ new Set(["string", "number", "integer", "boolean", "null"]);
    function coerceToTypes(types, coerceTypes) {
      return coerceTypes ? types.filter((t) => COERCIBLE.has(t) || coerceTypes === "array" && t === "array") : [];
    }
    function coerceData(it, types, coerceTo) {
      const { gen, data, opts } = it;
      const dataType = gen.let("dataType", (0, codegen_1._)`typeof ${data}`);
      const coerced = gen.let("coerced", (0, codegen_1._)`undefined`);
      if (opts.coerceTypes === "array") {
        gen.if((0, codegen_1._)`${dataType} == 'object' && Array.isArray(${data}) && ${data}.length == 1`, () => gen.assign(data, (0, codegen_1._)`${data}[0]`).assign(dataType, (0, codegen_1._)`typeof ${data}`).if(checkDataTypes(types, data, opts.strictNumbers), () => gen.assign(coerced, data)));
      }
      gen.if((0, codegen_1._)`${coerced} !== undefined`);
      for (const t of coerceTo) {
        if (COERCIBLE.has(t) || t === "array" && opts.coerceTypes === "array") {
          coerceSpecificType(t);
        }
      }
      gen.else();
      reportTypeError(it);
      gen.endIf();
      gen.if((0, codegen_1._)`${coerced} !== undefined`, () => {
        gen.assign(data, coerced);
        assignParentData(it, coerced);
      });
      function coerceSpecificType(t) {
        switch (t) {
          case "string":
            gen.elseIf((0, codegen_1._)`${dataType} == "number" || ${dataType} == "boolean"`).assign(coerced, (0, codegen_1._)`"" + ${data}`).elseIf((0, codegen_1._)`${data} === null`).assign(coerced, (0, codegen_1._)`""`);
            return;
          case "number":
            gen.elseIf((0, codegen_1._)`${dataType} == "boolean" || ${data} === null
              || (${dataType} == "string" && ${data} && ${data} == +${data})`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "integer":
            gen.elseIf((0, codegen_1._)`${dataType} === "boolean" || ${data} === null
              || (${dataType} === "string" && ${data} && ${data} == +${data} && !(${data} % 1))`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "boolean":
            gen.elseIf((0, codegen_1._)`${data} === "false" || ${data} === 0 || ${data} === null`).assign(coerced, false).elseIf((0, codegen_1._)`${data} === "true" || ${data} === 1`).assign(coerced, true);
            return;
          case "null":
            gen.elseIf((0, codegen_1._)`${data} === "" || ${data} === 0 || ${data} === false`);
            gen.assign(coerced, null);
            return;
          case "array":
            gen.elseIf((0, codegen_1._)`${dataType} === "string" || ${dataType} === "number"
              || ${dataType} === "boolean" || ${data} === null`).assign(coerced, (0, codegen_1._)`[${data}]`);
        }
      }
    }
    function assignParentData({ gen, parentData, parentDataProperty }, expr) {
      gen.if((0, codegen_1._)`${parentData} !== undefined`, () => gen.assign((0, codegen_1._)`${parentData}[${parentDataProperty}]`, expr));
    }
    function checkDataType(dataType, data, strictNums, correct = DataType.Correct) {
      const EQ = correct === DataType.Correct ? codegen_1.operators.EQ : codegen_1.operators.NEQ;
      let cond;
      switch (dataType) {
        case "null":
          return (0, codegen_1._)`${data} ${EQ} null`;
        case "array":
          cond = (0, codegen_1._)`Array.isArray(${data})`;
          break;
        case "object":
          cond = (0, codegen_1._)`${data} && typeof ${data} == "object" && !Array.isArray(${data})`;
          break;
        case "integer":
          cond = numCond((0, codegen_1._)`!(${data} % 1) && !isNaN(${data})`);
          break;
        case "number":
          cond = numCond();
          break;
        default:
          return (0, codegen_1._)`typeof ${data} ${EQ} ${dataType}`;
      }
      return correct === DataType.Correct ? cond : (0, codegen_1.not)(cond);
      function numCond(_cond = codegen_1.nil) {
        return (0, codegen_1.and)((0, codegen_1._)`typeof ${data} == "number"`, _cond, strictNums ? (0, codegen_1._)`isFinite(${data})` : codegen_1.nil);
      }
    }
    exports.checkDataType = checkDataType;
    function checkDataTypes(dataTypes, data, strictNums, correct) {
      if (dataTypes.length === 1) {
        return checkDataType(dataTypes[0], data, strictNums, correct);
      }
      let cond;
      const types = (0, util_1.toHash)(dataTypes);
      if (types.array && types.object) {
        const notObj = (0, codegen_1._)`typeof ${data} != "object"`;
        cond = types.null ? notObj : (0, codegen_1._)`!${data} || ${notObj}`;
        delete types.null;
        delete types.array;
        delete types.object;
      } else {
        cond = codegen_1.nil;
      }
      if (types.number)
        delete types.integer;
      for (const t in types)
        cond = (0, codegen_1.and)(cond, checkDataType(t, data, strictNums, correct));
      return cond;
    }
    exports.checkDataTypes = checkDataTypes;
    var typeError = {
      message: ({ schema: schema4 }) => `must be ${schema4}`,
      params: ({ schema: schema4, schemaValue }) => typeof schema4 == "string" ? (0, codegen_1._)`{type: ${schema4}}` : (0, codegen_1._)`{type: ${schemaValue}}`
    };
    function reportTypeError(it) {
      const cxt = getTypeErrorContext(it);
      (0, errors_1.reportError)(cxt, typeError);
    }
    exports.reportTypeError = reportTypeError;
    function getTypeErrorContext(it) {
      const { gen, data, schema: schema4 } = it;
      const schemaCode = (0, util_1.schemaRefOrVal)(it, schema4, "type");
      return {
        gen,
        keyword: "type",
        data,
        schema: schema4.type,
        schemaCode,
        schemaValue: schemaCode,
        parentSchema: schema4,
        params: {},
        it
      };
    }
  }
});

// node_modules/ajv/dist/compile/validate/defaults.js
var require_defaults = __commonJS({
  "node_modules/ajv/dist/compile/validate/defaults.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.assignDefaults = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function assignDefaults(it, ty) {
      const { properties, items } = it.schema;
      if (ty === "object" && properties) {
        for (const key in properties) {
          assignDefault(it, key, properties[key].default);
        }
      } else if (ty === "array" && Array.isArray(items)) {
        items.forEach((sch, i) => assignDefault(it, i, sch.default));
      }
    }
    exports.assignDefaults = assignDefaults;
    function assignDefault(it, prop, defaultValue) {
      const { gen, compositeRule, data, opts } = it;
      if (defaultValue === void 0)
        return;
      const childData = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(prop)}`;
      if (compositeRule) {
        (0, util_1.checkStrictMode)(it, `default is ignored for: ${childData}`);
        return;
      }
      let condition = (0, codegen_1._)`${childData} === undefined`;
      if (opts.useDefaults === "empty") {
        condition = (0, codegen_1._)`${condition} || ${childData} === null || ${childData} === ""`;
      }
      gen.if(condition, (0, codegen_1._)`${childData} = ${(0, codegen_1.stringify)(defaultValue)}`);
    }
  }
});

// node_modules/ajv/dist/vocabularies/code.js
var require_code2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateUnion = exports.validateArray = exports.usePattern = exports.callValidateCode = exports.schemaProperties = exports.allSchemaProperties = exports.noPropertyInData = exports.propertyInData = exports.isOwnProperty = exports.hasPropFunc = exports.reportMissingProp = exports.checkMissingProp = exports.checkReportMissingProp = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    var util_2 = require_util();
    function checkReportMissingProp(cxt, prop) {
      const { gen, data, it } = cxt;
      gen.if(noPropertyInData(gen, data, prop, it.opts.ownProperties), () => {
        cxt.setParams({ missingProperty: (0, codegen_1._)`${prop}` }, true);
        cxt.error();
      });
    }
    exports.checkReportMissingProp = checkReportMissingProp;
    function checkMissingProp({ gen, data, it: { opts } }, properties, missing) {
      return (0, codegen_1.or)(...properties.map((prop) => (0, codegen_1.and)(noPropertyInData(gen, data, prop, opts.ownProperties), (0, codegen_1._)`${missing} = ${prop}`)));
    }
    exports.checkMissingProp = checkMissingProp;
    function reportMissingProp(cxt, missing) {
      cxt.setParams({ missingProperty: missing }, true);
      cxt.error();
    }
    exports.reportMissingProp = reportMissingProp;
    function hasPropFunc(gen) {
      return gen.scopeValue("func", {
        // eslint-disable-next-line @typescript-eslint/unbound-method
        ref: Object.prototype.hasOwnProperty,
        code: (0, codegen_1._)`Object.prototype.hasOwnProperty`
      });
    }
    exports.hasPropFunc = hasPropFunc;
    function isOwnProperty(gen, data, property2) {
      return (0, codegen_1._)`${hasPropFunc(gen)}.call(${data}, ${property2})`;
    }
    exports.isOwnProperty = isOwnProperty;
    function propertyInData(gen, data, property2, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property2)} !== undefined`;
      return ownProperties ? (0, codegen_1._)`${cond} && ${isOwnProperty(gen, data, property2)}` : cond;
    }
    exports.propertyInData = propertyInData;
    function noPropertyInData(gen, data, property2, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property2)} === undefined`;
      return ownProperties ? (0, codegen_1.or)(cond, (0, codegen_1.not)(isOwnProperty(gen, data, property2))) : cond;
    }
    exports.noPropertyInData = noPropertyInData;
    function allSchemaProperties(schemaMap) {
      return schemaMap ? Object.keys(schemaMap).filter((p) => p !== "__proto__") : [];
    }
    exports.allSchemaProperties = allSchemaProperties;
    function schemaProperties(it, schemaMap) {
      return allSchemaProperties(schemaMap).filter((p) => !(0, util_1.alwaysValidSchema)(it, schemaMap[p]));
    }
    exports.schemaProperties = schemaProperties;
    function callValidateCode({ schemaCode, data, it: { gen, topSchemaRef, schemaPath, errorPath }, it }, func, context, passSchema) {
      const dataAndSchema = passSchema ? (0, codegen_1._)`${schemaCode}, ${data}, ${topSchemaRef}${schemaPath}` : data;
      const valCxt = [
        [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, errorPath)],
        [names_1.default.parentData, it.parentData],
        [names_1.default.parentDataProperty, it.parentDataProperty],
        [names_1.default.rootData, names_1.default.rootData]
      ];
      if (it.opts.dynamicRef)
        valCxt.push([names_1.default.dynamicAnchors, names_1.default.dynamicAnchors]);
      const args = (0, codegen_1._)`${dataAndSchema}, ${gen.object(...valCxt)}`;
      return context !== codegen_1.nil ? (0, codegen_1._)`${func}.call(${context}, ${args})` : (0, codegen_1._)`${func}(${args})`;
    }
    exports.callValidateCode = callValidateCode;
    var newRegExp = (0, codegen_1._)`new RegExp`;
    function usePattern({ gen, it: { opts } }, pattern) {
      const u = opts.unicodeRegExp ? "u" : "";
      const { regExp } = opts.code;
      const rx = regExp(pattern, u);
      return gen.scopeValue("pattern", {
        key: rx.toString(),
        ref: rx,
        code: (0, codegen_1._)`${regExp.code === "new RegExp" ? newRegExp : (0, util_2.useFunc)(gen, regExp)}(${pattern}, ${u})`
      });
    }
    exports.usePattern = usePattern;
    function validateArray(cxt) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      if (it.allErrors) {
        const validArr = gen.let("valid", true);
        validateItems(() => gen.assign(validArr, false));
        return validArr;
      }
      gen.var(valid, true);
      validateItems(() => gen.break());
      return valid;
      function validateItems(notValid) {
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        gen.forRange("i", 0, len, (i) => {
          cxt.subschema({
            keyword,
            dataProp: i,
            dataPropType: util_1.Type.Num
          }, valid);
          gen.if((0, codegen_1.not)(valid), notValid);
        });
      }
    }
    exports.validateArray = validateArray;
    function validateUnion(cxt) {
      const { gen, schema: schema4, keyword, it } = cxt;
      if (!Array.isArray(schema4))
        throw new Error("ajv implementation error");
      const alwaysValid = schema4.some((sch) => (0, util_1.alwaysValidSchema)(it, sch));
      if (alwaysValid && !it.opts.unevaluated)
        return;
      const valid = gen.let("valid", false);
      const schValid = gen.name("_valid");
      gen.block(() => schema4.forEach((_sch, i) => {
        const schCxt = cxt.subschema({
          keyword,
          schemaProp: i,
          compositeRule: true
        }, schValid);
        gen.assign(valid, (0, codegen_1._)`${valid} || ${schValid}`);
        const merged = cxt.mergeValidEvaluated(schCxt, schValid);
        if (!merged)
          gen.if((0, codegen_1.not)(valid));
      }));
      cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
    }
    exports.validateUnion = validateUnion;
  }
});

// node_modules/ajv/dist/compile/validate/keyword.js
var require_keyword = __commonJS({
  "node_modules/ajv/dist/compile/validate/keyword.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateKeywordUsage = exports.validSchemaType = exports.funcKeywordCode = exports.macroKeywordCode = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var code_1 = require_code2();
    var errors_1 = require_errors();
    function macroKeywordCode(cxt, def) {
      const { gen, keyword, schema: schema4, parentSchema, it } = cxt;
      const macroSchema = def.macro.call(it.self, schema4, parentSchema, it);
      const schemaRef = useKeyword(gen, keyword, macroSchema);
      if (it.opts.validateSchema !== false)
        it.self.validateSchema(macroSchema, true);
      const valid = gen.name("valid");
      cxt.subschema({
        schema: macroSchema,
        schemaPath: codegen_1.nil,
        errSchemaPath: `${it.errSchemaPath}/${keyword}`,
        topSchemaRef: schemaRef,
        compositeRule: true
      }, valid);
      cxt.pass(valid, () => cxt.error(true));
    }
    exports.macroKeywordCode = macroKeywordCode;
    function funcKeywordCode(cxt, def) {
      var _a;
      const { gen, keyword, schema: schema4, parentSchema, $data, it } = cxt;
      checkAsyncKeyword(it, def);
      const validate2 = !$data && def.compile ? def.compile.call(it.self, schema4, parentSchema, it) : def.validate;
      const validateRef = useKeyword(gen, keyword, validate2);
      const valid = gen.let("valid");
      cxt.block$data(valid, validateKeyword);
      cxt.ok((_a = def.valid) !== null && _a !== void 0 ? _a : valid);
      function validateKeyword() {
        if (def.errors === false) {
          assignValid();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => cxt.error());
        } else {
          const ruleErrs = def.async ? validateAsync() : validateSync();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => addErrs(cxt, ruleErrs));
        }
      }
      function validateAsync() {
        const ruleErrs = gen.let("ruleErrs", null);
        gen.try(() => assignValid((0, codegen_1._)`await `), (e) => gen.assign(valid, false).if((0, codegen_1._)`${e} instanceof ${it.ValidationError}`, () => gen.assign(ruleErrs, (0, codegen_1._)`${e}.errors`), () => gen.throw(e)));
        return ruleErrs;
      }
      function validateSync() {
        const validateErrs = (0, codegen_1._)`${validateRef}.errors`;
        gen.assign(validateErrs, null);
        assignValid(codegen_1.nil);
        return validateErrs;
      }
      function assignValid(_await = def.async ? (0, codegen_1._)`await ` : codegen_1.nil) {
        const passCxt = it.opts.passContext ? names_1.default.this : names_1.default.self;
        const passSchema = !("compile" in def && !$data || def.schema === false);
        gen.assign(valid, (0, codegen_1._)`${_await}${(0, code_1.callValidateCode)(cxt, validateRef, passCxt, passSchema)}`, def.modifying);
      }
      function reportErrs(errors) {
        var _a2;
        gen.if((0, codegen_1.not)((_a2 = def.valid) !== null && _a2 !== void 0 ? _a2 : valid), errors);
      }
    }
    exports.funcKeywordCode = funcKeywordCode;
    function modifyData(cxt) {
      const { gen, data, it } = cxt;
      gen.if(it.parentData, () => gen.assign(data, (0, codegen_1._)`${it.parentData}[${it.parentDataProperty}]`));
    }
    function addErrs(cxt, errs) {
      const { gen } = cxt;
      gen.if((0, codegen_1._)`Array.isArray(${errs})`, () => {
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`).assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
        (0, errors_1.extendErrors)(cxt);
      }, () => cxt.error());
    }
    function checkAsyncKeyword({ schemaEnv }, def) {
      if (def.async && !schemaEnv.$async)
        throw new Error("async keyword in sync schema");
    }
    function useKeyword(gen, keyword, result) {
      if (result === void 0)
        throw new Error(`keyword "${keyword}" failed to compile`);
      return gen.scopeValue("keyword", typeof result == "function" ? { ref: result } : { ref: result, code: (0, codegen_1.stringify)(result) });
    }
    function validSchemaType(schema4, schemaType, allowUndefined = false) {
      return !schemaType.length || schemaType.some((st) => st === "array" ? Array.isArray(schema4) : st === "object" ? schema4 && typeof schema4 == "object" && !Array.isArray(schema4) : typeof schema4 == st || allowUndefined && typeof schema4 == "undefined");
    }
    exports.validSchemaType = validSchemaType;
    function validateKeywordUsage({ schema: schema4, opts, self, errSchemaPath }, def, keyword) {
      if (Array.isArray(def.keyword) ? !def.keyword.includes(keyword) : def.keyword !== keyword) {
        throw new Error("ajv implementation error");
      }
      const deps = def.dependencies;
      if (deps === null || deps === void 0 ? void 0 : deps.some((kwd) => !Object.prototype.hasOwnProperty.call(schema4, kwd))) {
        throw new Error(`parent schema must have dependencies of ${keyword}: ${deps.join(",")}`);
      }
      if (def.validateSchema) {
        const valid = def.validateSchema(schema4[keyword]);
        if (!valid) {
          const msg = `keyword "${keyword}" value is invalid at path "${errSchemaPath}": ` + self.errorsText(def.validateSchema.errors);
          if (opts.validateSchema === "log")
            self.logger.error(msg);
          else
            throw new Error(msg);
        }
      }
    }
    exports.validateKeywordUsage = validateKeywordUsage;
  }
});

// node_modules/ajv/dist/compile/validate/subschema.js
var require_subschema = __commonJS({
  "node_modules/ajv/dist/compile/validate/subschema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendSubschemaMode = exports.extendSubschemaData = exports.getSubschema = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function getSubschema(it, { keyword, schemaProp, schema: schema4, schemaPath, errSchemaPath, topSchemaRef }) {
      if (keyword !== void 0 && schema4 !== void 0) {
        throw new Error('both "keyword" and "schema" passed, only one allowed');
      }
      if (keyword !== void 0) {
        const sch = it.schema[keyword];
        return schemaProp === void 0 ? {
          schema: sch,
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}`
        } : {
          schema: sch[schemaProp],
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}${(0, codegen_1.getProperty)(schemaProp)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}/${(0, util_1.escapeFragment)(schemaProp)}`
        };
      }
      if (schema4 !== void 0) {
        if (schemaPath === void 0 || errSchemaPath === void 0 || topSchemaRef === void 0) {
          throw new Error('"schemaPath", "errSchemaPath" and "topSchemaRef" are required with "schema"');
        }
        return {
          schema: schema4,
          schemaPath,
          topSchemaRef,
          errSchemaPath
        };
      }
      throw new Error('either "keyword" or "schema" must be passed');
    }
    exports.getSubschema = getSubschema;
    function extendSubschemaData(subschema, it, { dataProp, dataPropType: dpType, data, dataTypes, propertyName }) {
      if (data !== void 0 && dataProp !== void 0) {
        throw new Error('both "data" and "dataProp" passed, only one allowed');
      }
      const { gen } = it;
      if (dataProp !== void 0) {
        const { errorPath, dataPathArr, opts } = it;
        const nextData = gen.let("data", (0, codegen_1._)`${it.data}${(0, codegen_1.getProperty)(dataProp)}`, true);
        dataContextProps(nextData);
        subschema.errorPath = (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(dataProp, dpType, opts.jsPropertySyntax)}`;
        subschema.parentDataProperty = (0, codegen_1._)`${dataProp}`;
        subschema.dataPathArr = [...dataPathArr, subschema.parentDataProperty];
      }
      if (data !== void 0) {
        const nextData = data instanceof codegen_1.Name ? data : gen.let("data", data, true);
        dataContextProps(nextData);
        if (propertyName !== void 0)
          subschema.propertyName = propertyName;
      }
      if (dataTypes)
        subschema.dataTypes = dataTypes;
      function dataContextProps(_nextData) {
        subschema.data = _nextData;
        subschema.dataLevel = it.dataLevel + 1;
        subschema.dataTypes = [];
        it.definedProperties = /* @__PURE__ */ new Set();
        subschema.parentData = it.data;
        subschema.dataNames = [...it.dataNames, _nextData];
      }
    }
    exports.extendSubschemaData = extendSubschemaData;
    function extendSubschemaMode(subschema, { jtdDiscriminator, jtdMetadata, compositeRule, createErrors, allErrors }) {
      if (compositeRule !== void 0)
        subschema.compositeRule = compositeRule;
      if (createErrors !== void 0)
        subschema.createErrors = createErrors;
      if (allErrors !== void 0)
        subschema.allErrors = allErrors;
      subschema.jtdDiscriminator = jtdDiscriminator;
      subschema.jtdMetadata = jtdMetadata;
    }
    exports.extendSubschemaMode = extendSubschemaMode;
  }
});

// node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "node_modules/fast-deep-equal/index.js"(exports, module) {
    "use strict";
    module.exports = function equal(a, b) {
      if (a === b) return true;
      if (a && b && typeof a == "object" && typeof b == "object") {
        if (a.constructor !== b.constructor) return false;
        var length, i, keys;
        if (Array.isArray(a)) {
          length = a.length;
          if (length != b.length) return false;
          for (i = length; i-- !== 0; )
            if (!equal(a[i], b[i])) return false;
          return true;
        }
        if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
        if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
        keys = Object.keys(a);
        length = keys.length;
        if (length !== Object.keys(b).length) return false;
        for (i = length; i-- !== 0; )
          if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;
        for (i = length; i-- !== 0; ) {
          var key = keys[i];
          if (!equal(a[key], b[key])) return false;
        }
        return true;
      }
      return a !== a && b !== b;
    };
  }
});

// node_modules/json-schema-traverse/index.js
var require_json_schema_traverse = __commonJS({
  "node_modules/json-schema-traverse/index.js"(exports, module) {
    "use strict";
    var traverse = module.exports = function(schema4, opts, cb) {
      if (typeof opts == "function") {
        cb = opts;
        opts = {};
      }
      cb = opts.cb || cb;
      var pre = typeof cb == "function" ? cb : cb.pre || function() {
      };
      var post = cb.post || function() {
      };
      _traverse(opts, pre, post, schema4, "", schema4);
    };
    traverse.keywords = {
      additionalItems: true,
      items: true,
      contains: true,
      additionalProperties: true,
      propertyNames: true,
      not: true,
      if: true,
      then: true,
      else: true
    };
    traverse.arrayKeywords = {
      items: true,
      allOf: true,
      anyOf: true,
      oneOf: true
    };
    traverse.propsKeywords = {
      $defs: true,
      definitions: true,
      properties: true,
      patternProperties: true,
      dependencies: true
    };
    traverse.skipKeywords = {
      default: true,
      enum: true,
      const: true,
      required: true,
      maximum: true,
      minimum: true,
      exclusiveMaximum: true,
      exclusiveMinimum: true,
      multipleOf: true,
      maxLength: true,
      minLength: true,
      pattern: true,
      format: true,
      maxItems: true,
      minItems: true,
      uniqueItems: true,
      maxProperties: true,
      minProperties: true
    };
    function _traverse(opts, pre, post, schema4, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex) {
      if (schema4 && typeof schema4 == "object" && !Array.isArray(schema4)) {
        pre(schema4, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
        for (var key in schema4) {
          var sch = schema4[key];
          if (Array.isArray(sch)) {
            if (key in traverse.arrayKeywords) {
              for (var i = 0; i < sch.length; i++)
                _traverse(opts, pre, post, sch[i], jsonPtr + "/" + key + "/" + i, rootSchema, jsonPtr, key, schema4, i);
            }
          } else if (key in traverse.propsKeywords) {
            if (sch && typeof sch == "object") {
              for (var prop in sch)
                _traverse(opts, pre, post, sch[prop], jsonPtr + "/" + key + "/" + escapeJsonPtr(prop), rootSchema, jsonPtr, key, schema4, prop);
            }
          } else if (key in traverse.keywords || opts.allKeys && !(key in traverse.skipKeywords)) {
            _traverse(opts, pre, post, sch, jsonPtr + "/" + key, rootSchema, jsonPtr, key, schema4);
          }
        }
        post(schema4, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
      }
    }
    function escapeJsonPtr(str) {
      return str.replace(/~/g, "~0").replace(/\//g, "~1");
    }
  }
});

// node_modules/ajv/dist/compile/resolve.js
var require_resolve = __commonJS({
  "node_modules/ajv/dist/compile/resolve.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getSchemaRefs = exports.resolveUrl = exports.normalizeId = exports._getFullPath = exports.getFullPath = exports.inlineRef = void 0;
    var util_1 = require_util();
    var equal = require_fast_deep_equal();
    var traverse = require_json_schema_traverse();
    var SIMPLE_INLINED = /* @__PURE__ */ new Set([
      "type",
      "format",
      "pattern",
      "maxLength",
      "minLength",
      "maxProperties",
      "minProperties",
      "maxItems",
      "minItems",
      "maximum",
      "minimum",
      "uniqueItems",
      "multipleOf",
      "required",
      "enum",
      "const"
    ]);
    function inlineRef(schema4, limit = true) {
      if (typeof schema4 == "boolean")
        return true;
      if (limit === true)
        return !hasRef(schema4);
      if (!limit)
        return false;
      return countKeys(schema4) <= limit;
    }
    exports.inlineRef = inlineRef;
    var REF_KEYWORDS = /* @__PURE__ */ new Set([
      "$ref",
      "$recursiveRef",
      "$recursiveAnchor",
      "$dynamicRef",
      "$dynamicAnchor"
    ]);
    function hasRef(schema4) {
      for (const key in schema4) {
        if (REF_KEYWORDS.has(key))
          return true;
        const sch = schema4[key];
        if (Array.isArray(sch) && sch.some(hasRef))
          return true;
        if (typeof sch == "object" && hasRef(sch))
          return true;
      }
      return false;
    }
    function countKeys(schema4) {
      let count = 0;
      for (const key in schema4) {
        if (key === "$ref")
          return Infinity;
        count++;
        if (SIMPLE_INLINED.has(key))
          continue;
        if (typeof schema4[key] == "object") {
          (0, util_1.eachItem)(schema4[key], (sch) => count += countKeys(sch));
        }
        if (count === Infinity)
          return Infinity;
      }
      return count;
    }
    function getFullPath(resolver, id = "", normalize) {
      if (normalize !== false)
        id = normalizeId(id);
      const p = resolver.parse(id);
      return _getFullPath(resolver, p);
    }
    exports.getFullPath = getFullPath;
    function _getFullPath(resolver, p) {
      const serialized = resolver.serialize(p);
      return serialized.split("#")[0] + "#";
    }
    exports._getFullPath = _getFullPath;
    var TRAILING_SLASH_HASH = /#\/?$/;
    function normalizeId(id) {
      return id ? id.replace(TRAILING_SLASH_HASH, "") : "";
    }
    exports.normalizeId = normalizeId;
    function resolveUrl(resolver, baseId, id) {
      id = normalizeId(id);
      return resolver.resolve(baseId, id);
    }
    exports.resolveUrl = resolveUrl;
    var ANCHOR = /^[a-z_][-a-z0-9._]*$/i;
    function getSchemaRefs(schema4, baseId) {
      if (typeof schema4 == "boolean")
        return {};
      const { schemaId, uriResolver } = this.opts;
      const schId = normalizeId(schema4[schemaId] || baseId);
      const baseIds = { "": schId };
      const pathPrefix = getFullPath(uriResolver, schId, false);
      const localRefs = {};
      const schemaRefs = /* @__PURE__ */ new Set();
      traverse(schema4, { allKeys: true }, (sch, jsonPtr, _, parentJsonPtr) => {
        if (parentJsonPtr === void 0)
          return;
        const fullPath = pathPrefix + jsonPtr;
        let innerBaseId = baseIds[parentJsonPtr];
        if (typeof sch[schemaId] == "string")
          innerBaseId = addRef.call(this, sch[schemaId]);
        addAnchor.call(this, sch.$anchor);
        addAnchor.call(this, sch.$dynamicAnchor);
        baseIds[jsonPtr] = innerBaseId;
        function addRef(ref) {
          const _resolve = this.opts.uriResolver.resolve;
          ref = normalizeId(innerBaseId ? _resolve(innerBaseId, ref) : ref);
          if (schemaRefs.has(ref))
            throw ambiguos(ref);
          schemaRefs.add(ref);
          let schOrRef = this.refs[ref];
          if (typeof schOrRef == "string")
            schOrRef = this.refs[schOrRef];
          if (typeof schOrRef == "object") {
            checkAmbiguosRef(sch, schOrRef.schema, ref);
          } else if (ref !== normalizeId(fullPath)) {
            if (ref[0] === "#") {
              checkAmbiguosRef(sch, localRefs[ref], ref);
              localRefs[ref] = sch;
            } else {
              this.refs[ref] = fullPath;
            }
          }
          return ref;
        }
        function addAnchor(anchor) {
          if (typeof anchor == "string") {
            if (!ANCHOR.test(anchor))
              throw new Error(`invalid anchor "${anchor}"`);
            addRef.call(this, `#${anchor}`);
          }
        }
      });
      return localRefs;
      function checkAmbiguosRef(sch1, sch2, ref) {
        if (sch2 !== void 0 && !equal(sch1, sch2))
          throw ambiguos(ref);
      }
      function ambiguos(ref) {
        return new Error(`reference "${ref}" resolves to more than one schema`);
      }
    }
    exports.getSchemaRefs = getSchemaRefs;
  }
});

// node_modules/ajv/dist/compile/validate/index.js
var require_validate = __commonJS({
  "node_modules/ajv/dist/compile/validate/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getData = exports.KeywordCxt = exports.validateFunctionCode = void 0;
    var boolSchema_1 = require_boolSchema();
    var dataType_1 = require_dataType();
    var applicability_1 = require_applicability();
    var dataType_2 = require_dataType();
    var defaults_1 = require_defaults();
    var keyword_1 = require_keyword();
    var subschema_1 = require_subschema();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var errors_1 = require_errors();
    function validateFunctionCode(it) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          topSchemaObjCode(it);
          return;
        }
      }
      validateFunction(it, () => (0, boolSchema_1.topBoolOrEmptySchema)(it));
    }
    exports.validateFunctionCode = validateFunctionCode;
    function validateFunction({ gen, validateName, schema: schema4, schemaEnv, opts }, body) {
      if (opts.code.es5) {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${names_1.default.valCxt}`, schemaEnv.$async, () => {
          gen.code((0, codegen_1._)`"use strict"; ${funcSourceUrl(schema4, opts)}`);
          destructureValCxtES5(gen, opts);
          gen.code(body);
        });
      } else {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${destructureValCxt(opts)}`, schemaEnv.$async, () => gen.code(funcSourceUrl(schema4, opts)).code(body));
      }
    }
    function destructureValCxt(opts) {
      return (0, codegen_1._)`{${names_1.default.instancePath}="", ${names_1.default.parentData}, ${names_1.default.parentDataProperty}, ${names_1.default.rootData}=${names_1.default.data}${opts.dynamicRef ? (0, codegen_1._)`, ${names_1.default.dynamicAnchors}={}` : codegen_1.nil}}={}`;
    }
    function destructureValCxtES5(gen, opts) {
      gen.if(names_1.default.valCxt, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.instancePath}`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentData}`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentDataProperty}`);
        gen.var(names_1.default.rootData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.rootData}`);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.dynamicAnchors}`);
      }, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`""`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.rootData, names_1.default.data);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`{}`);
      });
    }
    function topSchemaObjCode(it) {
      const { schema: schema4, opts, gen } = it;
      validateFunction(it, () => {
        if (opts.$comment && schema4.$comment)
          commentKeyword(it);
        checkNoDefault(it);
        gen.let(names_1.default.vErrors, null);
        gen.let(names_1.default.errors, 0);
        if (opts.unevaluated)
          resetEvaluated(it);
        typeAndKeywords(it);
        returnResults(it);
      });
      return;
    }
    function resetEvaluated(it) {
      const { gen, validateName } = it;
      it.evaluated = gen.const("evaluated", (0, codegen_1._)`${validateName}.evaluated`);
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicProps`, () => gen.assign((0, codegen_1._)`${it.evaluated}.props`, (0, codegen_1._)`undefined`));
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicItems`, () => gen.assign((0, codegen_1._)`${it.evaluated}.items`, (0, codegen_1._)`undefined`));
    }
    function funcSourceUrl(schema4, opts) {
      const schId = typeof schema4 == "object" && schema4[opts.schemaId];
      return schId && (opts.code.source || opts.code.process) ? (0, codegen_1._)`/*# sourceURL=${schId} */` : codegen_1.nil;
    }
    function subschemaCode(it, valid) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          subSchemaObjCode(it, valid);
          return;
        }
      }
      (0, boolSchema_1.boolOrEmptySchema)(it, valid);
    }
    function schemaCxtHasRules({ schema: schema4, self }) {
      if (typeof schema4 == "boolean")
        return !schema4;
      for (const key in schema4)
        if (self.RULES.all[key])
          return true;
      return false;
    }
    function isSchemaObj(it) {
      return typeof it.schema != "boolean";
    }
    function subSchemaObjCode(it, valid) {
      const { schema: schema4, gen, opts } = it;
      if (opts.$comment && schema4.$comment)
        commentKeyword(it);
      updateContext(it);
      checkAsyncSchema(it);
      const errsCount = gen.const("_errs", names_1.default.errors);
      typeAndKeywords(it, errsCount);
      gen.var(valid, (0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
    }
    function checkKeywords(it) {
      (0, util_1.checkUnknownRules)(it);
      checkRefsAndKeywords(it);
    }
    function typeAndKeywords(it, errsCount) {
      if (it.opts.jtd)
        return schemaKeywords(it, [], false, errsCount);
      const types = (0, dataType_1.getSchemaTypes)(it.schema);
      const checkedTypes = (0, dataType_1.coerceAndCheckDataType)(it, types);
      schemaKeywords(it, types, !checkedTypes, errsCount);
    }
    function checkRefsAndKeywords(it) {
      const { schema: schema4, errSchemaPath, opts, self } = it;
      if (schema4.$ref && opts.ignoreKeywordsWithRef && (0, util_1.schemaHasRulesButRef)(schema4, self.RULES)) {
        self.logger.warn(`$ref: keywords ignored in schema at path "${errSchemaPath}"`);
      }
    }
    function checkNoDefault(it) {
      const { schema: schema4, opts } = it;
      if (schema4.default !== void 0 && opts.useDefaults && opts.strictSchema) {
        (0, util_1.checkStrictMode)(it, "default is ignored in the schema root");
      }
    }
    function updateContext(it) {
      const schId = it.schema[it.opts.schemaId];
      if (schId)
        it.baseId = (0, resolve_1.resolveUrl)(it.opts.uriResolver, it.baseId, schId);
    }
    function checkAsyncSchema(it) {
      if (it.schema.$async && !it.schemaEnv.$async)
        throw new Error("async schema in sync schema");
    }
    function commentKeyword({ gen, schemaEnv, schema: schema4, errSchemaPath, opts }) {
      const msg = schema4.$comment;
      if (opts.$comment === true) {
        gen.code((0, codegen_1._)`${names_1.default.self}.logger.log(${msg})`);
      } else if (typeof opts.$comment == "function") {
        const schemaPath = (0, codegen_1.str)`${errSchemaPath}/$comment`;
        const rootName = gen.scopeValue("root", { ref: schemaEnv.root });
        gen.code((0, codegen_1._)`${names_1.default.self}.opts.$comment(${msg}, ${schemaPath}, ${rootName}.schema)`);
      }
    }
    function returnResults(it) {
      const { gen, schemaEnv, validateName, ValidationError, opts } = it;
      if (schemaEnv.$async) {
        gen.if((0, codegen_1._)`${names_1.default.errors} === 0`, () => gen.return(names_1.default.data), () => gen.throw((0, codegen_1._)`new ${ValidationError}(${names_1.default.vErrors})`));
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, names_1.default.vErrors);
        if (opts.unevaluated)
          assignEvaluated(it);
        gen.return((0, codegen_1._)`${names_1.default.errors} === 0`);
      }
    }
    function assignEvaluated({ gen, evaluated, props, items }) {
      if (props instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.props`, props);
      if (items instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.items`, items);
    }
    function schemaKeywords(it, types, typeErrors2, errsCount) {
      const { gen, schema: schema4, data, allErrors, opts, self } = it;
      const { RULES } = self;
      if (schema4.$ref && (opts.ignoreKeywordsWithRef || !(0, util_1.schemaHasRulesButRef)(schema4, RULES))) {
        gen.block(() => keywordCode(it, "$ref", RULES.all.$ref.definition));
        return;
      }
      if (!opts.jtd)
        checkStrictTypes(it, types);
      gen.block(() => {
        for (const group of RULES.rules)
          groupKeywords(group);
        groupKeywords(RULES.post);
      });
      function groupKeywords(group) {
        if (!(0, applicability_1.shouldUseGroup)(schema4, group))
          return;
        if (group.type) {
          gen.if((0, dataType_2.checkDataType)(group.type, data, opts.strictNumbers));
          iterateKeywords(it, group);
          if (types.length === 1 && types[0] === group.type && typeErrors2) {
            gen.else();
            (0, dataType_2.reportTypeError)(it);
          }
          gen.endIf();
        } else {
          iterateKeywords(it, group);
        }
        if (!allErrors)
          gen.if((0, codegen_1._)`${names_1.default.errors} === ${errsCount || 0}`);
      }
    }
    function iterateKeywords(it, group) {
      const { gen, schema: schema4, opts: { useDefaults } } = it;
      if (useDefaults)
        (0, defaults_1.assignDefaults)(it, group.type);
      gen.block(() => {
        for (const rule of group.rules) {
          if ((0, applicability_1.shouldUseRule)(schema4, rule)) {
            keywordCode(it, rule.keyword, rule.definition, group.type);
          }
        }
      });
    }
    function checkStrictTypes(it, types) {
      if (it.schemaEnv.meta || !it.opts.strictTypes)
        return;
      checkContextTypes(it, types);
      if (!it.opts.allowUnionTypes)
        checkMultipleTypes(it, types);
      checkKeywordTypes(it, it.dataTypes);
    }
    function checkContextTypes(it, types) {
      if (!types.length)
        return;
      if (!it.dataTypes.length) {
        it.dataTypes = types;
        return;
      }
      types.forEach((t) => {
        if (!includesType(it.dataTypes, t)) {
          strictTypesError(it, `type "${t}" not allowed by context "${it.dataTypes.join(",")}"`);
        }
      });
      narrowSchemaTypes(it, types);
    }
    function checkMultipleTypes(it, ts) {
      if (ts.length > 1 && !(ts.length === 2 && ts.includes("null"))) {
        strictTypesError(it, "use allowUnionTypes to allow union type keyword");
      }
    }
    function checkKeywordTypes(it, ts) {
      const rules2 = it.self.RULES.all;
      for (const keyword in rules2) {
        const rule = rules2[keyword];
        if (typeof rule == "object" && (0, applicability_1.shouldUseRule)(it.schema, rule)) {
          const { type } = rule.definition;
          if (type.length && !type.some((t) => hasApplicableType(ts, t))) {
            strictTypesError(it, `missing type "${type.join(",")}" for keyword "${keyword}"`);
          }
        }
      }
    }
    function hasApplicableType(schTs, kwdT) {
      return schTs.includes(kwdT) || kwdT === "number" && schTs.includes("integer");
    }
    function includesType(ts, t) {
      return ts.includes(t) || t === "integer" && ts.includes("number");
    }
    function narrowSchemaTypes(it, withTypes) {
      const ts = [];
      for (const t of it.dataTypes) {
        if (includesType(withTypes, t))
          ts.push(t);
        else if (withTypes.includes("integer") && t === "number")
          ts.push("integer");
      }
      it.dataTypes = ts;
    }
    function strictTypesError(it, msg) {
      const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
      msg += ` at "${schemaPath}" (strictTypes)`;
      (0, util_1.checkStrictMode)(it, msg, it.opts.strictTypes);
    }
    var KeywordCxt = class {
      constructor(it, def, keyword) {
        (0, keyword_1.validateKeywordUsage)(it, def, keyword);
        this.gen = it.gen;
        this.allErrors = it.allErrors;
        this.keyword = keyword;
        this.data = it.data;
        this.schema = it.schema[keyword];
        this.$data = def.$data && it.opts.$data && this.schema && this.schema.$data;
        this.schemaValue = (0, util_1.schemaRefOrVal)(it, this.schema, keyword, this.$data);
        this.schemaType = def.schemaType;
        this.parentSchema = it.schema;
        this.params = {};
        this.it = it;
        this.def = def;
        if (this.$data) {
          this.schemaCode = it.gen.const("vSchema", getData(this.$data, it));
        } else {
          this.schemaCode = this.schemaValue;
          if (!(0, keyword_1.validSchemaType)(this.schema, def.schemaType, def.allowUndefined)) {
            throw new Error(`${keyword} value must be ${JSON.stringify(def.schemaType)}`);
          }
        }
        if ("code" in def ? def.trackErrors : def.errors !== false) {
          this.errsCount = it.gen.const("_errs", names_1.default.errors);
        }
      }
      result(condition, successAction, failAction) {
        this.failResult((0, codegen_1.not)(condition), successAction, failAction);
      }
      failResult(condition, successAction, failAction) {
        this.gen.if(condition);
        if (failAction)
          failAction();
        else
          this.error();
        if (successAction) {
          this.gen.else();
          successAction();
          if (this.allErrors)
            this.gen.endIf();
        } else {
          if (this.allErrors)
            this.gen.endIf();
          else
            this.gen.else();
        }
      }
      pass(condition, failAction) {
        this.failResult((0, codegen_1.not)(condition), void 0, failAction);
      }
      fail(condition) {
        if (condition === void 0) {
          this.error();
          if (!this.allErrors)
            this.gen.if(false);
          return;
        }
        this.gen.if(condition);
        this.error();
        if (this.allErrors)
          this.gen.endIf();
        else
          this.gen.else();
      }
      fail$data(condition) {
        if (!this.$data)
          return this.fail(condition);
        const { schemaCode } = this;
        this.fail((0, codegen_1._)`${schemaCode} !== undefined && (${(0, codegen_1.or)(this.invalid$data(), condition)})`);
      }
      error(append, errorParams, errorPaths) {
        if (errorParams) {
          this.setParams(errorParams);
          this._error(append, errorPaths);
          this.setParams({});
          return;
        }
        this._error(append, errorPaths);
      }
      _error(append, errorPaths) {
        ;
        (append ? errors_1.reportExtraError : errors_1.reportError)(this, this.def.error, errorPaths);
      }
      $dataError() {
        (0, errors_1.reportError)(this, this.def.$dataError || errors_1.keyword$DataError);
      }
      reset() {
        if (this.errsCount === void 0)
          throw new Error('add "trackErrors" to keyword definition');
        (0, errors_1.resetErrorsCount)(this.gen, this.errsCount);
      }
      ok(cond) {
        if (!this.allErrors)
          this.gen.if(cond);
      }
      setParams(obj, assign) {
        if (assign)
          Object.assign(this.params, obj);
        else
          this.params = obj;
      }
      block$data(valid, codeBlock, $dataValid = codegen_1.nil) {
        this.gen.block(() => {
          this.check$data(valid, $dataValid);
          codeBlock();
        });
      }
      check$data(valid = codegen_1.nil, $dataValid = codegen_1.nil) {
        if (!this.$data)
          return;
        const { gen, schemaCode, schemaType, def } = this;
        gen.if((0, codegen_1.or)((0, codegen_1._)`${schemaCode} === undefined`, $dataValid));
        if (valid !== codegen_1.nil)
          gen.assign(valid, true);
        if (schemaType.length || def.validateSchema) {
          gen.elseIf(this.invalid$data());
          this.$dataError();
          if (valid !== codegen_1.nil)
            gen.assign(valid, false);
        }
        gen.else();
      }
      invalid$data() {
        const { gen, schemaCode, schemaType, def, it } = this;
        return (0, codegen_1.or)(wrong$DataType(), invalid$DataSchema());
        function wrong$DataType() {
          if (schemaType.length) {
            if (!(schemaCode instanceof codegen_1.Name))
              throw new Error("ajv implementation error");
            const st = Array.isArray(schemaType) ? schemaType : [schemaType];
            return (0, codegen_1._)`${(0, dataType_2.checkDataTypes)(st, schemaCode, it.opts.strictNumbers, dataType_2.DataType.Wrong)}`;
          }
          return codegen_1.nil;
        }
        function invalid$DataSchema() {
          if (def.validateSchema) {
            const validateSchemaRef = gen.scopeValue("validate$data", { ref: def.validateSchema });
            return (0, codegen_1._)`!${validateSchemaRef}(${schemaCode})`;
          }
          return codegen_1.nil;
        }
      }
      subschema(appl, valid) {
        const subschema = (0, subschema_1.getSubschema)(this.it, appl);
        (0, subschema_1.extendSubschemaData)(subschema, this.it, appl);
        (0, subschema_1.extendSubschemaMode)(subschema, appl);
        const nextContext = { ...this.it, ...subschema, items: void 0, props: void 0 };
        subschemaCode(nextContext, valid);
        return nextContext;
      }
      mergeEvaluated(schemaCxt, toName) {
        const { it, gen } = this;
        if (!it.opts.unevaluated)
          return;
        if (it.props !== true && schemaCxt.props !== void 0) {
          it.props = util_1.mergeEvaluated.props(gen, schemaCxt.props, it.props, toName);
        }
        if (it.items !== true && schemaCxt.items !== void 0) {
          it.items = util_1.mergeEvaluated.items(gen, schemaCxt.items, it.items, toName);
        }
      }
      mergeValidEvaluated(schemaCxt, valid) {
        const { it, gen } = this;
        if (it.opts.unevaluated && (it.props !== true || it.items !== true)) {
          gen.if(valid, () => this.mergeEvaluated(schemaCxt, codegen_1.Name));
          return true;
        }
      }
    };
    exports.KeywordCxt = KeywordCxt;
    function keywordCode(it, keyword, def, ruleType) {
      const cxt = new KeywordCxt(it, def, keyword);
      if ("code" in def) {
        def.code(cxt, ruleType);
      } else if (cxt.$data && def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      } else if ("macro" in def) {
        (0, keyword_1.macroKeywordCode)(cxt, def);
      } else if (def.compile || def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      }
    }
    var JSON_POINTER = /^\/(?:[^~]|~0|~1)*$/;
    var RELATIVE_JSON_POINTER = /^([0-9]+)(#|\/(?:[^~]|~0|~1)*)?$/;
    function getData($data, { dataLevel, dataNames, dataPathArr }) {
      let jsonPointer;
      let data;
      if ($data === "")
        return names_1.default.rootData;
      if ($data[0] === "/") {
        if (!JSON_POINTER.test($data))
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        jsonPointer = $data;
        data = names_1.default.rootData;
      } else {
        const matches = RELATIVE_JSON_POINTER.exec($data);
        if (!matches)
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        const up = +matches[1];
        jsonPointer = matches[2];
        if (jsonPointer === "#") {
          if (up >= dataLevel)
            throw new Error(errorMsg("property/index", up));
          return dataPathArr[dataLevel - up];
        }
        if (up > dataLevel)
          throw new Error(errorMsg("data", up));
        data = dataNames[dataLevel - up];
        if (!jsonPointer)
          return data;
      }
      let expr = data;
      const segments = jsonPointer.split("/");
      for (const segment of segments) {
        if (segment) {
          data = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)((0, util_1.unescapeJsonPointer)(segment))}`;
          expr = (0, codegen_1._)`${expr} && ${data}`;
        }
      }
      return expr;
      function errorMsg(pointerType, up) {
        return `Cannot access ${pointerType} ${up} levels up, current level is ${dataLevel}`;
      }
    }
    exports.getData = getData;
  }
});

// node_modules/ajv/dist/runtime/validation_error.js
var require_validation_error = __commonJS({
  "node_modules/ajv/dist/runtime/validation_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var ValidationError = class extends Error {
      constructor(errors) {
        super("validation failed");
        this.errors = errors;
        this.ajv = this.validation = true;
      }
    };
    exports.default = ValidationError;
  }
});

// node_modules/ajv/dist/compile/ref_error.js
var require_ref_error = __commonJS({
  "node_modules/ajv/dist/compile/ref_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var resolve_1 = require_resolve();
    var MissingRefError = class extends Error {
      constructor(resolver, baseId, ref, msg) {
        super(msg || `can't resolve reference ${ref} from id ${baseId}`);
        this.missingRef = (0, resolve_1.resolveUrl)(resolver, baseId, ref);
        this.missingSchema = (0, resolve_1.normalizeId)((0, resolve_1.getFullPath)(resolver, this.missingRef));
      }
    };
    exports.default = MissingRefError;
  }
});

// node_modules/ajv/dist/compile/index.js
var require_compile = __commonJS({
  "node_modules/ajv/dist/compile/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.resolveSchema = exports.getCompilingSchema = exports.resolveRef = exports.compileSchema = exports.SchemaEnv = void 0;
    var codegen_1 = require_codegen();
    var validation_error_1 = require_validation_error();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var validate_1 = require_validate();
    var SchemaEnv = class {
      constructor(env) {
        var _a;
        this.refs = {};
        this.dynamicAnchors = {};
        let schema4;
        if (typeof env.schema == "object")
          schema4 = env.schema;
        this.schema = env.schema;
        this.schemaId = env.schemaId;
        this.root = env.root || this;
        this.baseId = (_a = env.baseId) !== null && _a !== void 0 ? _a : (0, resolve_1.normalizeId)(schema4 === null || schema4 === void 0 ? void 0 : schema4[env.schemaId || "$id"]);
        this.schemaPath = env.schemaPath;
        this.localRefs = env.localRefs;
        this.meta = env.meta;
        this.$async = schema4 === null || schema4 === void 0 ? void 0 : schema4.$async;
        this.refs = {};
      }
    };
    exports.SchemaEnv = SchemaEnv;
    function compileSchema(sch) {
      const _sch = getCompilingSchema.call(this, sch);
      if (_sch)
        return _sch;
      const rootId = (0, resolve_1.getFullPath)(this.opts.uriResolver, sch.root.baseId);
      const { es5, lines } = this.opts.code;
      const { ownProperties } = this.opts;
      const gen = new codegen_1.CodeGen(this.scope, { es5, lines, ownProperties });
      let _ValidationError;
      if (sch.$async) {
        _ValidationError = gen.scopeValue("Error", {
          ref: validation_error_1.default,
          code: (0, codegen_1._)`require("ajv/dist/runtime/validation_error").default`
        });
      }
      const validateName = gen.scopeName("validate");
      sch.validateName = validateName;
      const schemaCxt = {
        gen,
        allErrors: this.opts.allErrors,
        data: names_1.default.data,
        parentData: names_1.default.parentData,
        parentDataProperty: names_1.default.parentDataProperty,
        dataNames: [names_1.default.data],
        dataPathArr: [codegen_1.nil],
        // TODO can its length be used as dataLevel if nil is removed?
        dataLevel: 0,
        dataTypes: [],
        definedProperties: /* @__PURE__ */ new Set(),
        topSchemaRef: gen.scopeValue("schema", this.opts.code.source === true ? { ref: sch.schema, code: (0, codegen_1.stringify)(sch.schema) } : { ref: sch.schema }),
        validateName,
        ValidationError: _ValidationError,
        schema: sch.schema,
        schemaEnv: sch,
        rootId,
        baseId: sch.baseId || rootId,
        schemaPath: codegen_1.nil,
        errSchemaPath: sch.schemaPath || (this.opts.jtd ? "" : "#"),
        errorPath: (0, codegen_1._)`""`,
        opts: this.opts,
        self: this
      };
      let sourceCode;
      try {
        this._compilations.add(sch);
        (0, validate_1.validateFunctionCode)(schemaCxt);
        gen.optimize(this.opts.code.optimize);
        const validateCode = gen.toString();
        sourceCode = `${gen.scopeRefs(names_1.default.scope)}return ${validateCode}`;
        if (this.opts.code.process)
          sourceCode = this.opts.code.process(sourceCode, sch);
        const makeValidate = new Function(`${names_1.default.self}`, `${names_1.default.scope}`, sourceCode);
        const validate2 = makeValidate(this, this.scope.get());
        this.scope.value(validateName, { ref: validate2 });
        validate2.errors = null;
        validate2.schema = sch.schema;
        validate2.schemaEnv = sch;
        if (sch.$async)
          validate2.$async = true;
        if (this.opts.code.source === true) {
          validate2.source = { validateName, validateCode, scopeValues: gen._values };
        }
        if (this.opts.unevaluated) {
          const { props, items } = schemaCxt;
          validate2.evaluated = {
            props: props instanceof codegen_1.Name ? void 0 : props,
            items: items instanceof codegen_1.Name ? void 0 : items,
            dynamicProps: props instanceof codegen_1.Name,
            dynamicItems: items instanceof codegen_1.Name
          };
          if (validate2.source)
            validate2.source.evaluated = (0, codegen_1.stringify)(validate2.evaluated);
        }
        sch.validate = validate2;
        return sch;
      } catch (e) {
        delete sch.validate;
        delete sch.validateName;
        if (sourceCode)
          this.logger.error("Error compiling schema, function code:", sourceCode);
        throw e;
      } finally {
        this._compilations.delete(sch);
      }
    }
    exports.compileSchema = compileSchema;
    function resolveRef(root, baseId, ref) {
      var _a;
      ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, ref);
      const schOrFunc = root.refs[ref];
      if (schOrFunc)
        return schOrFunc;
      let _sch = resolve3.call(this, root, ref);
      if (_sch === void 0) {
        const schema4 = (_a = root.localRefs) === null || _a === void 0 ? void 0 : _a[ref];
        const { schemaId } = this.opts;
        if (schema4)
          _sch = new SchemaEnv({ schema: schema4, schemaId, root, baseId });
      }
      if (_sch === void 0)
        return;
      return root.refs[ref] = inlineOrCompile.call(this, _sch);
    }
    exports.resolveRef = resolveRef;
    function inlineOrCompile(sch) {
      if ((0, resolve_1.inlineRef)(sch.schema, this.opts.inlineRefs))
        return sch.schema;
      return sch.validate ? sch : compileSchema.call(this, sch);
    }
    function getCompilingSchema(schEnv) {
      for (const sch of this._compilations) {
        if (sameSchemaEnv(sch, schEnv))
          return sch;
      }
    }
    exports.getCompilingSchema = getCompilingSchema;
    function sameSchemaEnv(s1, s2) {
      return s1.schema === s2.schema && s1.root === s2.root && s1.baseId === s2.baseId;
    }
    function resolve3(root, ref) {
      let sch;
      while (typeof (sch = this.refs[ref]) == "string")
        ref = sch;
      return sch || this.schemas[ref] || resolveSchema.call(this, root, ref);
    }
    function resolveSchema(root, ref) {
      const p = this.opts.uriResolver.parse(ref);
      const refPath = (0, resolve_1._getFullPath)(this.opts.uriResolver, p);
      let baseId = (0, resolve_1.getFullPath)(this.opts.uriResolver, root.baseId, void 0);
      if (Object.keys(root.schema).length > 0 && refPath === baseId) {
        return getJsonPointer.call(this, p, root);
      }
      const id = (0, resolve_1.normalizeId)(refPath);
      const schOrRef = this.refs[id] || this.schemas[id];
      if (typeof schOrRef == "string") {
        const sch = resolveSchema.call(this, root, schOrRef);
        if (typeof (sch === null || sch === void 0 ? void 0 : sch.schema) !== "object")
          return;
        return getJsonPointer.call(this, p, sch);
      }
      if (typeof (schOrRef === null || schOrRef === void 0 ? void 0 : schOrRef.schema) !== "object")
        return;
      if (!schOrRef.validate)
        compileSchema.call(this, schOrRef);
      if (id === (0, resolve_1.normalizeId)(ref)) {
        const { schema: schema4 } = schOrRef;
        const { schemaId } = this.opts;
        const schId = schema4[schemaId];
        if (schId)
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        return new SchemaEnv({ schema: schema4, schemaId, root, baseId });
      }
      return getJsonPointer.call(this, p, schOrRef);
    }
    exports.resolveSchema = resolveSchema;
    var PREVENT_SCOPE_CHANGE = /* @__PURE__ */ new Set([
      "properties",
      "patternProperties",
      "enum",
      "dependencies",
      "definitions"
    ]);
    function getJsonPointer(parsedRef, { baseId, schema: schema4, root }) {
      var _a;
      if (((_a = parsedRef.fragment) === null || _a === void 0 ? void 0 : _a[0]) !== "/")
        return;
      for (const part of parsedRef.fragment.slice(1).split("/")) {
        if (typeof schema4 === "boolean")
          return;
        const partSchema = schema4[(0, util_1.unescapeFragment)(part)];
        if (partSchema === void 0)
          return;
        schema4 = partSchema;
        const schId = typeof schema4 === "object" && schema4[this.opts.schemaId];
        if (!PREVENT_SCOPE_CHANGE.has(part) && schId) {
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        }
      }
      let env;
      if (typeof schema4 != "boolean" && schema4.$ref && !(0, util_1.schemaHasRulesButRef)(schema4, this.RULES)) {
        const $ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schema4.$ref);
        env = resolveSchema.call(this, root, $ref);
      }
      const { schemaId } = this.opts;
      env = env || new SchemaEnv({ schema: schema4, schemaId, root, baseId });
      if (env.schema !== env.root.schema)
        return env;
      return void 0;
    }
  }
});

// node_modules/ajv/dist/refs/data.json
var require_data = __commonJS({
  "node_modules/ajv/dist/refs/data.json"(exports, module) {
    module.exports = {
      $id: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#",
      description: "Meta-schema for $data reference (JSON AnySchema extension proposal)",
      type: "object",
      required: ["$data"],
      properties: {
        $data: {
          type: "string",
          anyOf: [{ format: "relative-json-pointer" }, { format: "json-pointer" }]
        }
      },
      additionalProperties: false
    };
  }
});

// node_modules/fast-uri/lib/utils.js
var require_utils2 = __commonJS({
  "node_modules/fast-uri/lib/utils.js"(exports, module) {
    "use strict";
    var isUUID = RegExp.prototype.test.bind(/^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/iu);
    var isIPv4 = RegExp.prototype.test.bind(/^(?:(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)$/u);
    var isPort = RegExp.prototype.test.bind(/^\d*$/u);
    var isHexPair = RegExp.prototype.test.bind(/^[\da-f]{2}$/iu);
    var isUnreserved = RegExp.prototype.test.bind(/^[\da-z\-._~]$/iu);
    var isPathCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/]$/u);
    var isQueryFragmentCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/?]$/u);
    var isUserinfoCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:]$/u);
    var BYTE_HEX = new Array(256);
    {
      const HEX_DIGITS = "0123456789ABCDEF";
      for (let i = 0; i < 256; i++) {
        BYTE_HEX[i] = "%" + HEX_DIGITS[i >> 4] + HEX_DIGITS[i & 15];
      }
    }
    function percentEncodeNonAscii(cp) {
      if (cp < 2048) {
        return BYTE_HEX[192 | cp >> 6] + BYTE_HEX[128 | cp & 63];
      }
      if (cp < 65536) {
        return BYTE_HEX[224 | cp >> 12] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
      }
      return BYTE_HEX[240 | cp >> 18] + BYTE_HEX[128 | cp >> 12 & 63] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
    }
    function stringArrayToHexStripped(input) {
      let acc = "";
      let code = 0;
      let i = 0;
      for (i = 0; i < input.length; i++) {
        code = input[i].charCodeAt(0);
        if (code === 48) {
          continue;
        }
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input[i];
        break;
      }
      for (i += 1; i < input.length; i++) {
        code = input[i].charCodeAt(0);
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input[i];
      }
      return acc;
    }
    var isHextet = RegExp.prototype.test.bind(/^[\dA-Fa-f]{1,4}$/);
    var isIPvFuture = RegExp.prototype.test.bind(/^[vV][\dA-Fa-f]+\.[A-Za-z\d\-._~!$&'()*+,;=:]+$/);
    var isZoneCharacter = RegExp.prototype.test.bind(/^[A-Za-z\d\-._~]$/);
    var nonSimpleDomain = RegExp.prototype.test.bind(/[^!"$&'()*+,\-.;=_`a-z{}~]/u);
    function isZoneIdentifier(zone) {
      if (zone.length === 0) return false;
      for (let i = 0; i < zone.length; i++) {
        if (isZoneCharacter(zone[i])) continue;
        if (zone[i] === "%" && i + 2 < zone.length && isHexPair(zone.slice(i + 1, i + 3))) {
          i += 2;
          continue;
        }
        return false;
      }
      return true;
    }
    function compressIPv6ZeroRun(hextets) {
      let bestStart = -1;
      let bestLength = 0;
      let runStart = -1;
      let runLength = 0;
      for (let i = 0; i < hextets.length; i++) {
        if (hextets[i] === "0") {
          if (runStart === -1) runStart = i;
          runLength++;
          if (runLength > bestLength) {
            bestLength = runLength;
            bestStart = runStart;
          }
        } else {
          runStart = -1;
          runLength = 0;
        }
      }
      if (bestLength < 2) return hextets.join(":");
      const head = hextets.slice(0, bestStart).join(":");
      const tail = hextets.slice(bestStart + bestLength).join(":");
      return head + "::" + tail;
    }
    function normalizeIPv6Address(input) {
      const compression = input.indexOf("::");
      if (compression !== -1 && input.indexOf("::", compression + 1) !== -1) return void 0;
      const left = compression === -1 ? input.split(":") : input.slice(0, compression).split(":");
      const right = compression === -1 ? [] : input.slice(compression + 2).split(":");
      if (compression !== -1) {
        if (left.length === 1 && left[0] === "") left.length = 0;
        if (right.length === 1 && right[0] === "") right.length = 0;
      }
      const parts = left.concat(right);
      let hextetCount = 0;
      for (let i = 0; i < parts.length; i++) {
        const part = parts[i];
        if (part === "") return void 0;
        if (part.indexOf(".") !== -1) {
          if (i !== parts.length - 1 || compression !== -1 && right.length === 0 || !isIPv4(part)) return void 0;
          hextetCount += 2;
          continue;
        }
        if (!isHextet(part)) return void 0;
        parts[i] = parseInt(part, 16).toString(16);
        hextetCount++;
      }
      if (compression === -1) {
        if (hextetCount !== 8) return void 0;
        return compressIPv6ZeroRun(parts);
      }
      if (hextetCount >= 8) return void 0;
      const expanded = parts.slice(0, left.length);
      for (let i = hextetCount; i < 8; i++) expanded.push("0");
      for (let i = left.length; i < parts.length; i++) expanded.push(parts[i]);
      return compressIPv6ZeroRun(expanded);
    }
    function normalizeIPv6(host) {
      const bracketed = host[0] === "[" && host[host.length - 1] === "]";
      const hasBracket = host[0] === "[" || host[host.length - 1] === "]";
      if (hasBracket && !bracketed) return { host, isIPV6: false, error: true };
      let input = bracketed ? host.slice(1, -1) : host;
      if (bracketed && isIPvFuture(input)) {
        input = input.toLowerCase();
        return { host: `[${input}]`, escapedHost: input, isIPV6: false, isIPVFuture: true };
      }
      if (findToken(input, ":") < 2) {
        return { host, isIPV6: false, error: bracketed };
      }
      let zoneIdentifier = "";
      const zoneSeparator = input.indexOf("%");
      if (zoneSeparator !== -1) {
        const separatorLength = input.slice(zoneSeparator, zoneSeparator + 3).toLowerCase() === "%25" ? 3 : 1;
        zoneIdentifier = input.slice(zoneSeparator + separatorLength);
        if (!isZoneIdentifier(zoneIdentifier)) return { host, isIPV6: false, error: true };
        input = input.slice(0, zoneSeparator);
      }
      const address = normalizeIPv6Address(input);
      if (address === void 0) return { host, isIPV6: false, error: true };
      return {
        host: address + (zoneIdentifier ? "%" + zoneIdentifier : ""),
        escapedHost: address + (zoneIdentifier ? "%25" + zoneIdentifier : ""),
        isIPV6: true
      };
    }
    function findToken(str, token) {
      let ind = 0;
      for (let i = 0; i < str.length; i++) {
        if (str[i] === token) ind++;
      }
      return ind;
    }
    function removeDotSegments(path) {
      let input = path;
      const output = [];
      let nextSlash = -1;
      let len = 0;
      while (len = input.length) {
        if (len === 1) {
          if (input === ".") {
            break;
          } else if (input === "/") {
            output.push("/");
            break;
          } else {
            output.push(input);
            break;
          }
        } else if (len === 2) {
          if (input[0] === ".") {
            if (input[1] === ".") {
              break;
            } else if (input[1] === "/") {
              input = input.slice(2);
              continue;
            }
          } else if (input[0] === "/") {
            if (input[1] === "." || input[1] === "/") {
              output.push("/");
              break;
            }
          }
        } else if (len === 3) {
          if (input === "/..") {
            if (output.length !== 0) {
              output.pop();
            }
            output.push("/");
            break;
          }
        }
        if (input[0] === ".") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(3);
              continue;
            }
          } else if (input[1] === "/") {
            input = input.slice(2);
            continue;
          }
        } else if (input[0] === "/") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(2);
              continue;
            } else if (input[2] === ".") {
              if (input[3] === "/") {
                input = input.slice(3);
                if (output.length !== 0) {
                  output.pop();
                }
                continue;
              }
            }
          }
        }
        if ((nextSlash = input.indexOf("/", 1)) === -1) {
          output.push(input);
          break;
        } else {
          output.push(input.slice(0, nextSlash));
          input = input.slice(nextSlash);
        }
      }
      return output.join("");
    }
    function removeDotSegmentsRelative(path) {
      if (path === "" || path[0] === "/") {
        return removeDotSegments(path);
      }
      const segments = path.split("/");
      const last = segments.length - 1;
      const output = [];
      let trailingDirectory = false;
      for (let i = 0; i <= last; i++) {
        const segment = segments[i];
        if (segment === "." || segment === "..") {
          if (segment === "..") {
            if (output.length !== 0 && output[output.length - 1] !== "..") {
              output.pop();
            } else {
              output.push("..");
            }
          }
          trailingDirectory = i === last;
        } else {
          output.push(segment);
        }
      }
      if (trailingDirectory && output[output.length - 1] !== "..") {
        output.push("");
      }
      if (output.length === 0 || output[0] === "" || output[0].includes(":")) {
        output.unshift(".");
      }
      return output.join("/");
    }
    var HOST_DELIMS = { "@": "%40", "/": "%2F", "?": "%3F", "#": "%23", ":": "%3A" };
    var HOST_DELIM_RE = /[@/?#:]/g;
    var HOST_DELIM_NO_COLON_RE = /[@/?#]/g;
    function reescapeHostDelimiters(host, isIP) {
      const re = isIP ? HOST_DELIM_NO_COLON_RE : HOST_DELIM_RE;
      re.lastIndex = 0;
      return host.replace(re, (ch) => HOST_DELIMS[ch]);
    }
    function normalizePercentEncoding(input, decodeUnreserved = false) {
      if (input.indexOf("%") === -1) {
        return input;
      }
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decodeUnreserved && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        output += input[i];
      }
      return output;
    }
    function normalizePathEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decoded !== "." && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isPathCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function serializePathEncoding(input, pathNoScheme = false) {
      let output = "";
      let firstSegment = pathNoScheme && input[0] !== "/";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (ch === "/") {
          firstSegment = false;
        }
        if (isPathCharacter(ch) && (ch !== ":" || !firstSegment)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeComponent(input, isAllowed) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (isAllowed(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeUserinfo(input) {
      return encodeComponent(input, isUserinfoCharacter);
    }
    function encodeQuery(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function encodeFragment(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function isEscapeSafe(cp) {
      return cp >= 48 && cp <= 57 || cp >= 65 && cp <= 90 || cp >= 97 && cp <= 122 || cp === 42 || cp === 43 || cp === 45 || cp === 46 || cp === 47 || cp === 64 || cp === 95;
    }
    function normalizeQueryFragmentEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isQueryFragmentCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function escapePreservingEscapes(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        output += escape(input[i]);
      }
      return output;
    }
    function recomposeAuthority(component) {
      const uriTokens = [];
      if (component.userinfo !== void 0) {
        uriTokens.push(encodeUserinfo(component.userinfo));
        uriTokens.push("@");
      }
      if (component.host !== void 0) {
        let host = component.host;
        if (!isIPv4(host)) {
          let ipV6res = normalizeIPv6(host);
          if (ipV6res.isIPV6 !== true && ipV6res.isIPVFuture !== true) {
            host = normalizePercentEncoding(host, true);
            ipV6res = normalizeIPv6(host);
          }
          if (ipV6res.isIPV6 === true || ipV6res.isIPVFuture === true) {
            host = `[${ipV6res.escapedHost}]`;
          } else {
            host = reescapeHostDelimiters(host, false);
          }
        }
        uriTokens.push(host);
      }
      if (typeof component.port === "number" || typeof component.port === "string") {
        const port = String(component.port);
        if (!isPort(port)) {
          throw new TypeError("URI port is malformed.");
        }
        uriTokens.push(":");
        uriTokens.push(port);
      }
      return uriTokens.length ? uriTokens.join("") : void 0;
    }
    module.exports = {
      nonSimpleDomain,
      recomposeAuthority,
      reescapeHostDelimiters,
      normalizePercentEncoding,
      normalizePathEncoding,
      serializePathEncoding,
      normalizeQueryFragmentEncoding,
      encodeUserinfo,
      encodeQuery,
      encodeFragment,
      escapePreservingEscapes,
      removeDotSegments,
      removeDotSegmentsRelative,
      isIPv4,
      isUUID,
      normalizeIPv6,
      stringArrayToHexStripped
    };
  }
});

// node_modules/fast-uri/lib/schemes.js
var require_schemes = __commonJS({
  "node_modules/fast-uri/lib/schemes.js"(exports, module) {
    "use strict";
    var { isUUID } = require_utils2();
    var URN_REG = /^([\da-z][\d\-a-z]{0,31}):((?:[\w!$'()*+,\-./:;=@]|%[\da-f]{2})+)$/iu;
    var supportedSchemeNames = (
      /** @type {const} */
      [
        "http",
        "https",
        "ws",
        "wss",
        "urn",
        "urn:uuid"
      ]
    );
    function isValidSchemeName(name) {
      return supportedSchemeNames.indexOf(
        /** @type {*} */
        name
      ) !== -1;
    }
    function wsIsSecure(wsComponent) {
      if (wsComponent.secure === true) {
        return true;
      } else if (wsComponent.secure === false) {
        return false;
      } else if (wsComponent.scheme) {
        return wsComponent.scheme.length === 3 && (wsComponent.scheme[0] === "w" || wsComponent.scheme[0] === "W") && (wsComponent.scheme[1] === "s" || wsComponent.scheme[1] === "S") && (wsComponent.scheme[2] === "s" || wsComponent.scheme[2] === "S");
      } else {
        return false;
      }
    }
    function httpParse(component) {
      if (!component.host) {
        component.error = component.error || "HTTP URIs must have a host.";
      }
      return component;
    }
    function httpSerialize(component) {
      const secure = String(component.scheme).toLowerCase() === "https";
      if (component.port === (secure ? 443 : 80) || component.port === "") {
        component.port = void 0;
      }
      if (!component.path) {
        component.path = "/";
      }
      return component;
    }
    function wsParse(wsComponent) {
      wsComponent.secure = wsIsSecure(wsComponent);
      wsComponent.resourceName = (wsComponent.path || "/") + (wsComponent.query ? "?" + wsComponent.query : "");
      wsComponent.path = void 0;
      wsComponent.query = void 0;
      return wsComponent;
    }
    function wsSerialize(wsComponent) {
      if (wsComponent.port === (wsIsSecure(wsComponent) ? 443 : 80) || wsComponent.port === "") {
        wsComponent.port = void 0;
      }
      if (typeof wsComponent.secure === "boolean") {
        wsComponent.scheme = wsComponent.secure ? "wss" : "ws";
        wsComponent.secure = void 0;
      }
      if (wsComponent.resourceName) {
        const queryIndex = wsComponent.resourceName.indexOf("?");
        const path = queryIndex === -1 ? wsComponent.resourceName : wsComponent.resourceName.slice(0, queryIndex);
        wsComponent.path = path && path !== "/" ? path : void 0;
        wsComponent.query = queryIndex === -1 ? void 0 : wsComponent.resourceName.slice(queryIndex + 1);
        wsComponent.resourceName = void 0;
      }
      wsComponent.fragment = void 0;
      return wsComponent;
    }
    function urnParse(urnComponent, options) {
      if (!urnComponent.path) {
        urnComponent.error = "URN can not be parsed";
        return urnComponent;
      }
      const matches = urnComponent.path.match(URN_REG);
      if (matches && matches[0] === urnComponent.path) {
        const scheme = options.scheme || urnComponent.scheme || "urn";
        urnComponent.nid = matches[1].toLowerCase();
        urnComponent.nss = matches[2];
        const urnScheme = `${scheme}:${options.nid || urnComponent.nid}`;
        const schemeHandler = getSchemeHandler(urnScheme);
        urnComponent.path = void 0;
        if (schemeHandler) {
          urnComponent = schemeHandler.parse(urnComponent, options);
        }
      } else {
        urnComponent.error = urnComponent.error || "URN can not be parsed.";
      }
      return urnComponent;
    }
    function urnSerialize(urnComponent, options) {
      if (urnComponent.nid === void 0) {
        throw new Error("URN without nid cannot be serialized");
      }
      const scheme = options.scheme || urnComponent.scheme || "urn";
      const nid = urnComponent.nid.toLowerCase();
      const urnScheme = `${scheme}:${options.nid || nid}`;
      const schemeHandler = getSchemeHandler(urnScheme);
      if (schemeHandler) {
        urnComponent = schemeHandler.serialize(urnComponent, options);
      }
      const uriComponent = urnComponent;
      const nss = urnComponent.nss;
      uriComponent.path = `${nid || options.nid}:${nss}`;
      options.skipEscape = true;
      return uriComponent;
    }
    function urnuuidParse(urnComponent, options) {
      const uuidComponent = urnComponent;
      uuidComponent.uuid = uuidComponent.nss;
      uuidComponent.nss = void 0;
      if (!options.tolerant && (!uuidComponent.uuid || !isUUID(uuidComponent.uuid))) {
        uuidComponent.error = uuidComponent.error || "UUID is not valid.";
      }
      return uuidComponent;
    }
    function urnuuidSerialize(uuidComponent) {
      const urnComponent = uuidComponent;
      urnComponent.nss = (uuidComponent.uuid || "").toLowerCase();
      return urnComponent;
    }
    var http = (
      /** @type {SchemeHandler} */
      {
        scheme: "http",
        domainHost: true,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var https = (
      /** @type {SchemeHandler} */
      {
        scheme: "https",
        domainHost: http.domainHost,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var ws = (
      /** @type {SchemeHandler} */
      {
        scheme: "ws",
        domainHost: true,
        parse: wsParse,
        serialize: wsSerialize
      }
    );
    var wss = (
      /** @type {SchemeHandler} */
      {
        scheme: "wss",
        domainHost: ws.domainHost,
        parse: ws.parse,
        serialize: ws.serialize
      }
    );
    var urn = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn",
        parse: urnParse,
        serialize: urnSerialize,
        skipNormalize: true
      }
    );
    var urnuuid = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn:uuid",
        parse: urnuuidParse,
        serialize: urnuuidSerialize,
        skipNormalize: true
      }
    );
    var SCHEMES = (
      /** @type {Record<SchemeName, SchemeHandler>} */
      {
        http,
        https,
        ws,
        wss,
        urn,
        "urn:uuid": urnuuid
      }
    );
    Object.setPrototypeOf(SCHEMES, null);
    function getSchemeHandler(scheme) {
      return scheme && (SCHEMES[
        /** @type {SchemeName} */
        scheme
      ] || SCHEMES[
        /** @type {SchemeName} */
        scheme.toLowerCase()
      ]) || void 0;
    }
    module.exports = {
      wsIsSecure,
      SCHEMES,
      isValidSchemeName,
      getSchemeHandler
    };
  }
});

// node_modules/fast-uri/index.js
var require_fast_uri = __commonJS({
  "node_modules/fast-uri/index.js"(exports, module) {
    "use strict";
    var { normalizeIPv6, removeDotSegments, removeDotSegmentsRelative, recomposeAuthority, normalizePercentEncoding, normalizePathEncoding, serializePathEncoding, normalizeQueryFragmentEncoding, encodeQuery, encodeFragment, reescapeHostDelimiters, isIPv4, nonSimpleDomain } = require_utils2();
    var { SCHEMES, getSchemeHandler } = require_schemes();
    var VALID_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*$/u;
    var MALFORMED_SCHEME_ERROR = "URI scheme is malformed.";
    var MALFORMED_HOST_ERROR = "URI host is malformed.";
    var FORBIDDEN_DOMAIN_HOST_CHARACTER = /[\0-\x20"#/:<>?@[\\\]^`{|}\x7F]/u;
    function validateScheme(scheme) {
      const stringScheme = String(scheme);
      if (!VALID_SCHEME.test(stringScheme)) {
        throw new TypeError(MALFORMED_SCHEME_ERROR);
      }
      return stringScheme;
    }
    function normalize(uri, options) {
      if (typeof uri === "string") {
        uri = /** @type {T} */
        normalizeString(uri, options);
      } else if (typeof uri === "object") {
        uri = /** @type {T} */
        parse2(serialize(uri, options), options);
      }
      return uri;
    }
    function resolve3(baseURI, relativeURI, options) {
      const schemelessOptions = options ? Object.assign({ scheme: "null" }, options) : { scheme: "null" };
      const {
        parsed: baseParsed,
        malformedAuthorityOrPort: baseMalformed,
        malformedPercentEncoding: baseMalformedPercentEncoding,
        malformedSchemeSpecific: baseMalformedSchemeSpecific,
        malformedHost: baseMalformedHost,
        malformedScheme: baseMalformedScheme
      } = parseWithStatus(baseURI, schemelessOptions);
      const {
        parsed: relativeParsed,
        malformedAuthorityOrPort: relativeMalformed,
        malformedPercentEncoding: relativeMalformedPercentEncoding,
        malformedSchemeSpecific: relativeMalformedSchemeSpecific,
        malformedHost: relativeMalformedHost,
        malformedScheme: relativeMalformedScheme
      } = parseWithStatus(relativeURI, schemelessOptions);
      if (baseMalformed || relativeMalformed || baseMalformedPercentEncoding || relativeMalformedPercentEncoding || baseMalformedSchemeSpecific || relativeMalformedSchemeSpecific || baseMalformedHost || relativeMalformedHost || baseMalformedScheme || relativeMalformedScheme) {
        throw new Error(baseParsed.error || relativeParsed.error || "URI is malformed.");
      }
      const resolved = resolveComponent(baseParsed, relativeParsed, schemelessOptions, true);
      const resolvedSchemeHandler = getSchemeHandler(options && options.scheme || resolved.scheme);
      const resolvedHost = resolved.host;
      const resolvedHostIsIP = resolvedHost !== void 0 && resolvedHost !== "" && (isIPv4(resolvedHost) || normalizeIPv6(resolvedHost).isIPV6);
      if (hasForbiddenDomainHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP)) {
        throw new Error(MALFORMED_HOST_ERROR);
      }
      canonicalizeHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP);
      const encodedASCIIHost = resolvedHost && resolvedHost.indexOf("%") !== -1 && !new RegExp("\\P{ASCII}", "u").test(resolvedHost);
      if (resolved.error && !encodedASCIIHost) {
        throw new Error(resolved.error);
      }
      schemelessOptions.skipEscape = true;
      return serialize(resolved, schemelessOptions);
    }
    function resolveComponent(base, relative4, options, skipNormalization) {
      const target = {};
      if (!skipNormalization) {
        base = parse2(serialize(base, options), options);
        relative4 = parse2(serialize(relative4, options), options);
      }
      options = options || {};
      if (!options.tolerant && relative4.scheme) {
        target.scheme = relative4.scheme;
        target.userinfo = relative4.userinfo;
        target.host = relative4.host;
        target.port = relative4.port;
        target.path = removeDotSegments(relative4.path || "");
        target.query = relative4.query;
      } else {
        if (relative4.userinfo !== void 0 || relative4.host !== void 0 || relative4.port !== void 0) {
          target.userinfo = relative4.userinfo;
          target.host = relative4.host;
          target.port = relative4.port;
          target.path = removeDotSegments(relative4.path || "");
          target.query = relative4.query;
        } else {
          if (!relative4.path) {
            target.path = base.path;
            if (relative4.query !== void 0) {
              target.query = relative4.query;
            } else {
              target.query = base.query;
            }
          } else {
            if (relative4.path[0] === "/") {
              target.path = removeDotSegments(relative4.path);
            } else {
              const baseHasAuthority = base.userinfo !== void 0 || base.host !== void 0 || base.port !== void 0;
              if (baseHasAuthority && !base.path) {
                target.path = "/" + relative4.path;
              } else if (!base.path) {
                target.path = relative4.path;
              } else {
                target.path = base.path.slice(0, base.path.lastIndexOf("/") + 1) + relative4.path;
              }
              target.path = base.scheme === void 0 && !baseHasAuthority && target.path[0] !== "/" ? removeDotSegmentsRelative(target.path) : removeDotSegments(target.path);
            }
            target.query = relative4.query;
          }
          target.userinfo = base.userinfo;
          target.host = base.host;
          target.port = base.port;
        }
        target.scheme = base.scheme;
      }
      target.fragment = relative4.fragment;
      return target;
    }
    function equal(uriA, uriB, options) {
      const normalizedA = normalizeComparableURI(uriA, options);
      const normalizedB = normalizeComparableURI(uriB, options);
      return normalizedA !== void 0 && normalizedB !== void 0 && normalizedA === normalizedB;
    }
    function serialize(cmpts, opts) {
      const component = {
        host: cmpts.host,
        scheme: cmpts.scheme,
        userinfo: cmpts.userinfo,
        port: cmpts.port,
        path: cmpts.path,
        query: cmpts.query,
        nid: cmpts.nid,
        nss: cmpts.nss,
        uuid: cmpts.uuid,
        fragment: cmpts.fragment,
        reference: cmpts.reference,
        resourceName: cmpts.resourceName,
        secure: cmpts.secure,
        error: ""
      };
      const options = Object.assign({}, opts);
      const uriTokens = [];
      if (component.scheme) {
        component.scheme = validateScheme(component.scheme);
      }
      const schemeHandler = getSchemeHandler(options.scheme || component.scheme);
      if (schemeHandler && schemeHandler.serialize) schemeHandler.serialize(component, options);
      const hasAuthority = component.userinfo !== void 0 || component.host !== void 0 || component.port !== void 0;
      const schemelessReference = (component.scheme === void 0 || options.reference === "suffix") && !hasAuthority;
      const pathNoScheme = !options.skipEscape && schemelessReference;
      if (component.path !== void 0) {
        if (!options.skipEscape) {
          component.path = serializePathEncoding(component.path, pathNoScheme);
        } else {
          component.path = normalizePercentEncoding(component.path);
        }
      }
      if (options.reference !== "suffix" && component.scheme) {
        component.scheme = validateScheme(component.scheme);
        uriTokens.push(component.scheme, ":");
      }
      const authority = recomposeAuthority(component);
      if (authority !== void 0) {
        if (options.reference !== "suffix") {
          uriTokens.push("//");
        }
        uriTokens.push(authority);
        if (component.path && component.path[0] !== "/") {
          uriTokens.push("/");
        }
      }
      if (component.path !== void 0) {
        let s = component.path;
        if (!options.absolutePath && (!schemeHandler || !schemeHandler.absolutePath)) {
          s = schemelessReference && s[0] !== "/" ? removeDotSegmentsRelative(s) : removeDotSegments(s);
        }
        if (schemelessReference) {
          s = serializePathEncoding(s, true);
        }
        if (authority === void 0 && s[0] === "/" && s[1] === "/") {
          s = "/%2F" + s.slice(2);
        }
        uriTokens.push(s);
      }
      if (component.query !== void 0) {
        uriTokens.push("?", encodeQuery(component.query));
      }
      if (component.fragment !== void 0) {
        uriTokens.push("#", encodeFragment(component.fragment));
      }
      return uriTokens.join("");
    }
    var URI_PARSE = /^(?:([^#/:?]+):)?(?:\/\/((?:([^#/?@]*)@)?(\[[^#/?\]]+\]|[^#/:?]*)(?::(\d*))?))?([^#?]*)(?:\?([^#]*))?(?:#((?:.|[\n\r])*))?/u;
    var AUTHORITY_PREFIX = /^(?:[^#/:?]+:)?\/\/([^/?#]*)/;
    var AUTHORITY_INTRODUCER_REGION = /^(?:[^#/:?]+:)?([/\\\t\n\r]*)/;
    function getParseError(parsed, matches) {
      if (matches[2] !== void 0 && parsed.path && parsed.path[0] !== "/") {
        return 'URI path must start with "/" when authority is present.';
      }
      if (typeof parsed.port === "number" && (parsed.port < 0 || parsed.port > 65535)) {
        return "URI port is malformed.";
      }
      return void 0;
    }
    function hasMalformedPercentEncoding(component) {
      if (component === void 0) return false;
      let percent = component.indexOf("%");
      while (percent !== -1) {
        if (percent + 2 >= component.length || !/^[\da-f]{2}$/iu.test(component.slice(percent + 1, percent + 3))) {
          return true;
        }
        percent = component.indexOf("%", percent + 3);
      }
      return false;
    }
    function isIPLiteral(host) {
      return host[0] === "[" && host[host.length - 1] === "]";
    }
    function hasMalformedComponentPercentEncoding(matches) {
      const host = matches[4];
      return hasMalformedPercentEncoding(matches[3]) || host !== void 0 && !isIPLiteral(host) && hasMalformedPercentEncoding(host) || hasMalformedPercentEncoding(matches[6]) || hasMalformedPercentEncoding(matches[7]) || hasMalformedPercentEncoding(matches[8]);
    }
    function canonicalizeHost(parsed, options, schemeHandler, isIP) {
      if (hasForbiddenDomainHost(parsed, options, schemeHandler, isIP)) {
        parsed.error = parsed.error || MALFORMED_HOST_ERROR;
        return true;
      }
      if (!options.unicodeSupport && (!schemeHandler || !schemeHandler.unicodeSupport) && parsed.host && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && isIP === false && nonSimpleDomain(parsed.host)) {
        let url;
        try {
          url = new URL("http://" + parsed.host);
        } catch (e) {
          parsed.error = parsed.error || "Host's domain name can not be converted to ASCII: " + e;
          return true;
        }
        if (!isHostOnlyURL(url)) {
          parsed.error = parsed.error || MALFORMED_HOST_ERROR;
          return true;
        }
        parsed.host = url.hostname;
      }
      return false;
    }
    function hasForbiddenDomainHost(parsed, options, schemeHandler, isIP) {
      return Boolean(
        parsed.host && isIP === false && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && FORBIDDEN_DOMAIN_HOST_CHARACTER.test(parsed.host)
      );
    }
    function isHostOnlyURL(url) {
      return url.username === "" && url.password === "" && url.port === "" && url.pathname === "/" && url.search === "" && url.hash === "" && url.hostname !== "";
    }
    function parseWithStatus(uri, opts) {
      const options = Object.assign({}, opts);
      const parsed = {
        scheme: void 0,
        userinfo: void 0,
        host: "",
        port: void 0,
        path: "",
        query: void 0,
        fragment: void 0
      };
      let malformedAuthorityOrPort = false;
      let malformedPercentEncoding = false;
      let malformedSchemeSpecific = false;
      let malformedHost = false;
      let malformedIPLiteral = false;
      let malformedScheme = false;
      let isIP = false;
      if (options.reference === "suffix") {
        if (options.scheme) {
          uri = options.scheme + ":" + uri;
        } else {
          uri = "//" + uri;
        }
      }
      const authorityMatch = uri.match(AUTHORITY_PREFIX);
      if (authorityMatch !== null && authorityMatch[1].indexOf("\\") !== -1) {
        parsed.error = "URI authority must not contain a literal backslash.";
        malformedAuthorityOrPort = true;
      }
      const introducerMatch = uri.match(AUTHORITY_INTRODUCER_REGION);
      if (introducerMatch !== null) {
        const region = introducerMatch[1];
        const normalizedRegion = region.replace(/[\t\n\r]/g, "");
        if (normalizedRegion.length >= 2) {
          if (normalizedRegion.slice(0, 2) !== "//") {
            parsed.error = parsed.error || "URI authority must not contain a literal backslash.";
            malformedAuthorityOrPort = true;
          } else if (region.length !== normalizedRegion.length) {
            parsed.error = parsed.error || "URI authority introducer must not contain whitespace.";
            malformedAuthorityOrPort = true;
          }
        }
      }
      const matches = uri.match(URI_PARSE);
      if (matches) {
        parsed.scheme = matches[1];
        parsed.userinfo = matches[3];
        parsed.host = matches[4];
        parsed.port = parseInt(matches[5], 10);
        parsed.path = matches[6] || "";
        parsed.query = matches[7];
        parsed.fragment = matches[8];
        if (parsed.scheme !== void 0) {
          if (VALID_SCHEME.test(parsed.scheme)) {
            parsed.scheme = parsed.scheme.toLowerCase();
          } else {
            parsed.error = parsed.error || MALFORMED_SCHEME_ERROR;
            malformedScheme = true;
          }
        }
        malformedPercentEncoding = hasMalformedComponentPercentEncoding(matches);
        if (malformedPercentEncoding) {
          parsed.error = parsed.error || "URI contains malformed percent-encoding.";
        }
        if (isNaN(parsed.port)) {
          parsed.port = matches[5];
        }
        const parseError = getParseError(parsed, matches);
        if (parseError !== void 0) {
          parsed.error = parsed.error || parseError;
          malformedAuthorityOrPort = true;
        }
        if (parsed.host) {
          const ipv4result = isIPv4(parsed.host);
          if (ipv4result === false) {
            const bracketedIPLiteral = isIPLiteral(parsed.host);
            const hasIPLiteralBracket = parsed.host.indexOf("[") !== -1 || parsed.host.indexOf("]") !== -1;
            const ipv6result = normalizeIPv6(parsed.host);
            isIP = ipv6result.isIPV6 || ipv6result.isIPVFuture === true;
            malformedIPLiteral = hasIPLiteralBracket && (!bracketedIPLiteral || ipv6result.error === true);
            parsed.host = isIP ? ipv6result.host : ipv6result.host.toLowerCase();
            if (malformedIPLiteral) {
              parsed.error = parsed.error || MALFORMED_HOST_ERROR;
              malformedAuthorityOrPort = true;
            }
          } else {
            isIP = true;
          }
        }
        if (parsed.scheme === void 0 && parsed.userinfo === void 0 && parsed.host === void 0 && parsed.port === void 0 && parsed.query === void 0 && !parsed.path) {
          parsed.reference = "same-document";
        } else if (parsed.scheme === void 0) {
          parsed.reference = "relative";
        } else if (parsed.fragment === void 0) {
          parsed.reference = "absolute";
        } else {
          parsed.reference = "uri";
        }
        if (options.reference && options.reference !== "suffix" && options.reference !== parsed.reference) {
          parsed.error = parsed.error || "URI is not a " + options.reference + " reference.";
        }
        const schemeHandler = getSchemeHandler(options.scheme || parsed.scheme);
        if (!malformedIPLiteral) {
          malformedHost = canonicalizeHost(parsed, options, schemeHandler, isIP);
        }
        if (uri.indexOf("%") !== -1 && parsed.host !== void 0 && !malformedIPLiteral) {
          let host = isIP ? parsed.host : normalizePercentEncoding(parsed.host, true);
          if (!isIP) {
            host = normalizePercentEncoding(host.toLowerCase());
          }
          parsed.host = isIP || options.scheme !== "null" ? reescapeHostDelimiters(host, isIP) : host;
        }
        if (!schemeHandler || schemeHandler && !schemeHandler.skipNormalize) {
          if (parsed.path) {
            parsed.path = normalizePathEncoding(parsed.path);
          }
          if (parsed.query) {
            parsed.query = normalizeQueryFragmentEncoding(parsed.query);
          }
          if (parsed.fragment) {
            parsed.fragment = normalizeQueryFragmentEncoding(parsed.fragment);
          }
        }
        if (schemeHandler && schemeHandler.parse) {
          schemeHandler.parse(parsed, options);
          if (schemeHandler === SCHEMES.urn && parsed.nid === void 0) {
            malformedSchemeSpecific = true;
          }
        }
      } else {
        parsed.error = parsed.error || "URI can not be parsed.";
      }
      return { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme };
    }
    function parse2(uri, opts) {
      return parseWithStatus(uri, opts).parsed;
    }
    function normalizeString(uri, opts) {
      return normalizeStringWithStatus(uri, opts).normalized;
    }
    function normalizeStringWithStatus(uri, opts) {
      const { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = parseWithStatus(uri, opts);
      return {
        normalized: malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? uri : serialize(parsed, opts),
        malformedAuthorityOrPort,
        malformedPercentEncoding,
        malformedSchemeSpecific,
        malformedHost,
        malformedScheme
      };
    }
    function normalizeComparableURI(uri, opts) {
      if (typeof uri !== "string" && typeof uri !== "object") {
        return void 0;
      }
      let value;
      try {
        value = typeof uri === "string" ? uri : serialize(uri, opts);
      } catch {
        return void 0;
      }
      const { normalized, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = normalizeStringWithStatus(value, opts);
      return malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? void 0 : normalized;
    }
    var fastUri = {
      SCHEMES,
      normalize,
      resolve: resolve3,
      resolveComponent,
      equal,
      serialize,
      parse: parse2
    };
    module.exports = fastUri;
    module.exports.default = fastUri;
    module.exports.fastUri = fastUri;
  }
});

// node_modules/ajv/dist/runtime/uri.js
var require_uri = __commonJS({
  "node_modules/ajv/dist/runtime/uri.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var uri = require_fast_uri();
    uri.code = 'require("ajv/dist/runtime/uri").default';
    exports.default = uri;
  }
});

// node_modules/ajv/dist/core.js
var require_core = __commonJS({
  "node_modules/ajv/dist/core.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = void 0;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    var ref_error_1 = require_ref_error();
    var rules_1 = require_rules();
    var compile_1 = require_compile();
    var codegen_2 = require_codegen();
    var resolve_1 = require_resolve();
    var dataType_1 = require_dataType();
    var util_1 = require_util();
    var $dataRefSchema = require_data();
    var uri_1 = require_uri();
    var defaultRegExp = (str, flags) => new RegExp(str, flags);
    defaultRegExp.code = "new RegExp";
    var META_IGNORE_OPTIONS = ["removeAdditional", "useDefaults", "coerceTypes"];
    var EXT_SCOPE_NAMES = /* @__PURE__ */ new Set([
      "validate",
      "serialize",
      "parse",
      "wrapper",
      "root",
      "schema",
      "keyword",
      "pattern",
      "formats",
      "validate$data",
      "func",
      "obj",
      "Error"
    ]);
    var removedOptions = {
      errorDataPath: "",
      format: "`validateFormats: false` can be used instead.",
      nullable: '"nullable" keyword is supported by default.',
      jsonPointers: "Deprecated jsPropertySyntax can be used instead.",
      extendRefs: "Deprecated ignoreKeywordsWithRef can be used instead.",
      missingRefs: "Pass empty schema with $id that should be ignored to ajv.addSchema.",
      processCode: "Use option `code: {process: (code, schemaEnv: object) => string}`",
      sourceCode: "Use option `code: {source: true}`",
      strictDefaults: "It is default now, see option `strict`.",
      strictKeywords: "It is default now, see option `strict`.",
      uniqueItems: '"uniqueItems" keyword is always validated.',
      unknownFormats: "Disable strict mode or pass `true` to `ajv.addFormat` (or `formats` option).",
      cache: "Map is used as cache, schema object as key.",
      serialize: "Map is used as cache, schema object as key.",
      ajvErrors: "It is default now."
    };
    var deprecatedOptions = {
      ignoreKeywordsWithRef: "",
      jsPropertySyntax: "",
      unicode: '"minLength"/"maxLength" account for unicode characters by default.'
    };
    var MAX_EXPRESSION = 200;
    function requiredOptions(o) {
      var _a, _b, _c, _d, _e, _f, _g, _h, _j, _k, _l, _m, _o, _p, _q, _r, _s, _t, _u, _v, _w, _x, _y, _z, _0;
      const s = o.strict;
      const _optz = (_a = o.code) === null || _a === void 0 ? void 0 : _a.optimize;
      const optimize = _optz === true || _optz === void 0 ? 1 : _optz || 0;
      const regExp = (_c = (_b = o.code) === null || _b === void 0 ? void 0 : _b.regExp) !== null && _c !== void 0 ? _c : defaultRegExp;
      const uriResolver = (_d = o.uriResolver) !== null && _d !== void 0 ? _d : uri_1.default;
      return {
        strictSchema: (_f = (_e = o.strictSchema) !== null && _e !== void 0 ? _e : s) !== null && _f !== void 0 ? _f : true,
        strictNumbers: (_h = (_g = o.strictNumbers) !== null && _g !== void 0 ? _g : s) !== null && _h !== void 0 ? _h : true,
        strictTypes: (_k = (_j = o.strictTypes) !== null && _j !== void 0 ? _j : s) !== null && _k !== void 0 ? _k : "log",
        strictTuples: (_m = (_l = o.strictTuples) !== null && _l !== void 0 ? _l : s) !== null && _m !== void 0 ? _m : "log",
        strictRequired: (_p = (_o = o.strictRequired) !== null && _o !== void 0 ? _o : s) !== null && _p !== void 0 ? _p : false,
        code: o.code ? { ...o.code, optimize, regExp } : { optimize, regExp },
        loopRequired: (_q = o.loopRequired) !== null && _q !== void 0 ? _q : MAX_EXPRESSION,
        loopEnum: (_r = o.loopEnum) !== null && _r !== void 0 ? _r : MAX_EXPRESSION,
        meta: (_s = o.meta) !== null && _s !== void 0 ? _s : true,
        messages: (_t = o.messages) !== null && _t !== void 0 ? _t : true,
        inlineRefs: (_u = o.inlineRefs) !== null && _u !== void 0 ? _u : true,
        schemaId: (_v = o.schemaId) !== null && _v !== void 0 ? _v : "$id",
        addUsedSchema: (_w = o.addUsedSchema) !== null && _w !== void 0 ? _w : true,
        validateSchema: (_x = o.validateSchema) !== null && _x !== void 0 ? _x : true,
        validateFormats: (_y = o.validateFormats) !== null && _y !== void 0 ? _y : true,
        unicodeRegExp: (_z = o.unicodeRegExp) !== null && _z !== void 0 ? _z : true,
        int32range: (_0 = o.int32range) !== null && _0 !== void 0 ? _0 : true,
        uriResolver
      };
    }
    var Ajv2 = class {
      constructor(opts = {}) {
        this.schemas = {};
        this.refs = {};
        this.formats = /* @__PURE__ */ Object.create(null);
        this._compilations = /* @__PURE__ */ new Set();
        this._loading = {};
        this._cache = /* @__PURE__ */ new Map();
        opts = this.opts = { ...opts, ...requiredOptions(opts) };
        const { es5, lines } = this.opts.code;
        this.scope = new codegen_2.ValueScope({ scope: {}, prefixes: EXT_SCOPE_NAMES, es5, lines });
        this.logger = getLogger(opts.logger);
        const formatOpt = opts.validateFormats;
        opts.validateFormats = false;
        this.RULES = (0, rules_1.getRules)();
        checkOptions.call(this, removedOptions, opts, "NOT SUPPORTED");
        checkOptions.call(this, deprecatedOptions, opts, "DEPRECATED", "warn");
        this._metaOpts = getMetaSchemaOptions.call(this);
        if (opts.formats)
          addInitialFormats.call(this);
        this._addVocabularies();
        this._addDefaultMetaSchema();
        if (opts.keywords)
          addInitialKeywords.call(this, opts.keywords);
        if (typeof opts.meta == "object")
          this.addMetaSchema(opts.meta);
        addInitialSchemas.call(this);
        opts.validateFormats = formatOpt;
      }
      _addVocabularies() {
        this.addKeyword("$async");
      }
      _addDefaultMetaSchema() {
        const { $data, meta, schemaId } = this.opts;
        let _dataRefSchema = $dataRefSchema;
        if (schemaId === "id") {
          _dataRefSchema = { ...$dataRefSchema };
          _dataRefSchema.id = _dataRefSchema.$id;
          delete _dataRefSchema.$id;
        }
        if (meta && $data)
          this.addMetaSchema(_dataRefSchema, _dataRefSchema[schemaId], false);
      }
      defaultMeta() {
        const { meta, schemaId } = this.opts;
        return this.opts.defaultMeta = typeof meta == "object" ? meta[schemaId] || meta : void 0;
      }
      validate(schemaKeyRef, data) {
        let v;
        if (typeof schemaKeyRef == "string") {
          v = this.getSchema(schemaKeyRef);
          if (!v)
            throw new Error(`no schema with key or ref "${schemaKeyRef}"`);
        } else {
          v = this.compile(schemaKeyRef);
        }
        const valid = v(data);
        if (!("$async" in v))
          this.errors = v.errors;
        return valid;
      }
      compile(schema4, _meta) {
        const sch = this._addSchema(schema4, _meta);
        return sch.validate || this._compileSchemaEnv(sch);
      }
      compileAsync(schema4, meta) {
        if (typeof this.opts.loadSchema != "function") {
          throw new Error("options.loadSchema should be a function");
        }
        const { loadSchema } = this.opts;
        return runCompileAsync.call(this, schema4, meta);
        async function runCompileAsync(_schema, _meta) {
          await loadMetaSchema.call(this, _schema.$schema);
          const sch = this._addSchema(_schema, _meta);
          return sch.validate || _compileAsync.call(this, sch);
        }
        async function loadMetaSchema($ref) {
          if ($ref && !this.getSchema($ref)) {
            await runCompileAsync.call(this, { $ref }, true);
          }
        }
        async function _compileAsync(sch) {
          try {
            return this._compileSchemaEnv(sch);
          } catch (e) {
            if (!(e instanceof ref_error_1.default))
              throw e;
            checkLoaded.call(this, e);
            await loadMissingSchema.call(this, e.missingSchema);
            return _compileAsync.call(this, sch);
          }
        }
        function checkLoaded({ missingSchema: ref, missingRef }) {
          if (this.refs[ref]) {
            throw new Error(`AnySchema ${ref} is loaded but ${missingRef} cannot be resolved`);
          }
        }
        async function loadMissingSchema(ref) {
          const _schema = await _loadSchema.call(this, ref);
          if (!this.refs[ref])
            await loadMetaSchema.call(this, _schema.$schema);
          if (!this.refs[ref])
            this.addSchema(_schema, ref, meta);
        }
        async function _loadSchema(ref) {
          const p = this._loading[ref];
          if (p)
            return p;
          try {
            return await (this._loading[ref] = loadSchema(ref));
          } finally {
            delete this._loading[ref];
          }
        }
      }
      // Adds schema to the instance
      addSchema(schema4, key, _meta, _validateSchema = this.opts.validateSchema) {
        if (Array.isArray(schema4)) {
          for (const sch of schema4)
            this.addSchema(sch, void 0, _meta, _validateSchema);
          return this;
        }
        let id;
        if (typeof schema4 === "object") {
          const { schemaId } = this.opts;
          id = schema4[schemaId];
          if (id !== void 0 && typeof id != "string") {
            throw new Error(`schema ${schemaId} must be string`);
          }
        }
        key = (0, resolve_1.normalizeId)(key || id);
        this._checkUnique(key);
        this.schemas[key] = this._addSchema(schema4, _meta, key, _validateSchema, true);
        return this;
      }
      // Add schema that will be used to validate other schemas
      // options in META_IGNORE_OPTIONS are alway set to false
      addMetaSchema(schema4, key, _validateSchema = this.opts.validateSchema) {
        this.addSchema(schema4, key, true, _validateSchema);
        return this;
      }
      //  Validate schema against its meta-schema
      validateSchema(schema4, throwOrLogError) {
        if (typeof schema4 == "boolean")
          return true;
        let $schema;
        $schema = schema4.$schema;
        if ($schema !== void 0 && typeof $schema != "string") {
          throw new Error("$schema must be a string");
        }
        $schema = $schema || this.opts.defaultMeta || this.defaultMeta();
        if (!$schema) {
          this.logger.warn("meta-schema not available");
          this.errors = null;
          return true;
        }
        const valid = this.validate($schema, schema4);
        if (!valid && throwOrLogError) {
          const message = "schema is invalid: " + this.errorsText();
          if (this.opts.validateSchema === "log")
            this.logger.error(message);
          else
            throw new Error(message);
        }
        return valid;
      }
      // Get compiled schema by `key` or `ref`.
      // (`key` that was passed to `addSchema` or full schema reference - `schema.$id` or resolved id)
      getSchema(keyRef) {
        let sch;
        while (typeof (sch = getSchEnv.call(this, keyRef)) == "string")
          keyRef = sch;
        if (sch === void 0) {
          const { schemaId } = this.opts;
          const root = new compile_1.SchemaEnv({ schema: {}, schemaId });
          sch = compile_1.resolveSchema.call(this, root, keyRef);
          if (!sch)
            return;
          this.refs[keyRef] = sch;
        }
        return sch.validate || this._compileSchemaEnv(sch);
      }
      // Remove cached schema(s).
      // If no parameter is passed all schemas but meta-schemas are removed.
      // If RegExp is passed all schemas with key/id matching pattern but meta-schemas are removed.
      // Even if schema is referenced by other schemas it still can be removed as other schemas have local references.
      removeSchema(schemaKeyRef) {
        if (schemaKeyRef instanceof RegExp) {
          this._removeAllSchemas(this.schemas, schemaKeyRef);
          this._removeAllSchemas(this.refs, schemaKeyRef);
          return this;
        }
        switch (typeof schemaKeyRef) {
          case "undefined":
            this._removeAllSchemas(this.schemas);
            this._removeAllSchemas(this.refs);
            this._cache.clear();
            return this;
          case "string": {
            const sch = getSchEnv.call(this, schemaKeyRef);
            if (typeof sch == "object")
              this._cache.delete(sch.schema);
            delete this.schemas[schemaKeyRef];
            delete this.refs[schemaKeyRef];
            return this;
          }
          case "object": {
            const cacheKey = schemaKeyRef;
            this._cache.delete(cacheKey);
            let id = schemaKeyRef[this.opts.schemaId];
            if (id) {
              id = (0, resolve_1.normalizeId)(id);
              delete this.schemas[id];
              delete this.refs[id];
            }
            return this;
          }
          default:
            throw new Error("ajv.removeSchema: invalid parameter");
        }
      }
      // add "vocabulary" - a collection of keywords
      addVocabulary(definitions) {
        for (const def of definitions)
          this.addKeyword(def);
        return this;
      }
      addKeyword(kwdOrDef, def) {
        let keyword;
        if (typeof kwdOrDef == "string") {
          keyword = kwdOrDef;
          if (typeof def == "object") {
            this.logger.warn("these parameters are deprecated, see docs for addKeyword");
            def.keyword = keyword;
          }
        } else if (typeof kwdOrDef == "object" && def === void 0) {
          def = kwdOrDef;
          keyword = def.keyword;
          if (Array.isArray(keyword) && !keyword.length) {
            throw new Error("addKeywords: keyword must be string or non-empty array");
          }
        } else {
          throw new Error("invalid addKeywords parameters");
        }
        checkKeyword.call(this, keyword, def);
        if (!def) {
          (0, util_1.eachItem)(keyword, (kwd) => addRule.call(this, kwd));
          return this;
        }
        keywordMetaschema.call(this, def);
        const definition = {
          ...def,
          type: (0, dataType_1.getJSONTypes)(def.type),
          schemaType: (0, dataType_1.getJSONTypes)(def.schemaType)
        };
        (0, util_1.eachItem)(keyword, definition.type.length === 0 ? (k) => addRule.call(this, k, definition) : (k) => definition.type.forEach((t) => addRule.call(this, k, definition, t)));
        return this;
      }
      getKeyword(keyword) {
        const rule = this.RULES.all[keyword];
        return typeof rule == "object" ? rule.definition : !!rule;
      }
      // Remove keyword
      removeKeyword(keyword) {
        const { RULES } = this;
        delete RULES.keywords[keyword];
        delete RULES.all[keyword];
        for (const group of RULES.rules) {
          const i = group.rules.findIndex((rule) => rule.keyword === keyword);
          if (i >= 0)
            group.rules.splice(i, 1);
        }
        return this;
      }
      // Add format
      addFormat(name, format) {
        if (typeof format == "string")
          format = new RegExp(format);
        this.formats[name] = format;
        return this;
      }
      errorsText(errors = this.errors, { separator = ", ", dataVar = "data" } = {}) {
        if (!errors || errors.length === 0)
          return "No errors";
        return errors.map((e) => `${dataVar}${e.instancePath} ${e.message}`).reduce((text, msg) => text + separator + msg);
      }
      $dataMetaSchema(metaSchema, keywordsJsonPointers) {
        const rules2 = this.RULES.all;
        metaSchema = JSON.parse(JSON.stringify(metaSchema));
        for (const jsonPointer of keywordsJsonPointers) {
          const segments = jsonPointer.split("/").slice(1);
          let keywords = metaSchema;
          for (const seg of segments)
            keywords = keywords[seg];
          for (const key in rules2) {
            const rule = rules2[key];
            if (typeof rule != "object")
              continue;
            const { $data } = rule.definition;
            const schema4 = keywords[key];
            if ($data && schema4)
              keywords[key] = schemaOrData(schema4);
          }
        }
        return metaSchema;
      }
      _removeAllSchemas(schemas2, regex) {
        for (const keyRef in schemas2) {
          const sch = schemas2[keyRef];
          if (!regex || regex.test(keyRef)) {
            if (typeof sch == "string") {
              delete schemas2[keyRef];
            } else if (sch && !sch.meta) {
              this._cache.delete(sch.schema);
              delete schemas2[keyRef];
            }
          }
        }
      }
      _addSchema(schema4, meta, baseId, validateSchema = this.opts.validateSchema, addSchema = this.opts.addUsedSchema) {
        let id;
        const { schemaId } = this.opts;
        if (typeof schema4 == "object") {
          id = schema4[schemaId];
        } else {
          if (this.opts.jtd)
            throw new Error("schema must be object");
          else if (typeof schema4 != "boolean")
            throw new Error("schema must be object or boolean");
        }
        let sch = this._cache.get(schema4);
        if (sch !== void 0)
          return sch;
        baseId = (0, resolve_1.normalizeId)(id || baseId);
        const localRefs = resolve_1.getSchemaRefs.call(this, schema4, baseId);
        sch = new compile_1.SchemaEnv({ schema: schema4, schemaId, meta, baseId, localRefs });
        this._cache.set(sch.schema, sch);
        if (addSchema && !baseId.startsWith("#")) {
          if (baseId)
            this._checkUnique(baseId);
          this.refs[baseId] = sch;
        }
        if (validateSchema)
          this.validateSchema(schema4, true);
        return sch;
      }
      _checkUnique(id) {
        if (this.schemas[id] || this.refs[id]) {
          throw new Error(`schema with key or id "${id}" already exists`);
        }
      }
      _compileSchemaEnv(sch) {
        if (sch.meta)
          this._compileMetaSchema(sch);
        else
          compile_1.compileSchema.call(this, sch);
        if (!sch.validate)
          throw new Error("ajv implementation error");
        return sch.validate;
      }
      _compileMetaSchema(sch) {
        const currentOpts = this.opts;
        this.opts = this._metaOpts;
        try {
          compile_1.compileSchema.call(this, sch);
        } finally {
          this.opts = currentOpts;
        }
      }
    };
    Ajv2.ValidationError = validation_error_1.default;
    Ajv2.MissingRefError = ref_error_1.default;
    exports.default = Ajv2;
    function checkOptions(checkOpts, options, msg, log = "error") {
      for (const key in checkOpts) {
        const opt = key;
        if (opt in options)
          this.logger[log](`${msg}: option ${key}. ${checkOpts[opt]}`);
      }
    }
    function getSchEnv(keyRef) {
      keyRef = (0, resolve_1.normalizeId)(keyRef);
      return this.schemas[keyRef] || this.refs[keyRef];
    }
    function addInitialSchemas() {
      const optsSchemas = this.opts.schemas;
      if (!optsSchemas)
        return;
      if (Array.isArray(optsSchemas))
        this.addSchema(optsSchemas);
      else
        for (const key in optsSchemas)
          this.addSchema(optsSchemas[key], key);
    }
    function addInitialFormats() {
      for (const name in this.opts.formats) {
        const format = this.opts.formats[name];
        if (format)
          this.addFormat(name, format);
      }
    }
    function addInitialKeywords(defs) {
      if (Array.isArray(defs)) {
        this.addVocabulary(defs);
        return;
      }
      this.logger.warn("keywords option as map is deprecated, pass array");
      for (const keyword in defs) {
        const def = defs[keyword];
        if (!def.keyword)
          def.keyword = keyword;
        this.addKeyword(def);
      }
    }
    function getMetaSchemaOptions() {
      const metaOpts = { ...this.opts };
      for (const opt of META_IGNORE_OPTIONS)
        delete metaOpts[opt];
      return metaOpts;
    }
    var noLogs = { log() {
    }, warn() {
    }, error() {
    } };
    function getLogger(logger) {
      if (logger === false)
        return noLogs;
      if (logger === void 0)
        return console;
      if (logger.log && logger.warn && logger.error)
        return logger;
      throw new Error("logger must implement log, warn and error methods");
    }
    var KEYWORD_NAME = /^[a-z_$][a-z0-9_$:-]*$/i;
    function checkKeyword(keyword, def) {
      const { RULES } = this;
      (0, util_1.eachItem)(keyword, (kwd) => {
        if (RULES.keywords[kwd])
          throw new Error(`Keyword ${kwd} is already defined`);
        if (!KEYWORD_NAME.test(kwd))
          throw new Error(`Keyword ${kwd} has invalid name`);
      });
      if (!def)
        return;
      if (def.$data && !("code" in def || "validate" in def)) {
        throw new Error('$data keyword must have "code" or "validate" function');
      }
    }
    function addRule(keyword, definition, dataType) {
      var _a;
      const post = definition === null || definition === void 0 ? void 0 : definition.post;
      if (dataType && post)
        throw new Error('keyword with "post" flag cannot have "type"');
      const { RULES } = this;
      let ruleGroup = post ? RULES.post : RULES.rules.find(({ type: t }) => t === dataType);
      if (!ruleGroup) {
        ruleGroup = { type: dataType, rules: [] };
        RULES.rules.push(ruleGroup);
      }
      RULES.keywords[keyword] = true;
      if (!definition)
        return;
      const rule = {
        keyword,
        definition: {
          ...definition,
          type: (0, dataType_1.getJSONTypes)(definition.type),
          schemaType: (0, dataType_1.getJSONTypes)(definition.schemaType)
        }
      };
      if (definition.before)
        addBeforeRule.call(this, ruleGroup, rule, definition.before);
      else
        ruleGroup.rules.push(rule);
      RULES.all[keyword] = rule;
      (_a = definition.implements) === null || _a === void 0 ? void 0 : _a.forEach((kwd) => this.addKeyword(kwd));
    }
    function addBeforeRule(ruleGroup, rule, before) {
      const i = ruleGroup.rules.findIndex((_rule) => _rule.keyword === before);
      if (i >= 0) {
        ruleGroup.rules.splice(i, 0, rule);
      } else {
        ruleGroup.rules.push(rule);
        this.logger.warn(`rule ${before} is not defined`);
      }
    }
    function keywordMetaschema(def) {
      let { metaSchema } = def;
      if (metaSchema === void 0)
        return;
      if (def.$data && this.opts.$data)
        metaSchema = schemaOrData(metaSchema);
      def.validateSchema = this.compile(metaSchema, true);
    }
    var $dataRef = {
      $ref: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#"
    };
    function schemaOrData(schema4) {
      return { anyOf: [schema4, $dataRef] };
    }
  }
});

// node_modules/ajv/dist/vocabularies/core/id.js
var require_id = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/id.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var def = {
      keyword: "id",
      code() {
        throw new Error('NOT SUPPORTED: keyword "id", use "$id" for schema ID');
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/ref.js
var require_ref = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/ref.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.callRef = exports.getValidate = void 0;
    var ref_error_1 = require_ref_error();
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var compile_1 = require_compile();
    var util_1 = require_util();
    var def = {
      keyword: "$ref",
      schemaType: "string",
      code(cxt) {
        const { gen, schema: $ref, it } = cxt;
        const { baseId, schemaEnv: env, validateName, opts, self } = it;
        const { root } = env;
        if (($ref === "#" || $ref === "#/") && baseId === root.baseId)
          return callRootRef();
        const schOrEnv = compile_1.resolveRef.call(self, root, baseId, $ref);
        if (schOrEnv === void 0)
          throw new ref_error_1.default(it.opts.uriResolver, baseId, $ref);
        if (schOrEnv instanceof compile_1.SchemaEnv)
          return callValidate(schOrEnv);
        return inlineRefSchema(schOrEnv);
        function callRootRef() {
          if (env === root)
            return callRef(cxt, validateName, env, env.$async);
          const rootName = gen.scopeValue("root", { ref: root });
          return callRef(cxt, (0, codegen_1._)`${rootName}.validate`, root, root.$async);
        }
        function callValidate(sch) {
          const v = getValidate(cxt, sch);
          callRef(cxt, v, sch, sch.$async);
        }
        function inlineRefSchema(sch) {
          const schName = gen.scopeValue("schema", opts.code.source === true ? { ref: sch, code: (0, codegen_1.stringify)(sch) } : { ref: sch });
          const valid = gen.name("valid");
          const schCxt = cxt.subschema({
            schema: sch,
            dataTypes: [],
            schemaPath: codegen_1.nil,
            topSchemaRef: schName,
            errSchemaPath: $ref
          }, valid);
          cxt.mergeEvaluated(schCxt);
          cxt.ok(valid);
        }
      }
    };
    function getValidate(cxt, sch) {
      const { gen } = cxt;
      return sch.validate ? gen.scopeValue("validate", { ref: sch.validate }) : (0, codegen_1._)`${gen.scopeValue("wrapper", { ref: sch })}.validate`;
    }
    exports.getValidate = getValidate;
    function callRef(cxt, v, sch, $async) {
      const { gen, it } = cxt;
      const { allErrors, schemaEnv: env, opts } = it;
      const passCxt = opts.passContext ? names_1.default.this : codegen_1.nil;
      if ($async)
        callAsyncRef();
      else
        callSyncRef();
      function callAsyncRef() {
        if (!env.$async)
          throw new Error("async schema referenced by sync schema");
        const valid = gen.let("valid");
        gen.try(() => {
          gen.code((0, codegen_1._)`await ${(0, code_1.callValidateCode)(cxt, v, passCxt)}`);
          addEvaluatedFrom(v);
          if (!allErrors)
            gen.assign(valid, true);
        }, (e) => {
          gen.if((0, codegen_1._)`!(${e} instanceof ${it.ValidationError})`, () => gen.throw(e));
          addErrorsFrom(e);
          if (!allErrors)
            gen.assign(valid, false);
        });
        cxt.ok(valid);
      }
      function callSyncRef() {
        cxt.result((0, code_1.callValidateCode)(cxt, v, passCxt), () => addEvaluatedFrom(v), () => addErrorsFrom(v));
      }
      function addErrorsFrom(source) {
        const errs = (0, codegen_1._)`${source}.errors`;
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`);
        gen.assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
      }
      function addEvaluatedFrom(source) {
        var _a;
        if (!it.opts.unevaluated)
          return;
        const schEvaluated = (_a = sch === null || sch === void 0 ? void 0 : sch.validate) === null || _a === void 0 ? void 0 : _a.evaluated;
        if (it.props !== true) {
          if (schEvaluated && !schEvaluated.dynamicProps) {
            if (schEvaluated.props !== void 0) {
              it.props = util_1.mergeEvaluated.props(gen, schEvaluated.props, it.props);
            }
          } else {
            const props = gen.var("props", (0, codegen_1._)`${source}.evaluated.props`);
            it.props = util_1.mergeEvaluated.props(gen, props, it.props, codegen_1.Name);
          }
        }
        if (it.items !== true) {
          if (schEvaluated && !schEvaluated.dynamicItems) {
            if (schEvaluated.items !== void 0) {
              it.items = util_1.mergeEvaluated.items(gen, schEvaluated.items, it.items);
            }
          } else {
            const items = gen.var("items", (0, codegen_1._)`${source}.evaluated.items`);
            it.items = util_1.mergeEvaluated.items(gen, items, it.items, codegen_1.Name);
          }
        }
      }
    }
    exports.callRef = callRef;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/index.js
var require_core2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var id_1 = require_id();
    var ref_1 = require_ref();
    var core = [
      "$schema",
      "$id",
      "$defs",
      "$vocabulary",
      { keyword: "$comment" },
      "definitions",
      id_1.default,
      ref_1.default
    ];
    exports.default = core;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitNumber.js
var require_limitNumber = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitNumber.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var ops = codegen_1.operators;
    var KWDs = {
      maximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
      minimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
      exclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
      exclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE }
    };
    var error = {
      message: ({ keyword, schemaCode }) => (0, codegen_1.str)`must be ${KWDs[keyword].okStr} ${schemaCode}`,
      params: ({ keyword, schemaCode }) => (0, codegen_1._)`{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`
    };
    var def = {
      keyword: Object.keys(KWDs),
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        cxt.fail$data((0, codegen_1._)`${data} ${KWDs[keyword].fail} ${schemaCode} || isNaN(${data})`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/multipleOf.js
var require_multipleOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/multipleOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must be multiple of ${schemaCode}`,
      params: ({ schemaCode }) => (0, codegen_1._)`{multipleOf: ${schemaCode}}`
    };
    var def = {
      keyword: "multipleOf",
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, schemaCode, it } = cxt;
        const prec = it.opts.multipleOfPrecision;
        const res = gen.let("res");
        const invalid = prec ? (0, codegen_1._)`Math.abs(Math.round(${res}) - ${res}) > 1e-${prec}` : (0, codegen_1._)`${res} !== parseInt(${res})`;
        cxt.fail$data((0, codegen_1._)`(${schemaCode} === 0 || (${res} = ${data}/${schemaCode}, ${invalid}))`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitLength.js
var require_limitLength = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitLength.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var ucs2length_1 = require_ucs2length();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxLength" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} characters`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxLength", "minLength"],
      type: "string",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode, it } = cxt;
        const op = keyword === "maxLength" ? codegen_1.operators.GT : codegen_1.operators.LT;
        const len = it.opts.unicode === false ? (0, codegen_1._)`${data}.length` : (0, codegen_1._)`${(0, util_1.useFunc)(cxt.gen, ucs2length_1.default)}(${data})`;
        cxt.fail$data((0, codegen_1._)`${len} ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/pattern.js
var require_pattern = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/pattern.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var util_1 = require_util();
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match pattern "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{pattern: ${schemaCode}}`
    };
    var def = {
      keyword: "pattern",
      type: "string",
      schemaType: "string",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema: schema4, schemaCode, it } = cxt;
        const u = it.opts.unicodeRegExp ? "u" : "";
        if ($data) {
          const { regExp } = it.opts.code;
          const regExpCode = regExp.code === "new RegExp" ? (0, codegen_1._)`new RegExp` : (0, util_1.useFunc)(gen, regExp);
          const valid = gen.let("valid");
          gen.try(() => gen.assign(valid, (0, codegen_1._)`${regExpCode}(${schemaCode}, ${u}).test(${data})`), () => gen.assign(valid, false));
          cxt.fail$data((0, codegen_1._)`!${valid}`);
        } else {
          const regExp = (0, code_1.usePattern)(cxt, schema4);
          cxt.fail$data((0, codegen_1._)`!${regExp}.test(${data})`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitProperties.js
var require_limitProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxProperties" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} properties`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxProperties", "minProperties"],
      type: "object",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxProperties" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`Object.keys(${data}).length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/required.js
var require_required = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/required.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { missingProperty } }) => (0, codegen_1.str)`must have required property '${missingProperty}'`,
      params: ({ params: { missingProperty } }) => (0, codegen_1._)`{missingProperty: ${missingProperty}}`
    };
    var def = {
      keyword: "required",
      type: "object",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, schema: schema4, schemaCode, data, $data, it } = cxt;
        const { opts } = it;
        if (!$data && schema4.length === 0)
          return;
        const useLoop = schema4.length >= opts.loopRequired;
        if (it.allErrors)
          allErrorsMode();
        else
          exitOnErrorMode();
        if (opts.strictRequired) {
          const props = cxt.parentSchema.properties;
          const { definedProperties } = cxt.it;
          for (const requiredKey of schema4) {
            if ((props === null || props === void 0 ? void 0 : props[requiredKey]) === void 0 && !definedProperties.has(requiredKey)) {
              const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
              const msg = `required property "${requiredKey}" is not defined at "${schemaPath}" (strictRequired)`;
              (0, util_1.checkStrictMode)(it, msg, it.opts.strictRequired);
            }
          }
        }
        function allErrorsMode() {
          if (useLoop || $data) {
            cxt.block$data(codegen_1.nil, loopAllRequired);
          } else {
            for (const prop of schema4) {
              (0, code_1.checkReportMissingProp)(cxt, prop);
            }
          }
        }
        function exitOnErrorMode() {
          const missing = gen.let("missing");
          if (useLoop || $data) {
            const valid = gen.let("valid", true);
            cxt.block$data(valid, () => loopUntilMissing(missing, valid));
            cxt.ok(valid);
          } else {
            gen.if((0, code_1.checkMissingProp)(cxt, schema4, missing));
            (0, code_1.reportMissingProp)(cxt, missing);
            gen.else();
          }
        }
        function loopAllRequired() {
          gen.forOf("prop", schemaCode, (prop) => {
            cxt.setParams({ missingProperty: prop });
            gen.if((0, code_1.noPropertyInData)(gen, data, prop, opts.ownProperties), () => cxt.error());
          });
        }
        function loopUntilMissing(missing, valid) {
          cxt.setParams({ missingProperty: missing });
          gen.forOf(missing, schemaCode, () => {
            gen.assign(valid, (0, code_1.propertyInData)(gen, data, missing, opts.ownProperties));
            gen.if((0, codegen_1.not)(valid), () => {
              cxt.error();
              gen.break();
            });
          }, codegen_1.nil);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitItems.js
var require_limitItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxItems" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} items`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxItems", "minItems"],
      type: "array",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxItems" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`${data}.length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/runtime/equal.js
var require_equal = __commonJS({
  "node_modules/ajv/dist/runtime/equal.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports.default = equal;
  }
});

// node_modules/ajv/dist/vocabularies/validation/uniqueItems.js
var require_uniqueItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/uniqueItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dataType_1 = require_dataType();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: ({ params: { i, j } }) => (0, codegen_1.str)`must NOT have duplicate items (items ## ${j} and ${i} are identical)`,
      params: ({ params: { i, j } }) => (0, codegen_1._)`{i: ${i}, j: ${j}}`
    };
    var def = {
      keyword: "uniqueItems",
      type: "array",
      schemaType: "boolean",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema: schema4, parentSchema, schemaCode, it } = cxt;
        if (!$data && !schema4)
          return;
        const valid = gen.let("valid");
        const itemTypes = parentSchema.items ? (0, dataType_1.getSchemaTypes)(parentSchema.items) : [];
        cxt.block$data(valid, validateUniqueItems, (0, codegen_1._)`${schemaCode} === false`);
        cxt.ok(valid);
        function validateUniqueItems() {
          const i = gen.let("i", (0, codegen_1._)`${data}.length`);
          const j = gen.let("j");
          cxt.setParams({ i, j });
          gen.assign(valid, true);
          gen.if((0, codegen_1._)`${i} > 1`, () => (canOptimize() ? loopN : loopN2)(i, j));
        }
        function canOptimize() {
          return itemTypes.length > 0 && !itemTypes.some((t) => t === "object" || t === "array");
        }
        function loopN(i, j) {
          const item = gen.name("item");
          const wrongType = (0, dataType_1.checkDataTypes)(itemTypes, item, it.opts.strictNumbers, dataType_1.DataType.Wrong);
          const indices = gen.const("indices", (0, codegen_1._)`{}`);
          gen.for((0, codegen_1._)`;${i}--;`, () => {
            gen.let(item, (0, codegen_1._)`${data}[${i}]`);
            gen.if(wrongType, (0, codegen_1._)`continue`);
            if (itemTypes.length > 1)
              gen.if((0, codegen_1._)`typeof ${item} == "string"`, (0, codegen_1._)`${item} += "_"`);
            gen.if((0, codegen_1._)`typeof ${indices}[${item}] == "number"`, () => {
              gen.assign(j, (0, codegen_1._)`${indices}[${item}]`);
              cxt.error();
              gen.assign(valid, false).break();
            }).code((0, codegen_1._)`${indices}[${item}] = ${i}`);
          });
        }
        function loopN2(i, j) {
          const eql = (0, util_1.useFunc)(gen, equal_1.default);
          const outer = gen.name("outer");
          gen.label(outer).for((0, codegen_1._)`;${i}--;`, () => gen.for((0, codegen_1._)`${j} = ${i}; ${j}--;`, () => gen.if((0, codegen_1._)`${eql}(${data}[${i}], ${data}[${j}])`, () => {
            cxt.error();
            gen.assign(valid, false).break(outer);
          })));
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/const.js
var require_const = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/const.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to constant",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValue: ${schemaCode}}`
    };
    var def = {
      keyword: "const",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schemaCode, schema: schema4 } = cxt;
        if ($data || schema4 && typeof schema4 == "object") {
          cxt.fail$data((0, codegen_1._)`!${(0, util_1.useFunc)(gen, equal_1.default)}(${data}, ${schemaCode})`);
        } else {
          cxt.fail((0, codegen_1._)`${schema4} !== ${data}`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/enum.js
var require_enum = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/enum.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to one of the allowed values",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValues: ${schemaCode}}`
    };
    var def = {
      keyword: "enum",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema: schema4, schemaCode, it } = cxt;
        if (!$data && schema4.length === 0)
          throw new Error("enum must have non-empty array");
        const useLoop = schema4.length >= it.opts.loopEnum;
        let eql;
        const getEql = () => eql !== null && eql !== void 0 ? eql : eql = (0, util_1.useFunc)(gen, equal_1.default);
        let valid;
        if (useLoop || $data) {
          valid = gen.let("valid");
          cxt.block$data(valid, loopEnum);
        } else {
          if (!Array.isArray(schema4))
            throw new Error("ajv implementation error");
          const vSchema = gen.const("vSchema", schemaCode);
          valid = (0, codegen_1.or)(...schema4.map((_x, i) => equalCode(vSchema, i)));
        }
        cxt.pass(valid);
        function loopEnum() {
          gen.assign(valid, false);
          gen.forOf("v", schemaCode, (v) => gen.if((0, codegen_1._)`${getEql()}(${data}, ${v})`, () => gen.assign(valid, true).break()));
        }
        function equalCode(vSchema, i) {
          const sch = schema4[i];
          return typeof sch === "object" && sch !== null ? (0, codegen_1._)`${getEql()}(${data}, ${vSchema}[${i}])` : (0, codegen_1._)`${data} === ${sch}`;
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/index.js
var require_validation = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var limitNumber_1 = require_limitNumber();
    var multipleOf_1 = require_multipleOf();
    var limitLength_1 = require_limitLength();
    var pattern_1 = require_pattern();
    var limitProperties_1 = require_limitProperties();
    var required_1 = require_required();
    var limitItems_1 = require_limitItems();
    var uniqueItems_1 = require_uniqueItems();
    var const_1 = require_const();
    var enum_1 = require_enum();
    var validation = [
      // number
      limitNumber_1.default,
      multipleOf_1.default,
      // string
      limitLength_1.default,
      pattern_1.default,
      // object
      limitProperties_1.default,
      required_1.default,
      // array
      limitItems_1.default,
      uniqueItems_1.default,
      // any
      { keyword: "type", schemaType: ["string", "array"] },
      { keyword: "nullable", schemaType: "boolean" },
      const_1.default,
      enum_1.default
    ];
    exports.default = validation;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalItems.js
var require_additionalItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateAdditionalItems = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "additionalItems",
      type: "array",
      schemaType: ["boolean", "object"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { parentSchema, it } = cxt;
        const { items } = parentSchema;
        if (!Array.isArray(items)) {
          (0, util_1.checkStrictMode)(it, '"additionalItems" is ignored when "items" is not an array of schemas');
          return;
        }
        validateAdditionalItems(cxt, items);
      }
    };
    function validateAdditionalItems(cxt, items) {
      const { gen, schema: schema4, data, keyword, it } = cxt;
      it.items = true;
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      if (schema4 === false) {
        cxt.setParams({ len: items.length });
        cxt.pass((0, codegen_1._)`${len} <= ${items.length}`);
      } else if (typeof schema4 == "object" && !(0, util_1.alwaysValidSchema)(it, schema4)) {
        const valid = gen.var("valid", (0, codegen_1._)`${len} <= ${items.length}`);
        gen.if((0, codegen_1.not)(valid), () => validateItems(valid));
        cxt.ok(valid);
      }
      function validateItems(valid) {
        gen.forRange("i", items.length, len, (i) => {
          cxt.subschema({ keyword, dataProp: i, dataPropType: util_1.Type.Num }, valid);
          if (!it.allErrors)
            gen.if((0, codegen_1.not)(valid), () => gen.break());
        });
      }
    }
    exports.validateAdditionalItems = validateAdditionalItems;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items.js
var require_items = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateTuple = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "array", "boolean"],
      before: "uniqueItems",
      code(cxt) {
        const { schema: schema4, it } = cxt;
        if (Array.isArray(schema4))
          return validateTuple(cxt, "additionalItems", schema4);
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema4))
          return;
        cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    function validateTuple(cxt, extraItems, schArr = cxt.schema) {
      const { gen, parentSchema, data, keyword, it } = cxt;
      checkStrictTuple(parentSchema);
      if (it.opts.unevaluated && schArr.length && it.items !== true) {
        it.items = util_1.mergeEvaluated.items(gen, schArr.length, it.items);
      }
      const valid = gen.name("valid");
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      schArr.forEach((sch, i) => {
        if ((0, util_1.alwaysValidSchema)(it, sch))
          return;
        gen.if((0, codegen_1._)`${len} > ${i}`, () => cxt.subschema({
          keyword,
          schemaProp: i,
          dataProp: i
        }, valid));
        cxt.ok(valid);
      });
      function checkStrictTuple(sch) {
        const { opts, errSchemaPath } = it;
        const l = schArr.length;
        const fullTuple = l === sch.minItems && (l === sch.maxItems || sch[extraItems] === false);
        if (opts.strictTuples && !fullTuple) {
          const msg = `"${keyword}" is ${l}-tuple, but minItems or maxItems/${extraItems} are not specified or different at path "${errSchemaPath}"`;
          (0, util_1.checkStrictMode)(it, msg, opts.strictTuples);
        }
      }
    }
    exports.validateTuple = validateTuple;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/prefixItems.js
var require_prefixItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/prefixItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var items_1 = require_items();
    var def = {
      keyword: "prefixItems",
      type: "array",
      schemaType: ["array"],
      before: "uniqueItems",
      code: (cxt) => (0, items_1.validateTuple)(cxt, "items")
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items2020.js
var require_items2020 = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items2020.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var additionalItems_1 = require_additionalItems();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { schema: schema4, parentSchema, it } = cxt;
        const { prefixItems } = parentSchema;
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema4))
          return;
        if (prefixItems)
          (0, additionalItems_1.validateAdditionalItems)(cxt, prefixItems);
        else
          cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/contains.js
var require_contains = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/contains.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1.str)`must contain at least ${min} valid item(s)` : (0, codegen_1.str)`must contain at least ${min} and no more than ${max} valid item(s)`,
      params: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1._)`{minContains: ${min}}` : (0, codegen_1._)`{minContains: ${min}, maxContains: ${max}}`
    };
    var def = {
      keyword: "contains",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema: schema4, parentSchema, data, it } = cxt;
        let min;
        let max;
        const { minContains, maxContains } = parentSchema;
        if (it.opts.next) {
          min = minContains === void 0 ? 1 : minContains;
          max = maxContains;
        } else {
          min = 1;
        }
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        cxt.setParams({ min, max });
        if (max === void 0 && min === 0) {
          (0, util_1.checkStrictMode)(it, `"minContains" == 0 without "maxContains": "contains" keyword ignored`);
          return;
        }
        if (max !== void 0 && min > max) {
          (0, util_1.checkStrictMode)(it, `"minContains" > "maxContains" is always invalid`);
          cxt.fail();
          return;
        }
        if ((0, util_1.alwaysValidSchema)(it, schema4)) {
          let cond = (0, codegen_1._)`${len} >= ${min}`;
          if (max !== void 0)
            cond = (0, codegen_1._)`${cond} && ${len} <= ${max}`;
          cxt.pass(cond);
          return;
        }
        it.items = true;
        const valid = gen.name("valid");
        if (max === void 0 && min === 1) {
          validateItems(valid, () => gen.if(valid, () => gen.break()));
        } else if (min === 0) {
          gen.let(valid, true);
          if (max !== void 0)
            gen.if((0, codegen_1._)`${data}.length > 0`, validateItemsWithCount);
        } else {
          gen.let(valid, false);
          validateItemsWithCount();
        }
        cxt.result(valid, () => cxt.reset());
        function validateItemsWithCount() {
          const schValid = gen.name("_valid");
          const count = gen.let("count", 0);
          validateItems(schValid, () => gen.if(schValid, () => checkLimits(count)));
        }
        function validateItems(_valid, block) {
          gen.forRange("i", 0, len, (i) => {
            cxt.subschema({
              keyword: "contains",
              dataProp: i,
              dataPropType: util_1.Type.Num,
              compositeRule: true
            }, _valid);
            block();
          });
        }
        function checkLimits(count) {
          gen.code((0, codegen_1._)`${count}++`);
          if (max === void 0) {
            gen.if((0, codegen_1._)`${count} >= ${min}`, () => gen.assign(valid, true).break());
          } else {
            gen.if((0, codegen_1._)`${count} > ${max}`, () => gen.assign(valid, false).break());
            if (min === 1)
              gen.assign(valid, true);
            else
              gen.if((0, codegen_1._)`${count} >= ${min}`, () => gen.assign(valid, true));
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/dependencies.js
var require_dependencies = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/dependencies.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateSchemaDeps = exports.validatePropertyDeps = exports.error = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    exports.error = {
      message: ({ params: { property: property2, depsCount, deps } }) => {
        const property_ies = depsCount === 1 ? "property" : "properties";
        return (0, codegen_1.str)`must have ${property_ies} ${deps} when property ${property2} is present`;
      },
      params: ({ params: { property: property2, depsCount, deps, missingProperty } }) => (0, codegen_1._)`{property: ${property2},
    missingProperty: ${missingProperty},
    depsCount: ${depsCount},
    deps: ${deps}}`
      // TODO change to reference
    };
    var def = {
      keyword: "dependencies",
      type: "object",
      schemaType: "object",
      error: exports.error,
      code(cxt) {
        const [propDeps, schDeps] = splitDependencies(cxt);
        validatePropertyDeps(cxt, propDeps);
        validateSchemaDeps(cxt, schDeps);
      }
    };
    function splitDependencies({ schema: schema4 }) {
      const propertyDeps = {};
      const schemaDeps = {};
      for (const key in schema4) {
        if (key === "__proto__")
          continue;
        const deps = Array.isArray(schema4[key]) ? propertyDeps : schemaDeps;
        deps[key] = schema4[key];
      }
      return [propertyDeps, schemaDeps];
    }
    function validatePropertyDeps(cxt, propertyDeps = cxt.schema) {
      const { gen, data, it } = cxt;
      if (Object.keys(propertyDeps).length === 0)
        return;
      const missing = gen.let("missing");
      for (const prop in propertyDeps) {
        const deps = propertyDeps[prop];
        if (deps.length === 0)
          continue;
        const hasProperty = (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties);
        cxt.setParams({
          property: prop,
          depsCount: deps.length,
          deps: deps.join(", ")
        });
        if (it.allErrors) {
          gen.if(hasProperty, () => {
            for (const depProp of deps) {
              (0, code_1.checkReportMissingProp)(cxt, depProp);
            }
          });
        } else {
          gen.if((0, codegen_1._)`${hasProperty} && (${(0, code_1.checkMissingProp)(cxt, deps, missing)})`);
          (0, code_1.reportMissingProp)(cxt, missing);
          gen.else();
        }
      }
    }
    exports.validatePropertyDeps = validatePropertyDeps;
    function validateSchemaDeps(cxt, schemaDeps = cxt.schema) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      for (const prop in schemaDeps) {
        if ((0, util_1.alwaysValidSchema)(it, schemaDeps[prop]))
          continue;
        gen.if(
          (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties),
          () => {
            const schCxt = cxt.subschema({ keyword, schemaProp: prop }, valid);
            cxt.mergeValidEvaluated(schCxt, valid);
          },
          () => gen.var(valid, true)
          // TODO var
        );
        cxt.ok(valid);
      }
    }
    exports.validateSchemaDeps = validateSchemaDeps;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/propertyNames.js
var require_propertyNames = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/propertyNames.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "property name must be valid",
      params: ({ params }) => (0, codegen_1._)`{propertyName: ${params.propertyName}}`
    };
    var def = {
      keyword: "propertyNames",
      type: "object",
      schemaType: ["object", "boolean"],
      error,
      code(cxt) {
        const { gen, schema: schema4, data, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema4))
          return;
        const valid = gen.name("valid");
        gen.forIn("key", data, (key) => {
          cxt.setParams({ propertyName: key });
          cxt.subschema({
            keyword: "propertyNames",
            data: key,
            dataTypes: ["string"],
            propertyName: key,
            compositeRule: true
          }, valid);
          gen.if((0, codegen_1.not)(valid), () => {
            cxt.error(true);
            if (!it.allErrors)
              gen.break();
          });
        });
        cxt.ok(valid);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js
var require_additionalProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var util_1 = require_util();
    var error = {
      message: "must NOT have additional properties",
      params: ({ params }) => (0, codegen_1._)`{additionalProperty: ${params.additionalProperty}}`
    };
    var def = {
      keyword: "additionalProperties",
      type: ["object"],
      schemaType: ["boolean", "object"],
      allowUndefined: true,
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema: schema4, parentSchema, data, errsCount, it } = cxt;
        if (!errsCount)
          throw new Error("ajv implementation error");
        const { allErrors, opts } = it;
        it.props = true;
        if (opts.removeAdditional !== "all" && (0, util_1.alwaysValidSchema)(it, schema4))
          return;
        const props = (0, code_1.allSchemaProperties)(parentSchema.properties);
        const patProps = (0, code_1.allSchemaProperties)(parentSchema.patternProperties);
        checkAdditionalProperties();
        cxt.ok((0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
        function checkAdditionalProperties() {
          gen.forIn("key", data, (key) => {
            if (!props.length && !patProps.length)
              additionalPropertyCode(key);
            else
              gen.if(isAdditional(key), () => additionalPropertyCode(key));
          });
        }
        function isAdditional(key) {
          let definedProp;
          if (props.length > 8) {
            const propsSchema = (0, util_1.schemaRefOrVal)(it, parentSchema.properties, "properties");
            definedProp = (0, code_1.isOwnProperty)(gen, propsSchema, key);
          } else if (props.length) {
            definedProp = (0, codegen_1.or)(...props.map((p) => (0, codegen_1._)`${key} === ${p}`));
          } else {
            definedProp = codegen_1.nil;
          }
          if (patProps.length) {
            definedProp = (0, codegen_1.or)(definedProp, ...patProps.map((p) => (0, codegen_1._)`${(0, code_1.usePattern)(cxt, p)}.test(${key})`));
          }
          return (0, codegen_1.not)(definedProp);
        }
        function deleteAdditional(key) {
          gen.code((0, codegen_1._)`delete ${data}[${key}]`);
        }
        function additionalPropertyCode(key) {
          if (opts.removeAdditional === "all" || opts.removeAdditional && schema4 === false) {
            deleteAdditional(key);
            return;
          }
          if (schema4 === false) {
            cxt.setParams({ additionalProperty: key });
            cxt.error();
            if (!allErrors)
              gen.break();
            return;
          }
          if (typeof schema4 == "object" && !(0, util_1.alwaysValidSchema)(it, schema4)) {
            const valid = gen.name("valid");
            if (opts.removeAdditional === "failing") {
              applyAdditionalSchema(key, valid, false);
              gen.if((0, codegen_1.not)(valid), () => {
                cxt.reset();
                deleteAdditional(key);
              });
            } else {
              applyAdditionalSchema(key, valid);
              if (!allErrors)
                gen.if((0, codegen_1.not)(valid), () => gen.break());
            }
          }
        }
        function applyAdditionalSchema(key, valid, errors) {
          const subschema = {
            keyword: "additionalProperties",
            dataProp: key,
            dataPropType: util_1.Type.Str
          };
          if (errors === false) {
            Object.assign(subschema, {
              compositeRule: true,
              createErrors: false,
              allErrors: false
            });
          }
          cxt.subschema(subschema, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/properties.js
var require_properties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/properties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var validate_1 = require_validate();
    var code_1 = require_code2();
    var util_1 = require_util();
    var additionalProperties_1 = require_additionalProperties();
    var def = {
      keyword: "properties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema: schema4, parentSchema, data, it } = cxt;
        if (it.opts.removeAdditional === "all" && parentSchema.additionalProperties === void 0) {
          additionalProperties_1.default.code(new validate_1.KeywordCxt(it, additionalProperties_1.default, "additionalProperties"));
        }
        const allProps = (0, code_1.allSchemaProperties)(schema4);
        for (const prop of allProps) {
          it.definedProperties.add(prop);
        }
        if (it.opts.unevaluated && allProps.length && it.props !== true) {
          it.props = util_1.mergeEvaluated.props(gen, (0, util_1.toHash)(allProps), it.props);
        }
        const properties = allProps.filter((p) => !(0, util_1.alwaysValidSchema)(it, schema4[p]));
        if (properties.length === 0)
          return;
        const valid = gen.name("valid");
        for (const prop of properties) {
          if (hasDefault(prop)) {
            applyPropertySchema(prop);
          } else {
            gen.if((0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties));
            applyPropertySchema(prop);
            if (!it.allErrors)
              gen.else().var(valid, true);
            gen.endIf();
          }
          cxt.it.definedProperties.add(prop);
          cxt.ok(valid);
        }
        function hasDefault(prop) {
          return it.opts.useDefaults && !it.compositeRule && schema4[prop].default !== void 0;
        }
        function applyPropertySchema(prop) {
          cxt.subschema({
            keyword: "properties",
            schemaProp: prop,
            dataProp: prop
          }, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/patternProperties.js
var require_patternProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/patternProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var util_2 = require_util();
    var def = {
      keyword: "patternProperties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema: schema4, data, parentSchema, it } = cxt;
        const { opts } = it;
        const patterns = (0, code_1.allSchemaProperties)(schema4);
        const alwaysValidPatterns = patterns.filter((p) => (0, util_1.alwaysValidSchema)(it, schema4[p]));
        if (patterns.length === 0 || alwaysValidPatterns.length === patterns.length && (!it.opts.unevaluated || it.props === true)) {
          return;
        }
        const checkProperties = opts.strictSchema && !opts.allowMatchingProperties && parentSchema.properties;
        const valid = gen.name("valid");
        if (it.props !== true && !(it.props instanceof codegen_1.Name)) {
          it.props = (0, util_2.evaluatedPropsToName)(gen, it.props);
        }
        const { props } = it;
        validatePatternProperties();
        function validatePatternProperties() {
          for (const pat of patterns) {
            if (checkProperties)
              checkMatchingProperties(pat);
            if (it.allErrors) {
              validateProperties(pat);
            } else {
              gen.var(valid, true);
              validateProperties(pat);
              gen.if(valid);
            }
          }
        }
        function checkMatchingProperties(pat) {
          for (const prop in checkProperties) {
            if (new RegExp(pat).test(prop)) {
              (0, util_1.checkStrictMode)(it, `property ${prop} matches pattern ${pat} (use allowMatchingProperties)`);
            }
          }
        }
        function validateProperties(pat) {
          gen.forIn("key", data, (key) => {
            gen.if((0, codegen_1._)`${(0, code_1.usePattern)(cxt, pat)}.test(${key})`, () => {
              const alwaysValid = alwaysValidPatterns.includes(pat);
              if (!alwaysValid) {
                cxt.subschema({
                  keyword: "patternProperties",
                  schemaProp: pat,
                  dataProp: key,
                  dataPropType: util_2.Type.Str
                }, valid);
              }
              if (it.opts.unevaluated && props !== true) {
                gen.assign((0, codegen_1._)`${props}[${key}]`, true);
              } else if (!alwaysValid && !it.allErrors) {
                gen.if((0, codegen_1.not)(valid), () => gen.break());
              }
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/not.js
var require_not = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/not.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "not",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      code(cxt) {
        const { gen, schema: schema4, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema4)) {
          cxt.fail();
          return;
        }
        const valid = gen.name("valid");
        cxt.subschema({
          keyword: "not",
          compositeRule: true,
          createErrors: false,
          allErrors: false
        }, valid);
        cxt.failResult(valid, () => cxt.reset(), () => cxt.error());
      },
      error: { message: "must NOT be valid" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/anyOf.js
var require_anyOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/anyOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var def = {
      keyword: "anyOf",
      schemaType: "array",
      trackErrors: true,
      code: code_1.validateUnion,
      error: { message: "must match a schema in anyOf" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/oneOf.js
var require_oneOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/oneOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "must match exactly one schema in oneOf",
      params: ({ params }) => (0, codegen_1._)`{passingSchemas: ${params.passing}}`
    };
    var def = {
      keyword: "oneOf",
      schemaType: "array",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema: schema4, parentSchema, it } = cxt;
        if (!Array.isArray(schema4))
          throw new Error("ajv implementation error");
        if (it.opts.discriminator && parentSchema.discriminator)
          return;
        const schArr = schema4;
        const valid = gen.let("valid", false);
        const passing = gen.let("passing", null);
        const schValid = gen.name("_valid");
        cxt.setParams({ passing });
        gen.block(validateOneOf);
        cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
        function validateOneOf() {
          schArr.forEach((sch, i) => {
            let schCxt;
            if ((0, util_1.alwaysValidSchema)(it, sch)) {
              gen.var(schValid, true);
            } else {
              schCxt = cxt.subschema({
                keyword: "oneOf",
                schemaProp: i,
                compositeRule: true
              }, schValid);
            }
            if (i > 0) {
              gen.if((0, codegen_1._)`${schValid} && ${valid}`).assign(valid, false).assign(passing, (0, codegen_1._)`[${passing}, ${i}]`).else();
            }
            gen.if(schValid, () => {
              gen.assign(valid, true);
              gen.assign(passing, i);
              if (schCxt)
                cxt.mergeEvaluated(schCxt, codegen_1.Name);
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/allOf.js
var require_allOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/allOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "allOf",
      schemaType: "array",
      code(cxt) {
        const { gen, schema: schema4, it } = cxt;
        if (!Array.isArray(schema4))
          throw new Error("ajv implementation error");
        const valid = gen.name("valid");
        schema4.forEach((sch, i) => {
          if ((0, util_1.alwaysValidSchema)(it, sch))
            return;
          const schCxt = cxt.subschema({ keyword: "allOf", schemaProp: i }, valid);
          cxt.ok(valid);
          cxt.mergeEvaluated(schCxt);
        });
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/if.js
var require_if = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/if.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params }) => (0, codegen_1.str)`must match "${params.ifClause}" schema`,
      params: ({ params }) => (0, codegen_1._)`{failingKeyword: ${params.ifClause}}`
    };
    var def = {
      keyword: "if",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, parentSchema, it } = cxt;
        if (parentSchema.then === void 0 && parentSchema.else === void 0) {
          (0, util_1.checkStrictMode)(it, '"if" without "then" and "else" is ignored');
        }
        const hasThen = hasSchema(it, "then");
        const hasElse = hasSchema(it, "else");
        if (!hasThen && !hasElse)
          return;
        const valid = gen.let("valid", true);
        const schValid = gen.name("_valid");
        validateIf();
        cxt.reset();
        if (hasThen && hasElse) {
          const ifClause = gen.let("ifClause");
          cxt.setParams({ ifClause });
          gen.if(schValid, validateClause("then", ifClause), validateClause("else", ifClause));
        } else if (hasThen) {
          gen.if(schValid, validateClause("then"));
        } else {
          gen.if((0, codegen_1.not)(schValid), validateClause("else"));
        }
        cxt.pass(valid, () => cxt.error(true));
        function validateIf() {
          const schCxt = cxt.subschema({
            keyword: "if",
            compositeRule: true,
            createErrors: false,
            allErrors: false
          }, schValid);
          cxt.mergeEvaluated(schCxt);
        }
        function validateClause(keyword, ifClause) {
          return () => {
            const schCxt = cxt.subschema({ keyword }, schValid);
            gen.assign(valid, schValid);
            cxt.mergeValidEvaluated(schCxt, valid);
            if (ifClause)
              gen.assign(ifClause, (0, codegen_1._)`${keyword}`);
            else
              cxt.setParams({ ifClause: keyword });
          };
        }
      }
    };
    function hasSchema(it, keyword) {
      const schema4 = it.schema[keyword];
      return schema4 !== void 0 && !(0, util_1.alwaysValidSchema)(it, schema4);
    }
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/thenElse.js
var require_thenElse = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/thenElse.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: ["then", "else"],
      schemaType: ["object", "boolean"],
      code({ keyword, parentSchema, it }) {
        if (parentSchema.if === void 0)
          (0, util_1.checkStrictMode)(it, `"${keyword}" without "if" is ignored`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/index.js
var require_applicator = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var additionalItems_1 = require_additionalItems();
    var prefixItems_1 = require_prefixItems();
    var items_1 = require_items();
    var items2020_1 = require_items2020();
    var contains_1 = require_contains();
    var dependencies_1 = require_dependencies();
    var propertyNames_1 = require_propertyNames();
    var additionalProperties_1 = require_additionalProperties();
    var properties_1 = require_properties();
    var patternProperties_1 = require_patternProperties();
    var not_1 = require_not();
    var anyOf_1 = require_anyOf();
    var oneOf_1 = require_oneOf();
    var allOf_1 = require_allOf();
    var if_1 = require_if();
    var thenElse_1 = require_thenElse();
    function getApplicator(draft2020 = false) {
      const applicator = [
        // any
        not_1.default,
        anyOf_1.default,
        oneOf_1.default,
        allOf_1.default,
        if_1.default,
        thenElse_1.default,
        // object
        propertyNames_1.default,
        additionalProperties_1.default,
        dependencies_1.default,
        properties_1.default,
        patternProperties_1.default
      ];
      if (draft2020)
        applicator.push(prefixItems_1.default, items2020_1.default);
      else
        applicator.push(additionalItems_1.default, items_1.default);
      applicator.push(contains_1.default);
      return applicator;
    }
    exports.default = getApplicator;
  }
});

// node_modules/ajv/dist/vocabularies/format/format.js
var require_format = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/format.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match format "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{format: ${schemaCode}}`
    };
    var def = {
      keyword: "format",
      type: ["number", "string"],
      schemaType: "string",
      $data: true,
      error,
      code(cxt, ruleType) {
        const { gen, data, $data, schema: schema4, schemaCode, it } = cxt;
        const { opts, errSchemaPath, schemaEnv, self } = it;
        if (!opts.validateFormats)
          return;
        if ($data)
          validate$DataFormat();
        else
          validateFormat();
        function validate$DataFormat() {
          const fmts = gen.scopeValue("formats", {
            ref: self.formats,
            code: opts.code.formats
          });
          const fDef = gen.const("fDef", (0, codegen_1._)`${fmts}[${schemaCode}]`);
          const fType = gen.let("fType");
          const format = gen.let("format");
          gen.if((0, codegen_1._)`typeof ${fDef} == "object" && !(${fDef} instanceof RegExp)`, () => gen.assign(fType, (0, codegen_1._)`${fDef}.type || "string"`).assign(format, (0, codegen_1._)`${fDef}.validate`), () => gen.assign(fType, (0, codegen_1._)`"string"`).assign(format, fDef));
          cxt.fail$data((0, codegen_1.or)(unknownFmt(), invalidFmt()));
          function unknownFmt() {
            if (opts.strictSchema === false)
              return codegen_1.nil;
            return (0, codegen_1._)`${schemaCode} && !${format}`;
          }
          function invalidFmt() {
            const callFormat = schemaEnv.$async ? (0, codegen_1._)`(${fDef}.async ? await ${format}(${data}) : ${format}(${data}))` : (0, codegen_1._)`${format}(${data})`;
            const validData = (0, codegen_1._)`(typeof ${format} == "function" ? ${callFormat} : ${format}.test(${data}))`;
            return (0, codegen_1._)`${format} && ${format} !== true && ${fType} === ${ruleType} && !${validData}`;
          }
        }
        function validateFormat() {
          const formatDef = self.formats[schema4];
          if (!formatDef) {
            unknownFormat();
            return;
          }
          if (formatDef === true)
            return;
          const [fmtType, format, fmtRef] = getFormat(formatDef);
          if (fmtType === ruleType)
            cxt.pass(validCondition());
          function unknownFormat() {
            if (opts.strictSchema === false) {
              self.logger.warn(unknownMsg());
              return;
            }
            throw new Error(unknownMsg());
            function unknownMsg() {
              return `unknown format "${schema4}" ignored in schema at path "${errSchemaPath}"`;
            }
          }
          function getFormat(fmtDef) {
            const code = fmtDef instanceof RegExp ? (0, codegen_1.regexpCode)(fmtDef) : opts.code.formats ? (0, codegen_1._)`${opts.code.formats}${(0, codegen_1.getProperty)(schema4)}` : void 0;
            const fmt = gen.scopeValue("formats", { key: schema4, ref: fmtDef, code });
            if (typeof fmtDef == "object" && !(fmtDef instanceof RegExp)) {
              return [fmtDef.type || "string", fmtDef.validate, (0, codegen_1._)`${fmt}.validate`];
            }
            return ["string", fmtDef, fmt];
          }
          function validCondition() {
            if (typeof formatDef == "object" && !(formatDef instanceof RegExp) && formatDef.async) {
              if (!schemaEnv.$async)
                throw new Error("async format in sync schema");
              return (0, codegen_1._)`await ${fmtRef}(${data})`;
            }
            return typeof format == "function" ? (0, codegen_1._)`${fmtRef}(${data})` : (0, codegen_1._)`${fmtRef}.test(${data})`;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/format/index.js
var require_format2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var format_1 = require_format();
    var format = [format_1.default];
    exports.default = format;
  }
});

// node_modules/ajv/dist/vocabularies/metadata.js
var require_metadata = __commonJS({
  "node_modules/ajv/dist/vocabularies/metadata.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.contentVocabulary = exports.metadataVocabulary = void 0;
    exports.metadataVocabulary = [
      "title",
      "description",
      "default",
      "deprecated",
      "readOnly",
      "writeOnly",
      "examples"
    ];
    exports.contentVocabulary = [
      "contentMediaType",
      "contentEncoding",
      "contentSchema"
    ];
  }
});

// node_modules/ajv/dist/vocabularies/draft7.js
var require_draft7 = __commonJS({
  "node_modules/ajv/dist/vocabularies/draft7.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var core_1 = require_core2();
    var validation_1 = require_validation();
    var applicator_1 = require_applicator();
    var format_1 = require_format2();
    var metadata_1 = require_metadata();
    var draft7Vocabularies = [
      core_1.default,
      validation_1.default,
      (0, applicator_1.default)(),
      format_1.default,
      metadata_1.metadataVocabulary,
      metadata_1.contentVocabulary
    ];
    exports.default = draft7Vocabularies;
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/types.js
var require_types = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/types.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DiscrError = void 0;
    var DiscrError;
    (function(DiscrError2) {
      DiscrError2["Tag"] = "tag";
      DiscrError2["Mapping"] = "mapping";
    })(DiscrError || (exports.DiscrError = DiscrError = {}));
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/index.js
var require_discriminator = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var types_1 = require_types();
    var compile_1 = require_compile();
    var ref_error_1 = require_ref_error();
    var util_1 = require_util();
    var error = {
      message: ({ params: { discrError, tagName } }) => discrError === types_1.DiscrError.Tag ? `tag "${tagName}" must be string` : `value of tag "${tagName}" must be in oneOf`,
      params: ({ params: { discrError, tag, tagName } }) => (0, codegen_1._)`{error: ${discrError}, tag: ${tagName}, tagValue: ${tag}}`
    };
    var def = {
      keyword: "discriminator",
      type: "object",
      schemaType: "object",
      error,
      code(cxt) {
        const { gen, data, schema: schema4, parentSchema, it } = cxt;
        const { oneOf } = parentSchema;
        if (!it.opts.discriminator) {
          throw new Error("discriminator: requires discriminator option");
        }
        const tagName = schema4.propertyName;
        if (typeof tagName != "string")
          throw new Error("discriminator: requires propertyName");
        if (schema4.mapping)
          throw new Error("discriminator: mapping is not supported");
        if (!oneOf)
          throw new Error("discriminator: requires oneOf keyword");
        const valid = gen.let("valid", false);
        const tag = gen.const("tag", (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(tagName)}`);
        gen.if((0, codegen_1._)`typeof ${tag} == "string"`, () => validateMapping(), () => cxt.error(false, { discrError: types_1.DiscrError.Tag, tag, tagName }));
        cxt.ok(valid);
        function validateMapping() {
          const mapping = getMapping();
          gen.if(false);
          for (const tagValue in mapping) {
            gen.elseIf((0, codegen_1._)`${tag} === ${tagValue}`);
            gen.assign(valid, applyTagSchema(mapping[tagValue]));
          }
          gen.else();
          cxt.error(false, { discrError: types_1.DiscrError.Mapping, tag, tagName });
          gen.endIf();
        }
        function applyTagSchema(schemaProp) {
          const _valid = gen.name("valid");
          const schCxt = cxt.subschema({ keyword: "oneOf", schemaProp }, _valid);
          cxt.mergeEvaluated(schCxt, codegen_1.Name);
          return _valid;
        }
        function getMapping() {
          var _a;
          const oneOfMapping = {};
          const topRequired = hasRequired(parentSchema);
          let tagRequired = true;
          for (let i = 0; i < oneOf.length; i++) {
            let sch = oneOf[i];
            if ((sch === null || sch === void 0 ? void 0 : sch.$ref) && !(0, util_1.schemaHasRulesButRef)(sch, it.self.RULES)) {
              const ref = sch.$ref;
              sch = compile_1.resolveRef.call(it.self, it.schemaEnv.root, it.baseId, ref);
              if (sch instanceof compile_1.SchemaEnv)
                sch = sch.schema;
              if (sch === void 0)
                throw new ref_error_1.default(it.opts.uriResolver, it.baseId, ref);
            }
            const propSch = (_a = sch === null || sch === void 0 ? void 0 : sch.properties) === null || _a === void 0 ? void 0 : _a[tagName];
            if (typeof propSch != "object") {
              throw new Error(`discriminator: oneOf subschemas (or referenced schemas) must have "properties/${tagName}"`);
            }
            tagRequired = tagRequired && (topRequired || hasRequired(sch));
            addMappings(propSch, i);
          }
          if (!tagRequired)
            throw new Error(`discriminator: "${tagName}" must be required`);
          return oneOfMapping;
          function hasRequired({ required }) {
            return Array.isArray(required) && required.includes(tagName);
          }
          function addMappings(sch, i) {
            if (sch.const) {
              addMapping(sch.const, i);
            } else if (sch.enum) {
              for (const tagValue of sch.enum) {
                addMapping(tagValue, i);
              }
            } else {
              throw new Error(`discriminator: "properties/${tagName}" must have "const" or "enum"`);
            }
          }
          function addMapping(tagValue, i) {
            if (typeof tagValue != "string" || tagValue in oneOfMapping) {
              throw new Error(`discriminator: "${tagName}" values must be unique strings`);
            }
            oneOfMapping[tagValue] = i;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/refs/json-schema-draft-07.json
var require_json_schema_draft_07 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-draft-07.json"(exports, module) {
    module.exports = {
      $schema: "http://json-schema.org/draft-07/schema#",
      $id: "http://json-schema.org/draft-07/schema#",
      title: "Core schema meta-schema",
      definitions: {
        schemaArray: {
          type: "array",
          minItems: 1,
          items: { $ref: "#" }
        },
        nonNegativeInteger: {
          type: "integer",
          minimum: 0
        },
        nonNegativeIntegerDefault0: {
          allOf: [{ $ref: "#/definitions/nonNegativeInteger" }, { default: 0 }]
        },
        simpleTypes: {
          enum: ["array", "boolean", "integer", "null", "number", "object", "string"]
        },
        stringArray: {
          type: "array",
          items: { type: "string" },
          uniqueItems: true,
          default: []
        }
      },
      type: ["object", "boolean"],
      properties: {
        $id: {
          type: "string",
          format: "uri-reference"
        },
        $schema: {
          type: "string",
          format: "uri"
        },
        $ref: {
          type: "string",
          format: "uri-reference"
        },
        $comment: {
          type: "string"
        },
        title: {
          type: "string"
        },
        description: {
          type: "string"
        },
        default: true,
        readOnly: {
          type: "boolean",
          default: false
        },
        examples: {
          type: "array",
          items: true
        },
        multipleOf: {
          type: "number",
          exclusiveMinimum: 0
        },
        maximum: {
          type: "number"
        },
        exclusiveMaximum: {
          type: "number"
        },
        minimum: {
          type: "number"
        },
        exclusiveMinimum: {
          type: "number"
        },
        maxLength: { $ref: "#/definitions/nonNegativeInteger" },
        minLength: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        pattern: {
          type: "string",
          format: "regex"
        },
        additionalItems: { $ref: "#" },
        items: {
          anyOf: [{ $ref: "#" }, { $ref: "#/definitions/schemaArray" }],
          default: true
        },
        maxItems: { $ref: "#/definitions/nonNegativeInteger" },
        minItems: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        uniqueItems: {
          type: "boolean",
          default: false
        },
        contains: { $ref: "#" },
        maxProperties: { $ref: "#/definitions/nonNegativeInteger" },
        minProperties: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        required: { $ref: "#/definitions/stringArray" },
        additionalProperties: { $ref: "#" },
        definitions: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        properties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        patternProperties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          propertyNames: { format: "regex" },
          default: {}
        },
        dependencies: {
          type: "object",
          additionalProperties: {
            anyOf: [{ $ref: "#" }, { $ref: "#/definitions/stringArray" }]
          }
        },
        propertyNames: { $ref: "#" },
        const: true,
        enum: {
          type: "array",
          items: true,
          minItems: 1,
          uniqueItems: true
        },
        type: {
          anyOf: [
            { $ref: "#/definitions/simpleTypes" },
            {
              type: "array",
              items: { $ref: "#/definitions/simpleTypes" },
              minItems: 1,
              uniqueItems: true
            }
          ]
        },
        format: { type: "string" },
        contentMediaType: { type: "string" },
        contentEncoding: { type: "string" },
        if: { $ref: "#" },
        then: { $ref: "#" },
        else: { $ref: "#" },
        allOf: { $ref: "#/definitions/schemaArray" },
        anyOf: { $ref: "#/definitions/schemaArray" },
        oneOf: { $ref: "#/definitions/schemaArray" },
        not: { $ref: "#" }
      },
      default: true
    };
  }
});

// node_modules/ajv/dist/ajv.js
var require_ajv = __commonJS({
  "node_modules/ajv/dist/ajv.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv = void 0;
    var core_1 = require_core();
    var draft7_1 = require_draft7();
    var discriminator_1 = require_discriminator();
    var draft7MetaSchema = require_json_schema_draft_07();
    var META_SUPPORT_DATA = ["/properties"];
    var META_SCHEMA_ID = "http://json-schema.org/draft-07/schema";
    var Ajv2 = class extends core_1.default {
      _addVocabularies() {
        super._addVocabularies();
        draft7_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
          this.addKeyword(discriminator_1.default);
      }
      _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        if (!this.opts.meta)
          return;
        const metaSchema = this.opts.$data ? this.$dataMetaSchema(draft7MetaSchema, META_SUPPORT_DATA) : draft7MetaSchema;
        this.addMetaSchema(metaSchema, META_SCHEMA_ID, false);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
      }
      defaultMeta() {
        return this.opts.defaultMeta = super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : void 0);
      }
    };
    exports.Ajv = Ajv2;
    module.exports = exports = Ajv2;
    module.exports.Ajv = Ajv2;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = Ajv2;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    Object.defineProperty(exports, "ValidationError", { enumerable: true, get: function() {
      return validation_error_1.default;
    } });
    var ref_error_1 = require_ref_error();
    Object.defineProperty(exports, "MissingRefError", { enumerable: true, get: function() {
      return ref_error_1.default;
    } });
  }
});

// src/engine/errors.ts
var ConfigError = class extends Error {
};

// src/lint.ts
var import_picomatch = __toESM(require_picomatch2(), 1);
import { relative as relative3, sep as sep2 } from "node:path";

// package.json
var package_default = {
  name: "keycloak-lint",
  version: "0.1.0",
  description: "Static linter for Kubernetes manifests that catches the mistakes that break Keycloak clusters",
  type: "module",
  license: "Apache-2.0",
  homepage: "https://github.com/keycloak-lint/keycloak-lint#readme",
  repository: {
    type: "git",
    url: "git+https://github.com/keycloak-lint/keycloak-lint.git"
  },
  bugs: {
    url: "https://github.com/keycloak-lint/keycloak-lint/issues"
  },
  keywords: [
    "keycloak",
    "kubernetes",
    "linter",
    "infinispan",
    "jgroups",
    "ingress-nginx",
    "sarif"
  ],
  bin: {
    "keycloak-lint": "dist/cli.js"
  },
  main: "./dist/index.js",
  types: "./dist/types/src/index.d.ts",
  exports: {
    ".": {
      types: "./dist/types/src/index.d.ts",
      import: "./dist/index.js"
    },
    "./package.json": "./package.json"
  },
  files: [
    "dist/cli.js",
    "dist/cli-main.cjs",
    "dist/index.js",
    "dist/types",
    "docs/rules",
    "schemas",
    "README.md"
  ],
  engines: {
    node: ">=20.19"
  },
  scripts: {
    bundle: "node scripts/bundle.mjs && rm -rf dist/types && tsc -p tsconfig.types.json",
    typecheck: "tsc --noEmit",
    lint: "biome check .",
    format: "biome format --write .",
    test: "vitest run",
    generate: "node scripts/generate.mjs",
    bench: "node scripts/bench.mjs"
  },
  devDependencies: {
    "@actions/core": "^3.0.1",
    "@biomejs/biome": "^2.6.9",
    "@types/js-yaml": "^4.0.9",
    "@types/node": "^20.19.43",
    "@types/picomatch": "^4.0.3",
    "@types/sarif": "^2.1.7",
    ajv: "^8.20.0",
    "ajv-draft-04": "^1.0.0",
    "ajv-formats": "^3.0.1",
    commander: "^14.0.3",
    diff: "^9.0.0",
    esbuild: "^0.28.2",
    "fast-check": "^4.11.0",
    "js-yaml": "^5.5.0",
    "kubernetes-types": "^1.30.0",
    picocolors: "^1.1.1",
    picomatch: "^4.0.7",
    typescript: "~5.9.3",
    vitest: "^4.1.12",
    yaml: "^2.9.1"
  }
};

// src/engine/rule.ts
function defineRule(rule) {
  return rule;
}
function isLocation(anchor) {
  return "doc" in anchor;
}

// node_modules/yaml/browser/dist/nodes/identity.js
var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
var isAlias = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
var isMap = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
var isScalar = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
var isSeq = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
function isCollection(node) {
  if (node && typeof node === "object")
    switch (node[NODE_TYPE]) {
      case MAP:
      case SEQ:
        return true;
    }
  return false;
}
function isNode(node) {
  if (node && typeof node === "object")
    switch (node[NODE_TYPE]) {
      case ALIAS:
      case MAP:
      case SCALAR:
      case SEQ:
        return true;
    }
  return false;
}
var hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

// node_modules/yaml/browser/dist/visit.js
var BREAK = /* @__PURE__ */ Symbol("break visit");
var SKIP = /* @__PURE__ */ Symbol("skip children");
var REMOVE = /* @__PURE__ */ Symbol("remove node");
function visit(node, visitor) {
  const visitor_ = initVisitor(visitor);
  if (isDocument(node)) {
    const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
    if (cd === REMOVE)
      node.contents = null;
  } else
    visit_(null, node, visitor_, Object.freeze([]));
}
visit.BREAK = BREAK;
visit.SKIP = SKIP;
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
  const ctrl = callVisitor(key, node, visitor, path);
  if (isNode(ctrl) || isPair(ctrl)) {
    replaceNode(key, path, ctrl);
    return visit_(key, ctrl, visitor, path);
  }
  if (typeof ctrl !== "symbol") {
    if (isCollection(node)) {
      path = Object.freeze(path.concat(node));
      for (let i = 0; i < node.items.length; ++i) {
        const ci = visit_(i, node.items[i], visitor, path);
        if (typeof ci === "number")
          i = ci - 1;
        else if (ci === BREAK)
          return BREAK;
        else if (ci === REMOVE) {
          node.items.splice(i, 1);
          i -= 1;
        }
      }
    } else if (isPair(node)) {
      path = Object.freeze(path.concat(node));
      const ck = visit_("key", node.key, visitor, path);
      if (ck === BREAK)
        return BREAK;
      else if (ck === REMOVE)
        node.key = null;
      const cv = visit_("value", node.value, visitor, path);
      if (cv === BREAK)
        return BREAK;
      else if (cv === REMOVE)
        node.value = null;
    }
  }
  return ctrl;
}
async function visitAsync(node, visitor) {
  const visitor_ = initVisitor(visitor);
  if (isDocument(node)) {
    const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
    if (cd === REMOVE)
      node.contents = null;
  } else
    await visitAsync_(null, node, visitor_, Object.freeze([]));
}
visitAsync.BREAK = BREAK;
visitAsync.SKIP = SKIP;
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
  const ctrl = await callVisitor(key, node, visitor, path);
  if (isNode(ctrl) || isPair(ctrl)) {
    replaceNode(key, path, ctrl);
    return visitAsync_(key, ctrl, visitor, path);
  }
  if (typeof ctrl !== "symbol") {
    if (isCollection(node)) {
      path = Object.freeze(path.concat(node));
      for (let i = 0; i < node.items.length; ++i) {
        const ci = await visitAsync_(i, node.items[i], visitor, path);
        if (typeof ci === "number")
          i = ci - 1;
        else if (ci === BREAK)
          return BREAK;
        else if (ci === REMOVE) {
          node.items.splice(i, 1);
          i -= 1;
        }
      }
    } else if (isPair(node)) {
      path = Object.freeze(path.concat(node));
      const ck = await visitAsync_("key", node.key, visitor, path);
      if (ck === BREAK)
        return BREAK;
      else if (ck === REMOVE)
        node.key = null;
      const cv = await visitAsync_("value", node.value, visitor, path);
      if (cv === BREAK)
        return BREAK;
      else if (cv === REMOVE)
        node.value = null;
    }
  }
  return ctrl;
}
function initVisitor(visitor) {
  if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
    return Object.assign({
      Alias: visitor.Node,
      Map: visitor.Node,
      Scalar: visitor.Node,
      Seq: visitor.Node
    }, visitor.Value && {
      Map: visitor.Value,
      Scalar: visitor.Value,
      Seq: visitor.Value
    }, visitor.Collection && {
      Map: visitor.Collection,
      Seq: visitor.Collection
    }, visitor);
  }
  return visitor;
}
function callVisitor(key, node, visitor, path) {
  if (typeof visitor === "function")
    return visitor(key, node, path);
  if (isMap(node))
    return visitor.Map?.(key, node, path);
  if (isSeq(node))
    return visitor.Seq?.(key, node, path);
  if (isPair(node))
    return visitor.Pair?.(key, node, path);
  if (isScalar(node))
    return visitor.Scalar?.(key, node, path);
  if (isAlias(node))
    return visitor.Alias?.(key, node, path);
  return void 0;
}
function replaceNode(key, path, node) {
  const parent = path[path.length - 1];
  if (isCollection(parent)) {
    parent.items[key] = node;
  } else if (isPair(parent)) {
    if (key === "key")
      parent.key = node;
    else
      parent.value = node;
  } else if (isDocument(parent)) {
    parent.contents = node;
  } else {
    const pt = isAlias(parent) ? "alias" : "scalar";
    throw new Error(`Cannot replace node with ${pt} parent`);
  }
}

// node_modules/yaml/browser/dist/doc/directives.js
var escapeChars = {
  "!": "%21",
  ",": "%2C",
  "[": "%5B",
  "]": "%5D",
  "{": "%7B",
  "}": "%7D"
};
var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
var Directives = class _Directives {
  constructor(yaml, tags) {
    this.docStart = null;
    this.docEnd = false;
    this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
    this.tags = Object.assign({}, _Directives.defaultTags, tags);
  }
  clone() {
    const copy = new _Directives(this.yaml, this.tags);
    copy.docStart = this.docStart;
    return copy;
  }
  /**
   * During parsing, get a Directives instance for the current document and
   * update the stream state according to the current version's spec.
   */
  atDocument() {
    const res = new _Directives(this.yaml, this.tags);
    switch (this.yaml.version) {
      case "1.1":
        this.atNextDocument = true;
        break;
      case "1.2":
        this.atNextDocument = false;
        this.yaml = {
          explicit: _Directives.defaultYaml.explicit,
          version: "1.2"
        };
        this.tags = Object.assign({}, _Directives.defaultTags);
        break;
    }
    return res;
  }
  /**
   * @param onError - May be called even if the action was successful
   * @returns `true` on success
   */
  add(line, onError) {
    if (this.atNextDocument) {
      this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
      this.tags = Object.assign({}, _Directives.defaultTags);
      this.atNextDocument = false;
    }
    const parts = line.trim().split(/[ \t]+/);
    const name = parts.shift();
    switch (name) {
      case "%TAG": {
        if (parts.length !== 2) {
          onError(0, "%TAG directive should contain exactly two parts");
          if (parts.length < 2)
            return false;
        }
        const [handle, prefix] = parts;
        this.tags[handle] = prefix;
        return true;
      }
      case "%YAML": {
        this.yaml.explicit = true;
        if (parts.length !== 1) {
          onError(0, "%YAML directive should contain exactly one part");
          return false;
        }
        const [version] = parts;
        if (version === "1.1" || version === "1.2") {
          this.yaml.version = version;
          return true;
        } else {
          const isValid = /^\d+\.\d+$/.test(version);
          onError(6, `Unsupported YAML version ${version}`, isValid);
          return false;
        }
      }
      default:
        onError(0, `Unknown directive ${name}`, true);
        return false;
    }
  }
  /**
   * Resolves a tag, matching handles to those defined in %TAG directives.
   *
   * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
   *   `'!local'` tag, or `null` if unresolvable.
   */
  tagName(source, onError) {
    if (source === "!")
      return "!";
    if (source[0] !== "!") {
      onError(`Not a valid tag: ${source}`);
      return null;
    }
    if (source[1] === "<") {
      const verbatim = source.slice(2, -1);
      if (verbatim === "!" || verbatim === "!!") {
        onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
        return null;
      }
      if (source[source.length - 1] !== ">")
        onError("Verbatim tags must end with a >");
      return verbatim;
    }
    const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
    if (!suffix)
      onError(`The ${source} tag has no suffix`);
    const prefix = this.tags[handle];
    if (prefix) {
      try {
        return prefix + decodeURIComponent(suffix);
      } catch (error) {
        onError(String(error));
        return null;
      }
    }
    if (handle === "!")
      return source;
    onError(`Could not resolve tag: ${source}`);
    return null;
  }
  /**
   * Given a fully resolved tag, returns its printable string form,
   * taking into account current tag prefixes and defaults.
   */
  tagString(tag) {
    for (const [handle, prefix] of Object.entries(this.tags)) {
      if (tag.startsWith(prefix))
        return handle + escapeTagName(tag.substring(prefix.length));
    }
    return tag[0] === "!" ? tag : `!<${tag}>`;
  }
  toString(doc) {
    const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
    const tagEntries = Object.entries(this.tags);
    let tagNames;
    if (doc && tagEntries.length > 0 && isNode(doc.contents)) {
      const tags = {};
      visit(doc.contents, (_key, node) => {
        if (isNode(node) && node.tag)
          tags[node.tag] = true;
      });
      tagNames = Object.keys(tags);
    } else
      tagNames = [];
    for (const [handle, prefix] of tagEntries) {
      if (handle === "!!" && prefix === "tag:yaml.org,2002:")
        continue;
      if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
        lines.push(`%TAG ${handle} ${prefix}`);
    }
    return lines.join("\n");
  }
};
Directives.defaultYaml = { explicit: false, version: "1.2" };
Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };

// node_modules/yaml/browser/dist/doc/anchors.js
function anchorIsValid(anchor) {
  if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
    const sa = JSON.stringify(anchor);
    const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
    throw new Error(msg);
  }
  return true;
}
function anchorNames(root) {
  const anchors = /* @__PURE__ */ new Set();
  visit(root, {
    Value(_key, node) {
      if (node.anchor)
        anchors.add(node.anchor);
    }
  });
  return anchors;
}
function findNewAnchor(prefix, exclude) {
  for (let i = 1; true; ++i) {
    const name = `${prefix}${i}`;
    if (!exclude.has(name))
      return name;
  }
}
function createNodeAnchors(doc, prefix) {
  const aliasObjects = [];
  const sourceObjects = /* @__PURE__ */ new Map();
  let prevAnchors = null;
  return {
    onAnchor: (source) => {
      aliasObjects.push(source);
      prevAnchors ?? (prevAnchors = anchorNames(doc));
      const anchor = findNewAnchor(prefix, prevAnchors);
      prevAnchors.add(anchor);
      return anchor;
    },
    /**
     * With circular references, the source node is only resolved after all
     * of its child nodes are. This is why anchors are set only after all of
     * the nodes have been created.
     */
    setAnchors: () => {
      for (const source of aliasObjects) {
        const ref = sourceObjects.get(source);
        if (typeof ref === "object" && ref.anchor && (isScalar(ref.node) || isCollection(ref.node))) {
          ref.node.anchor = ref.anchor;
        } else {
          const error = new Error("Failed to resolve repeated object (this should not happen)");
          error.source = source;
          throw error;
        }
      }
    },
    sourceObjects
  };
}

// node_modules/yaml/browser/dist/doc/applyReviver.js
function applyReviver(reviver, obj, key, val) {
  if (val && typeof val === "object") {
    if (Array.isArray(val)) {
      for (let i = 0, len = val.length; i < len; ++i) {
        const v0 = val[i];
        const v1 = applyReviver(reviver, val, String(i), v0);
        if (v1 === void 0)
          delete val[i];
        else if (v1 !== v0)
          val[i] = v1;
      }
    } else if (val instanceof Map) {
      for (const k of Array.from(val.keys())) {
        const v0 = val.get(k);
        const v1 = applyReviver(reviver, val, k, v0);
        if (v1 === void 0)
          val.delete(k);
        else if (v1 !== v0)
          val.set(k, v1);
      }
    } else if (val instanceof Set) {
      for (const v0 of Array.from(val)) {
        const v1 = applyReviver(reviver, val, v0, v0);
        if (v1 === void 0)
          val.delete(v0);
        else if (v1 !== v0) {
          val.delete(v0);
          val.add(v1);
        }
      }
    } else {
      for (const [k, v0] of Object.entries(val)) {
        const v1 = applyReviver(reviver, val, k, v0);
        if (v1 === void 0)
          delete val[k];
        else if (v1 !== v0)
          val[k] = v1;
      }
    }
  }
  return reviver.call(obj, key, val);
}

// node_modules/yaml/browser/dist/nodes/toJS.js
function toJS(value, arg, ctx) {
  if (Array.isArray(value))
    return value.map((v, i) => toJS(v, String(i), ctx));
  if (value && typeof value.toJSON === "function") {
    if (!ctx || !hasAnchor(value))
      return value.toJSON(arg, ctx);
    const data = { aliasCount: 0, count: 1, res: void 0 };
    ctx.anchors.set(value, data);
    ctx.onCreate = (res2) => {
      data.res = res2;
      delete ctx.onCreate;
    };
    const res = value.toJSON(arg, ctx);
    if (ctx.onCreate)
      ctx.onCreate(res);
    return res;
  }
  if (typeof value === "bigint" && !ctx?.keep)
    return Number(value);
  return value;
}

// node_modules/yaml/browser/dist/nodes/Node.js
var NodeBase = class {
  constructor(type) {
    Object.defineProperty(this, NODE_TYPE, { value: type });
  }
  /** Create a copy of this node.  */
  clone() {
    const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
    if (this.range)
      copy.range = this.range.slice();
    return copy;
  }
  /** A plain JavaScript representation of this node. */
  toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
    if (!isDocument(doc))
      throw new TypeError("A document argument is required");
    const ctx = {
      anchors: /* @__PURE__ */ new Map(),
      doc,
      keep: true,
      mapAsMap: mapAsMap === true,
      mapKeyWarned: false,
      maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
    };
    const res = toJS(this, "", ctx);
    if (typeof onAnchor === "function")
      for (const { count, res: res2 } of ctx.anchors.values())
        onAnchor(res2, count);
    return typeof reviver === "function" ? applyReviver(reviver, { "": res }, "", res) : res;
  }
};

// node_modules/yaml/browser/dist/nodes/Alias.js
var Alias = class extends NodeBase {
  constructor(source) {
    super(ALIAS);
    this.source = source;
    Object.defineProperty(this, "tag", {
      set() {
        throw new Error("Alias nodes cannot have tags");
      }
    });
  }
  /**
   * Resolve the value of this alias within `doc`, finding the last
   * instance of the `source` anchor before this node.
   */
  resolve(doc, ctx) {
    if (ctx?.maxAliasCount === 0)
      throw new ReferenceError("Alias resolution is disabled");
    let nodes;
    if (ctx?.aliasResolveCache) {
      nodes = ctx.aliasResolveCache;
    } else {
      nodes = [];
      visit(doc, {
        Node: (_key, node) => {
          if (isAlias(node) || hasAnchor(node))
            nodes.push(node);
        }
      });
      if (ctx)
        ctx.aliasResolveCache = nodes;
    }
    let found = void 0;
    for (const node of nodes) {
      if (node === this)
        break;
      if (node.anchor === this.source)
        found = node;
    }
    if (found && ctx) {
      const { anchors, doc: doc2, maxAliasCount } = ctx;
      let data = anchors.get(found);
      if (!data) {
        toJS(found, null, ctx);
        data = anchors.get(found);
      }
      if (data?.res === void 0) {
        const msg = "This should not happen: Alias anchor was not resolved?";
        throw new ReferenceError(msg);
      }
      if (maxAliasCount >= 0) {
        data.count += 1;
        if (data.aliasCount === 0)
          data.aliasCount = getAliasCount(doc2, found, anchors);
        if (data.count * data.aliasCount > maxAliasCount) {
          const msg = "Excessive alias count indicates a resource exhaustion attack";
          throw new ReferenceError(msg);
        }
      }
    }
    return found;
  }
  toJSON(_arg, ctx) {
    if (!ctx)
      return { source: this.source };
    const source = this.resolve(ctx.doc, ctx);
    if (!source) {
      const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
      throw new ReferenceError(msg);
    }
    return ctx.anchors.get(source).res;
  }
  toString(ctx, _onComment, _onChompKeep) {
    const src = `*${this.source}`;
    if (ctx) {
      anchorIsValid(this.source);
      if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
        const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
        throw new Error(msg);
      }
      if (ctx.implicitKey)
        return `${src} `;
    }
    return src;
  }
};
function getAliasCount(doc, node, anchors) {
  if (isAlias(node)) {
    const source = node.resolve(doc);
    const anchor = anchors && source && anchors.get(source);
    return anchor ? anchor.count * anchor.aliasCount : 0;
  } else if (isCollection(node)) {
    let count = 0;
    for (const item of node.items) {
      const c = getAliasCount(doc, item, anchors);
      if (c > count)
        count = c;
    }
    return count;
  } else if (isPair(node)) {
    const kc = getAliasCount(doc, node.key, anchors);
    const vc = getAliasCount(doc, node.value, anchors);
    return Math.max(kc, vc);
  }
  return 1;
}

// node_modules/yaml/browser/dist/nodes/Scalar.js
var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
var Scalar = class extends NodeBase {
  constructor(value) {
    super(SCALAR);
    this.value = value;
  }
  toJSON(arg, ctx) {
    return ctx?.keep ? this.value : toJS(this.value, arg, ctx);
  }
  toString() {
    return String(this.value);
  }
};
Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
Scalar.PLAIN = "PLAIN";
Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";

// node_modules/yaml/browser/dist/doc/createNode.js
var defaultTagPrefix = "tag:yaml.org,2002:";
function findTagObject(value, tagName, tags) {
  if (tagName) {
    const match = tags.filter((t) => t.tag === tagName);
    const tagObj = match.find((t) => !t.format) ?? match[0];
    if (!tagObj)
      throw new Error(`Tag ${tagName} not found`);
    return tagObj;
  }
  return tags.find((t) => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
  if (isDocument(value))
    value = value.contents;
  if (isNode(value))
    return value;
  if (isPair(value)) {
    const map2 = ctx.schema[MAP].createNode?.(ctx.schema, null, ctx);
    map2.items.push(value);
    return map2;
  }
  if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
    value = value.valueOf();
  }
  const { aliasDuplicateObjects, onAnchor, onTagObj, schema: schema4, sourceObjects } = ctx;
  let ref = void 0;
  if (aliasDuplicateObjects && value && typeof value === "object") {
    ref = sourceObjects.get(value);
    if (ref) {
      ref.anchor ?? (ref.anchor = onAnchor(value));
      return new Alias(ref.anchor);
    } else {
      ref = { anchor: null, node: null };
      sourceObjects.set(value, ref);
    }
  }
  if (tagName?.startsWith("!!"))
    tagName = defaultTagPrefix + tagName.slice(2);
  let tagObj = findTagObject(value, tagName, schema4.tags);
  if (!tagObj) {
    if (value && typeof value.toJSON === "function") {
      value = value.toJSON();
    }
    if (!value || typeof value !== "object") {
      const node2 = new Scalar(value);
      if (ref)
        ref.node = node2;
      return node2;
    }
    tagObj = value instanceof Map ? schema4[MAP] : Symbol.iterator in Object(value) ? schema4[SEQ] : schema4[MAP];
  }
  if (onTagObj) {
    onTagObj(tagObj);
    delete ctx.onTagObj;
  }
  const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar(value);
  if (tagName)
    node.tag = tagName;
  else if (!tagObj.default)
    node.tag = tagObj.tag;
  if (ref)
    ref.node = node;
  return node;
}

// node_modules/yaml/browser/dist/nodes/Collection.js
function collectionFromPath(schema4, path, value) {
  let v = value;
  for (let i = path.length - 1; i >= 0; --i) {
    const k = path[i];
    if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
      const a = [];
      a[k] = v;
      v = a;
    } else {
      v = /* @__PURE__ */ new Map([[k, v]]);
    }
  }
  return createNode(v, void 0, {
    aliasDuplicateObjects: false,
    keepUndefined: false,
    onAnchor: () => {
      throw new Error("This should not happen, please report a bug.");
    },
    schema: schema4,
    sourceObjects: /* @__PURE__ */ new Map()
  });
}
var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
var Collection = class extends NodeBase {
  constructor(type, schema4) {
    super(type);
    Object.defineProperty(this, "schema", {
      value: schema4,
      configurable: true,
      enumerable: false,
      writable: true
    });
  }
  /**
   * Create a copy of this collection.
   *
   * @param schema - If defined, overwrites the original's schema
   */
  clone(schema4) {
    const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
    if (schema4)
      copy.schema = schema4;
    copy.items = copy.items.map((it) => isNode(it) || isPair(it) ? it.clone(schema4) : it);
    if (this.range)
      copy.range = this.range.slice();
    return copy;
  }
  /**
   * Adds a value to the collection. For `!!map` and `!!omap` the value must
   * be a Pair instance or a `{ key, value }` object, which may not have a key
   * that already exists in the map.
   */
  addIn(path, value) {
    if (isEmptyPath(path))
      this.add(value);
    else {
      const [key, ...rest] = path;
      const node = this.get(key, true);
      if (isCollection(node))
        node.addIn(rest, value);
      else if (node === void 0 && this.schema)
        this.set(key, collectionFromPath(this.schema, rest, value));
      else
        throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
  }
  /**
   * Removes a value from the collection.
   * @returns `true` if the item was found and removed.
   */
  deleteIn(path) {
    const [key, ...rest] = path;
    if (rest.length === 0)
      return this.delete(key);
    const node = this.get(key, true);
    if (isCollection(node))
      return node.deleteIn(rest);
    else
      throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
  }
  /**
   * Returns item at `key`, or `undefined` if not found. By default unwraps
   * scalar values from their surrounding node; to disable set `keepScalar` to
   * `true` (collections are always returned intact).
   */
  getIn(path, keepScalar) {
    const [key, ...rest] = path;
    const node = this.get(key, true);
    if (rest.length === 0)
      return !keepScalar && isScalar(node) ? node.value : node;
    else
      return isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
  }
  hasAllNullValues(allowScalar) {
    return this.items.every((node) => {
      if (!isPair(node))
        return false;
      const n = node.value;
      return n == null || allowScalar && isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
    });
  }
  /**
   * Checks if the collection includes a value with the key `key`.
   */
  hasIn(path) {
    const [key, ...rest] = path;
    if (rest.length === 0)
      return this.has(key);
    const node = this.get(key, true);
    return isCollection(node) ? node.hasIn(rest) : false;
  }
  /**
   * Sets a value in this collection. For `!!set`, `value` needs to be a
   * boolean to add/remove the item from the set.
   */
  setIn(path, value) {
    const [key, ...rest] = path;
    if (rest.length === 0) {
      this.set(key, value);
    } else {
      const node = this.get(key, true);
      if (isCollection(node))
        node.setIn(rest, value);
      else if (node === void 0 && this.schema)
        this.set(key, collectionFromPath(this.schema, rest, value));
      else
        throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
  }
};

// node_modules/yaml/browser/dist/stringify/stringifyComment.js
var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
function indentComment(comment, indent) {
  if (/^\n+$/.test(comment))
    return comment.substring(1);
  return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;

// node_modules/yaml/browser/dist/stringify/foldFlowLines.js
var FOLD_FLOW = "flow";
var FOLD_BLOCK = "block";
var FOLD_QUOTED = "quoted";
function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
  if (!lineWidth || lineWidth < 0)
    return text;
  if (lineWidth < minContentWidth)
    minContentWidth = 0;
  const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
  if (text.length <= endStep)
    return text;
  const folds = [];
  const escapedFolds = {};
  let end = lineWidth - indent.length;
  if (typeof indentAtStart === "number") {
    if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
      folds.push(0);
    else
      end = lineWidth - indentAtStart;
  }
  let split = void 0;
  let prev = void 0;
  let overflow = false;
  let i = -1;
  let escStart = -1;
  let escEnd = -1;
  if (mode === FOLD_BLOCK) {
    i = consumeMoreIndentedLines(text, i, indent.length);
    if (i !== -1)
      end = i + endStep;
  }
  for (let ch; ch = text[i += 1]; ) {
    if (mode === FOLD_QUOTED && ch === "\\") {
      escStart = i;
      switch (text[i + 1]) {
        case "x":
          i += 3;
          break;
        case "u":
          i += 5;
          break;
        case "U":
          i += 9;
          break;
        default:
          i += 1;
      }
      escEnd = i;
    }
    if (ch === "\n") {
      if (mode === FOLD_BLOCK)
        i = consumeMoreIndentedLines(text, i, indent.length);
      end = i + indent.length + endStep;
      split = void 0;
    } else {
      if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
        const next = text[i + 1];
        if (next && next !== " " && next !== "\n" && next !== "	")
          split = i;
      }
      if (i >= end) {
        if (split) {
          folds.push(split);
          end = split + endStep;
          split = void 0;
        } else if (mode === FOLD_QUOTED) {
          while (prev === " " || prev === "	") {
            prev = ch;
            ch = text[i += 1];
            overflow = true;
          }
          const j = i > escEnd + 1 ? i - 2 : escStart - 1;
          if (escapedFolds[j])
            return text;
          folds.push(j);
          escapedFolds[j] = true;
          end = j + endStep;
          split = void 0;
        } else {
          overflow = true;
        }
      }
    }
    prev = ch;
  }
  if (overflow && onOverflow)
    onOverflow();
  if (folds.length === 0)
    return text;
  if (onFold)
    onFold();
  let res = text.slice(0, folds[0]);
  for (let i2 = 0; i2 < folds.length; ++i2) {
    const fold = folds[i2];
    const end2 = folds[i2 + 1] || text.length;
    if (fold === 0)
      res = `
${indent}${text.slice(0, end2)}`;
    else {
      if (mode === FOLD_QUOTED && escapedFolds[fold])
        res += `${text[fold]}\\`;
      res += `
${indent}${text.slice(fold + 1, end2)}`;
    }
  }
  return res;
}
function consumeMoreIndentedLines(text, i, indent) {
  let end = i;
  let start = i + 1;
  let ch = text[start];
  while (ch === " " || ch === "	") {
    if (i < start + indent) {
      ch = text[++i];
    } else {
      do {
        ch = text[++i];
      } while (ch && ch !== "\n");
      end = i;
      start = i + 1;
      ch = text[start];
    }
  }
  return end;
}

// node_modules/yaml/browser/dist/stringify/stringifyString.js
var getFoldOptions = (ctx, isBlock2) => ({
  indentAtStart: isBlock2 ? ctx.indent.length : ctx.indentAtStart,
  lineWidth: ctx.options.lineWidth,
  minContentWidth: ctx.options.minContentWidth
});
var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
  if (!lineWidth || lineWidth < 0)
    return false;
  const limit = lineWidth - indentLength;
  const strLen = str.length;
  if (strLen <= limit)
    return false;
  for (let i = 0, start = 0; i < strLen; ++i) {
    if (str[i] === "\n") {
      if (i - start > limit)
        return true;
      start = i + 1;
      if (strLen - start <= limit)
        return false;
    }
  }
  return true;
}
function doubleQuotedString(value, ctx) {
  const json = JSON.stringify(value);
  if (ctx.options.doubleQuotedAsJSON)
    return json;
  const { implicitKey } = ctx;
  const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
  const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
  let str = "";
  let start = 0;
  for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
    if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
      str += json.slice(start, i) + "\\ ";
      i += 1;
      start = i;
      ch = "\\";
    }
    if (ch === "\\")
      switch (json[i + 1]) {
        case "u":
          {
            str += json.slice(start, i);
            const code = json.substr(i + 2, 4);
            switch (code) {
              case "0000":
                str += "\\0";
                break;
              case "0007":
                str += "\\a";
                break;
              case "000b":
                str += "\\v";
                break;
              case "001b":
                str += "\\e";
                break;
              case "0085":
                str += "\\N";
                break;
              case "00a0":
                str += "\\_";
                break;
              case "2028":
                str += "\\L";
                break;
              case "2029":
                str += "\\P";
                break;
              default:
                if (code.substr(0, 2) === "00")
                  str += "\\x" + code.substr(2);
                else
                  str += json.substr(i, 6);
            }
            i += 5;
            start = i + 1;
          }
          break;
        case "n":
          if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
            i += 1;
          } else {
            str += json.slice(start, i) + "\n\n";
            while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
              str += "\n";
              i += 2;
            }
            str += indent;
            if (json[i + 2] === " ")
              str += "\\";
            i += 1;
            start = i + 1;
          }
          break;
        default:
          i += 1;
      }
  }
  str = start ? str + json.slice(start) : json;
  return implicitKey ? str : foldFlowLines(str, indent, FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
  if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
    return doubleQuotedString(value, ctx);
  const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
  const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
  return ctx.implicitKey ? res : foldFlowLines(res, indent, FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
  const { singleQuote } = ctx.options;
  let qs;
  if (singleQuote === false)
    qs = doubleQuotedString;
  else {
    const hasDouble = value.includes('"');
    const hasSingle = value.includes("'");
    if (hasDouble && !hasSingle)
      qs = singleQuotedString;
    else if (hasSingle && !hasDouble)
      qs = doubleQuotedString;
    else
      qs = singleQuote ? singleQuotedString : doubleQuotedString;
  }
  return qs(value, ctx);
}
var blockEndNewlines;
try {
  blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
} catch {
  blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
  const { blockQuote, commentString, lineWidth } = ctx.options;
  if (!blockQuote || /\n[\t ]+$/.test(value)) {
    return quotedString(value, ctx);
  }
  const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
  const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.BLOCK_FOLDED ? false : type === Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
  if (!value)
    return literal ? "|\n" : ">\n";
  let chomp;
  let endStart;
  for (endStart = value.length; endStart > 0; --endStart) {
    const ch = value[endStart - 1];
    if (ch !== "\n" && ch !== "	" && ch !== " ")
      break;
  }
  let end = value.substring(endStart);
  const endNlPos = end.indexOf("\n");
  if (endNlPos === -1) {
    chomp = "-";
  } else if (value === end || endNlPos !== end.length - 1) {
    chomp = "+";
    if (onChompKeep)
      onChompKeep();
  } else {
    chomp = "";
  }
  if (end) {
    value = value.slice(0, -end.length);
    if (end[end.length - 1] === "\n")
      end = end.slice(0, -1);
    end = end.replace(blockEndNewlines, `$&${indent}`);
  }
  let startWithSpace = false;
  let startEnd;
  let startNlPos = -1;
  for (startEnd = 0; startEnd < value.length; ++startEnd) {
    const ch = value[startEnd];
    if (ch === " ")
      startWithSpace = true;
    else if (ch === "\n")
      startNlPos = startEnd;
    else
      break;
  }
  let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
  if (start) {
    value = value.substring(start.length);
    start = start.replace(/\n+/g, `$&${indent}`);
  }
  const indentSize = indent ? "2" : "1";
  let header = (startWithSpace ? indentSize : "") + chomp;
  if (comment) {
    header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
    if (onComment)
      onComment();
  }
  if (!literal) {
    const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
    let literalFallback = false;
    const foldOptions = getFoldOptions(ctx, true);
    if (blockQuote !== "folded" && type !== Scalar.BLOCK_FOLDED) {
      foldOptions.onOverflow = () => {
        literalFallback = true;
      };
    }
    const body = foldFlowLines(`${start}${foldedValue}${end}`, indent, FOLD_BLOCK, foldOptions);
    if (!literalFallback)
      return `>${header}
${indent}${body}`;
  }
  value = value.replace(/\n+/g, `$&${indent}`);
  return `|${header}
${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
  const { type, value } = item;
  const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
  if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
    return quotedString(value, ctx);
  }
  if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
    return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
  }
  if (!implicitKey && !inFlow && type !== Scalar.PLAIN && value.includes("\n")) {
    return blockString(item, ctx, onComment, onChompKeep);
  }
  if (containsDocumentMarker(value)) {
    if (indent === "") {
      ctx.forceBlockIndent = true;
      return blockString(item, ctx, onComment, onChompKeep);
    } else if (implicitKey && indent === indentStep) {
      return quotedString(value, ctx);
    }
  }
  const str = value.replace(/\n+/g, `$&
${indent}`);
  if (actualString) {
    const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
    const { compat, tags } = ctx.doc.schema;
    if (tags.some(test) || compat?.some(test))
      return quotedString(value, ctx);
  }
  return implicitKey ? str : foldFlowLines(str, indent, FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
  const { implicitKey, inFlow } = ctx;
  const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
  let { type } = item;
  if (type !== Scalar.QUOTE_DOUBLE) {
    if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
      type = Scalar.QUOTE_DOUBLE;
  }
  const _stringify = (_type) => {
    switch (_type) {
      case Scalar.BLOCK_FOLDED:
      case Scalar.BLOCK_LITERAL:
        return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
      case Scalar.QUOTE_DOUBLE:
        return doubleQuotedString(ss.value, ctx);
      case Scalar.QUOTE_SINGLE:
        return singleQuotedString(ss.value, ctx);
      case Scalar.PLAIN:
        return plainString(ss, ctx, onComment, onChompKeep);
      default:
        return null;
    }
  };
  let res = _stringify(type);
  if (res === null) {
    const { defaultKeyType, defaultStringType } = ctx.options;
    const t = implicitKey && defaultKeyType || defaultStringType;
    res = _stringify(t);
    if (res === null)
      throw new Error(`Unsupported default string type ${t}`);
  }
  return res;
}

// node_modules/yaml/browser/dist/stringify/stringify.js
function createStringifyContext(doc, options) {
  const opt = Object.assign({
    blockQuote: true,
    commentString: stringifyComment,
    defaultKeyType: null,
    defaultStringType: "PLAIN",
    directives: null,
    doubleQuotedAsJSON: false,
    doubleQuotedMinMultiLineLength: 40,
    falseStr: "false",
    flowCollectionPadding: true,
    indentSeq: true,
    lineWidth: 80,
    minContentWidth: 20,
    nullStr: "null",
    simpleKeys: false,
    singleQuote: null,
    trailingComma: false,
    trueStr: "true",
    verifyAliasOrder: true
  }, doc.schema.toStringOptions, options);
  let inFlow;
  switch (opt.collectionStyle) {
    case "block":
      inFlow = false;
      break;
    case "flow":
      inFlow = true;
      break;
    default:
      inFlow = null;
  }
  return {
    anchors: /* @__PURE__ */ new Set(),
    doc,
    flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
    indent: "",
    indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
    inFlow,
    options: opt
  };
}
function getTagObject(tags, item) {
  if (item.tag) {
    const match = tags.filter((t) => t.tag === item.tag);
    if (match.length > 0)
      return match.find((t) => t.format === item.format) ?? match[0];
  }
  let tagObj = void 0;
  let obj;
  if (isScalar(item)) {
    obj = item.value;
    let match = tags.filter((t) => t.identify?.(obj));
    if (match.length > 1) {
      const testMatch = match.filter((t) => t.test);
      if (testMatch.length > 0)
        match = testMatch;
    }
    tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
  } else {
    obj = item;
    tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
  }
  if (!tagObj) {
    const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
    throw new Error(`Tag not resolved for ${name} value`);
  }
  return tagObj;
}
function stringifyProps(node, tagObj, { anchors, doc }) {
  if (!doc.directives)
    return "";
  const props = [];
  const anchor = (isScalar(node) || isCollection(node)) && node.anchor;
  if (anchor && anchorIsValid(anchor)) {
    anchors.add(anchor);
    props.push(`&${anchor}`);
  }
  const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
  if (tag)
    props.push(doc.directives.tagString(tag));
  return props.join(" ");
}
function stringify(item, ctx, onComment, onChompKeep) {
  if (isPair(item))
    return item.toString(ctx, onComment, onChompKeep);
  if (isAlias(item)) {
    if (ctx.doc.directives)
      return item.toString(ctx);
    if (ctx.resolvedAliases?.has(item)) {
      throw new TypeError(`Cannot stringify circular structure without alias nodes`);
    } else {
      if (ctx.resolvedAliases)
        ctx.resolvedAliases.add(item);
      else
        ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
      item = item.resolve(ctx.doc);
    }
  }
  let tagObj = void 0;
  const node = isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
  tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
  const props = stringifyProps(node, tagObj, ctx);
  if (props.length > 0)
    ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
  const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : isScalar(node) ? stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
  if (!props)
    return str;
  return isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
}

// node_modules/yaml/browser/dist/stringify/stringifyPair.js
function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
  const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
  let keyComment = isNode(key) && key.comment || null;
  if (simpleKeys) {
    if (keyComment) {
      throw new Error("With simple keys, key nodes cannot have comments");
    }
    if (isCollection(key) || !isNode(key) && typeof key === "object") {
      const msg = "With simple keys, collection cannot be used as a key value";
      throw new Error(msg);
    }
  }
  let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || isCollection(key) || (isScalar(key) ? key.type === Scalar.BLOCK_FOLDED || key.type === Scalar.BLOCK_LITERAL : typeof key === "object"));
  ctx = Object.assign({}, ctx, {
    allNullValues: false,
    implicitKey: !explicitKey && (simpleKeys || !allNullValues),
    indent: indent + indentStep
  });
  let keyCommentDone = false;
  let chompKeep = false;
  let str = stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
  if (!explicitKey && !ctx.inFlow && str.length > 1024) {
    if (simpleKeys)
      throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
    explicitKey = true;
  }
  if (ctx.inFlow) {
    if (allNullValues || value == null) {
      if (keyCommentDone && onComment)
        onComment();
      return str === "" ? "?" : explicitKey ? `? ${str}` : str;
    }
  } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
    str = `? ${str}`;
    if (keyComment && !keyCommentDone) {
      str += lineComment(str, ctx.indent, commentString(keyComment));
    } else if (chompKeep && onChompKeep)
      onChompKeep();
    return str;
  }
  if (keyCommentDone)
    keyComment = null;
  if (explicitKey) {
    if (keyComment)
      str += lineComment(str, ctx.indent, commentString(keyComment));
    str = `? ${str}
${indent}:`;
  } else {
    str = `${str}:`;
    if (keyComment)
      str += lineComment(str, ctx.indent, commentString(keyComment));
  }
  let vsb, vcb, valueComment;
  if (isNode(value)) {
    vsb = !!value.spaceBefore;
    vcb = value.commentBefore;
    valueComment = value.comment;
  } else {
    vsb = false;
    vcb = null;
    valueComment = null;
    if (value && typeof value === "object")
      value = doc.createNode(value);
  }
  ctx.implicitKey = false;
  if (!explicitKey && !keyComment && isScalar(value))
    ctx.indentAtStart = str.length + 1;
  chompKeep = false;
  if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && isSeq(value) && !value.flow && !value.tag && !value.anchor) {
    ctx.indent = ctx.indent.substring(2);
  }
  let valueCommentDone = false;
  const valueStr = stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
  let ws = " ";
  if (keyComment || vsb || vcb) {
    ws = vsb ? "\n" : "";
    if (vcb) {
      const cs = commentString(vcb);
      ws += `
${indentComment(cs, ctx.indent)}`;
    }
    if (valueStr === "" && !ctx.inFlow) {
      if (ws === "\n" && valueComment)
        ws = "\n\n";
    } else {
      ws += `
${ctx.indent}`;
    }
  } else if (!explicitKey && isCollection(value)) {
    const vs0 = valueStr[0];
    const nl0 = valueStr.indexOf("\n");
    const hasNewline = nl0 !== -1;
    const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
    if (hasNewline || !flow) {
      let hasPropsLine = false;
      if (hasNewline && (vs0 === "&" || vs0 === "!")) {
        let sp0 = valueStr.indexOf(" ");
        if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
          sp0 = valueStr.indexOf(" ", sp0 + 1);
        }
        if (sp0 === -1 || nl0 < sp0)
          hasPropsLine = true;
      }
      if (!hasPropsLine)
        ws = `
${ctx.indent}`;
    }
  } else if (valueStr === "" || valueStr[0] === "\n") {
    ws = "";
  }
  str += ws + valueStr;
  if (ctx.inFlow) {
    if (valueCommentDone && onComment)
      onComment();
  } else if (valueComment && !valueCommentDone) {
    str += lineComment(str, ctx.indent, commentString(valueComment));
  } else if (chompKeep && onChompKeep) {
    onChompKeep();
  }
  return str;
}

// node_modules/yaml/browser/dist/log.js
function warn(logLevel, warning) {
  if (logLevel === "debug" || logLevel === "warn") {
    console.warn(warning);
  }
}

// node_modules/yaml/browser/dist/schema/yaml-1.1/merge.js
var MERGE_KEY = "<<";
var merge = {
  identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
  default: "key",
  tag: "tag:yaml.org,2002:merge",
  test: /^<<$/,
  resolve: () => Object.assign(new Scalar(Symbol(MERGE_KEY)), {
    addToJSMap: addMergeToJSMap
  }),
  stringify: () => MERGE_KEY
};
var isMergeKey = (ctx, key) => (merge.identify(key) || isScalar(key) && (!key.type || key.type === Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map2, value) {
  const source = resolveAliasValue(ctx, value);
  if (isSeq(source))
    for (const it of source.items)
      mergeValue(ctx, map2, it);
  else if (Array.isArray(source))
    for (const it of source)
      mergeValue(ctx, map2, it);
  else
    mergeValue(ctx, map2, source);
}
function mergeValue(ctx, map2, value) {
  const source = resolveAliasValue(ctx, value);
  if (!isMap(source))
    throw new Error("Merge sources must be maps or map aliases");
  const srcMap = source.toJSON(null, ctx, Map);
  for (const [key, value2] of srcMap) {
    if (map2 instanceof Map) {
      if (!map2.has(key))
        map2.set(key, value2);
    } else if (map2 instanceof Set) {
      map2.add(key);
    } else if (!Object.prototype.hasOwnProperty.call(map2, key)) {
      Object.defineProperty(map2, key, {
        value: value2,
        writable: true,
        enumerable: true,
        configurable: true
      });
    }
  }
  return map2;
}
function resolveAliasValue(ctx, value) {
  return ctx && isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

// node_modules/yaml/browser/dist/nodes/addPairToJSMap.js
function addPairToJSMap(ctx, map2, { key, value }) {
  if (isNode(key) && key.addToJSMap)
    key.addToJSMap(ctx, map2, value);
  else if (isMergeKey(ctx, key))
    addMergeToJSMap(ctx, map2, value);
  else {
    const jsKey = toJS(key, "", ctx);
    if (map2 instanceof Map) {
      map2.set(jsKey, toJS(value, jsKey, ctx));
    } else if (map2 instanceof Set) {
      map2.add(jsKey);
    } else {
      const stringKey = stringifyKey(key, jsKey, ctx);
      const jsValue = toJS(value, stringKey, ctx);
      if (stringKey in map2)
        Object.defineProperty(map2, stringKey, {
          value: jsValue,
          writable: true,
          enumerable: true,
          configurable: true
        });
      else
        map2[stringKey] = jsValue;
    }
  }
  return map2;
}
function stringifyKey(key, jsKey, ctx) {
  if (jsKey === null)
    return "";
  if (typeof jsKey !== "object")
    return String(jsKey);
  if (isNode(key) && ctx?.doc) {
    const strCtx = createStringifyContext(ctx.doc, {});
    strCtx.anchors = /* @__PURE__ */ new Set();
    for (const node of ctx.anchors.keys())
      strCtx.anchors.add(node.anchor);
    strCtx.inFlow = true;
    strCtx.inStringifyKey = true;
    const strKey = key.toString(strCtx);
    if (!ctx.mapKeyWarned) {
      let jsonStr = JSON.stringify(strKey);
      if (jsonStr.length > 40)
        jsonStr = jsonStr.substring(0, 36) + '..."';
      warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
      ctx.mapKeyWarned = true;
    }
    return strKey;
  }
  return JSON.stringify(jsKey);
}

// node_modules/yaml/browser/dist/nodes/Pair.js
function createPair(key, value, ctx) {
  const k = createNode(key, void 0, ctx);
  const v = createNode(value, void 0, ctx);
  return new Pair(k, v);
}
var Pair = class _Pair {
  constructor(key, value = null) {
    Object.defineProperty(this, NODE_TYPE, { value: PAIR });
    this.key = key;
    this.value = value;
  }
  clone(schema4) {
    let { key, value } = this;
    if (isNode(key))
      key = key.clone(schema4);
    if (isNode(value))
      value = value.clone(schema4);
    return new _Pair(key, value);
  }
  toJSON(_, ctx) {
    const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
    return addPairToJSMap(ctx, pair, this);
  }
  toString(ctx, onComment, onChompKeep) {
    return ctx?.doc ? stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
  }
};

// node_modules/yaml/browser/dist/stringify/stringifyCollection.js
function stringifyCollection(collection, ctx, options) {
  const flow = ctx.inFlow ?? collection.flow;
  const stringify4 = flow ? stringifyFlowCollection : stringifyBlockCollection;
  return stringify4(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
  const { indent, options: { commentString } } = ctx;
  const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
  let chompKeep = false;
  const lines = [];
  for (let i = 0; i < items.length; ++i) {
    const item = items[i];
    let comment2 = null;
    if (isNode(item)) {
      if (!chompKeep && item.spaceBefore)
        lines.push("");
      addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
      if (item.comment)
        comment2 = item.comment;
    } else if (isPair(item)) {
      const ik = isNode(item.key) ? item.key : null;
      if (ik) {
        if (!chompKeep && ik.spaceBefore)
          lines.push("");
        addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
      }
    }
    chompKeep = false;
    let str2 = stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
    if (comment2)
      str2 += lineComment(str2, itemIndent, commentString(comment2));
    if (chompKeep && comment2)
      chompKeep = false;
    lines.push(blockItemPrefix + str2);
  }
  let str;
  if (lines.length === 0) {
    str = flowChars.start + flowChars.end;
  } else {
    str = lines[0];
    for (let i = 1; i < lines.length; ++i) {
      const line = lines[i];
      str += line ? `
${indent}${line}` : "\n";
    }
  }
  if (comment) {
    str += "\n" + indentComment(commentString(comment), indent);
    if (onComment)
      onComment();
  } else if (chompKeep && onChompKeep)
    onChompKeep();
  return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
  const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
  itemIndent += indentStep;
  const itemCtx = Object.assign({}, ctx, {
    indent: itemIndent,
    inFlow: true,
    type: null
  });
  let reqNewline = false;
  let linesAtValue = 0;
  const lines = [];
  for (let i = 0; i < items.length; ++i) {
    const item = items[i];
    let comment = null;
    if (isNode(item)) {
      if (item.spaceBefore)
        lines.push("");
      addCommentBefore(ctx, lines, item.commentBefore, false);
      if (item.comment)
        comment = item.comment;
    } else if (isPair(item)) {
      const ik = isNode(item.key) ? item.key : null;
      if (ik) {
        if (ik.spaceBefore)
          lines.push("");
        addCommentBefore(ctx, lines, ik.commentBefore, false);
        if (ik.comment)
          reqNewline = true;
      }
      const iv = isNode(item.value) ? item.value : null;
      if (iv) {
        if (iv.comment)
          comment = iv.comment;
        if (iv.commentBefore)
          reqNewline = true;
      } else if (item.value == null && ik?.comment) {
        comment = ik.comment;
      }
    }
    if (comment)
      reqNewline = true;
    let str = stringify(item, itemCtx, () => comment = null);
    reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
    if (i < items.length - 1) {
      str += ",";
    } else if (ctx.options.trailingComma) {
      if (ctx.options.lineWidth > 0) {
        reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
      }
      if (reqNewline) {
        str += ",";
      }
    }
    if (comment)
      str += lineComment(str, itemIndent, commentString(comment));
    lines.push(str);
    linesAtValue = lines.length;
  }
  const { start, end } = flowChars;
  if (lines.length === 0) {
    return start + end;
  } else {
    if (!reqNewline) {
      const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
      reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
    }
    if (reqNewline) {
      let str = start;
      for (const line of lines)
        str += line ? `
${indentStep}${indent}${line}` : "\n";
      return `${str}
${indent}${end}`;
    } else {
      return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
    }
  }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
  if (comment && chompKeep)
    comment = comment.replace(/^\n+/, "");
  if (comment) {
    const ic = indentComment(commentString(comment), indent);
    lines.push(ic.trimStart());
  }
}

// node_modules/yaml/browser/dist/nodes/YAMLMap.js
function findPair(items, key) {
  const k = isScalar(key) ? key.value : key;
  for (const it of items) {
    if (isPair(it)) {
      if (it.key === key || it.key === k)
        return it;
      if (isScalar(it.key) && it.key.value === k)
        return it;
    }
  }
  return void 0;
}
var YAMLMap = class extends Collection {
  static get tagName() {
    return "tag:yaml.org,2002:map";
  }
  constructor(schema4) {
    super(MAP, schema4);
    this.items = [];
  }
  /**
   * A generic collection parsing method that can be extended
   * to other node classes that inherit from YAMLMap
   */
  static from(schema4, obj, ctx) {
    const { keepUndefined, replacer } = ctx;
    const map2 = new this(schema4);
    const add = (key, value) => {
      if (typeof replacer === "function")
        value = replacer.call(obj, key, value);
      else if (Array.isArray(replacer) && !replacer.includes(key))
        return;
      if (value !== void 0 || keepUndefined)
        map2.items.push(createPair(key, value, ctx));
    };
    if (obj instanceof Map) {
      for (const [key, value] of obj)
        add(key, value);
    } else if (obj && typeof obj === "object") {
      for (const key of Object.keys(obj))
        add(key, obj[key]);
    }
    if (typeof schema4.sortMapEntries === "function") {
      map2.items.sort(schema4.sortMapEntries);
    }
    return map2;
  }
  /**
   * Adds a value to the collection.
   *
   * @param overwrite - If not set `true`, using a key that is already in the
   *   collection will throw. Otherwise, overwrites the previous value.
   */
  add(pair, overwrite) {
    let _pair;
    if (isPair(pair))
      _pair = pair;
    else if (!pair || typeof pair !== "object" || !("key" in pair)) {
      _pair = new Pair(pair, pair?.value);
    } else
      _pair = new Pair(pair.key, pair.value);
    const prev = findPair(this.items, _pair.key);
    const sortEntries = this.schema?.sortMapEntries;
    if (prev) {
      if (!overwrite)
        throw new Error(`Key ${_pair.key} already set`);
      if (isScalar(prev.value) && isScalarValue(_pair.value))
        prev.value.value = _pair.value;
      else
        prev.value = _pair.value;
    } else if (sortEntries) {
      const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
      if (i === -1)
        this.items.push(_pair);
      else
        this.items.splice(i, 0, _pair);
    } else {
      this.items.push(_pair);
    }
  }
  delete(key) {
    const it = findPair(this.items, key);
    if (!it)
      return false;
    const del = this.items.splice(this.items.indexOf(it), 1);
    return del.length > 0;
  }
  get(key, keepScalar) {
    const it = findPair(this.items, key);
    const node = it?.value;
    return (!keepScalar && isScalar(node) ? node.value : node) ?? void 0;
  }
  has(key) {
    return !!findPair(this.items, key);
  }
  set(key, value) {
    this.add(new Pair(key, value), true);
  }
  /**
   * @param ctx - Conversion context, originally set in Document#toJS()
   * @param {Class} Type - If set, forces the returned collection type
   * @returns Instance of Type, Map, or Object
   */
  toJSON(_, ctx, Type) {
    const map2 = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
    if (ctx?.onCreate)
      ctx.onCreate(map2);
    for (const item of this.items)
      addPairToJSMap(ctx, map2, item);
    return map2;
  }
  toString(ctx, onComment, onChompKeep) {
    if (!ctx)
      return JSON.stringify(this);
    for (const item of this.items) {
      if (!isPair(item))
        throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
    }
    if (!ctx.allNullValues && this.hasAllNullValues(false))
      ctx = Object.assign({}, ctx, { allNullValues: true });
    return stringifyCollection(this, ctx, {
      blockItemPrefix: "",
      flowChars: { start: "{", end: "}" },
      itemIndent: ctx.indent || "",
      onChompKeep,
      onComment
    });
  }
};

// node_modules/yaml/browser/dist/schema/common/map.js
var map = {
  collection: "map",
  default: true,
  nodeClass: YAMLMap,
  tag: "tag:yaml.org,2002:map",
  resolve(map2, onError) {
    if (!isMap(map2))
      onError("Expected a mapping for this tag");
    return map2;
  },
  createNode: (schema4, obj, ctx) => YAMLMap.from(schema4, obj, ctx)
};

// node_modules/yaml/browser/dist/nodes/YAMLSeq.js
var YAMLSeq = class extends Collection {
  static get tagName() {
    return "tag:yaml.org,2002:seq";
  }
  constructor(schema4) {
    super(SEQ, schema4);
    this.items = [];
  }
  add(value) {
    this.items.push(value);
  }
  /**
   * Removes a value from the collection.
   *
   * `key` must contain a representation of an integer for this to succeed.
   * It may be wrapped in a `Scalar`.
   *
   * @returns `true` if the item was found and removed.
   */
  delete(key) {
    const idx = asItemIndex(key);
    if (typeof idx !== "number")
      return false;
    const del = this.items.splice(idx, 1);
    return del.length > 0;
  }
  get(key, keepScalar) {
    const idx = asItemIndex(key);
    if (typeof idx !== "number")
      return void 0;
    const it = this.items[idx];
    return !keepScalar && isScalar(it) ? it.value : it;
  }
  /**
   * Checks if the collection includes a value with the key `key`.
   *
   * `key` must contain a representation of an integer for this to succeed.
   * It may be wrapped in a `Scalar`.
   */
  has(key) {
    const idx = asItemIndex(key);
    return typeof idx === "number" && idx < this.items.length;
  }
  /**
   * Sets a value in this collection. For `!!set`, `value` needs to be a
   * boolean to add/remove the item from the set.
   *
   * If `key` does not contain a representation of an integer, this will throw.
   * It may be wrapped in a `Scalar`.
   */
  set(key, value) {
    const idx = asItemIndex(key);
    if (typeof idx !== "number")
      throw new Error(`Expected a valid index, not ${key}.`);
    const prev = this.items[idx];
    if (isScalar(prev) && isScalarValue(value))
      prev.value = value;
    else
      this.items[idx] = value;
  }
  toJSON(_, ctx) {
    const seq2 = [];
    if (ctx?.onCreate)
      ctx.onCreate(seq2);
    let i = 0;
    for (const item of this.items)
      seq2.push(toJS(item, String(i++), ctx));
    return seq2;
  }
  toString(ctx, onComment, onChompKeep) {
    if (!ctx)
      return JSON.stringify(this);
    return stringifyCollection(this, ctx, {
      blockItemPrefix: "- ",
      flowChars: { start: "[", end: "]" },
      itemIndent: (ctx.indent || "") + "  ",
      onChompKeep,
      onComment
    });
  }
  static from(schema4, obj, ctx) {
    const { replacer } = ctx;
    const seq2 = new this(schema4);
    if (obj && Symbol.iterator in Object(obj)) {
      let i = 0;
      for (let it of obj) {
        if (typeof replacer === "function") {
          const key = obj instanceof Set ? it : String(i++);
          it = replacer.call(obj, key, it);
        }
        seq2.items.push(createNode(it, void 0, ctx));
      }
    }
    return seq2;
  }
};
function asItemIndex(key) {
  let idx = isScalar(key) ? key.value : key;
  if (idx && typeof idx === "string")
    idx = Number(idx);
  return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
}

// node_modules/yaml/browser/dist/schema/common/seq.js
var seq = {
  collection: "seq",
  default: true,
  nodeClass: YAMLSeq,
  tag: "tag:yaml.org,2002:seq",
  resolve(seq2, onError) {
    if (!isSeq(seq2))
      onError("Expected a sequence for this tag");
    return seq2;
  },
  createNode: (schema4, obj, ctx) => YAMLSeq.from(schema4, obj, ctx)
};

// node_modules/yaml/browser/dist/schema/common/string.js
var string = {
  identify: (value) => typeof value === "string",
  default: true,
  tag: "tag:yaml.org,2002:str",
  resolve: (str) => str,
  stringify(item, ctx, onComment, onChompKeep) {
    ctx = Object.assign({ actualString: true }, ctx);
    return stringifyString(item, ctx, onComment, onChompKeep);
  }
};

// node_modules/yaml/browser/dist/schema/common/null.js
var nullTag = {
  identify: (value) => value == null,
  createNode: () => new Scalar(null),
  default: true,
  tag: "tag:yaml.org,2002:null",
  test: /^(?:~|[Nn]ull|NULL)?$/,
  resolve: () => new Scalar(null),
  stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
};

// node_modules/yaml/browser/dist/schema/core/bool.js
var boolTag = {
  identify: (value) => typeof value === "boolean",
  default: true,
  tag: "tag:yaml.org,2002:bool",
  test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
  resolve: (str) => new Scalar(str[0] === "t" || str[0] === "T"),
  stringify({ source, value }, ctx) {
    if (source && boolTag.test.test(source)) {
      const sv = source[0] === "t" || source[0] === "T";
      if (value === sv)
        return source;
    }
    return value ? ctx.options.trueStr : ctx.options.falseStr;
  }
};

// node_modules/yaml/browser/dist/stringify/stringifyNumber.js
function stringifyNumber({ format, minFractionDigits, tag, value }) {
  if (typeof value === "bigint")
    return String(value);
  const num = typeof value === "number" ? value : Number(value);
  if (!isFinite(num))
    return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
  let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
  if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
    let i = n.indexOf(".");
    if (i < 0) {
      i = n.length;
      n += ".";
    }
    let d = minFractionDigits - (n.length - i - 1);
    while (d-- > 0)
      n += "0";
  }
  return n;
}

// node_modules/yaml/browser/dist/schema/core/float.js
var floatNaN = {
  identify: (value) => typeof value === "number",
  default: true,
  tag: "tag:yaml.org,2002:float",
  test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
  resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
  stringify: stringifyNumber
};
var floatExp = {
  identify: (value) => typeof value === "number",
  default: true,
  tag: "tag:yaml.org,2002:float",
  format: "EXP",
  test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
  resolve: (str) => parseFloat(str),
  stringify(node) {
    const num = Number(node.value);
    return isFinite(num) ? num.toExponential() : stringifyNumber(node);
  }
};
var float = {
  identify: (value) => typeof value === "number",
  default: true,
  tag: "tag:yaml.org,2002:float",
  test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
  resolve(str) {
    const node = new Scalar(parseFloat(str));
    const dot = str.indexOf(".");
    if (dot !== -1 && str[str.length - 1] === "0")
      node.minFractionDigits = str.length - dot - 1;
    return node;
  },
  stringify: stringifyNumber
};

// node_modules/yaml/browser/dist/schema/core/int.js
var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
function intStringify(node, radix, prefix) {
  const { value } = node;
  if (intIdentify(value) && value >= 0)
    return prefix + value.toString(radix);
  return stringifyNumber(node);
}
var intOct = {
  identify: (value) => intIdentify(value) && value >= 0,
  default: true,
  tag: "tag:yaml.org,2002:int",
  format: "OCT",
  test: /^0o[0-7]+$/,
  resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
  stringify: (node) => intStringify(node, 8, "0o")
};
var int = {
  identify: intIdentify,
  default: true,
  tag: "tag:yaml.org,2002:int",
  test: /^[-+]?[0-9]+$/,
  resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
  stringify: stringifyNumber
};
var intHex = {
  identify: (value) => intIdentify(value) && value >= 0,
  default: true,
  tag: "tag:yaml.org,2002:int",
  format: "HEX",
  test: /^0x[0-9a-fA-F]+$/,
  resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
  stringify: (node) => intStringify(node, 16, "0x")
};

// node_modules/yaml/browser/dist/schema/core/schema.js
var schema = [
  map,
  seq,
  string,
  nullTag,
  boolTag,
  intOct,
  int,
  intHex,
  floatNaN,
  floatExp,
  float
];

// node_modules/yaml/browser/dist/schema/json/schema.js
function intIdentify2(value) {
  return typeof value === "bigint" || Number.isInteger(value);
}
var stringifyJSON = ({ value }) => JSON.stringify(value);
var jsonScalars = [
  {
    identify: (value) => typeof value === "string",
    default: true,
    tag: "tag:yaml.org,2002:str",
    resolve: (str) => str,
    stringify: stringifyJSON
  },
  {
    identify: (value) => value == null,
    createNode: () => new Scalar(null),
    default: true,
    tag: "tag:yaml.org,2002:null",
    test: /^null$/,
    resolve: () => null,
    stringify: stringifyJSON
  },
  {
    identify: (value) => typeof value === "boolean",
    default: true,
    tag: "tag:yaml.org,2002:bool",
    test: /^true$|^false$/,
    resolve: (str) => str === "true",
    stringify: stringifyJSON
  },
  {
    identify: intIdentify2,
    default: true,
    tag: "tag:yaml.org,2002:int",
    test: /^-?(?:0|[1-9][0-9]*)$/,
    resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
    stringify: ({ value }) => intIdentify2(value) ? value.toString() : JSON.stringify(value)
  },
  {
    identify: (value) => typeof value === "number",
    default: true,
    tag: "tag:yaml.org,2002:float",
    test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
    resolve: (str) => parseFloat(str),
    stringify: stringifyJSON
  }
];
var jsonError = {
  default: true,
  tag: "",
  test: /^/,
  resolve(str, onError) {
    onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
    return str;
  }
};
var schema2 = [map, seq].concat(jsonScalars, jsonError);

// node_modules/yaml/browser/dist/schema/yaml-1.1/binary.js
var binary = {
  identify: (value) => value instanceof Uint8Array,
  // Buffer inherits from Uint8Array
  default: false,
  tag: "tag:yaml.org,2002:binary",
  /**
   * Returns a Buffer in node and an Uint8Array in browsers
   *
   * To use the resulting buffer as an image, you'll want to do something like:
   *
   *   const blob = new Blob([buffer], { type: 'image/jpeg' })
   *   document.querySelector('#photo').src = URL.createObjectURL(blob)
   */
  resolve(src, onError) {
    if (typeof atob === "function") {
      const str = atob(src.replace(/[\n\r]/g, ""));
      const buffer = new Uint8Array(str.length);
      for (let i = 0; i < str.length; ++i)
        buffer[i] = str.charCodeAt(i);
      return buffer;
    } else {
      onError("This environment does not support reading binary tags; either Buffer or atob is required");
      return src;
    }
  },
  stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
    if (!value)
      return "";
    const buf = value;
    let str;
    if (typeof btoa === "function") {
      let s = "";
      for (let i = 0; i < buf.length; ++i)
        s += String.fromCharCode(buf[i]);
      str = btoa(s);
    } else {
      throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
    }
    type ?? (type = Scalar.BLOCK_LITERAL);
    if (type !== Scalar.QUOTE_DOUBLE) {
      const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
      const n = Math.ceil(str.length / lineWidth);
      const lines = new Array(n);
      for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
        lines[i] = str.substr(o, lineWidth);
      }
      str = lines.join(type === Scalar.BLOCK_LITERAL ? "\n" : " ");
    }
    return stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
  }
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/pairs.js
function resolvePairs(seq2, onError) {
  if (isSeq(seq2)) {
    for (let i = 0; i < seq2.items.length; ++i) {
      let item = seq2.items[i];
      if (isPair(item))
        continue;
      else if (isMap(item)) {
        if (item.items.length > 1)
          onError("Each pair must have its own sequence indicator");
        const pair = item.items[0] || new Pair(new Scalar(null));
        if (item.commentBefore)
          pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
        if (item.comment) {
          const cn = pair.value ?? pair.key;
          cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
        }
        item = pair;
      }
      seq2.items[i] = isPair(item) ? item : new Pair(item);
    }
  } else
    onError("Expected a sequence for this tag");
  return seq2;
}
function createPairs(schema4, iterable, ctx) {
  const { replacer } = ctx;
  const pairs2 = new YAMLSeq(schema4);
  pairs2.tag = "tag:yaml.org,2002:pairs";
  let i = 0;
  if (iterable && Symbol.iterator in Object(iterable))
    for (let it of iterable) {
      if (typeof replacer === "function")
        it = replacer.call(iterable, String(i++), it);
      let key, value;
      if (Array.isArray(it)) {
        if (it.length === 2) {
          key = it[0];
          value = it[1];
        } else
          throw new TypeError(`Expected [key, value] tuple: ${it}`);
      } else if (it && it instanceof Object) {
        const keys = Object.keys(it);
        if (keys.length === 1) {
          key = keys[0];
          value = it[key];
        } else {
          throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
        }
      } else {
        key = it;
      }
      pairs2.items.push(createPair(key, value, ctx));
    }
  return pairs2;
}
var pairs = {
  collection: "seq",
  default: false,
  tag: "tag:yaml.org,2002:pairs",
  resolve: resolvePairs,
  createNode: createPairs
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/omap.js
var YAMLOMap = class _YAMLOMap extends YAMLSeq {
  constructor() {
    super();
    this.add = YAMLMap.prototype.add.bind(this);
    this.delete = YAMLMap.prototype.delete.bind(this);
    this.get = YAMLMap.prototype.get.bind(this);
    this.has = YAMLMap.prototype.has.bind(this);
    this.set = YAMLMap.prototype.set.bind(this);
    this.tag = _YAMLOMap.tag;
  }
  /**
   * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
   * but TypeScript won't allow widening the signature of a child method.
   */
  toJSON(_, ctx) {
    if (!ctx)
      return super.toJSON(_);
    const map2 = /* @__PURE__ */ new Map();
    if (ctx?.onCreate)
      ctx.onCreate(map2);
    for (const pair of this.items) {
      let key, value;
      if (isPair(pair)) {
        key = toJS(pair.key, "", ctx);
        value = toJS(pair.value, key, ctx);
      } else {
        key = toJS(pair, "", ctx);
      }
      if (map2.has(key))
        throw new Error("Ordered maps must not include duplicate keys");
      map2.set(key, value);
    }
    return map2;
  }
  static from(schema4, iterable, ctx) {
    const pairs2 = createPairs(schema4, iterable, ctx);
    const omap2 = new this();
    omap2.items = pairs2.items;
    return omap2;
  }
};
YAMLOMap.tag = "tag:yaml.org,2002:omap";
var omap = {
  collection: "seq",
  identify: (value) => value instanceof Map,
  nodeClass: YAMLOMap,
  default: false,
  tag: "tag:yaml.org,2002:omap",
  resolve(seq2, onError) {
    const pairs2 = resolvePairs(seq2, onError);
    const seenKeys = [];
    for (const { key } of pairs2.items) {
      if (isScalar(key)) {
        if (seenKeys.includes(key.value)) {
          onError(`Ordered maps must not include duplicate keys: ${key.value}`);
        } else {
          seenKeys.push(key.value);
        }
      }
    }
    return Object.assign(new YAMLOMap(), pairs2);
  },
  createNode: (schema4, iterable, ctx) => YAMLOMap.from(schema4, iterable, ctx)
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/bool.js
function boolStringify({ value, source }, ctx) {
  const boolObj = value ? trueTag : falseTag;
  if (source && boolObj.test.test(source))
    return source;
  return value ? ctx.options.trueStr : ctx.options.falseStr;
}
var trueTag = {
  identify: (value) => value === true,
  default: true,
  tag: "tag:yaml.org,2002:bool",
  test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
  resolve: () => new Scalar(true),
  stringify: boolStringify
};
var falseTag = {
  identify: (value) => value === false,
  default: true,
  tag: "tag:yaml.org,2002:bool",
  test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
  resolve: () => new Scalar(false),
  stringify: boolStringify
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/float.js
var floatNaN2 = {
  identify: (value) => typeof value === "number",
  default: true,
  tag: "tag:yaml.org,2002:float",
  test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
  resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
  stringify: stringifyNumber
};
var floatExp2 = {
  identify: (value) => typeof value === "number",
  default: true,
  tag: "tag:yaml.org,2002:float",
  format: "EXP",
  test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
  resolve: (str) => parseFloat(str.replace(/_/g, "")),
  stringify(node) {
    const num = Number(node.value);
    return isFinite(num) ? num.toExponential() : stringifyNumber(node);
  }
};
var float2 = {
  identify: (value) => typeof value === "number",
  default: true,
  tag: "tag:yaml.org,2002:float",
  test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
  resolve(str) {
    const node = new Scalar(parseFloat(str.replace(/_/g, "")));
    const dot = str.indexOf(".");
    if (dot !== -1) {
      const f = str.substring(dot + 1).replace(/_/g, "");
      if (f[f.length - 1] === "0")
        node.minFractionDigits = f.length;
    }
    return node;
  },
  stringify: stringifyNumber
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/int.js
var intIdentify3 = (value) => typeof value === "bigint" || Number.isInteger(value);
function intResolve2(str, offset, radix, { intAsBigInt }) {
  const sign = str[0];
  if (sign === "-" || sign === "+")
    offset += 1;
  str = str.substring(offset).replace(/_/g, "");
  if (intAsBigInt) {
    switch (radix) {
      case 2:
        str = `0b${str}`;
        break;
      case 8:
        str = `0o${str}`;
        break;
      case 16:
        str = `0x${str}`;
        break;
    }
    const n2 = BigInt(str);
    return sign === "-" ? BigInt(-1) * n2 : n2;
  }
  const n = parseInt(str, radix);
  return sign === "-" ? -1 * n : n;
}
function intStringify2(node, radix, prefix) {
  const { value } = node;
  if (intIdentify3(value)) {
    const str = value.toString(radix);
    return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
  }
  return stringifyNumber(node);
}
var intBin = {
  identify: intIdentify3,
  default: true,
  tag: "tag:yaml.org,2002:int",
  format: "BIN",
  test: /^[-+]?0b[0-1_]+$/,
  resolve: (str, _onError, opt) => intResolve2(str, 2, 2, opt),
  stringify: (node) => intStringify2(node, 2, "0b")
};
var intOct2 = {
  identify: intIdentify3,
  default: true,
  tag: "tag:yaml.org,2002:int",
  format: "OCT",
  test: /^[-+]?0[0-7_]+$/,
  resolve: (str, _onError, opt) => intResolve2(str, 1, 8, opt),
  stringify: (node) => intStringify2(node, 8, "0")
};
var int2 = {
  identify: intIdentify3,
  default: true,
  tag: "tag:yaml.org,2002:int",
  test: /^[-+]?[0-9][0-9_]*$/,
  resolve: (str, _onError, opt) => intResolve2(str, 0, 10, opt),
  stringify: stringifyNumber
};
var intHex2 = {
  identify: intIdentify3,
  default: true,
  tag: "tag:yaml.org,2002:int",
  format: "HEX",
  test: /^[-+]?0x[0-9a-fA-F_]+$/,
  resolve: (str, _onError, opt) => intResolve2(str, 2, 16, opt),
  stringify: (node) => intStringify2(node, 16, "0x")
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/set.js
var YAMLSet = class _YAMLSet extends YAMLMap {
  constructor(schema4) {
    super(schema4);
    this.tag = _YAMLSet.tag;
  }
  add(key) {
    let pair;
    if (isPair(key))
      pair = key;
    else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
      pair = new Pair(key.key, null);
    else
      pair = new Pair(key, null);
    const prev = findPair(this.items, pair.key);
    if (!prev)
      this.items.push(pair);
  }
  /**
   * If `keepPair` is `true`, returns the Pair matching `key`.
   * Otherwise, returns the value of that Pair's key.
   */
  get(key, keepPair) {
    const pair = findPair(this.items, key);
    return !keepPair && isPair(pair) ? isScalar(pair.key) ? pair.key.value : pair.key : pair;
  }
  set(key, value) {
    if (typeof value !== "boolean")
      throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
    const prev = findPair(this.items, key);
    if (prev && !value) {
      this.items.splice(this.items.indexOf(prev), 1);
    } else if (!prev && value) {
      this.items.push(new Pair(key));
    }
  }
  toJSON(_, ctx) {
    return super.toJSON(_, ctx, Set);
  }
  toString(ctx, onComment, onChompKeep) {
    if (!ctx)
      return JSON.stringify(this);
    if (this.hasAllNullValues(true))
      return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
    else
      throw new Error("Set items must all have null values");
  }
  static from(schema4, iterable, ctx) {
    const { replacer } = ctx;
    const set2 = new this(schema4);
    if (iterable && Symbol.iterator in Object(iterable))
      for (let value of iterable) {
        if (typeof replacer === "function")
          value = replacer.call(iterable, value, value);
        set2.items.push(createPair(value, null, ctx));
      }
    return set2;
  }
};
YAMLSet.tag = "tag:yaml.org,2002:set";
var set = {
  collection: "map",
  identify: (value) => value instanceof Set,
  nodeClass: YAMLSet,
  default: false,
  tag: "tag:yaml.org,2002:set",
  createNode: (schema4, iterable, ctx) => YAMLSet.from(schema4, iterable, ctx),
  resolve(map2, onError) {
    if (isMap(map2)) {
      if (map2.hasAllNullValues(true))
        return Object.assign(new YAMLSet(), map2);
      else
        onError("Set items must all have null values");
    } else
      onError("Expected a mapping for this tag");
    return map2;
  }
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/timestamp.js
function parseSexagesimal(str, asBigInt) {
  const sign = str[0];
  const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
  const num = (n) => asBigInt ? BigInt(n) : Number(n);
  const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
  return sign === "-" ? num(-1) * res : res;
}
function stringifySexagesimal(node) {
  let { value } = node;
  let num = (n) => n;
  if (typeof value === "bigint")
    num = (n) => BigInt(n);
  else if (isNaN(value) || !isFinite(value))
    return stringifyNumber(node);
  let sign = "";
  if (value < 0) {
    sign = "-";
    value *= num(-1);
  }
  const _60 = num(60);
  const parts = [value % _60];
  if (value < 60) {
    parts.unshift(0);
  } else {
    value = (value - parts[0]) / _60;
    parts.unshift(value % _60);
    if (value >= 60) {
      value = (value - parts[0]) / _60;
      parts.unshift(value);
    }
  }
  return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
}
var intTime = {
  identify: (value) => typeof value === "bigint" || Number.isInteger(value),
  default: true,
  tag: "tag:yaml.org,2002:int",
  format: "TIME",
  test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
  resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
  stringify: stringifySexagesimal
};
var floatTime = {
  identify: (value) => typeof value === "number",
  default: true,
  tag: "tag:yaml.org,2002:float",
  format: "TIME",
  test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
  resolve: (str) => parseSexagesimal(str, false),
  stringify: stringifySexagesimal
};
var timestamp = {
  identify: (value) => value instanceof Date,
  default: true,
  tag: "tag:yaml.org,2002:timestamp",
  // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
  // may be omitted altogether, resulting in a date format. In such a case, the time part is
  // assumed to be 00:00:00Z (start of day, UTC).
  test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
  resolve(str) {
    const match = str.match(timestamp.test);
    if (!match)
      throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
    const [, year, month, day, hour, minute, second] = match.map(Number);
    const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
    let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
    const tz = match[8];
    if (tz && tz !== "Z") {
      let d = parseSexagesimal(tz, false);
      if (Math.abs(d) < 30)
        d *= 60;
      date -= 6e4 * d;
    }
    return new Date(date);
  },
  stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/schema.js
var schema3 = [
  map,
  seq,
  string,
  nullTag,
  trueTag,
  falseTag,
  intBin,
  intOct2,
  int2,
  intHex2,
  floatNaN2,
  floatExp2,
  float2,
  binary,
  merge,
  omap,
  pairs,
  set,
  intTime,
  floatTime,
  timestamp
];

// node_modules/yaml/browser/dist/schema/tags.js
var schemas = /* @__PURE__ */ new Map([
  ["core", schema],
  ["failsafe", [map, seq, string]],
  ["json", schema2],
  ["yaml11", schema3],
  ["yaml-1.1", schema3]
]);
var tagsByName = {
  binary,
  bool: boolTag,
  float,
  floatExp,
  floatNaN,
  floatTime,
  int,
  intHex,
  intOct,
  intTime,
  map,
  merge,
  null: nullTag,
  omap,
  pairs,
  seq,
  set,
  timestamp
};
var coreKnownTags = {
  "tag:yaml.org,2002:binary": binary,
  "tag:yaml.org,2002:merge": merge,
  "tag:yaml.org,2002:omap": omap,
  "tag:yaml.org,2002:pairs": pairs,
  "tag:yaml.org,2002:set": set,
  "tag:yaml.org,2002:timestamp": timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
  const schemaTags = schemas.get(schemaName);
  if (schemaTags && !customTags) {
    return addMergeTag && !schemaTags.includes(merge) ? schemaTags.concat(merge) : schemaTags.slice();
  }
  let tags = schemaTags;
  if (!tags) {
    if (Array.isArray(customTags))
      tags = [];
    else {
      const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
      throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
    }
  }
  if (Array.isArray(customTags)) {
    for (const tag of customTags)
      tags = tags.concat(tag);
  } else if (typeof customTags === "function") {
    tags = customTags(tags.slice());
  }
  if (addMergeTag)
    tags = tags.concat(merge);
  return tags.reduce((tags2, tag) => {
    const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
    if (!tagObj) {
      const tagName = JSON.stringify(tag);
      const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
      throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
    }
    if (!tags2.includes(tagObj))
      tags2.push(tagObj);
    return tags2;
  }, []);
}

// node_modules/yaml/browser/dist/schema/Schema.js
var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
var Schema = class _Schema {
  constructor({ compat, customTags, merge: merge2, resolveKnownTags, schema: schema4, sortMapEntries, toStringDefaults }) {
    this.compat = Array.isArray(compat) ? getTags(compat, "compat") : compat ? getTags(null, compat) : null;
    this.name = typeof schema4 === "string" && schema4 || "core";
    this.knownTags = resolveKnownTags ? coreKnownTags : {};
    this.tags = getTags(customTags, this.name, merge2);
    this.toStringOptions = toStringDefaults ?? null;
    Object.defineProperty(this, MAP, { value: map });
    Object.defineProperty(this, SCALAR, { value: string });
    Object.defineProperty(this, SEQ, { value: seq });
    this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
  }
  clone() {
    const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
    copy.tags = this.tags.slice();
    return copy;
  }
};

// node_modules/yaml/browser/dist/stringify/stringifyDocument.js
function stringifyDocument(doc, options) {
  const lines = [];
  let hasDirectives = options.directives === true;
  if (options.directives !== false && doc.directives) {
    const dir = doc.directives.toString(doc);
    if (dir) {
      lines.push(dir);
      hasDirectives = true;
    } else if (doc.directives.docStart)
      hasDirectives = true;
  }
  if (hasDirectives)
    lines.push("---");
  const ctx = createStringifyContext(doc, options);
  const { commentString } = ctx.options;
  if (doc.commentBefore) {
    if (lines.length !== 1)
      lines.unshift("");
    const cs = commentString(doc.commentBefore);
    lines.unshift(indentComment(cs, ""));
  }
  let chompKeep = false;
  let contentComment = null;
  if (doc.contents) {
    if (isNode(doc.contents)) {
      if (doc.contents.spaceBefore && hasDirectives)
        lines.push("");
      if (doc.contents.commentBefore) {
        const cs = commentString(doc.contents.commentBefore);
        lines.push(indentComment(cs, ""));
      }
      ctx.forceBlockIndent = !!doc.comment;
      contentComment = doc.contents.comment;
    }
    const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
    let body = stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
    if (contentComment)
      body += lineComment(body, "", commentString(contentComment));
    if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
      lines[lines.length - 1] = `--- ${body}`;
    } else
      lines.push(body);
  } else {
    lines.push(stringify(doc.contents, ctx));
  }
  if (doc.directives?.docEnd) {
    if (doc.comment) {
      const cs = commentString(doc.comment);
      if (cs.includes("\n")) {
        lines.push("...");
        lines.push(indentComment(cs, ""));
      } else {
        lines.push(`... ${cs}`);
      }
    } else {
      lines.push("...");
    }
  } else {
    let dc = doc.comment;
    if (dc && chompKeep)
      dc = dc.replace(/^\n+/, "");
    if (dc) {
      if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
        lines.push("");
      lines.push(indentComment(commentString(dc), ""));
    }
  }
  return lines.join("\n") + "\n";
}

// node_modules/yaml/browser/dist/doc/Document.js
var Document = class _Document {
  constructor(value, replacer, options) {
    this.commentBefore = null;
    this.comment = null;
    this.errors = [];
    this.warnings = [];
    Object.defineProperty(this, NODE_TYPE, { value: DOC });
    let _replacer = null;
    if (typeof replacer === "function" || Array.isArray(replacer)) {
      _replacer = replacer;
    } else if (options === void 0 && replacer) {
      options = replacer;
      replacer = void 0;
    }
    const opt = Object.assign({
      intAsBigInt: false,
      keepSourceTokens: false,
      logLevel: "warn",
      prettyErrors: true,
      strict: true,
      stringKeys: false,
      uniqueKeys: true,
      version: "1.2"
    }, options);
    this.options = opt;
    let { version } = opt;
    if (options?._directives) {
      this.directives = options._directives.atDocument();
      if (this.directives.yaml.explicit)
        version = this.directives.yaml.version;
    } else
      this.directives = new Directives({ version });
    this.setSchema(version, options);
    this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
  }
  /**
   * Create a deep copy of this Document and its contents.
   *
   * Custom Node values that inherit from `Object` still refer to their original instances.
   */
  clone() {
    const copy = Object.create(_Document.prototype, {
      [NODE_TYPE]: { value: DOC }
    });
    copy.commentBefore = this.commentBefore;
    copy.comment = this.comment;
    copy.errors = this.errors.slice();
    copy.warnings = this.warnings.slice();
    copy.options = Object.assign({}, this.options);
    if (this.directives)
      copy.directives = this.directives.clone();
    copy.schema = this.schema.clone();
    copy.contents = isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
    if (this.range)
      copy.range = this.range.slice();
    return copy;
  }
  /** Adds a value to the document. */
  add(value) {
    if (assertCollection(this.contents))
      this.contents.add(value);
  }
  /** Adds a value to the document. */
  addIn(path, value) {
    if (assertCollection(this.contents))
      this.contents.addIn(path, value);
  }
  /**
   * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
   *
   * If `node` already has an anchor, `name` is ignored.
   * Otherwise, the `node.anchor` value will be set to `name`,
   * or if an anchor with that name is already present in the document,
   * `name` will be used as a prefix for a new unique anchor.
   * If `name` is undefined, the generated anchor will use 'a' as a prefix.
   */
  createAlias(node, name) {
    if (!node.anchor) {
      const prev = anchorNames(this);
      node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
      !name || prev.has(name) ? findNewAnchor(name || "a", prev) : name;
    }
    return new Alias(node.anchor);
  }
  createNode(value, replacer, options) {
    let _replacer = void 0;
    if (typeof replacer === "function") {
      value = replacer.call({ "": value }, "", value);
      _replacer = replacer;
    } else if (Array.isArray(replacer)) {
      const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
      const asStr = replacer.filter(keyToStr).map(String);
      if (asStr.length > 0)
        replacer = replacer.concat(asStr);
      _replacer = replacer;
    } else if (options === void 0 && replacer) {
      options = replacer;
      replacer = void 0;
    }
    const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
    const { onAnchor, setAnchors, sourceObjects } = createNodeAnchors(
      this,
      // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
      anchorPrefix || "a"
    );
    const ctx = {
      aliasDuplicateObjects: aliasDuplicateObjects ?? true,
      keepUndefined: keepUndefined ?? false,
      onAnchor,
      onTagObj,
      replacer: _replacer,
      schema: this.schema,
      sourceObjects
    };
    const node = createNode(value, tag, ctx);
    if (flow && isCollection(node))
      node.flow = true;
    setAnchors();
    return node;
  }
  /**
   * Convert a key and a value into a `Pair` using the current schema,
   * recursively wrapping all values as `Scalar` or `Collection` nodes.
   */
  createPair(key, value, options = {}) {
    const k = this.createNode(key, null, options);
    const v = this.createNode(value, null, options);
    return new Pair(k, v);
  }
  /**
   * Removes a value from the document.
   * @returns `true` if the item was found and removed.
   */
  delete(key) {
    return assertCollection(this.contents) ? this.contents.delete(key) : false;
  }
  /**
   * Removes a value from the document.
   * @returns `true` if the item was found and removed.
   */
  deleteIn(path) {
    if (isEmptyPath(path)) {
      if (this.contents == null)
        return false;
      this.contents = null;
      return true;
    }
    return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
  }
  /**
   * Returns item at `key`, or `undefined` if not found. By default unwraps
   * scalar values from their surrounding node; to disable set `keepScalar` to
   * `true` (collections are always returned intact).
   */
  get(key, keepScalar) {
    return isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
  }
  /**
   * Returns item at `path`, or `undefined` if not found. By default unwraps
   * scalar values from their surrounding node; to disable set `keepScalar` to
   * `true` (collections are always returned intact).
   */
  getIn(path, keepScalar) {
    if (isEmptyPath(path))
      return !keepScalar && isScalar(this.contents) ? this.contents.value : this.contents;
    return isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
  }
  /**
   * Checks if the document includes a value with the key `key`.
   */
  has(key) {
    return isCollection(this.contents) ? this.contents.has(key) : false;
  }
  /**
   * Checks if the document includes a value at `path`.
   */
  hasIn(path) {
    if (isEmptyPath(path))
      return this.contents !== void 0;
    return isCollection(this.contents) ? this.contents.hasIn(path) : false;
  }
  /**
   * Sets a value in this document. For `!!set`, `value` needs to be a
   * boolean to add/remove the item from the set.
   */
  set(key, value) {
    if (this.contents == null) {
      this.contents = collectionFromPath(this.schema, [key], value);
    } else if (assertCollection(this.contents)) {
      this.contents.set(key, value);
    }
  }
  /**
   * Sets a value in this document. For `!!set`, `value` needs to be a
   * boolean to add/remove the item from the set.
   */
  setIn(path, value) {
    if (isEmptyPath(path)) {
      this.contents = value;
    } else if (this.contents == null) {
      this.contents = collectionFromPath(this.schema, Array.from(path), value);
    } else if (assertCollection(this.contents)) {
      this.contents.setIn(path, value);
    }
  }
  /**
   * Change the YAML version and schema used by the document.
   * A `null` version disables support for directives, explicit tags, anchors, and aliases.
   * It also requires the `schema` option to be given as a `Schema` instance value.
   *
   * Overrides all previously set schema options.
   */
  setSchema(version, options = {}) {
    if (typeof version === "number")
      version = String(version);
    let opt;
    switch (version) {
      case "1.1":
        if (this.directives)
          this.directives.yaml.version = "1.1";
        else
          this.directives = new Directives({ version: "1.1" });
        opt = { resolveKnownTags: false, schema: "yaml-1.1" };
        break;
      case "1.2":
      case "next":
        if (this.directives)
          this.directives.yaml.version = version;
        else
          this.directives = new Directives({ version });
        opt = { resolveKnownTags: true, schema: "core" };
        break;
      case null:
        if (this.directives)
          delete this.directives;
        opt = null;
        break;
      default: {
        const sv = JSON.stringify(version);
        throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
      }
    }
    if (options.schema instanceof Object)
      this.schema = options.schema;
    else if (opt)
      this.schema = new Schema(Object.assign(opt, options));
    else
      throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
  }
  // json & jsonArg are only used from toJSON()
  toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
    const ctx = {
      anchors: /* @__PURE__ */ new Map(),
      doc: this,
      keep: !json,
      mapAsMap: mapAsMap === true,
      mapKeyWarned: false,
      maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
    };
    const res = toJS(this.contents, jsonArg ?? "", ctx);
    if (typeof onAnchor === "function")
      for (const { count, res: res2 } of ctx.anchors.values())
        onAnchor(res2, count);
    return typeof reviver === "function" ? applyReviver(reviver, { "": res }, "", res) : res;
  }
  /**
   * A JSON representation of the document `contents`.
   *
   * @param jsonArg Used by `JSON.stringify` to indicate the array index or
   *   property name.
   */
  toJSON(jsonArg, onAnchor) {
    return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
  }
  /** A YAML representation of the document. */
  toString(options = {}) {
    if (this.errors.length > 0)
      throw new Error("Document with errors cannot be stringified");
    if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
      const s = JSON.stringify(options.indent);
      throw new Error(`"indent" option must be a positive integer, not ${s}`);
    }
    return stringifyDocument(this, options);
  }
};
function assertCollection(contents) {
  if (isCollection(contents))
    return true;
  throw new Error("Expected a YAML collection as document contents");
}

// node_modules/yaml/browser/dist/errors.js
var YAMLError = class extends Error {
  constructor(name, pos, code, message) {
    super();
    this.name = name;
    this.code = code;
    this.message = message;
    this.pos = pos;
  }
};
var YAMLParseError = class extends YAMLError {
  constructor(pos, code, message) {
    super("YAMLParseError", pos, code, message);
  }
};
var YAMLWarning = class extends YAMLError {
  constructor(pos, code, message) {
    super("YAMLWarning", pos, code, message);
  }
};
var prettifyError = (src, lc) => (error) => {
  if (error.pos[0] === -1)
    return;
  error.linePos = error.pos.map((pos) => lc.linePos(pos));
  const { line, col } = error.linePos[0];
  error.message += ` at line ${line}, column ${col}`;
  let ci = col - 1;
  let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
  if (ci >= 60 && lineStr.length > 80) {
    const trimStart = Math.min(ci - 39, lineStr.length - 79);
    lineStr = "\u2026" + lineStr.substring(trimStart);
    ci -= trimStart - 1;
  }
  if (lineStr.length > 80)
    lineStr = lineStr.substring(0, 79) + "\u2026";
  if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
    let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
    if (prev.length > 80)
      prev = prev.substring(0, 79) + "\u2026\n";
    lineStr = prev + lineStr;
  }
  if (/[^ ]/.test(lineStr)) {
    let count = 1;
    const end = error.linePos[1];
    if (end?.line === line && end.col > col) {
      count = Math.max(1, Math.min(end.col - col, 80 - ci));
    }
    const pointer = " ".repeat(ci) + "^".repeat(count);
    error.message += `:

${lineStr}
${pointer}
`;
  }
};

// node_modules/yaml/browser/dist/compose/resolve-props.js
function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
  let spaceBefore = false;
  let atNewline = startOnNewline;
  let hasSpace = startOnNewline;
  let comment = "";
  let commentSep = "";
  let hasNewline = false;
  let reqSpace = false;
  let tab = null;
  let anchor = null;
  let tag = null;
  let newlineAfterProp = null;
  let comma = null;
  let found = null;
  let start = null;
  for (const token of tokens) {
    if (reqSpace) {
      if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
        onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      reqSpace = false;
    }
    if (tab) {
      if (atNewline && token.type !== "comment" && token.type !== "newline") {
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      }
      tab = null;
    }
    switch (token.type) {
      case "space":
        if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
          tab = token;
        }
        hasSpace = true;
        break;
      case "comment": {
        if (!hasSpace)
          onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
        const cb = token.source.substring(1) || " ";
        if (!comment)
          comment = cb;
        else
          comment += commentSep + cb;
        commentSep = "";
        atNewline = false;
        break;
      }
      case "newline":
        if (atNewline) {
          if (comment)
            comment += token.source;
          else if (!found || indicator !== "seq-item-ind")
            spaceBefore = true;
        } else
          commentSep += token.source;
        atNewline = true;
        hasNewline = true;
        if (anchor || tag)
          newlineAfterProp = token;
        hasSpace = true;
        break;
      case "anchor":
        if (anchor)
          onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
        if (token.source.endsWith(":"))
          onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
        anchor = token;
        start ?? (start = token.offset);
        atNewline = false;
        hasSpace = false;
        reqSpace = true;
        break;
      case "tag": {
        if (tag)
          onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
        tag = token;
        start ?? (start = token.offset);
        atNewline = false;
        hasSpace = false;
        reqSpace = true;
        break;
      }
      case indicator:
        if (anchor || tag)
          onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
        if (found)
          onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
        found = token;
        atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
        hasSpace = false;
        break;
      case "comma":
        if (flow) {
          if (comma)
            onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
          comma = token;
          atNewline = false;
          hasSpace = false;
          break;
        }
      // else fallthrough
      default:
        onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
        atNewline = false;
        hasSpace = false;
    }
  }
  const last = tokens[tokens.length - 1];
  const end = last ? last.offset + last.source.length : offset;
  if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
    onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
  }
  if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
    onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
  return {
    comma,
    found,
    spaceBefore,
    comment,
    hasNewline,
    anchor,
    tag,
    newlineAfterProp,
    end,
    start: start ?? end
  };
}

// node_modules/yaml/browser/dist/compose/util-contains-newline.js
function containsNewline(key) {
  if (!key)
    return null;
  switch (key.type) {
    case "alias":
    case "scalar":
    case "double-quoted-scalar":
    case "single-quoted-scalar":
      if (key.source.includes("\n"))
        return true;
      if (key.end) {
        for (const st of key.end)
          if (st.type === "newline")
            return true;
      }
      return false;
    case "flow-collection":
      for (const it of key.items) {
        for (const st of it.start)
          if (st.type === "newline")
            return true;
        if (it.sep) {
          for (const st of it.sep)
            if (st.type === "newline")
              return true;
        }
        if (containsNewline(it.key) || containsNewline(it.value))
          return true;
      }
      return false;
    default:
      return true;
  }
}

// node_modules/yaml/browser/dist/compose/util-flow-indent-check.js
function flowIndentCheck(indent, fc, onError) {
  if (fc?.type === "flow-collection") {
    const end = fc.end[0];
    if (end.indent === indent && (end.source === "]" || end.source === "}") && containsNewline(fc)) {
      const msg = "Flow end indicator should be more indented than parent";
      onError(end, "BAD_INDENT", msg, true);
    }
  }
}

// node_modules/yaml/browser/dist/compose/util-map-includes.js
function mapIncludes(ctx, items, search) {
  const { uniqueKeys } = ctx.options;
  if (uniqueKeys === false)
    return false;
  const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || isScalar(a) && isScalar(b) && a.value === b.value;
  return items.some((pair) => isEqual(pair.key, search));
}

// node_modules/yaml/browser/dist/compose/resolve-block-map.js
var startColMsg = "All mapping items must start at the same column";
function resolveBlockMap({ composeNode: composeNode2, composeEmptyNode: composeEmptyNode2 }, ctx, bm, onError, tag) {
  const NodeClass = tag?.nodeClass ?? YAMLMap;
  const map2 = new NodeClass(ctx.schema);
  if (ctx.atRoot)
    ctx.atRoot = false;
  let offset = bm.offset;
  let commentEnd = null;
  for (const collItem of bm.items) {
    const { start, key, sep: sep3, value } = collItem;
    const keyProps = resolveProps(start, {
      indicator: "explicit-key-ind",
      next: key ?? sep3?.[0],
      offset,
      onError,
      parentIndent: bm.indent,
      startOnNewline: true
    });
    const implicitKey = !keyProps.found;
    if (implicitKey) {
      if (key) {
        if (key.type === "block-seq")
          onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
        else if ("indent" in key && key.indent !== bm.indent)
          onError(offset, "BAD_INDENT", startColMsg);
      }
      if (!keyProps.anchor && !keyProps.tag && !sep3) {
        commentEnd = keyProps.end;
        if (keyProps.comment) {
          if (map2.comment)
            map2.comment += "\n" + keyProps.comment;
          else
            map2.comment = keyProps.comment;
        }
        continue;
      }
      if (keyProps.newlineAfterProp || containsNewline(key)) {
        onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
      }
    } else if (keyProps.found?.indent !== bm.indent) {
      onError(offset, "BAD_INDENT", startColMsg);
    }
    ctx.atKey = true;
    const keyStart = keyProps.end;
    const keyNode = key ? composeNode2(ctx, key, keyProps, onError) : composeEmptyNode2(ctx, keyStart, start, null, keyProps, onError);
    if (ctx.schema.compat)
      flowIndentCheck(bm.indent, key, onError);
    ctx.atKey = false;
    if (mapIncludes(ctx, map2.items, keyNode))
      onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
    const valueProps = resolveProps(sep3 ?? [], {
      indicator: "map-value-ind",
      next: value,
      offset: keyNode.range[2],
      onError,
      parentIndent: bm.indent,
      startOnNewline: !key || key.type === "block-scalar"
    });
    offset = valueProps.end;
    if (valueProps.found) {
      if (implicitKey) {
        if (value?.type === "block-map" && !valueProps.hasNewline)
          onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
        if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
          onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
      }
      const valueNode = value ? composeNode2(ctx, value, valueProps, onError) : composeEmptyNode2(ctx, offset, sep3, null, valueProps, onError);
      if (ctx.schema.compat)
        flowIndentCheck(bm.indent, value, onError);
      offset = valueNode.range[2];
      const pair = new Pair(keyNode, valueNode);
      if (ctx.options.keepSourceTokens)
        pair.srcToken = collItem;
      map2.items.push(pair);
    } else {
      if (implicitKey)
        onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
      if (valueProps.comment) {
        if (keyNode.comment)
          keyNode.comment += "\n" + valueProps.comment;
        else
          keyNode.comment = valueProps.comment;
      }
      const pair = new Pair(keyNode);
      if (ctx.options.keepSourceTokens)
        pair.srcToken = collItem;
      map2.items.push(pair);
    }
  }
  if (commentEnd && commentEnd < offset)
    onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
  map2.range = [bm.offset, offset, commentEnd ?? offset];
  return map2;
}

// node_modules/yaml/browser/dist/compose/resolve-block-seq.js
function resolveBlockSeq({ composeNode: composeNode2, composeEmptyNode: composeEmptyNode2 }, ctx, bs, onError, tag) {
  const NodeClass = tag?.nodeClass ?? YAMLSeq;
  const seq2 = new NodeClass(ctx.schema);
  if (ctx.atRoot)
    ctx.atRoot = false;
  if (ctx.atKey)
    ctx.atKey = false;
  let offset = bs.offset;
  let commentEnd = null;
  for (const { start, value } of bs.items) {
    const props = resolveProps(start, {
      indicator: "seq-item-ind",
      next: value,
      offset,
      onError,
      parentIndent: bs.indent,
      startOnNewline: true
    });
    if (!props.found) {
      if (props.anchor || props.tag || value) {
        if (value?.type === "block-seq")
          onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
        else
          onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
      } else {
        commentEnd = props.end;
        if (props.comment)
          seq2.comment = props.comment;
        continue;
      }
    }
    const node = value ? composeNode2(ctx, value, props, onError) : composeEmptyNode2(ctx, props.end, start, null, props, onError);
    if (ctx.schema.compat)
      flowIndentCheck(bs.indent, value, onError);
    offset = node.range[2];
    seq2.items.push(node);
  }
  seq2.range = [bs.offset, offset, commentEnd ?? offset];
  return seq2;
}

// node_modules/yaml/browser/dist/compose/resolve-end.js
function resolveEnd(end, offset, reqSpace, onError) {
  let comment = "";
  if (end) {
    let hasSpace = false;
    let sep3 = "";
    for (const token of end) {
      const { source, type } = token;
      switch (type) {
        case "space":
          hasSpace = true;
          break;
        case "comment": {
          if (reqSpace && !hasSpace)
            onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
          const cb = source.substring(1) || " ";
          if (!comment)
            comment = cb;
          else
            comment += sep3 + cb;
          sep3 = "";
          break;
        }
        case "newline":
          if (comment)
            sep3 += source;
          hasSpace = true;
          break;
        default:
          onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
      }
      offset += source.length;
    }
  }
  return { comment, offset };
}

// node_modules/yaml/browser/dist/compose/resolve-flow-collection.js
var blockMsg = "Block collections are not allowed within flow collections";
var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
function resolveFlowCollection({ composeNode: composeNode2, composeEmptyNode: composeEmptyNode2 }, ctx, fc, onError, tag) {
  const isMap2 = fc.start.source === "{";
  const fcName = isMap2 ? "flow map" : "flow sequence";
  const NodeClass = tag?.nodeClass ?? (isMap2 ? YAMLMap : YAMLSeq);
  const coll = new NodeClass(ctx.schema);
  coll.flow = true;
  const atRoot = ctx.atRoot;
  if (atRoot)
    ctx.atRoot = false;
  if (ctx.atKey)
    ctx.atKey = false;
  let offset = fc.offset + fc.start.source.length;
  for (let i = 0; i < fc.items.length; ++i) {
    const collItem = fc.items[i];
    const { start, key, sep: sep3, value } = collItem;
    const props = resolveProps(start, {
      flow: fcName,
      indicator: "explicit-key-ind",
      next: key ?? sep3?.[0],
      offset,
      onError,
      parentIndent: fc.indent,
      startOnNewline: false
    });
    if (!props.found) {
      if (!props.anchor && !props.tag && !sep3 && !value) {
        if (i === 0 && props.comma)
          onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        else if (i < fc.items.length - 1)
          onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
        if (props.comment) {
          if (coll.comment)
            coll.comment += "\n" + props.comment;
          else
            coll.comment = props.comment;
        }
        offset = props.end;
        continue;
      }
      if (!isMap2 && ctx.options.strict && containsNewline(key))
        onError(
          key,
          // checked by containsNewline()
          "MULTILINE_IMPLICIT_KEY",
          "Implicit keys of flow sequence pairs need to be on a single line"
        );
    }
    if (i === 0) {
      if (props.comma)
        onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
    } else {
      if (!props.comma)
        onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
      if (props.comment) {
        let prevItemComment = "";
        loop: for (const st of start) {
          switch (st.type) {
            case "comma":
            case "space":
              break;
            case "comment":
              prevItemComment = st.source.substring(1);
              break loop;
            default:
              break loop;
          }
        }
        if (prevItemComment) {
          let prev = coll.items[coll.items.length - 1];
          if (isPair(prev))
            prev = prev.value ?? prev.key;
          if (prev.comment)
            prev.comment += "\n" + prevItemComment;
          else
            prev.comment = prevItemComment;
          props.comment = props.comment.substring(prevItemComment.length + 1);
        }
      }
    }
    if (!isMap2 && !sep3 && !props.found) {
      const valueNode = value ? composeNode2(ctx, value, props, onError) : composeEmptyNode2(ctx, props.end, sep3, null, props, onError);
      coll.items.push(valueNode);
      offset = valueNode.range[2];
      if (isBlock(value))
        onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
    } else {
      ctx.atKey = true;
      const keyStart = props.end;
      const keyNode = key ? composeNode2(ctx, key, props, onError) : composeEmptyNode2(ctx, keyStart, start, null, props, onError);
      if (isBlock(key))
        onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
      ctx.atKey = false;
      const valueProps = resolveProps(sep3 ?? [], {
        flow: fcName,
        indicator: "map-value-ind",
        next: value,
        offset: keyNode.range[2],
        onError,
        parentIndent: fc.indent,
        startOnNewline: false
      });
      if (valueProps.found) {
        if (!isMap2 && !props.found && ctx.options.strict) {
          if (sep3)
            for (const st of sep3) {
              if (st === valueProps.found)
                break;
              if (st.type === "newline") {
                onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                break;
              }
            }
          if (props.start < valueProps.found.offset - 1024)
            onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
        }
      } else if (value) {
        if ("source" in value && value.source?.[0] === ":")
          onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
        else
          onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
      }
      const valueNode = value ? composeNode2(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode2(ctx, valueProps.end, sep3, null, valueProps, onError) : null;
      if (valueNode) {
        if (isBlock(value))
          onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
      } else if (valueProps.comment) {
        if (keyNode.comment)
          keyNode.comment += "\n" + valueProps.comment;
        else
          keyNode.comment = valueProps.comment;
      }
      const pair = new Pair(keyNode, valueNode);
      if (ctx.options.keepSourceTokens)
        pair.srcToken = collItem;
      if (isMap2) {
        const map2 = coll;
        if (mapIncludes(ctx, map2.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        map2.items.push(pair);
      } else {
        const map2 = new YAMLMap(ctx.schema);
        map2.flow = true;
        map2.items.push(pair);
        const endRange = (valueNode ?? keyNode).range;
        map2.range = [keyNode.range[0], endRange[1], endRange[2]];
        coll.items.push(map2);
      }
      offset = valueNode ? valueNode.range[2] : valueProps.end;
    }
  }
  const expectedEnd = isMap2 ? "}" : "]";
  const [ce, ...ee] = fc.end;
  let cePos = offset;
  if (ce?.source === expectedEnd)
    cePos = ce.offset + ce.source.length;
  else {
    const name = fcName[0].toUpperCase() + fcName.substring(1);
    const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
    onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
    if (ce && ce.source.length !== 1)
      ee.unshift(ce);
  }
  if (ee.length > 0) {
    const end = resolveEnd(ee, cePos, ctx.options.strict, onError);
    if (end.comment) {
      if (coll.comment)
        coll.comment += "\n" + end.comment;
      else
        coll.comment = end.comment;
    }
    coll.range = [fc.offset, cePos, end.offset];
  } else {
    coll.range = [fc.offset, cePos, cePos];
  }
  return coll;
}

// node_modules/yaml/browser/dist/compose/compose-collection.js
function resolveCollection(CN2, ctx, token, onError, tagName, tag) {
  const coll = token.type === "block-map" ? resolveBlockMap(CN2, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq(CN2, ctx, token, onError, tag) : resolveFlowCollection(CN2, ctx, token, onError, tag);
  const Coll = coll.constructor;
  if (tagName === "!" || tagName === Coll.tagName) {
    coll.tag = Coll.tagName;
    return coll;
  }
  if (tagName)
    coll.tag = tagName;
  return coll;
}
function composeCollection(CN2, ctx, token, props, onError) {
  const tagToken = props.tag;
  const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
  if (token.type === "block-seq") {
    const { anchor, newlineAfterProp: nl } = props;
    const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
    if (lastProp && (!nl || nl.offset < lastProp.offset)) {
      const message = "Missing newline after block sequence props";
      onError(lastProp, "MISSING_CHAR", message);
    }
  }
  const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
  if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.tagName && expType === "seq") {
    return resolveCollection(CN2, ctx, token, onError, tagName);
  }
  let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
  if (!tag) {
    const kt = ctx.schema.knownTags[tagName];
    if (kt?.collection === expType) {
      ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
      tag = kt;
    } else {
      if (kt) {
        onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
      } else {
        onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
      }
      return resolveCollection(CN2, ctx, token, onError, tagName);
    }
  }
  const coll = resolveCollection(CN2, ctx, token, onError, tagName, tag);
  const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
  const node = isNode(res) ? res : new Scalar(res);
  node.range = coll.range;
  node.tag = tagName;
  if (tag?.format)
    node.format = tag.format;
  return node;
}

// node_modules/yaml/browser/dist/compose/resolve-block-scalar.js
function resolveBlockScalar(ctx, scalar, onError) {
  const start = scalar.offset;
  const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
  if (!header)
    return { value: "", type: null, comment: "", range: [start, start, start] };
  const type = header.mode === ">" ? Scalar.BLOCK_FOLDED : Scalar.BLOCK_LITERAL;
  const lines = scalar.source ? splitLines(scalar.source) : [];
  let chompStart = lines.length;
  for (let i = lines.length - 1; i >= 0; --i) {
    const content = lines[i][1];
    if (content === "" || content === "\r")
      chompStart = i;
    else
      break;
  }
  if (chompStart === 0) {
    const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
    let end2 = start + header.length;
    if (scalar.source)
      end2 += scalar.source.length;
    return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
  }
  let trimIndent = scalar.indent + header.indent;
  let offset = scalar.offset + header.length;
  let contentStart = 0;
  for (let i = 0; i < chompStart; ++i) {
    const [indent, content] = lines[i];
    if (content === "" || content === "\r") {
      if (header.indent === 0 && indent.length > trimIndent)
        trimIndent = indent.length;
    } else {
      if (indent.length < trimIndent) {
        const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
        onError(offset + indent.length, "MISSING_CHAR", message);
      }
      if (header.indent === 0)
        trimIndent = indent.length;
      contentStart = i;
      if (trimIndent === 0 && !ctx.atRoot) {
        const message = "Block scalar values in collections must be indented";
        onError(offset, "BAD_INDENT", message);
      }
      break;
    }
    offset += indent.length + content.length + 1;
  }
  for (let i = lines.length - 1; i >= chompStart; --i) {
    if (lines[i][0].length > trimIndent)
      chompStart = i + 1;
  }
  let value = "";
  let sep3 = "";
  let prevMoreIndented = false;
  for (let i = 0; i < contentStart; ++i)
    value += lines[i][0].slice(trimIndent) + "\n";
  for (let i = contentStart; i < chompStart; ++i) {
    let [indent, content] = lines[i];
    offset += indent.length + content.length + 1;
    const crlf = content[content.length - 1] === "\r";
    if (crlf)
      content = content.slice(0, -1);
    if (content && indent.length < trimIndent) {
      const src = header.indent ? "explicit indentation indicator" : "first line";
      const message = `Block scalar lines must not be less indented than their ${src}`;
      onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
      indent = "";
    }
    if (type === Scalar.BLOCK_LITERAL) {
      value += sep3 + indent.slice(trimIndent) + content;
      sep3 = "\n";
    } else if (indent.length > trimIndent || content[0] === "	") {
      if (sep3 === " ")
        sep3 = "\n";
      else if (!prevMoreIndented && sep3 === "\n")
        sep3 = "\n\n";
      value += sep3 + indent.slice(trimIndent) + content;
      sep3 = "\n";
      prevMoreIndented = true;
    } else if (content === "") {
      if (sep3 === "\n")
        value += "\n";
      else
        sep3 = "\n";
    } else {
      value += sep3 + content;
      sep3 = " ";
      prevMoreIndented = false;
    }
  }
  switch (header.chomp) {
    case "-":
      break;
    case "+":
      for (let i = chompStart; i < lines.length; ++i)
        value += "\n" + lines[i][0].slice(trimIndent);
      if (value[value.length - 1] !== "\n")
        value += "\n";
      break;
    default:
      value += "\n";
  }
  const end = start + header.length + scalar.source.length;
  return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
  if (props[0].type !== "block-scalar-header") {
    onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
    return null;
  }
  const { source } = props[0];
  const mode = source[0];
  let indent = 0;
  let chomp = "";
  let error = -1;
  for (let i = 1; i < source.length; ++i) {
    const ch = source[i];
    if (!chomp && (ch === "-" || ch === "+"))
      chomp = ch;
    else {
      const n = Number(ch);
      if (!indent && n)
        indent = n;
      else if (error === -1)
        error = offset + i;
    }
  }
  if (error !== -1)
    onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
  let hasSpace = false;
  let comment = "";
  let length = source.length;
  for (let i = 1; i < props.length; ++i) {
    const token = props[i];
    switch (token.type) {
      case "space":
        hasSpace = true;
      // fallthrough
      case "newline":
        length += token.source.length;
        break;
      case "comment":
        if (strict && !hasSpace) {
          const message = "Comments must be separated from other tokens by white space characters";
          onError(token, "MISSING_CHAR", message);
        }
        length += token.source.length;
        comment = token.source.substring(1);
        break;
      case "error":
        onError(token, "UNEXPECTED_TOKEN", token.message);
        length += token.source.length;
        break;
      /* istanbul ignore next should not happen */
      default: {
        const message = `Unexpected token in block scalar header: ${token.type}`;
        onError(token, "UNEXPECTED_TOKEN", message);
        const ts = token.source;
        if (ts && typeof ts === "string")
          length += ts.length;
      }
    }
  }
  return { mode, indent, chomp, comment, length };
}
function splitLines(source) {
  const split = source.split(/\n( *)/);
  const first = split[0];
  const m = first.match(/^( *)/);
  const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
  const lines = [line0];
  for (let i = 1; i < split.length; i += 2)
    lines.push([split[i], split[i + 1]]);
  return lines;
}

// node_modules/yaml/browser/dist/compose/resolve-flow-scalar.js
function resolveFlowScalar(scalar, strict, onError) {
  const { offset, type, source, end } = scalar;
  let _type;
  let value;
  const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
  switch (type) {
    case "scalar":
      _type = Scalar.PLAIN;
      value = plainValue(source, _onError);
      break;
    case "single-quoted-scalar":
      _type = Scalar.QUOTE_SINGLE;
      value = singleQuotedValue(source, _onError);
      break;
    case "double-quoted-scalar":
      _type = Scalar.QUOTE_DOUBLE;
      value = doubleQuotedValue(source, _onError);
      break;
    /* istanbul ignore next should not happen */
    default:
      onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
      return {
        value: "",
        type: null,
        comment: "",
        range: [offset, offset + source.length, offset + source.length]
      };
  }
  const valueEnd = offset + source.length;
  const re = resolveEnd(end, valueEnd, strict, onError);
  return {
    value,
    type: _type,
    comment: re.comment,
    range: [offset, valueEnd, re.offset]
  };
}
function plainValue(source, onError) {
  let badChar = "";
  switch (source[0]) {
    /* istanbul ignore next should not happen */
    case "	":
      badChar = "a tab character";
      break;
    case ",":
      badChar = "flow indicator character ,";
      break;
    case "%":
      badChar = "directive indicator character %";
      break;
    case "|":
    case ">": {
      badChar = `block scalar indicator ${source[0]}`;
      break;
    }
    case "@":
    case "`": {
      badChar = `reserved character ${source[0]}`;
      break;
    }
  }
  if (badChar)
    onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
  return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
  if (source[source.length - 1] !== "'" || source.length === 1)
    onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
  return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
  const line = /(.*?)\r?\n/sy;
  let match = line.exec(source);
  if (!match)
    return source;
  let trimEnd, trimBoth;
  try {
    trimEnd = new RegExp("(?<![ 	])[ 	]+$");
    trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
  } catch {
    trimEnd = /[ \t]+$/;
    trimBoth = /^[ \t]+|[ \t]+$/g;
  }
  let res = match[1].replace(trimEnd, "");
  let sep3 = " ";
  let pos = line.lastIndex;
  while (match = line.exec(source)) {
    const lm = match[1].replace(trimBoth, "");
    if (lm === "") {
      if (sep3 === "\n")
        res += sep3;
      else
        sep3 = "\n";
    } else {
      res += sep3 + lm;
      sep3 = " ";
    }
    pos = line.lastIndex;
  }
  const last = /[ \t]*(.*)/sy;
  last.lastIndex = pos;
  match = last.exec(source);
  return res + sep3 + (match?.[1] ?? "");
}
function doubleQuotedValue(source, onError) {
  let res = "";
  for (let i = 1; i < source.length - 1; ++i) {
    const ch = source[i];
    if (ch === "\r" && source[i + 1] === "\n")
      continue;
    if (ch === "\n") {
      const { fold, offset } = foldNewline(source, i);
      res += fold;
      i = offset;
    } else if (ch === "\\") {
      let next = source[++i];
      const cc = escapeCodes[next];
      if (cc)
        res += cc;
      else if (next === "\n") {
        next = source[i + 1];
        while (next === " " || next === "	")
          next = source[++i + 1];
      } else if (next === "\r" && source[i + 1] === "\n") {
        next = source[++i + 1];
        while (next === " " || next === "	")
          next = source[++i + 1];
      } else if (next === "x" || next === "u" || next === "U") {
        const length = next === "x" ? 2 : next === "u" ? 4 : 8;
        res += parseCharCode(source, i + 1, length, onError);
        i += length;
      } else {
        const raw = source.substr(i - 1, 2);
        onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        res += raw;
      }
    } else if (ch === " " || ch === "	") {
      const wsStart = i;
      let next = source[i + 1];
      while (next === " " || next === "	")
        next = source[++i + 1];
      if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
        res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
    } else {
      res += ch;
    }
  }
  if (source[source.length - 1] !== '"' || source.length === 1)
    onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
  return res;
}
function foldNewline(source, offset) {
  let fold = "";
  let ch = source[offset + 1];
  while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
    if (ch === "\r" && source[offset + 2] !== "\n")
      break;
    if (ch === "\n")
      fold += "\n";
    offset += 1;
    ch = source[offset + 1];
  }
  if (!fold)
    fold = " ";
  return { fold, offset };
}
var escapeCodes = {
  "0": "\0",
  // null character
  a: "\x07",
  // bell character
  b: "\b",
  // backspace
  e: "\x1B",
  // escape character
  f: "\f",
  // form feed
  n: "\n",
  // line feed
  r: "\r",
  // carriage return
  t: "	",
  // horizontal tab
  v: "\v",
  // vertical tab
  N: "\x85",
  // Unicode next line
  _: "\xA0",
  // Unicode non-breaking space
  L: "\u2028",
  // Unicode line separator
  P: "\u2029",
  // Unicode paragraph separator
  " ": " ",
  '"': '"',
  "/": "/",
  "\\": "\\",
  "	": "	"
};
function parseCharCode(source, offset, length, onError) {
  const cc = source.substr(offset, length);
  const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
  const code = ok ? parseInt(cc, 16) : NaN;
  try {
    return String.fromCodePoint(code);
  } catch {
    const raw = source.substr(offset - 2, length + 2);
    onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
    return raw;
  }
}

// node_modules/yaml/browser/dist/compose/compose-scalar.js
function composeScalar(ctx, token, tagToken, onError) {
  const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar(ctx, token, onError) : resolveFlowScalar(token, ctx.options.strict, onError);
  const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
  let tag;
  if (ctx.options.stringKeys && ctx.atKey) {
    tag = ctx.schema[SCALAR];
  } else if (tagName)
    tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
  else if (token.type === "scalar")
    tag = findScalarTagByTest(ctx, value, token, onError);
  else
    tag = ctx.schema[SCALAR];
  let scalar;
  try {
    const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
    scalar = isScalar(res) ? res : new Scalar(res);
  } catch (error) {
    const msg = error instanceof Error ? error.message : String(error);
    onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
    scalar = new Scalar(value);
  }
  scalar.range = range;
  scalar.source = value;
  if (type)
    scalar.type = type;
  if (tagName)
    scalar.tag = tagName;
  if (tag.format)
    scalar.format = tag.format;
  if (comment)
    scalar.comment = comment;
  return scalar;
}
function findScalarTagByName(schema4, value, tagName, tagToken, onError) {
  if (tagName === "!")
    return schema4[SCALAR];
  const matchWithTest = [];
  for (const tag of schema4.tags) {
    if (!tag.collection && tag.tag === tagName) {
      if (tag.default && tag.test)
        matchWithTest.push(tag);
      else
        return tag;
    }
  }
  for (const tag of matchWithTest)
    if (tag.test?.test(value))
      return tag;
  const kt = schema4.knownTags[tagName];
  if (kt && !kt.collection) {
    schema4.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
    return kt;
  }
  onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
  return schema4[SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema: schema4 }, value, token, onError) {
  const tag = schema4.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema4[SCALAR];
  if (schema4.compat) {
    const compat = schema4.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema4[SCALAR];
    if (tag.tag !== compat.tag) {
      const ts = directives.tagString(tag.tag);
      const cs = directives.tagString(compat.tag);
      const msg = `Value may be parsed as either ${ts} or ${cs}`;
      onError(token, "TAG_RESOLVE_FAILED", msg, true);
    }
  }
  return tag;
}

// node_modules/yaml/browser/dist/compose/util-empty-scalar-position.js
function emptyScalarPosition(offset, before, pos) {
  if (before) {
    pos ?? (pos = before.length);
    for (let i = pos - 1; i >= 0; --i) {
      let st = before[i];
      switch (st.type) {
        case "space":
        case "comment":
        case "newline":
          offset -= st.source.length;
          continue;
      }
      st = before[++i];
      while (st?.type === "space") {
        offset += st.source.length;
        st = before[++i];
      }
      break;
    }
  }
  return offset;
}

// node_modules/yaml/browser/dist/compose/compose-node.js
var CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
  const atKey = ctx.atKey;
  const { spaceBefore, comment, anchor, tag } = props;
  let node;
  let isSrcToken = true;
  switch (token.type) {
    case "alias":
      node = composeAlias(ctx, token, onError);
      if (anchor || tag)
        onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
      break;
    case "scalar":
    case "single-quoted-scalar":
    case "double-quoted-scalar":
    case "block-scalar":
      node = composeScalar(ctx, token, tag, onError);
      if (anchor)
        node.anchor = anchor.source.substring(1);
      break;
    case "block-map":
    case "block-seq":
    case "flow-collection":
      try {
        node = composeCollection(CN, ctx, token, props, onError);
        if (anchor)
          node.anchor = anchor.source.substring(1);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        onError(token, "RESOURCE_EXHAUSTION", message);
      }
      break;
    default: {
      const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
      onError(token, "UNEXPECTED_TOKEN", message);
      isSrcToken = false;
    }
  }
  node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
  if (anchor && node.anchor === "")
    onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
  if (atKey && ctx.options.stringKeys && (!isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
    const msg = "With stringKeys, all keys must be strings";
    onError(tag ?? token, "NON_STRING_KEY", msg);
  }
  if (spaceBefore)
    node.spaceBefore = true;
  if (comment) {
    if (token.type === "scalar" && token.source === "")
      node.comment = comment;
    else
      node.commentBefore = comment;
  }
  if (ctx.options.keepSourceTokens && isSrcToken)
    node.srcToken = token;
  return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
  const token = {
    type: "scalar",
    offset: emptyScalarPosition(offset, before, pos),
    indent: -1,
    source: ""
  };
  const node = composeScalar(ctx, token, tag, onError);
  if (anchor) {
    node.anchor = anchor.source.substring(1);
    if (node.anchor === "")
      onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
  }
  if (spaceBefore)
    node.spaceBefore = true;
  if (comment) {
    node.comment = comment;
    node.range[2] = end;
  }
  return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
  const alias = new Alias(source.substring(1));
  if (alias.source === "")
    onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
  if (alias.source.endsWith(":"))
    onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
  const valueEnd = offset + source.length;
  const re = resolveEnd(end, valueEnd, options.strict, onError);
  alias.range = [offset, valueEnd, re.offset];
  if (re.comment)
    alias.comment = re.comment;
  return alias;
}

// node_modules/yaml/browser/dist/compose/compose-doc.js
function composeDoc(options, directives, { offset, start, value, end }, onError) {
  const opts = Object.assign({ _directives: directives }, options);
  const doc = new Document(void 0, opts);
  const ctx = {
    atKey: false,
    atRoot: true,
    directives: doc.directives,
    options: doc.options,
    schema: doc.schema
  };
  const props = resolveProps(start, {
    indicator: "doc-start",
    next: value ?? end?.[0],
    offset,
    onError,
    parentIndent: 0,
    startOnNewline: true
  });
  if (props.found) {
    doc.directives.docStart = true;
    if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
      onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
  }
  doc.contents = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
  const contentEnd = doc.contents.range[2];
  const re = resolveEnd(end, contentEnd, false, onError);
  if (re.comment)
    doc.comment = re.comment;
  doc.range = [offset, contentEnd, re.offset];
  return doc;
}

// node_modules/yaml/browser/dist/compose/composer.js
function getErrorPos(src) {
  if (typeof src === "number")
    return [src, src + 1];
  if (Array.isArray(src))
    return src.length === 2 ? src : [src[0], src[1]];
  const { offset, source } = src;
  return [offset, offset + (typeof source === "string" ? source.length : 1)];
}
function parsePrelude(prelude) {
  let comment = "";
  let atComment = false;
  let afterEmptyLine = false;
  for (let i = 0; i < prelude.length; ++i) {
    const source = prelude[i];
    switch (source[0]) {
      case "#":
        comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
        atComment = true;
        afterEmptyLine = false;
        break;
      case "%":
        if (prelude[i + 1]?.[0] !== "#")
          i += 1;
        atComment = false;
        break;
      default:
        if (!atComment)
          afterEmptyLine = true;
        atComment = false;
    }
  }
  return { comment, afterEmptyLine };
}
var Composer = class {
  constructor(options = {}) {
    this.doc = null;
    this.atDirectives = false;
    this.prelude = [];
    this.errors = [];
    this.warnings = [];
    this.onError = (source, code, message, warning) => {
      const pos = getErrorPos(source);
      if (warning)
        this.warnings.push(new YAMLWarning(pos, code, message));
      else
        this.errors.push(new YAMLParseError(pos, code, message));
    };
    this.directives = new Directives({ version: options.version || "1.2" });
    this.options = options;
  }
  decorate(doc, afterDoc) {
    const { comment, afterEmptyLine } = parsePrelude(this.prelude);
    if (comment) {
      const dc = doc.contents;
      if (afterDoc) {
        doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
      } else if (afterEmptyLine || doc.directives.docStart || !dc) {
        doc.commentBefore = comment;
      } else if (isCollection(dc) && !dc.flow && dc.items.length > 0) {
        let it = dc.items[0];
        if (isPair(it))
          it = it.key;
        const cb = it.commentBefore;
        it.commentBefore = cb ? `${comment}
${cb}` : comment;
      } else {
        const cb = dc.commentBefore;
        dc.commentBefore = cb ? `${comment}
${cb}` : comment;
      }
    }
    if (afterDoc) {
      for (let i = 0; i < this.errors.length; ++i)
        doc.errors.push(this.errors[i]);
      for (let i = 0; i < this.warnings.length; ++i)
        doc.warnings.push(this.warnings[i]);
    } else {
      doc.errors = this.errors;
      doc.warnings = this.warnings;
    }
    this.prelude = [];
    this.errors = [];
    this.warnings = [];
  }
  /**
   * Current stream status information.
   *
   * Mostly useful at the end of input for an empty stream.
   */
  streamInfo() {
    return {
      comment: parsePrelude(this.prelude).comment,
      directives: this.directives,
      errors: this.errors,
      warnings: this.warnings
    };
  }
  /**
   * Compose tokens into documents.
   *
   * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
   * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
   */
  *compose(tokens, forceDoc = false, endOffset = -1) {
    for (const token of tokens)
      yield* this.next(token);
    yield* this.end(forceDoc, endOffset);
  }
  /** Advance the composer by one CST token. */
  *next(token) {
    switch (token.type) {
      case "directive":
        this.directives.add(token.source, (offset, message, warning) => {
          const pos = getErrorPos(token);
          pos[0] += offset;
          this.onError(pos, "BAD_DIRECTIVE", message, warning);
        });
        this.prelude.push(token.source);
        this.atDirectives = true;
        break;
      case "document": {
        const doc = composeDoc(this.options, this.directives, token, this.onError);
        if (this.atDirectives && !doc.directives.docStart)
          this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
        this.decorate(doc, false);
        if (this.doc)
          yield this.doc;
        this.doc = doc;
        this.atDirectives = false;
        break;
      }
      case "byte-order-mark":
      case "space":
        break;
      case "comment":
      case "newline":
        this.prelude.push(token.source);
        break;
      case "error": {
        const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
        const error = new YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
        if (this.atDirectives || !this.doc)
          this.errors.push(error);
        else
          this.doc.errors.push(error);
        break;
      }
      case "doc-end": {
        if (!this.doc) {
          const msg = "Unexpected doc-end without preceding document";
          this.errors.push(new YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
          break;
        }
        this.doc.directives.docEnd = true;
        const end = resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
        this.decorate(this.doc, true);
        if (end.comment) {
          const dc = this.doc.comment;
          this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
        }
        this.doc.range[2] = end.offset;
        break;
      }
      default:
        this.errors.push(new YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
    }
  }
  /**
   * Call at end of input to yield any remaining document.
   *
   * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
   * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
   */
  *end(forceDoc = false, endOffset = -1) {
    if (this.doc) {
      this.decorate(this.doc, true);
      yield this.doc;
      this.doc = null;
    } else if (forceDoc) {
      const opts = Object.assign({ _directives: this.directives }, this.options);
      const doc = new Document(void 0, opts);
      if (this.atDirectives)
        this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
      doc.range = [0, endOffset, endOffset];
      this.decorate(doc, false);
      yield doc;
    }
  }
};

// node_modules/yaml/browser/dist/parse/cst-visit.js
var BREAK2 = /* @__PURE__ */ Symbol("break visit");
var SKIP2 = /* @__PURE__ */ Symbol("skip children");
var REMOVE2 = /* @__PURE__ */ Symbol("remove item");
function visit2(cst, visitor) {
  if ("type" in cst && cst.type === "document")
    cst = { start: cst.start, value: cst.value };
  _visit(Object.freeze([]), cst, visitor);
}
visit2.BREAK = BREAK2;
visit2.SKIP = SKIP2;
visit2.REMOVE = REMOVE2;
visit2.itemAtPath = (cst, path) => {
  let item = cst;
  for (const [field, index] of path) {
    const tok = item?.[field];
    if (tok && "items" in tok) {
      item = tok.items[index];
    } else
      return void 0;
  }
  return item;
};
visit2.parentCollection = (cst, path) => {
  const parent = visit2.itemAtPath(cst, path.slice(0, -1));
  const field = path[path.length - 1][0];
  const coll = parent?.[field];
  if (coll && "items" in coll)
    return coll;
  throw new Error("Parent collection not found");
};
function _visit(path, item, visitor) {
  let ctrl = visitor(item, path);
  if (typeof ctrl === "symbol")
    return ctrl;
  for (const field of ["key", "value"]) {
    const token = item[field];
    if (token && "items" in token) {
      for (let i = 0; i < token.items.length; ++i) {
        const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
        if (typeof ci === "number")
          i = ci - 1;
        else if (ci === BREAK2)
          return BREAK2;
        else if (ci === REMOVE2) {
          token.items.splice(i, 1);
          i -= 1;
        }
      }
      if (typeof ctrl === "function" && field === "key")
        ctrl = ctrl(item, path);
    }
  }
  return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
}

// node_modules/yaml/browser/dist/parse/cst.js
var BOM = "\uFEFF";
var DOCUMENT = "";
var FLOW_END = "";
var SCALAR2 = "";
function tokenType(source) {
  switch (source) {
    case BOM:
      return "byte-order-mark";
    case DOCUMENT:
      return "doc-mode";
    case FLOW_END:
      return "flow-error-end";
    case SCALAR2:
      return "scalar";
    case "---":
      return "doc-start";
    case "...":
      return "doc-end";
    case "":
    case "\n":
    case "\r\n":
      return "newline";
    case "-":
      return "seq-item-ind";
    case "?":
      return "explicit-key-ind";
    case ":":
      return "map-value-ind";
    case "{":
      return "flow-map-start";
    case "}":
      return "flow-map-end";
    case "[":
      return "flow-seq-start";
    case "]":
      return "flow-seq-end";
    case ",":
      return "comma";
  }
  switch (source[0]) {
    case " ":
    case "	":
      return "space";
    case "#":
      return "comment";
    case "%":
      return "directive-line";
    case "*":
      return "alias";
    case "&":
      return "anchor";
    case "!":
      return "tag";
    case "'":
      return "single-quoted-scalar";
    case '"':
      return "double-quoted-scalar";
    case "|":
    case ">":
      return "block-scalar-header";
  }
  return null;
}

// node_modules/yaml/browser/dist/parse/lexer.js
function isEmpty(ch) {
  switch (ch) {
    case void 0:
    case " ":
    case "\n":
    case "\r":
    case "	":
      return true;
    default:
      return false;
  }
}
var hexDigits = new Set("0123456789ABCDEFabcdef");
var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
var flowIndicatorChars = new Set(",[]{}");
var invalidAnchorChars = new Set(" ,[]{}\n\r	");
var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
var Lexer = class {
  constructor() {
    this.atEnd = false;
    this.blockScalarIndent = -1;
    this.blockScalarKeep = false;
    this.buffer = "";
    this.flowKey = false;
    this.flowLevel = 0;
    this.indentNext = 0;
    this.indentValue = 0;
    this.lineEndPos = null;
    this.next = null;
    this.pos = 0;
  }
  /**
   * Generate YAML tokens from the `source` string. If `incomplete`,
   * a part of the last line may be left as a buffer for the next call.
   *
   * @returns A generator of lexical tokens
   */
  *lex(source, incomplete = false) {
    if (source) {
      if (typeof source !== "string")
        throw TypeError("source is not a string");
      this.buffer = this.buffer ? this.buffer + source : source;
      this.lineEndPos = null;
    }
    this.atEnd = !incomplete;
    let next = this.next ?? "stream";
    while (next && (incomplete || this.hasChars(1)))
      next = yield* this.parseNext(next);
  }
  atLineEnd() {
    let i = this.pos;
    let ch = this.buffer[i];
    while (ch === " " || ch === "	")
      ch = this.buffer[++i];
    if (!ch || ch === "#" || ch === "\n")
      return true;
    if (ch === "\r")
      return this.buffer[i + 1] === "\n";
    return false;
  }
  charAt(n) {
    return this.buffer[this.pos + n];
  }
  continueScalar(offset) {
    let ch = this.buffer[offset];
    if (this.indentNext > 0) {
      let indent = 0;
      while (ch === " ")
        ch = this.buffer[++indent + offset];
      if (ch === "\r") {
        const next = this.buffer[indent + offset + 1];
        if (next === "\n" || !next && !this.atEnd)
          return offset + indent + 1;
      }
      return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
    }
    if (ch === "-" || ch === ".") {
      const dt = this.buffer.substr(offset, 3);
      if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
        return -1;
    }
    return offset;
  }
  getLine() {
    let end = this.lineEndPos;
    if (typeof end !== "number" || end !== -1 && end < this.pos) {
      end = this.buffer.indexOf("\n", this.pos);
      this.lineEndPos = end;
    }
    if (end === -1)
      return this.atEnd ? this.buffer.substring(this.pos) : null;
    if (this.buffer[end - 1] === "\r")
      end -= 1;
    return this.buffer.substring(this.pos, end);
  }
  hasChars(n) {
    return this.pos + n <= this.buffer.length;
  }
  setNext(state) {
    this.buffer = this.buffer.substring(this.pos);
    this.pos = 0;
    this.lineEndPos = null;
    this.next = state;
    return null;
  }
  peek(n) {
    return this.buffer.substr(this.pos, n);
  }
  *parseNext(next) {
    switch (next) {
      case "stream":
        return yield* this.parseStream();
      case "line-start":
        return yield* this.parseLineStart();
      case "block-start":
        return yield* this.parseBlockStart();
      case "doc":
        return yield* this.parseDocument();
      case "flow":
        return yield* this.parseFlowCollection();
      case "quoted-scalar":
        return yield* this.parseQuotedScalar();
      case "block-scalar":
        return yield* this.parseBlockScalar();
      case "plain-scalar":
        return yield* this.parsePlainScalar();
    }
  }
  *parseStream() {
    let line = this.getLine();
    if (line === null)
      return this.setNext("stream");
    if (line[0] === BOM) {
      yield* this.pushCount(1);
      line = line.substring(1);
    }
    if (line[0] === "%") {
      let dirEnd = line.length;
      let cs = line.indexOf("#");
      while (cs !== -1) {
        const ch = line[cs - 1];
        if (ch === " " || ch === "	") {
          dirEnd = cs - 1;
          break;
        } else {
          cs = line.indexOf("#", cs + 1);
        }
      }
      while (true) {
        const ch = line[dirEnd - 1];
        if (ch === " " || ch === "	")
          dirEnd -= 1;
        else
          break;
      }
      const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
      yield* this.pushCount(line.length - n);
      this.pushNewline();
      return "stream";
    }
    if (this.atLineEnd()) {
      const sp = yield* this.pushSpaces(true);
      yield* this.pushCount(line.length - sp);
      yield* this.pushNewline();
      return "stream";
    }
    yield DOCUMENT;
    return yield* this.parseLineStart();
  }
  *parseLineStart() {
    const ch = this.charAt(0);
    if (!ch && !this.atEnd)
      return this.setNext("line-start");
    if (ch === "-" || ch === ".") {
      if (!this.atEnd && !this.hasChars(4))
        return this.setNext("line-start");
      const s = this.peek(3);
      if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
        yield* this.pushCount(3);
        this.indentValue = 0;
        this.indentNext = 0;
        return s === "---" ? "doc" : "stream";
      }
    }
    this.indentValue = yield* this.pushSpaces(false);
    if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
      this.indentNext = this.indentValue;
    return yield* this.parseBlockStart();
  }
  *parseBlockStart() {
    const [ch0, ch1] = this.peek(2);
    if (!ch1 && !this.atEnd)
      return this.setNext("block-start");
    if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
      const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
      this.indentNext = this.indentValue + 1;
      this.indentValue += n;
      return "block-start";
    }
    return "doc";
  }
  *parseDocument() {
    yield* this.pushSpaces(true);
    const line = this.getLine();
    if (line === null)
      return this.setNext("doc");
    let n = yield* this.pushIndicators();
    switch (line[n]) {
      case "#":
        yield* this.pushCount(line.length - n);
      // fallthrough
      case void 0:
        yield* this.pushNewline();
        return yield* this.parseLineStart();
      case "{":
      case "[":
        yield* this.pushCount(1);
        this.flowKey = false;
        this.flowLevel = 1;
        return "flow";
      case "}":
      case "]":
        yield* this.pushCount(1);
        return "doc";
      case "*":
        yield* this.pushUntil(isNotAnchorChar);
        return "doc";
      case '"':
      case "'":
        return yield* this.parseQuotedScalar();
      case "|":
      case ">":
        n += yield* this.parseBlockScalarHeader();
        n += yield* this.pushSpaces(true);
        yield* this.pushCount(line.length - n);
        yield* this.pushNewline();
        return yield* this.parseBlockScalar();
      default:
        return yield* this.parsePlainScalar();
    }
  }
  *parseFlowCollection() {
    let nl, sp;
    let indent = -1;
    do {
      nl = yield* this.pushNewline();
      if (nl > 0) {
        sp = yield* this.pushSpaces(false);
        this.indentValue = indent = sp;
      } else {
        sp = 0;
      }
      sp += yield* this.pushSpaces(true);
    } while (nl + sp > 0);
    const line = this.getLine();
    if (line === null)
      return this.setNext("flow");
    if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
      const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
      if (!atFlowEndMarker) {
        this.flowLevel = 0;
        yield FLOW_END;
        return yield* this.parseLineStart();
      }
    }
    let n = 0;
    while (line[n] === ",") {
      n += yield* this.pushCount(1);
      n += yield* this.pushSpaces(true);
      this.flowKey = false;
    }
    n += yield* this.pushIndicators();
    switch (line[n]) {
      case void 0:
        return "flow";
      case "#":
        yield* this.pushCount(line.length - n);
        return "flow";
      case "{":
      case "[":
        yield* this.pushCount(1);
        this.flowKey = false;
        this.flowLevel += 1;
        return "flow";
      case "}":
      case "]":
        yield* this.pushCount(1);
        this.flowKey = true;
        this.flowLevel -= 1;
        return this.flowLevel ? "flow" : "doc";
      case "*":
        yield* this.pushUntil(isNotAnchorChar);
        return "flow";
      case '"':
      case "'":
        this.flowKey = true;
        return yield* this.parseQuotedScalar();
      case ":": {
        const next = this.charAt(1);
        if (this.flowKey || isEmpty(next) || next === ",") {
          this.flowKey = false;
          yield* this.pushCount(1);
          yield* this.pushSpaces(true);
          return "flow";
        }
      }
      // fallthrough
      default:
        this.flowKey = false;
        return yield* this.parsePlainScalar();
    }
  }
  *parseQuotedScalar() {
    const quote = this.charAt(0);
    let end = this.buffer.indexOf(quote, this.pos + 1);
    if (quote === "'") {
      while (end !== -1 && this.buffer[end + 1] === "'")
        end = this.buffer.indexOf("'", end + 2);
    } else {
      while (end !== -1) {
        let n = 0;
        while (this.buffer[end - 1 - n] === "\\")
          n += 1;
        if (n % 2 === 0)
          break;
        end = this.buffer.indexOf('"', end + 1);
      }
    }
    const qb = this.buffer.substring(0, end);
    let nl = qb.indexOf("\n", this.pos);
    if (nl !== -1) {
      while (nl !== -1) {
        const cs = this.continueScalar(nl + 1);
        if (cs === -1)
          break;
        nl = qb.indexOf("\n", cs);
      }
      if (nl !== -1) {
        end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
      }
    }
    if (end === -1) {
      if (!this.atEnd)
        return this.setNext("quoted-scalar");
      end = this.buffer.length;
    }
    yield* this.pushToIndex(end + 1, false);
    return this.flowLevel ? "flow" : "doc";
  }
  *parseBlockScalarHeader() {
    this.blockScalarIndent = -1;
    this.blockScalarKeep = false;
    let i = this.pos;
    while (true) {
      const ch = this.buffer[++i];
      if (ch === "+")
        this.blockScalarKeep = true;
      else if (ch > "0" && ch <= "9")
        this.blockScalarIndent = Number(ch) - 1;
      else if (ch !== "-")
        break;
    }
    return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
  }
  *parseBlockScalar() {
    let nl = this.pos - 1;
    let indent = 0;
    let ch;
    loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
      switch (ch) {
        case " ":
          indent += 1;
          break;
        case "\n":
          nl = i2;
          indent = 0;
          break;
        case "\r": {
          const next = this.buffer[i2 + 1];
          if (!next && !this.atEnd)
            return this.setNext("block-scalar");
          if (next === "\n")
            break;
        }
        // fallthrough
        default:
          break loop;
      }
    }
    if (!ch && !this.atEnd)
      return this.setNext("block-scalar");
    if (indent >= this.indentNext) {
      if (this.blockScalarIndent === -1)
        this.indentNext = indent;
      else {
        this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
      }
      do {
        const cs = this.continueScalar(nl + 1);
        if (cs === -1)
          break;
        nl = this.buffer.indexOf("\n", cs);
      } while (nl !== -1);
      if (nl === -1) {
        if (!this.atEnd)
          return this.setNext("block-scalar");
        nl = this.buffer.length;
      }
    }
    let i = nl + 1;
    ch = this.buffer[i];
    while (ch === " ")
      ch = this.buffer[++i];
    if (ch === "	") {
      while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
        ch = this.buffer[++i];
      nl = i - 1;
    } else if (!this.blockScalarKeep) {
      do {
        let i2 = nl - 1;
        let ch2 = this.buffer[i2];
        if (ch2 === "\r")
          ch2 = this.buffer[--i2];
        const lastChar = i2;
        while (ch2 === " ")
          ch2 = this.buffer[--i2];
        if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
          nl = i2;
        else
          break;
      } while (true);
    }
    yield SCALAR2;
    yield* this.pushToIndex(nl + 1, true);
    return yield* this.parseLineStart();
  }
  *parsePlainScalar() {
    const inFlow = this.flowLevel > 0;
    let end = this.pos - 1;
    let i = this.pos - 1;
    let ch;
    while (ch = this.buffer[++i]) {
      if (ch === ":") {
        const next = this.buffer[i + 1];
        if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
          break;
        end = i;
      } else if (isEmpty(ch)) {
        let next = this.buffer[i + 1];
        if (ch === "\r") {
          if (next === "\n") {
            i += 1;
            ch = "\n";
            next = this.buffer[i + 1];
          } else
            end = i;
        }
        if (next === "#" || inFlow && flowIndicatorChars.has(next))
          break;
        if (ch === "\n") {
          const cs = this.continueScalar(i + 1);
          if (cs === -1)
            break;
          i = Math.max(i, cs - 2);
        }
      } else {
        if (inFlow && flowIndicatorChars.has(ch))
          break;
        end = i;
      }
    }
    if (!ch && !this.atEnd)
      return this.setNext("plain-scalar");
    yield SCALAR2;
    yield* this.pushToIndex(end + 1, true);
    return inFlow ? "flow" : "doc";
  }
  *pushCount(n) {
    if (n > 0) {
      yield this.buffer.substr(this.pos, n);
      this.pos += n;
      return n;
    }
    return 0;
  }
  *pushToIndex(i, allowEmpty) {
    const s = this.buffer.slice(this.pos, i);
    if (s) {
      yield s;
      this.pos += s.length;
      return s.length;
    } else if (allowEmpty)
      yield "";
    return 0;
  }
  *pushIndicators() {
    let n = 0;
    loop: while (true) {
      switch (this.charAt(0)) {
        case "!":
          n += yield* this.pushTag();
          n += yield* this.pushSpaces(true);
          continue loop;
        case "&":
          n += yield* this.pushUntil(isNotAnchorChar);
          n += yield* this.pushSpaces(true);
          continue loop;
        case "-":
        // this is an error
        case "?":
        // this is an error outside flow collections
        case ":": {
          const inFlow = this.flowLevel > 0;
          const ch1 = this.charAt(1);
          if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
            if (!inFlow)
              this.indentNext = this.indentValue + 1;
            else if (this.flowKey)
              this.flowKey = false;
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            continue loop;
          }
        }
      }
      break loop;
    }
    return n;
  }
  *pushTag() {
    if (this.charAt(1) === "<") {
      let i = this.pos + 2;
      let ch = this.buffer[i];
      while (!isEmpty(ch) && ch !== ">")
        ch = this.buffer[++i];
      return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
    } else {
      let i = this.pos + 1;
      let ch = this.buffer[i];
      while (ch) {
        if (tagChars.has(ch))
          ch = this.buffer[++i];
        else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
          ch = this.buffer[i += 3];
        } else
          break;
      }
      return yield* this.pushToIndex(i, false);
    }
  }
  *pushNewline() {
    const ch = this.buffer[this.pos];
    if (ch === "\n")
      return yield* this.pushCount(1);
    else if (ch === "\r" && this.charAt(1) === "\n")
      return yield* this.pushCount(2);
    else
      return 0;
  }
  *pushSpaces(allowTabs) {
    let i = this.pos - 1;
    let ch;
    do {
      ch = this.buffer[++i];
    } while (ch === " " || allowTabs && ch === "	");
    const n = i - this.pos;
    if (n > 0) {
      yield this.buffer.substr(this.pos, n);
      this.pos = i;
    }
    return n;
  }
  *pushUntil(test) {
    let i = this.pos;
    let ch = this.buffer[i];
    while (!test(ch))
      ch = this.buffer[++i];
    return yield* this.pushToIndex(i, false);
  }
};

// node_modules/yaml/browser/dist/parse/line-counter.js
var LineCounter = class {
  constructor() {
    this.lineStarts = [];
    this.addNewLine = (offset) => this.lineStarts.push(offset);
    this.linePos = (offset) => {
      let low = 0;
      let high = this.lineStarts.length;
      while (low < high) {
        const mid = low + high >> 1;
        if (this.lineStarts[mid] < offset)
          low = mid + 1;
        else
          high = mid;
      }
      if (this.lineStarts[low] === offset)
        return { line: low + 1, col: 1 };
      if (low === 0)
        return { line: 0, col: offset };
      const start = this.lineStarts[low - 1];
      return { line: low, col: offset - start + 1 };
    };
  }
};

// node_modules/yaml/browser/dist/parse/parser.js
function includesToken(list2, type) {
  for (let i = 0; i < list2.length; ++i)
    if (list2[i].type === type)
      return true;
  return false;
}
function findNonEmptyIndex(list2) {
  for (let i = 0; i < list2.length; ++i) {
    switch (list2[i].type) {
      case "space":
      case "comment":
      case "newline":
        break;
      default:
        return i;
    }
  }
  return -1;
}
function isFlowToken(token) {
  switch (token?.type) {
    case "alias":
    case "scalar":
    case "single-quoted-scalar":
    case "double-quoted-scalar":
    case "flow-collection":
      return true;
    default:
      return false;
  }
}
function getPrevProps(parent) {
  switch (parent.type) {
    case "document":
      return parent.start;
    case "block-map": {
      const it = parent.items[parent.items.length - 1];
      return it.sep ?? it.start;
    }
    case "block-seq":
      return parent.items[parent.items.length - 1].start;
    /* istanbul ignore next should not happen */
    default:
      return [];
  }
}
function getFirstKeyStartProps(prev) {
  if (prev.length === 0)
    return [];
  let i = prev.length;
  loop: while (--i >= 0) {
    switch (prev[i].type) {
      case "doc-start":
      case "explicit-key-ind":
      case "map-value-ind":
      case "seq-item-ind":
      case "newline":
        break loop;
    }
  }
  while (prev[++i]?.type === "space") {
  }
  return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
  if (source.length < 1e5)
    Array.prototype.push.apply(target, source);
  else
    for (let i = 0; i < source.length; ++i)
      target.push(source[i]);
}
function fixFlowSeqItems(fc) {
  if (fc.start.type === "flow-seq-start") {
    for (const it of fc.items) {
      if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
        if (it.key)
          it.value = it.key;
        delete it.key;
        if (isFlowToken(it.value)) {
          if (it.value.end)
            arrayPushArray(it.value.end, it.sep);
          else
            it.value.end = it.sep;
        } else
          arrayPushArray(it.start, it.sep);
        delete it.sep;
      }
    }
  }
}
var Parser = class {
  /**
   * @param onNewLine - If defined, called separately with the start position of
   *   each new line (in `parse()`, including the start of input).
   */
  constructor(onNewLine) {
    this.atNewLine = true;
    this.atScalar = false;
    this.indent = 0;
    this.offset = 0;
    this.onKeyLine = false;
    this.stack = [];
    this.source = "";
    this.type = "";
    this.lexer = new Lexer();
    this.onNewLine = onNewLine;
  }
  /**
   * Parse `source` as a YAML stream.
   * If `incomplete`, a part of the last line may be left as a buffer for the next call.
   *
   * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
   *
   * @returns A generator of tokens representing each directive, document, and other structure.
   */
  *parse(source, incomplete = false) {
    if (this.onNewLine && this.offset === 0)
      this.onNewLine(0);
    for (const lexeme of this.lexer.lex(source, incomplete))
      yield* this.next(lexeme);
    if (!incomplete)
      yield* this.end();
  }
  /**
   * Advance the parser by the `source` of one lexical token.
   */
  *next(source) {
    this.source = source;
    if (this.atScalar) {
      this.atScalar = false;
      yield* this.step();
      this.offset += source.length;
      return;
    }
    const type = tokenType(source);
    if (!type) {
      const message = `Not a YAML token: ${source}`;
      yield* this.pop({ type: "error", offset: this.offset, message, source });
      this.offset += source.length;
    } else if (type === "scalar") {
      this.atNewLine = false;
      this.atScalar = true;
      this.type = "scalar";
    } else {
      this.type = type;
      yield* this.step();
      switch (type) {
        case "newline":
          this.atNewLine = true;
          this.indent = 0;
          if (this.onNewLine)
            this.onNewLine(this.offset + source.length);
          break;
        case "space":
          if (this.atNewLine && source[0] === " ")
            this.indent += source.length;
          break;
        case "explicit-key-ind":
        case "map-value-ind":
        case "seq-item-ind":
          if (this.atNewLine)
            this.indent += source.length;
          break;
        case "doc-mode":
        case "flow-error-end":
          return;
        default:
          this.atNewLine = false;
      }
      this.offset += source.length;
    }
  }
  /** Call at end of input to push out any remaining constructions */
  *end() {
    while (this.stack.length > 0)
      yield* this.pop();
  }
  get sourceToken() {
    const st = {
      type: this.type,
      offset: this.offset,
      indent: this.indent,
      source: this.source
    };
    return st;
  }
  *step() {
    const top = this.peek(1);
    if (this.type === "doc-end" && top?.type !== "doc-end") {
      while (this.stack.length > 0)
        yield* this.pop();
      this.stack.push({
        type: "doc-end",
        offset: this.offset,
        source: this.source
      });
      return;
    }
    if (!top)
      return yield* this.stream();
    switch (top.type) {
      case "document":
        return yield* this.document(top);
      case "alias":
      case "scalar":
      case "single-quoted-scalar":
      case "double-quoted-scalar":
        return yield* this.scalar(top);
      case "block-scalar":
        return yield* this.blockScalar(top);
      case "block-map":
        return yield* this.blockMap(top);
      case "block-seq":
        return yield* this.blockSequence(top);
      case "flow-collection":
        return yield* this.flowCollection(top);
      case "doc-end":
        return yield* this.documentEnd(top);
    }
    yield* this.pop();
  }
  peek(n) {
    return this.stack[this.stack.length - n];
  }
  *pop(error) {
    const token = error ?? this.stack.pop();
    if (!token) {
      const message = "Tried to pop an empty stack";
      yield { type: "error", offset: this.offset, source: "", message };
    } else if (this.stack.length === 0) {
      yield token;
    } else {
      const top = this.peek(1);
      if (token.type === "block-scalar") {
        token.indent = "indent" in top ? top.indent : 0;
      } else if (token.type === "flow-collection" && top.type === "document") {
        token.indent = 0;
      }
      if (token.type === "flow-collection")
        fixFlowSeqItems(token);
      switch (top.type) {
        case "document":
          top.value = token;
          break;
        case "block-scalar":
          top.props.push(token);
          break;
        case "block-map": {
          const it = top.items[top.items.length - 1];
          if (it.value) {
            top.items.push({ start: [], key: token, sep: [] });
            this.onKeyLine = true;
            return;
          } else if (it.sep) {
            it.value = token;
          } else {
            Object.assign(it, { key: token, sep: [] });
            this.onKeyLine = !it.explicitKey;
            return;
          }
          break;
        }
        case "block-seq": {
          const it = top.items[top.items.length - 1];
          if (it.value)
            top.items.push({ start: [], value: token });
          else
            it.value = token;
          break;
        }
        case "flow-collection": {
          const it = top.items[top.items.length - 1];
          if (!it || it.value)
            top.items.push({ start: [], key: token, sep: [] });
          else if (it.sep)
            it.value = token;
          else
            Object.assign(it, { key: token, sep: [] });
          return;
        }
        /* istanbul ignore next should not happen */
        default:
          yield* this.pop();
          yield* this.pop(token);
      }
      if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
        const last = token.items[token.items.length - 1];
        if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
          if (top.type === "document")
            top.end = last.start;
          else
            top.items.push({ start: last.start });
          token.items.splice(-1, 1);
        }
      }
    }
  }
  *stream() {
    switch (this.type) {
      case "directive-line":
        yield { type: "directive", offset: this.offset, source: this.source };
        return;
      case "byte-order-mark":
      case "space":
      case "comment":
      case "newline":
        yield this.sourceToken;
        return;
      case "doc-mode":
      case "doc-start": {
        const doc = {
          type: "document",
          offset: this.offset,
          start: []
        };
        if (this.type === "doc-start")
          doc.start.push(this.sourceToken);
        this.stack.push(doc);
        return;
      }
    }
    yield {
      type: "error",
      offset: this.offset,
      message: `Unexpected ${this.type} token in YAML stream`,
      source: this.source
    };
  }
  *document(doc) {
    if (doc.value)
      return yield* this.lineEnd(doc);
    switch (this.type) {
      case "doc-start": {
        if (findNonEmptyIndex(doc.start) !== -1) {
          yield* this.pop();
          yield* this.step();
        } else
          doc.start.push(this.sourceToken);
        return;
      }
      case "anchor":
      case "tag":
      case "space":
      case "comment":
      case "newline":
        doc.start.push(this.sourceToken);
        return;
    }
    const bv = this.startBlockValue(doc);
    if (bv)
      this.stack.push(bv);
    else {
      yield {
        type: "error",
        offset: this.offset,
        message: `Unexpected ${this.type} token in YAML document`,
        source: this.source
      };
    }
  }
  *scalar(scalar) {
    if (this.type === "map-value-ind") {
      const prev = getPrevProps(this.peek(2));
      const start = getFirstKeyStartProps(prev);
      let sep3;
      if (scalar.end) {
        sep3 = scalar.end;
        sep3.push(this.sourceToken);
        delete scalar.end;
      } else
        sep3 = [this.sourceToken];
      const map2 = {
        type: "block-map",
        offset: scalar.offset,
        indent: scalar.indent,
        items: [{ start, key: scalar, sep: sep3 }]
      };
      this.onKeyLine = true;
      this.stack[this.stack.length - 1] = map2;
    } else
      yield* this.lineEnd(scalar);
  }
  *blockScalar(scalar) {
    switch (this.type) {
      case "space":
      case "comment":
      case "newline":
        scalar.props.push(this.sourceToken);
        return;
      case "scalar":
        scalar.source = this.source;
        this.atNewLine = true;
        this.indent = 0;
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        yield* this.pop();
        break;
      /* istanbul ignore next should not happen */
      default:
        yield* this.pop();
        yield* this.step();
    }
  }
  *blockMap(map2) {
    const it = map2.items[map2.items.length - 1];
    switch (this.type) {
      case "newline":
        this.onKeyLine = false;
        if (it.value) {
          const end = "end" in it.value ? it.value.end : void 0;
          const last = Array.isArray(end) ? end[end.length - 1] : void 0;
          if (last?.type === "comment")
            end?.push(this.sourceToken);
          else
            map2.items.push({ start: [this.sourceToken] });
        } else if (it.sep) {
          it.sep.push(this.sourceToken);
        } else {
          it.start.push(this.sourceToken);
        }
        return;
      case "space":
      case "comment":
        if (it.value) {
          map2.items.push({ start: [this.sourceToken] });
        } else if (it.sep) {
          it.sep.push(this.sourceToken);
        } else {
          if (this.atIndentedComment(it.start, map2.indent)) {
            const prev = map2.items[map2.items.length - 2];
            const end = prev?.value?.end;
            if (Array.isArray(end)) {
              arrayPushArray(end, it.start);
              end.push(this.sourceToken);
              map2.items.pop();
              return;
            }
          }
          it.start.push(this.sourceToken);
        }
        return;
    }
    if (this.indent >= map2.indent) {
      const atMapIndent = !this.onKeyLine && this.indent === map2.indent;
      const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
      let start = [];
      if (atNextItem && it.sep && !it.value) {
        const nl = [];
        for (let i = 0; i < it.sep.length; ++i) {
          const st = it.sep[i];
          switch (st.type) {
            case "newline":
              nl.push(i);
              break;
            case "space":
              break;
            case "comment":
              if (st.indent > map2.indent)
                nl.length = 0;
              break;
            default:
              nl.length = 0;
          }
        }
        if (nl.length >= 2)
          start = it.sep.splice(nl[1]);
      }
      switch (this.type) {
        case "anchor":
        case "tag":
          if (atNextItem || it.value) {
            start.push(this.sourceToken);
            map2.items.push({ start });
            this.onKeyLine = true;
          } else if (it.sep) {
            it.sep.push(this.sourceToken);
          } else {
            it.start.push(this.sourceToken);
          }
          return;
        case "explicit-key-ind":
          if (!it.sep && !it.explicitKey) {
            it.start.push(this.sourceToken);
            it.explicitKey = true;
          } else if (atNextItem || it.value) {
            start.push(this.sourceToken);
            map2.items.push({ start, explicitKey: true });
          } else {
            this.stack.push({
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken], explicitKey: true }]
            });
          }
          this.onKeyLine = true;
          return;
        case "map-value-ind":
          if (it.explicitKey) {
            if (!it.sep) {
              if (includesToken(it.start, "newline")) {
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              } else {
                const start2 = getFirstKeyStartProps(it.start);
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                });
              }
            } else if (it.value) {
              map2.items.push({ start: [], key: null, sep: [this.sourceToken] });
            } else if (includesToken(it.sep, "map-value-ind")) {
              this.stack.push({
                type: "block-map",
                offset: this.offset,
                indent: this.indent,
                items: [{ start, key: null, sep: [this.sourceToken] }]
              });
            } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
              const start2 = getFirstKeyStartProps(it.start);
              const key = it.key;
              const sep3 = it.sep;
              sep3.push(this.sourceToken);
              delete it.key;
              delete it.sep;
              this.stack.push({
                type: "block-map",
                offset: this.offset,
                indent: this.indent,
                items: [{ start: start2, key, sep: sep3 }]
              });
            } else if (start.length > 0) {
              it.sep = it.sep.concat(start, this.sourceToken);
            } else {
              it.sep.push(this.sourceToken);
            }
          } else {
            if (!it.sep) {
              Object.assign(it, { key: null, sep: [this.sourceToken] });
            } else if (it.value || atNextItem) {
              map2.items.push({ start, key: null, sep: [this.sourceToken] });
            } else if (includesToken(it.sep, "map-value-ind")) {
              this.stack.push({
                type: "block-map",
                offset: this.offset,
                indent: this.indent,
                items: [{ start: [], key: null, sep: [this.sourceToken] }]
              });
            } else {
              it.sep.push(this.sourceToken);
            }
          }
          this.onKeyLine = true;
          return;
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar": {
          const fs = this.flowScalar(this.type);
          if (atNextItem || it.value) {
            map2.items.push({ start, key: fs, sep: [] });
            this.onKeyLine = true;
          } else if (it.sep) {
            this.stack.push(fs);
          } else {
            Object.assign(it, { key: fs, sep: [] });
            this.onKeyLine = true;
          }
          return;
        }
        default: {
          const bv = this.startBlockValue(map2);
          if (bv) {
            if (bv.type === "block-seq") {
              if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                yield* this.pop({
                  type: "error",
                  offset: this.offset,
                  message: "Unexpected block-seq-ind on same line with key",
                  source: this.source
                });
                return;
              }
            } else if (atMapIndent) {
              map2.items.push({ start });
            }
            this.stack.push(bv);
            return;
          }
        }
      }
    }
    yield* this.pop();
    yield* this.step();
  }
  *blockSequence(seq2) {
    const it = seq2.items[seq2.items.length - 1];
    switch (this.type) {
      case "newline":
        if (it.value) {
          const end = "end" in it.value ? it.value.end : void 0;
          const last = Array.isArray(end) ? end[end.length - 1] : void 0;
          if (last?.type === "comment")
            end?.push(this.sourceToken);
          else
            seq2.items.push({ start: [this.sourceToken] });
        } else
          it.start.push(this.sourceToken);
        return;
      case "space":
      case "comment":
        if (it.value)
          seq2.items.push({ start: [this.sourceToken] });
        else {
          if (this.atIndentedComment(it.start, seq2.indent)) {
            const prev = seq2.items[seq2.items.length - 2];
            const end = prev?.value?.end;
            if (Array.isArray(end)) {
              arrayPushArray(end, it.start);
              end.push(this.sourceToken);
              seq2.items.pop();
              return;
            }
          }
          it.start.push(this.sourceToken);
        }
        return;
      case "anchor":
      case "tag":
        if (it.value || this.indent <= seq2.indent)
          break;
        it.start.push(this.sourceToken);
        return;
      case "seq-item-ind":
        if (this.indent !== seq2.indent)
          break;
        if (it.value || includesToken(it.start, "seq-item-ind"))
          seq2.items.push({ start: [this.sourceToken] });
        else
          it.start.push(this.sourceToken);
        return;
    }
    if (this.indent > seq2.indent) {
      const bv = this.startBlockValue(seq2);
      if (bv) {
        this.stack.push(bv);
        return;
      }
    }
    yield* this.pop();
    yield* this.step();
  }
  *flowCollection(fc) {
    const it = fc.items[fc.items.length - 1];
    if (this.type === "flow-error-end") {
      let top;
      do {
        yield* this.pop();
        top = this.peek(1);
      } while (top?.type === "flow-collection");
    } else if (fc.end.length === 0) {
      switch (this.type) {
        case "comma":
        case "explicit-key-ind":
          if (!it || it.sep)
            fc.items.push({ start: [this.sourceToken] });
          else
            it.start.push(this.sourceToken);
          return;
        case "map-value-ind":
          if (!it || it.value)
            fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
          else if (it.sep)
            it.sep.push(this.sourceToken);
          else
            Object.assign(it, { key: null, sep: [this.sourceToken] });
          return;
        case "space":
        case "comment":
        case "newline":
        case "anchor":
        case "tag":
          if (!it || it.value)
            fc.items.push({ start: [this.sourceToken] });
          else if (it.sep)
            it.sep.push(this.sourceToken);
          else
            it.start.push(this.sourceToken);
          return;
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar": {
          const fs = this.flowScalar(this.type);
          if (!it || it.value)
            fc.items.push({ start: [], key: fs, sep: [] });
          else if (it.sep)
            this.stack.push(fs);
          else
            Object.assign(it, { key: fs, sep: [] });
          return;
        }
        case "flow-map-end":
        case "flow-seq-end":
          fc.end.push(this.sourceToken);
          return;
      }
      const bv = this.startBlockValue(fc);
      if (bv)
        this.stack.push(bv);
      else {
        yield* this.pop();
        yield* this.step();
      }
    } else {
      const parent = this.peek(2);
      if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
        yield* this.pop();
        yield* this.step();
      } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
        const prev = getPrevProps(parent);
        const start = getFirstKeyStartProps(prev);
        fixFlowSeqItems(fc);
        const sep3 = fc.end.splice(1, fc.end.length);
        sep3.push(this.sourceToken);
        const map2 = {
          type: "block-map",
          offset: fc.offset,
          indent: fc.indent,
          items: [{ start, key: fc, sep: sep3 }]
        };
        this.onKeyLine = true;
        this.stack[this.stack.length - 1] = map2;
      } else {
        yield* this.lineEnd(fc);
      }
    }
  }
  flowScalar(type) {
    if (this.onNewLine) {
      let nl = this.source.indexOf("\n") + 1;
      while (nl !== 0) {
        this.onNewLine(this.offset + nl);
        nl = this.source.indexOf("\n", nl) + 1;
      }
    }
    return {
      type,
      offset: this.offset,
      indent: this.indent,
      source: this.source
    };
  }
  startBlockValue(parent) {
    switch (this.type) {
      case "alias":
      case "scalar":
      case "single-quoted-scalar":
      case "double-quoted-scalar":
        return this.flowScalar(this.type);
      case "block-scalar-header":
        return {
          type: "block-scalar",
          offset: this.offset,
          indent: this.indent,
          props: [this.sourceToken],
          source: ""
        };
      case "flow-map-start":
      case "flow-seq-start":
        return {
          type: "flow-collection",
          offset: this.offset,
          indent: this.indent,
          start: this.sourceToken,
          items: [],
          end: []
        };
      case "seq-item-ind":
        return {
          type: "block-seq",
          offset: this.offset,
          indent: this.indent,
          items: [{ start: [this.sourceToken] }]
        };
      case "explicit-key-ind": {
        this.onKeyLine = true;
        const prev = getPrevProps(parent);
        const start = getFirstKeyStartProps(prev);
        start.push(this.sourceToken);
        return {
          type: "block-map",
          offset: this.offset,
          indent: this.indent,
          items: [{ start, explicitKey: true }]
        };
      }
      case "map-value-ind": {
        this.onKeyLine = true;
        const prev = getPrevProps(parent);
        const start = getFirstKeyStartProps(prev);
        return {
          type: "block-map",
          offset: this.offset,
          indent: this.indent,
          items: [{ start, key: null, sep: [this.sourceToken] }]
        };
      }
    }
    return null;
  }
  atIndentedComment(start, indent) {
    if (this.type !== "comment")
      return false;
    if (this.indent <= indent)
      return false;
    return start.every((st) => st.type === "newline" || st.type === "space");
  }
  *documentEnd(docEnd) {
    if (this.type !== "doc-mode") {
      if (docEnd.end)
        docEnd.end.push(this.sourceToken);
      else
        docEnd.end = [this.sourceToken];
      if (this.type === "newline")
        yield* this.pop();
    }
  }
  *lineEnd(token) {
    switch (this.type) {
      case "comma":
      case "doc-start":
      case "doc-end":
      case "flow-seq-end":
      case "flow-map-end":
      case "map-value-ind":
        yield* this.pop();
        yield* this.step();
        break;
      case "newline":
        this.onKeyLine = false;
      // fallthrough
      case "space":
      case "comment":
      default:
        if (token.end)
          token.end.push(this.sourceToken);
        else
          token.end = [this.sourceToken];
        if (this.type === "newline")
          yield* this.pop();
    }
  }
};

// node_modules/yaml/browser/dist/public-api.js
function parseOptions(options) {
  const prettyErrors = options.prettyErrors !== false;
  const lineCounter = options.lineCounter || prettyErrors && new LineCounter() || null;
  return { lineCounter, prettyErrors };
}
function parseAllDocuments(source, options = {}) {
  const { lineCounter, prettyErrors } = parseOptions(options);
  const parser = new Parser(lineCounter?.addNewLine);
  const composer = new Composer(options);
  const docs = Array.from(composer.compose(parser.parse(source)));
  if (prettyErrors && lineCounter)
    for (const doc of docs) {
      doc.errors.forEach(prettifyError(source, lineCounter));
      doc.warnings.forEach(prettifyError(source, lineCounter));
    }
  if (docs.length > 0)
    return docs;
  return Object.assign([], { empty: true }, composer.streamInfo());
}
function parseDocument(source, options = {}) {
  const { lineCounter, prettyErrors } = parseOptions(options);
  const parser = new Parser(lineCounter?.addNewLine);
  const composer = new Composer(options);
  let doc = null;
  for (const _doc of composer.compose(parser.parse(source), true, source.length)) {
    if (!doc)
      doc = _doc;
    else if (doc.options.logLevel !== "silent") {
      doc.errors.push(new YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
      break;
    }
  }
  if (prettyErrors && lineCounter) {
    doc.errors.forEach(prettifyError(source, lineCounter));
    doc.warnings.forEach(prettifyError(source, lineCounter));
  }
  return doc;
}
function stringify3(value, replacer, options) {
  let _replacer = null;
  if (typeof replacer === "function" || Array.isArray(replacer)) {
    _replacer = replacer;
  } else if (options === void 0 && replacer) {
    options = replacer;
  }
  if (typeof options === "string")
    options = options.length;
  if (typeof options === "number") {
    const indent = Math.round(options);
    options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
  }
  if (value === void 0) {
    const { keepUndefined } = options ?? replacer ?? {};
    if (!keepUndefined)
      return void 0;
  }
  if (isDocument(value) && !_replacer)
    return value.toString(options);
  return new Document(value, _replacer, options).toString(options);
}

// src/load/duplicates.ts
function addDuplicateKeyErrors(ast) {
  const found = [];
  visit(ast, {
    Map: (_, map2) => {
      const seen = /* @__PURE__ */ new Set();
      for (const { key } of map2.items) {
        if (!isScalar(key)) continue;
        if (seen.has(key.value)) {
          const start = key.range?.[0] ?? 0;
          found.push(
            new YAMLParseError([start, start + 1], "DUPLICATE_KEY", "Map keys must be unique")
          );
        } else {
          seen.add(key.value);
        }
      }
    }
  });
  if (found.length === 0) return;
  ast.errors.push(...found);
  ast.errors.sort((a, b) => a.pos[0] - b.pos[0]);
}

// src/load/sniff.ts
var READ_KINDS = /* @__PURE__ */ new Set([
  "AuthorizationPolicy",
  "BackendConfig",
  "BackendLBPolicy",
  "Component",
  "ConfigMap",
  "DaemonSet",
  "Deployment",
  "DestinationRule",
  "HorizontalPodAutoscaler",
  "HTTPRoute",
  "Ingress",
  "IngressClass",
  "IngressRoute",
  "Keycloak",
  "Kustomization",
  "Namespace",
  "NetworkPolicy",
  "PeerAuthentication",
  "Pod",
  "ReplicaSet",
  "Secret",
  "Service",
  "StatefulSet"
]);
var TOOL_GROUPS = /^(kustomize\.config\.k8s\.io|config\.kubernetes\.io)\//;
var KIND_LINE = /^kind:[ ]+([A-Za-z][A-Za-z0-9]*)[ ]*$/m;
var API_VERSION_LINE = /^apiVersion:[ ]+([A-Za-z0-9][A-Za-z0-9.\-/]*)[ ]*$/m;
var UNSUPPORTED = /[\t\r\0-\x08\x0b\x0c\x0e-\x1f\x7f\x85\u2028\u2029\ufeff]/;
var PLAIN_KEY = /^[A-Za-z_$][A-Za-z0-9_./$-]*$/;
var NOT_STRING_KEY = /^(y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|null|Null|NULL)$/;
var BLOCK_HEADER = /^[|>][-+]?[ ]*(#.*)?$/;
var INDICATORS = /* @__PURE__ */ new Set([..."-?:,[]{}#&*!|>'\"%@`"]);
var DOUBLE_QUOTED_ESCAPES = /* @__PURE__ */ new Set([...'0abtnvfre "/\\N_LP']);
var MAX_DEPTH = 64;
function sniffOpaque(slice, displayPath) {
  const kind2 = KIND_LINE.exec(slice)?.[1];
  if (!kind2 || READ_KINDS.has(kind2) || kind2.endsWith("List")) return void 0;
  const apiVersion = API_VERSION_LINE.exec(slice)?.[1];
  if (!apiVersion || TOOL_GROUPS.test(apiVersion)) return void 0;
  if (/(^|\/)kustomization\.ya?ml$|(^|\/)Kustomization$/.test(displayPath)) return void 0;
  if (UNSUPPORTED.test(slice)) return void 0;
  const entries = scanBlockYaml(slice);
  if (!entries) return void 0;
  let head = "";
  for (const [key, start, end] of entries) {
    if (key === "apiVersion" || key === "kind" || key === "metadata")
      head += slice.slice(start, end);
  }
  return { apiVersion, kind: kind2, head };
}
function scanBlockYaml(text) {
  const entries = [];
  const frames = [];
  let pending;
  let blockParent = -1;
  let blockIndent = -1;
  let blockBlank = 0;
  let continuation = -1;
  let closedValue = -1;
  let first = true;
  const top = () => frames[frames.length - 1];
  const value = (v, parent) => {
    const c = v[0];
    if (c === "|" || c === ">") {
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
    if (c === "[") {
      if (!flowSequence(v)) return false;
      closedValue = parent;
      return true;
    }
    if (c === "{") {
      if (!/^\{\}[ ]*(#.*)?$/.test(v)) return false;
      closedValue = parent;
      return true;
    }
    if (!plainLine(v, true)) return false;
    if (v.includes(" #")) closedValue = parent;
    else continuation = parent;
    return true;
  };
  let lineStart = 0;
  const length = text.length;
  while (lineStart < length) {
    let lineEnd2 = text.indexOf("\n", lineStart);
    if (lineEnd2 < 0) lineEnd2 = length;
    const next = lineEnd2 + 1;
    let indent = 0;
    while (text.charCodeAt(lineStart + indent) === 32) indent++;
    const contentStart = lineStart + indent;
    const blank = contentStart >= lineEnd2;
    if (first && !blank && text.startsWith("---", lineStart)) {
      if (!/^---[ ]*(#.*)?$/.test(text.slice(lineStart, lineEnd2))) return void 0;
      first = false;
      lineStart = next;
      continue;
    }
    if (blockParent >= 0) {
      if (blank) {
        if (blockIndent < 0) blockBlank = Math.max(blockBlank, lineEnd2 - lineStart);
        lineStart = next;
        continue;
      }
      if (indent > blockParent) {
        if (blockIndent < 0) {
          if (blockBlank > indent) return void 0;
          blockIndent = indent;
        } else if (indent < blockIndent) return void 0;
        lineStart = next;
        continue;
      }
      blockParent = -1;
    }
    if (blank) {
      lineStart = next;
      continue;
    }
    const line = text.slice(contentStart, lineEnd2);
    if (line[0] === "#") {
      if (continuation >= 0 && indent > continuation) return void 0;
      if (continuation >= 0) [closedValue, continuation] = [continuation, -1];
      lineStart = next;
      continue;
    }
    if (continuation >= 0) {
      if (indent > continuation) {
        if (!plainLine(line, false)) return void 0;
        lineStart = next;
        continue;
      }
      continuation = -1;
    }
    if (closedValue >= 0) {
      if (indent > closedValue) return void 0;
      closedValue = -1;
    }
    first = false;
    const dash = line[0] === "-" && (line.length === 1 || line[1] === " ");
    const keyEnd = dash ? -1 : keyLength(line);
    if (pending) {
      const opener = pending;
      pending = void 0;
      if (indent > opener.indent) {
        if (dash || keyEnd > 0) {
          if (frames.length >= MAX_DEPTH) return void 0;
          frames.push({ indent, map: !dash, keys: dash ? void 0 : /* @__PURE__ */ new Set() });
        } else {
          if (!value(line, opener.indent)) return void 0;
          lineStart = next;
          continue;
        }
      } else if (opener.map && dash && indent === opener.indent) {
        frames.push({ indent, map: false, keys: void 0 });
      }
    }
    while (frames.length > 0 && top().indent > indent) frames.pop();
    if (!dash && top()?.indent === indent && !top().map) {
      frames.pop();
      if (top()?.indent !== indent) return void 0;
    }
    if (frames.length === 0) {
      if (indent !== 0 || dash || keyEnd < 0) return void 0;
      frames.push({ indent: 0, map: true, keys: /* @__PURE__ */ new Set() });
    }
    const frame = top();
    if (frame.indent !== indent || frame.map === dash) return void 0;
    let rest;
    let restIndent;
    if (dash) {
      let after2 = 1;
      while (line[after2] === " ") after2++;
      if (after2 >= line.length || line[after2] === "#") {
        if (after2 < line.length && line[after2 - 1] !== " ") return void 0;
        pending = { indent, map: false };
        lineStart = next;
        continue;
      }
      rest = line.slice(after2);
      restIndent = indent + after2;
      if (rest[0] === "-" && (rest.length === 1 || rest[1] === " ")) return void 0;
      const innerKey = keyLength(rest);
      if (innerKey < 0) {
        if (!value(rest, indent)) return void 0;
        lineStart = next;
        continue;
      }
      if (frames.length >= MAX_DEPTH) return void 0;
      frames.push({ indent: restIndent, map: true, keys: /* @__PURE__ */ new Set() });
    } else {
      rest = line;
      restIndent = indent;
    }
    const map2 = top();
    const end = keyLength(rest);
    if (end < 0) return void 0;
    const key = keyText(rest, end);
    if (key === void 0 || map2.keys.has(key)) return void 0;
    map2.keys.add(key);
    if (frames.length === 1) {
      const last = entries[entries.length - 1];
      if (last) last[2] = lineStart;
      entries.push([key, lineStart, length]);
    }
    let after = end + 1;
    while (rest[after] === " ") after++;
    if (after >= rest.length || rest[after] === "#") {
      if (after < rest.length && rest[after - 1] !== " ") return void 0;
      pending = { indent: restIndent, map: true };
    } else if (!value(rest.slice(after), restIndent)) {
      return void 0;
    }
    lineStart = next;
  }
  if (frames.length === 0 || !frames[0].map) return void 0;
  return entries;
}
function keyLength(line) {
  const c = line[0];
  if (c === '"' || c === "'") {
    const end = c === '"' ? closeDouble(line) : closeSingle(line);
    if (end < 0 || end > 1e3 || line[end + 1] !== ":") return -1;
    const after2 = line[end + 2];
    return after2 === void 0 || after2 === " " ? end + 1 : -1;
  }
  const colon = line.indexOf(":");
  if (colon <= 0 || colon > 1e3) return -1;
  const after = line[colon + 1];
  if (after !== void 0 && after !== " ") return -1;
  const key = line.slice(0, colon);
  return PLAIN_KEY.test(key) && !NOT_STRING_KEY.test(key) ? colon : -1;
}
function keyText(line, end) {
  const c = line[0];
  if (c !== '"' && c !== "'") return line.slice(0, end);
  const inner = line.slice(1, end - 1);
  return inner.includes("\\") || inner.includes("'") ? void 0 : inner;
}
function closeDouble(v) {
  for (let i = 1; i < v.length; i++) {
    const c = v[i];
    if (c === '"') return i;
    if (c !== "\\") continue;
    const e = v[i + 1];
    if (e === void 0) return -1;
    if (e === "x" || e === "u" || e === "U") {
      const n = e === "x" ? 2 : e === "u" ? 4 : 8;
      if (!/^[0-9A-Fa-f]+$/.test(v.slice(i + 2, i + 2 + n)) || i + 2 + n > v.length) return -1;
      i += 1 + n;
    } else if (DOUBLE_QUOTED_ESCAPES.has(e)) i++;
    else return -1;
  }
  return -1;
}
function closeSingle(v) {
  for (let i = 1; i < v.length; i++) {
    if (v[i] !== "'") continue;
    if (v[i + 1] === "'") i++;
    else return i;
  }
  return -1;
}
function restIsComment(v, from) {
  let i = from;
  while (v[i] === " ") i++;
  return i >= v.length || v[i] === "#" && i > from;
}
function plainLine(v, first) {
  const c = v[0];
  if (INDICATORS.has(c)) {
    if (!first || c !== "-") return false;
    const d = v[1];
    if (d === void 0 || d === " ") return false;
  }
  const comment = v.indexOf(" #");
  if (!first && comment >= 0) return false;
  const body = comment >= 0 ? v.slice(0, comment) : v;
  if (body.includes(": ") || body.trimEnd().endsWith(":")) return false;
  return true;
}
function flowSequence(v) {
  const close = v.indexOf("]");
  if (close < 0 || !restIsComment(v, close + 1)) return false;
  const inner = v.slice(1, close);
  if (/[[\]{}#]/.test(inner)) return false;
  if (inner.trim() === "") return true;
  for (const raw of inner.split(",")) {
    const item = raw.trim();
    if (!item) return false;
    const c = item[0];
    if (c === '"' || c === "'") {
      const end = c === '"' ? closeDouble(item) : closeSingle(item);
      if (end !== item.length - 1) return false;
      continue;
    }
    if (INDICATORS.has(c) || item.includes(":") || item.includes('"') || item.includes("'"))
      return false;
  }
  return true;
}
var LITERAL_HEADER = /^\|([-]?)(?:[ ]+(?:#.*)?)?$/;
function sniffConfigMap(slice, displayPath) {
  if (KIND_LINE.exec(slice)?.[1] !== "ConfigMap") return void 0;
  if (API_VERSION_LINE.exec(slice)?.[1] !== "v1") return void 0;
  if (/(^|\/)kustomization\.ya?ml$|(^|\/)Kustomization$/.test(displayPath)) return void 0;
  if (UNSUPPORTED.test(slice)) return void 0;
  const entries = scanBlockYaml(slice);
  if (!entries) return void 0;
  let head = "";
  const order = [];
  let data;
  for (const [key, start, end] of entries) {
    order.push(key);
    if (key === "apiVersion" || key === "kind" || key === "metadata") {
      head += slice.slice(start, end);
    } else if (key === "data") {
      data = literalEntries(slice, start, end);
      if (!data) return void 0;
    } else return void 0;
  }
  return data ? { head, order, data } : void 0;
}
function literalEntries(text, start, end) {
  const lines = text.slice(start, end).split("\n");
  if (lines.pop() !== "") return void 0;
  if (!/^data:[ ]*$/.test(lines[0])) return void 0;
  const out = [];
  let keyIndent = -1;
  let i = 1;
  while (i < lines.length) {
    const line = lines[i];
    const indent = line.length - line.trimStart().length;
    if (indent === line.length) {
      i++;
      continue;
    }
    if (keyIndent < 0) keyIndent = indent;
    if (indent !== keyIndent || line[indent] === "#") return void 0;
    const content = line.slice(indent);
    const colon = content.indexOf(": ");
    if (colon <= 0) return void 0;
    const key = content.slice(0, colon);
    if (!PLAIN_KEY.test(key) || NOT_STRING_KEY.test(key) || key === "__proto__") return void 0;
    const header = LITERAL_HEADER.exec(content.slice(colon + 2).trimStart());
    if (!header) return void 0;
    const strip = header[1] === "-";
    i++;
    const body = [];
    let blockIndent = -1;
    while (i < lines.length) {
      const next = lines[i];
      const nextIndent = next.length - next.trimStart().length;
      if (nextIndent === next.length) {
        if (blockIndent >= 0 && next.length > blockIndent) return void 0;
        body.push("");
        i++;
        continue;
      }
      if (nextIndent <= keyIndent) break;
      if (blockIndent < 0) blockIndent = nextIndent;
      if (nextIndent < blockIndent) return void 0;
      body.push(next.slice(blockIndent));
      i++;
    }
    let last = body.length;
    while (last > 0 && body[last - 1] === "") last--;
    if (last === 0) return void 0;
    for (let k = 0; k < last && body[k] === ""; k++) {
      if ((lines[i - body.length + k] ?? "").length > blockIndent) return void 0;
    }
    const value = body.slice(0, last).join("\n");
    out.push([key, strip ? value : `${value}
`]);
  }
  return out.length > 0 ? out : void 0;
}

// src/load/template.ts
var HELM_REFERENCES = [
  "\\.Values",
  "\\.Release",
  "\\.Chart",
  "\\.Capabilities",
  "\\.Files",
  "\\.Template"
];
var HELM_ONLY = new RegExp(
  `\\{\\{-?\\s*(?:${HELM_REFERENCES.join("|")}|(?:include|template)\\s+"|tpl\\s)`
);
var PLAIN_VALUE = /^(?:-\s+)*(?:[^\s#'"][^:#]*:\s+|-\s+)?\{\{/;
var BLOCK_START = /(?:^|[:\s-])[|>][-+0-9]*\s*(?:#.*)?$/;
function findTemplateSyntax(text) {
  if (!text.includes("{{")) return -1;
  let blockIndent = -1;
  let offset = 0;
  for (const line of text.split("\n")) {
    const lineStart = offset;
    offset += line.length + 1;
    const trimmed = line.trimStart();
    const indent = line.length - trimmed.length;
    if (blockIndent >= 0) {
      if (trimmed === "" || trimmed === "\r" || indent > blockIndent) continue;
      blockIndent = -1;
    }
    if (trimmed.startsWith("#")) continue;
    const at2 = line.indexOf("{{");
    if (at2 >= 0 && (PLAIN_VALUE.test(trimmed) || HELM_ONLY.test(line))) return lineStart + at2;
    if (BLOCK_START.test(line.trimEnd())) blockIndent = indent;
  }
  return -1;
}
function findTemplateNode(ast, slice) {
  let found = -1;
  visit(ast, {
    Map(_, node) {
      const start = node.range?.[0];
      if (node.flow && start !== void 0 && slice.startsWith("{{", start)) {
        found = start;
        return visit.BREAK;
      }
      return void 0;
    },
    Scalar(_, node) {
      if (node.type === "BLOCK_LITERAL" || node.type === "BLOCK_FOLDED") return void 0;
      if (typeof node.value === "string" && HELM_ONLY.test(node.value) && node.range) {
        const at2 = slice.indexOf("{{", node.range[0]);
        found = at2 >= 0 && at2 < node.range[1] ? at2 : node.range[0];
        return visit.BREAK;
      }
      return void 0;
    }
  });
  return found;
}

// src/load/parse.ts
var PARSE_OPTIONS = {
  version: "1.1",
  merge: true,
  // Checked afterwards in linear time (duplicates.ts): the parser's own check is quadratic.
  uniqueKeys: false,
  prettyErrors: false,
  strict: true,
  // Warnings (a mapping used as a key) would go to stderr through process.emitWarning.
  logLevel: "error",
  customTags: (tags) => tags.filter((t) => !(typeof t === "object" && (t.format === "TIME" || t.tag === TIMESTAMP)))
};
var TIMESTAMP = "tag:yaml.org,2002:timestamp";
var MAX_ALIAS_COUNT = 1e4;
function parseFile(file, mode = {}) {
  const text = file.text;
  const fast = !mode.full && !text.includes("keycloak-lint-disable") && !/^%/m.test(text);
  if (!fast) return parseWhole(file, Boolean(mode.full || mode.keep));
  const templated = text.includes("{{");
  const docs = [];
  const problems = [];
  let index = 0;
  for (const [start, end] of documentSlices(text)) {
    const slice = text.slice(start, end);
    if (!/\S/.test(slice)) continue;
    const sniffed = templated && slice.includes("{{") ? void 0 : sniffOpaque(slice, file.displayPath);
    if (sniffed) {
      const head = parseDocument(sniffed.head, PARSE_OPTIONS);
      if (head.errors.length === 0) {
        const doc2 = new SliceDocument(file, index++, start, end - start);
        docs.push({ doc: doc2, value: head.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) });
        continue;
      }
    }
    const configMap = sniffed ? void 0 : sniffConfigMap(slice, file.displayPath);
    if (configMap && !configMap.head.includes("{{")) {
      const head = parseDocument(configMap.head, PARSE_OPTIONS);
      const known = head.errors.length === 0 ? head.toJS() : void 0;
      if (isPlainObject(known)) {
        const value = {};
        for (const key of configMap.order)
          value[key] = key === "data" ? Object.fromEntries(configMap.data) : known[key];
        docs.push({ doc: new SliceDocument(file, index++, start, end - start), value });
        continue;
      }
    }
    const ast = withDuplicateKeyErrors(parseDocument(slice, PARSE_OPTIONS));
    if (templated && (ast.errors.length > 0 || findTemplate(slice, [{ ast, offset: 0 }]) >= 0))
      return parseWhole(file, Boolean(mode.keep));
    if (ast.contents === null && ast.errors.length === 0) continue;
    const doc = new SliceDocument(file, index++, start, end - start, ast);
    const broken = readDocument(doc, ast, end - start, docs, problems);
    if (!broken && !mode.keep) doc.release();
  }
  return { docs, problems };
}
function isPlainObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function parseWhole(file, keep) {
  const docs = [];
  const problems = [];
  const text = file.text;
  const parsed = parseSlices(text);
  const template = text.includes("{{") ? findTemplate(text, parsed) : -1;
  if (template >= 0) return { docs, problems: [templateProblem(file, template)] };
  const directives = /^%/m.test(text);
  let index = 0;
  for (const { ast, offset, length } of parsed) {
    if (ast.contents === null && ast.errors.length === 0) continue;
    const doc = new SliceDocument(file, index++, offset, length, ast);
    readDocument(doc, ast, length, docs, problems);
    if (!keep && !directives && !text.includes("keycloak-lint-disable")) doc.release();
  }
  return { docs, problems };
}
function readDocument(doc, ast, length, docs, problems) {
  const { file, offset } = doc;
  const fatal = ast.errors.filter((e) => e.code !== "DUPLICATE_KEY");
  const shown = new Set([ast.errors[0], fatal[0]].filter((e) => e !== void 0));
  for (const error of shown) problems.push(yamlProblem(file, offset, length, error));
  if (fatal.length > 0) return true;
  try {
    docs.push({ doc, value: ast.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) });
  } catch (error) {
    const alias = unresolvedAlias(ast);
    const start = alias?.[0] ?? ast.range?.[0] ?? 0;
    const end = alias ? offset + alias[1] : file.text.indexOf("\n", offset + start);
    problems.push({
      ruleId: "invalid-yaml",
      file,
      start: offset + start,
      end: end < 0 ? file.text.length : end,
      messageId: "unreadable",
      data: { reason: readable(error) }
    });
    return true;
  }
  return false;
}
var SliceDocument = class {
  constructor(file, index, offset, length, ast) {
    this.file = file;
    this.index = index;
    this.offset = offset;
    this.length = length;
    this.#ast = ast;
  }
  file;
  index;
  offset;
  length;
  #ast;
  get ast() {
    this.#ast ??= parseDocument(
      this.file.text.slice(this.offset, this.offset + this.length),
      PARSE_OPTIONS
    );
    return this.#ast;
  }
  release() {
    this.#ast = void 0;
  }
};
function findTemplate(text, parsed) {
  if (parsed.some(({ ast }) => ast.errors.some((e) => e.code !== "DUPLICATE_KEY")))
    return findTemplateSyntax(text);
  for (const { ast, offset } of parsed) {
    const contents = ast.contents;
    if (!isMap(contents) || !contents.has("apiVersion") || !contents.has("kind")) continue;
    const at2 = findTemplateNode(ast, text.slice(offset));
    if (at2 >= 0) return offset + at2;
  }
  return -1;
}
function templateProblem(file, offset) {
  const close = file.text.indexOf("}}", offset);
  const lineEnd2 = file.text.indexOf("\n", offset);
  const end = close >= 0 && (lineEnd2 < 0 || close < lineEnd2) ? close + 2 : offset + 2;
  return {
    ruleId: "unrendered-template",
    file,
    start: offset,
    end,
    messageId: "template",
    data: { snippet: file.text.slice(offset, end) }
  };
}
function yamlProblem(file, offset, length, error) {
  let [start, end] = error.pos;
  const body = file.text.slice(offset, offset + length).trimEnd().length;
  if (start >= body && body > 0) [start, end] = [body - 1, body];
  const text = file.text;
  let key;
  if (error.code === "DUPLICATE_KEY") {
    const found = /^[^:\n]*?(?=\s*:(\s|$))/.exec(text.slice(offset + start, offset + start + 200));
    if (found?.[0]) {
      end = start + found[0].length;
      key = found[0];
    }
  }
  let message = readable(error);
  if (/call stack/i.test(error.message)) {
    message = "the document nests too deeply to be read";
    [start, end] = [0, Math.max(1, text.indexOf("\n", offset) - offset)];
  }
  const atLineStart = offset + start === 0 || text[offset + start - 1] === "\n";
  const merged = key !== void 0 && atLineStart && /^(apiVersion|kind)$/.test(key);
  return {
    ruleId: "invalid-yaml",
    file,
    start: offset + start,
    end: offset + Math.max(end, start + 1),
    messageId: merged ? "mergedDocuments" : error.code === "DUPLICATE_KEY" ? "duplicateKey" : "syntax",
    data: { reason: message, code: error.code, key: key ?? "" }
  };
}
function unresolvedAlias(ast) {
  let found;
  visit(ast, {
    Alias: (_, node) => {
      if (node.resolve(ast) !== void 0 || !node.range) return void 0;
      found = [node.range[0], node.range[1]];
      return visit.BREAK;
    }
  });
  return found;
}
function readable(error) {
  const text = error instanceof Error ? error.message : String(error);
  if (/call stack/i.test(text)) return "the document nests too deeply to be read";
  if (/excessive alias count/i.test(text)) {
    return `its aliases expand to more than ${MAX_ALIAS_COUNT} nodes, the limit that stops alias bombs`;
  }
  return (text.split("\n")[0] ?? text).replace(/\.$/, "");
}
function parseSlices(text) {
  if (/^%/m.test(text)) {
    const all = parseAllDocuments(text, PARSE_OPTIONS);
    return (Array.isArray(all) ? all : []).map((ast) => ({
      ast: withDuplicateKeyErrors(ast),
      offset: 0,
      length: ast.range?.[2] ?? text.length
    }));
  }
  const out = [];
  for (const [start, end] of documentSlices(text)) {
    const slice = text.slice(start, end);
    if (!/\S/.test(slice)) continue;
    out.push({
      ast: withDuplicateKeyErrors(parseDocument(slice, PARSE_OPTIONS)),
      offset: start,
      length: end - start
    });
  }
  return out;
}
function withDuplicateKeyErrors(ast) {
  addDuplicateKeyErrors(ast);
  return ast;
}
function documentSlices(text) {
  const slices = [];
  let start = 0;
  let lineStart = 0;
  while (lineStart < text.length) {
    const newline = text.indexOf("\n", lineStart);
    const lineEnd2 = newline < 0 ? text.length : newline + 1;
    if (isMarker(text, lineStart, "---")) {
      if (lineStart > start) slices.push([start, lineStart]);
      start = lineStart;
    } else if (isMarker(text, lineStart, "...")) {
      slices.push([start, lineStart]);
      start = lineEnd2;
    }
    lineStart = lineEnd2;
  }
  if (start < text.length) slices.push([start, text.length]);
  return slices;
}
function isMarker(text, at2, marker) {
  if (!text.startsWith(marker, at2)) return false;
  const next = text[at2 + 3];
  return next === void 0 || next === "\n" || next === "\r" || next === " " || next === "	";
}

// src/load/source.ts
var SourceFile = class {
  constructor(displayPath, text, binary2 = false, target = true) {
    this.displayPath = displayPath;
    this.text = text;
    this.binary = binary2;
    this.target = target;
  }
  displayPath;
  text;
  binary;
  target;
  documents = [];
  #lineStarts;
  /** 1-based line and column (UTF-16 code units) of an offset into `text`. */
  position(offset) {
    const starts = this.lineStarts();
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = low + high + 1 >> 1;
      if ((starts[mid] ?? 0) <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: clamped - (starts[low] ?? 0) + 1 };
  }
  lineStarts() {
    if (this.#lineStarts) return this.#lineStarts;
    const starts = [0];
    const text = this.text;
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
    this.#lineStarts = starts;
    return starts;
  }
};
function at(doc, path, span) {
  return span ? { doc, path, span } : { doc, path };
}
function keyOf(location) {
  return { ...location, key: true };
}

// src/model/kinds.ts
var kind = (kind2, ...groups) => groups.map((group) => ({ group, kind: kind2 }));
var DEPLOYMENT = kind("Deployment", "apps", "extensions");
var STATEFUL_SET = kind("StatefulSet", "apps");
var DAEMON_SET = kind("DaemonSet", "apps", "extensions");
var REPLICA_SET = kind("ReplicaSet", "apps", "extensions");
var POD = kind("Pod", "");
var WORKLOAD_KINDS = [
  ...DEPLOYMENT,
  ...STATEFUL_SET,
  ...DAEMON_SET,
  ...REPLICA_SET,
  ...POD
];
var SERVICE = kind("Service", "");
var CONFIG_MAP = kind("ConfigMap", "");
var SECRET = kind("Secret", "");
var INGRESS = kind("Ingress", "networking.k8s.io", "extensions");
var INGRESS_CLASS = kind("IngressClass", "networking.k8s.io");
var HPA = kind("HorizontalPodAutoscaler", "autoscaling");
var NAMESPACE = kind("Namespace", "");
var KEYCLOAK_CR = kind("Keycloak", "k8s.keycloak.org");
function isKind(refs, group, name) {
  return refs.some((ref) => ref.group === group && ref.kind === name);
}
var CLUSTER_SCOPED = /* @__PURE__ */ new Set([
  "Namespace",
  "Node",
  "PersistentVolume",
  "StorageClass",
  "ClusterRole",
  "ClusterRoleBinding",
  "CustomResourceDefinition",
  "IngressClass",
  "PriorityClass",
  "RuntimeClass",
  "CSIDriver",
  "ValidatingWebhookConfiguration",
  "MutatingWebhookConfiguration",
  "APIService",
  "ClusterIssuer",
  "GatewayClass",
  "VolumeSnapshotClass",
  "ValidatingAdmissionPolicy",
  "ValidatingAdmissionPolicyBinding"
]);

// src/model/resource.ts
var Resource = class {
  constructor(doc, base, apiVersion, kind2, name, explicitNamespace, defaultNamespace, value) {
    this.doc = doc;
    this.base = base;
    this.apiVersion = apiVersion;
    this.kind = kind2;
    this.name = name;
    this.explicitNamespace = explicitNamespace;
    this.value = value;
    const slash = apiVersion.lastIndexOf("/");
    this.group = slash < 0 ? "" : apiVersion.slice(0, slash);
    this.namespace = CLUSTER_SCOPED.has(kind2) ? void 0 : explicitNamespace ?? defaultNamespace;
    this.version = apiVersion.slice(slash + 1);
  }
  doc;
  base;
  apiVersion;
  kind;
  name;
  explicitNamespace;
  value;
  /** Effective namespace: explicit, else the run's default, else undefined (unspecified). */
  namespace;
  group;
  version;
  /** JSON pointers (relative to the resource) of fields that failed their shape check. */
  invalid = /* @__PURE__ */ new Set();
  /** Location of a path inside this resource. */
  at(path, span) {
    return at(this.doc, [...this.base, ...path], span);
  }
  get ref() {
    const ref = { apiVersion: this.apiVersion, kind: this.kind, name: this.name };
    return this.namespace === void 0 ? ref : { ...ref, namespace: this.namespace };
  }
  get labels() {
    return stringMap(this.metadata.labels);
  }
  get annotations() {
    return stringMap(this.metadata.annotations);
  }
  get metadata() {
    return asObject(this.value.metadata) ?? {};
  }
  get spec() {
    return asObject(this.value.spec) ?? {};
  }
  /** `Kind/name`, the way messages name a resource. */
  toString() {
    return `${this.kind}/${this.name}`;
  }
  isInvalid(path) {
    return this.invalid.has(toPointer(path));
  }
};
function toPointer(path) {
  return path.map((p) => `/${String(p).replace(/~/g, "~0").replace(/\//g, "~1")}`).join("");
}
function asObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? value : void 0;
}
function valueAt(root, path) {
  let current = root;
  for (const segment of path) {
    if (Array.isArray(current) && typeof segment === "number") current = current[segment];
    else current = asObject(current)?.[String(segment)];
  }
  return current;
}
function asArray(value) {
  return Array.isArray(value) ? value : [];
}
function asString(value) {
  return typeof value === "string" ? value : void 0;
}
function stringMap(value) {
  const out = {};
  const object = asObject(value);
  if (!object) return out;
  for (const [key, entry] of Object.entries(object))
    if (typeof entry === "string") out[key] = entry;
  return out;
}
var NOT_CLUSTER_OBJECTS = /* @__PURE__ */ new Set(["kustomize.config.k8s.io", "config.kubernetes.io"]);
function resourcesOf(parsed, defaultNamespace) {
  const resources = [];
  const problems = [];
  const object = asObject(parsed.value);
  if (Array.isArray(parsed.value) && parsed.value.some((item) => asObject(item)?.kind !== void 0)) {
    problems.push({ at: at(parsed.doc, [0]), field: "document", kind: "topLevelList" });
    return { resources, problems };
  }
  if (!object) return { resources, problems };
  const read = (value, base) => {
    const item = asObject(value);
    if (!item) return;
    const problem = objectProblem(parsed.doc, base, item);
    if (problem) problems.push(problem);
    const one = toResource(parsed.doc, base, item, defaultNamespace);
    if (one) resources.push(one);
  };
  const kind2 = object.kind;
  if (typeof kind2 === "string" && kind2.endsWith("List") && typeof object.apiVersion === "string") {
    if (!Array.isArray(object.items)) {
      problems.push({ at: at(parsed.doc, ["items"]), field: "items", kind: "notAList" });
      return { resources, problems };
    }
    for (const [i, item] of object.items.entries()) {
      if (asObject(item)) read(item, ["items", i]);
      else {
        const found = item === null ? "null" : Array.isArray(item) ? "a list" : `the ${typeof item} ${JSON.stringify(item)}`;
        problems.push({
          at: at(parsed.doc, ["items", i]),
          field: "items",
          kind: "notAnObject",
          found
        });
      }
    }
    return { resources, problems };
  }
  read(object, []);
  return { resources, problems };
}
var REQUIRED = ["apiVersion", "kind"];
function objectProblem(doc, base, object) {
  const present = REQUIRED.filter((f) => typeof object[f] === "string" && object[f] !== "");
  const keys = Object.keys(object);
  for (const field of REQUIRED) {
    if (present.includes(field)) continue;
    const found = keys.find((k) => k !== field && k.toLowerCase() === field.toLowerCase());
    if (found) return { at: keyOf(at(doc, [...base, found])), field, kind: "misspelt", found };
    if (present.length > 0) return { at: at(doc, [...base, present[0]]), field, kind: "missing" };
  }
  return void 0;
}
function toResource(doc, base, value, defaultNamespace) {
  const object = asObject(value);
  if (!object) return void 0;
  const { apiVersion, kind: kind2 } = object;
  if (typeof apiVersion !== "string" || typeof kind2 !== "string" || !apiVersion || !kind2) {
    return void 0;
  }
  const group = apiVersion.includes("/") ? apiVersion.slice(0, apiVersion.lastIndexOf("/")) : "";
  if (NOT_CLUSTER_OBJECTS.has(group)) return void 0;
  const metadata = asObject(object.metadata) ?? {};
  const name = typeof metadata.name === "string" ? metadata.name : "";
  const namespace = typeof metadata.namespace === "string" && metadata.namespace ? metadata.namespace : void 0;
  return new Resource(doc, base, apiVersion, kind2, name, namespace, defaultNamespace, object);
}

// src/model/generated.ts
var GeneratedResource = class extends Resource {
  constructor(source, apiVersion, kind2, name, value, origins) {
    super(
      source.doc,
      source.base,
      apiVersion,
      kind2,
      name,
      source.explicitNamespace,
      source.namespace,
      value
    );
    this.source = source;
    this.#origins = [...origins].sort((a, b) => b.path.length - a.path.length);
  }
  source;
  #origins;
  at(path, span) {
    for (const origin of this.#origins) {
      if (!startsWith(path, origin.path)) continue;
      const location = origin.verbatim ? this.source.at([...origin.from, ...path.slice(origin.path.length)], span) : this.source.at(origin.from);
      FIELDS.set(location, { source: this.source, field: origin.from, label: origin.label });
      return location;
    }
    return this.source.at(["spec"]);
  }
  /** Findings are reported on the custom resource: that is what the user edits. */
  get ref() {
    return this.source.ref;
  }
};
function startsWith(path, prefix) {
  return prefix.length <= path.length && prefix.every((segment, i) => path[i] === segment);
}
var FIELDS = /* @__PURE__ */ new WeakMap();
function generatedField(location) {
  const found = FIELDS.get(location);
  if (!found) return void 0;
  const { source, field, label } = found;
  if (label) return label;
  if (field[1] === "additionalOptions" && typeof field[2] === "number") {
    const name = valueAt(source.value, [...field.slice(0, 3), "name"]);
    return typeof name === "string" ? `additionalOptions ${name}` : void 0;
  }
  if (field[1] === "env") return void 0;
  return field.length > 1 ? field.join(".") : void 0;
}
function sourceOf(resource) {
  return resource instanceof GeneratedResource ? resource.source : void 0;
}

// src/fix/yaml-edit.ts
function quoteOf(quote, key) {
  return typeof quote === "function" ? quote(key) : quote;
}
var YamlEditor = class _YamlEditor {
  constructor(doc, base = []) {
    this.base = base;
    this.doc = doc;
    this.file = doc.file;
    this.text = doc.file.text;
    const newline = this.text.indexOf("\n");
    this.nl = newline > 0 && this.text[newline - 1] === "\r" ? "\r\n" : "\n";
  }
  base;
  doc;
  file;
  text;
  nl;
  #step;
  #seqIndent;
  /** An editor for a resource written in the files; none for an object a CR generates. */
  static of(resource) {
    if (sourceOf(resource) || resource.doc.file.binary) return void 0;
    if (/^%/m.test(resource.doc.file.text)) return void 0;
    return new _YamlEditor(resource.doc, resource.base);
  }
  /** Replaces a scalar's value, keeping its quoting; or adds the missing key (and parents). */
  set(path, value, quote) {
    const found = this.locate(path);
    if (!found) return void 0;
    if (found.rest.length === 0) {
      const node = found.node;
      if (!isScalar(node) || typeof value === "object") return this.sameOrUndefined(node, value);
      return this.replaceScalar(node, value);
    }
    const parent = found.node;
    if (!isMap(parent) || found.rest.some((s) => typeof s !== "string")) return void 0;
    if (parent.items.some((p) => isScalar(p.key) && (p.key.source ?? String(p.key.value)) === "<<"))
      return void 0;
    const [first, ...deeper] = found.rest;
    const nested = deeper.reduceRight((inner, key) => ({ [key]: inner }), value);
    return this.insertPair(
      parent,
      first,
      nested,
      quote ?? this.quoteNear(parent, void 0, true)
    );
  }
  /** A collection already equal to the wanted value needs no edit; others are not certain. */
  sameOrUndefined(node, value) {
    const current = node.toJSON?.();
    return JSON.stringify(current) === JSON.stringify(value) ? [] : void 0;
  }
  /** Renames the key of the pair at `path`. */
  renameKey(path, key) {
    const found = this.locate(path);
    if (!found || found.rest.length > 0 || !found.pair || !isScalar(found.pair.key))
      return void 0;
    return this.replaceScalar(found.pair.key, key);
  }
  /** Appends items to the sequence at `path`, creating the key when it is absent. */
  append(path, items, quote) {
    if (items.length === 0) return [];
    const found = this.locate(path);
    if (!found) return void 0;
    if (found.rest.length > 0) return this.set(path, [...items], quote);
    const seq2 = found.node;
    if (!isSeq(seq2)) return void 0;
    return this.insertItems(seq2, items, quote);
  }
  /** Removes an item of a block sequence, with its lines (never the only item). */
  removeItem(path, index) {
    const found = this.locate(path);
    if (!found || found.rest.length > 0 || !isSeq(found.node) || found.node.flow) return void 0;
    const items = found.node.items;
    const item = items[index];
    if (!item?.range || items.length < 2) return void 0;
    const start = this.doc.offset + item.range[0];
    const lineStart = this.text.lastIndexOf("\n", start - 1) + 1;
    if (!/^ *- +$/.test(this.text.slice(lineStart, start))) return void 0;
    let last = this.doc.offset + item.range[1] - 1;
    while (last > start && /\s/.test(this.text[last])) last--;
    const newline = this.text.indexOf("\n", last);
    if (newline < 0) return void 0;
    return [{ file: this.file, start: lineStart, end: newline + 1, text: "" }];
  }
  /** Appends a new document after this one, in the file's style. */
  appendDocument(value, quote = "plain") {
    const slice = documentSlices(this.text).find(([start]) => start === this.doc.offset);
    if (!slice) return void 0;
    const end = slice[1];
    const lines = this.blockLines(value, 0, quote);
    const nl = this.nl;
    const body = `---${nl}${lines.join(nl)}`;
    const endsLine = end === 0 || this.text[end - 1] === "\n";
    const text = endsLine ? `${body}${nl}` : `${nl}${body}`;
    return [{ file: this.file, start: end, end, text }];
  }
  /** The scalar node at a path, when it is written in this document. */
  scalar(path) {
    const found = this.locate(path);
    return found && found.rest.length === 0 && isScalar(found.node) ? found.node : void 0;
  }
  /** Replaces a scalar's text with a new value in the same quoting style. */
  replaceScalar(node, value) {
    const range = node.range;
    if (!range) return void 0;
    const [start, end] = [this.doc.offset + range[0], this.doc.offset + range[1]];
    const written = this.text.slice(start, end);
    if (written.includes("\n") || node.anchor || node.tag) return void 0;
    const quote = node.type === "QUOTE_DOUBLE" ? '"' : node.type === "QUOTE_SINGLE" ? "'" : node.type === "PLAIN" ? "plain" : void 0;
    if (!quote) return void 0;
    const text = scalarText(value, quote);
    if (text === written) return [];
    return [{ file: this.file, start, end, text }];
  }
  /**
   * Follows a path through the document as written: no aliases, anchors or merge keys on
   * the way, so that an edit changes this place and nothing that shares it.
   */
  locate(relative4) {
    const path = [...this.base, ...relative4];
    let node = this.doc.ast.contents;
    let pair;
    for (let i = 0; i < path.length; i++) {
      if (!node || isAlias(node) || node.anchor) return void 0;
      const segment = path[i];
      if (isMap(node)) {
        const next = node.items.find(
          (p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment)
        );
        if (!next) return { node, rest: path.slice(i) };
        if (next.value === null || next.value === void 0) return void 0;
        pair = next;
        node = next.value;
      } else if (isSeq(node) && typeof segment === "number") {
        const item = node.items[segment];
        if (!item) return void 0;
        pair = void 0;
        node = item;
      } else {
        return void 0;
      }
    }
    if (!node || isAlias(node) || node.anchor) return void 0;
    return pair ? { node, pair, rest: [] } : { node, rest: [] };
  }
  /**
   * The quoting of string values around a collection: the style the author chose. In a
   * list of mappings (env, ports) only the values of `key` count when given, so that plain
   * `name`s do not outvote quoted `value`s.
   */
  quoteNear(collection, key, shallow = false) {
    const counts = { plain: 0, '"': 0, "'": 0 };
    const count = (node) => {
      if (!isScalar(node) || typeof node.value !== "string") return;
      if (!isPlainSafe(node.value)) return;
      if (node.type === "PLAIN") counts.plain++;
      else if (node.type === "QUOTE_DOUBLE") counts['"']++;
      else if (node.type === "QUOTE_SINGLE") counts["'"]++;
    };
    const values = (c, only) => isMap(c) ? c.items.filter((p) => only === void 0 || isScalar(p.key) && p.key.value === only).map((p) => p.value) : c.items;
    for (const value of values(collection)) {
      if (isMap(value) || isSeq(value)) {
        if (!shallow) for (const inner of values(value, key)) count(inner);
      } else count(value);
    }
    if (counts['"'] > counts.plain && counts['"'] >= counts["'"]) return '"';
    if (counts["'"] > counts.plain) return "'";
    return "plain";
  }
  insertPair(map2, key, value, quote) {
    const items = map2.items;
    if (map2.flow) {
      const range = map2.range;
      if (!range) return void 0;
      const close = this.doc.offset + range[1] - 1;
      if (this.text[close] !== "}" || this.text.slice(this.doc.offset + range[0], close).includes("\n"))
        return void 0;
      const pair = `${scalarText(key, "plain")}: ${flowText(value, quoteOf(quote, key))}`;
      const last2 = items.at(-1);
      const lastEnd = last2 ? last2.value?.range?.[1] ?? last2.key.range?.[1] : void 0;
      if (lastEnd === void 0) return [{ file: this.file, start: close, end: close, text: pair }];
      const at2 = this.doc.offset + lastEnd;
      return [{ file: this.file, start: at2, end: at2, text: `, ${pair}` }];
    }
    const first = items[0]?.key;
    const last = items.at(-1);
    if (!first?.range || !last) return void 0;
    const indent = this.column(this.doc.offset + first.range[0]);
    const lastNode = last.value ?? last.key;
    if (!lastNode.range) return void 0;
    const lines = this.pairLines(key, value, indent, quote);
    return this.insertLines(this.doc.offset + lastNode.range[1], lines);
  }
  insertItems(seq2, added, given) {
    const items = seq2.items;
    const quote = given ?? ((key) => this.quoteNear(seq2, key));
    const range = seq2.range;
    if (!range) return void 0;
    if (seq2.flow) {
      const close = this.doc.offset + range[1] - 1;
      if (this.text[close] !== "]" || this.text.slice(this.doc.offset + range[0], close).includes("\n"))
        return void 0;
      const text = added.map((item) => flowText(item, quoteOf(quote, ""))).join(", ");
      const lastEnd = items.at(-1)?.range?.[1];
      if (lastEnd === void 0) return [{ file: this.file, start: close, end: close, text }];
      const at2 = this.doc.offset + lastEnd;
      return [{ file: this.file, start: at2, end: at2, text: `, ${text}` }];
    }
    const first = items[0];
    const last = items.at(-1);
    if (!first?.range || !last?.range) return void 0;
    const start = this.doc.offset + first.range[0];
    const lineStart = this.text.lastIndexOf("\n", start - 1) + 1;
    const lead = /^( *)-( +)$/.exec(this.text.slice(lineStart, start));
    if (!lead) return void 0;
    const dash = lead[1].length;
    const gap = lead[2].length;
    const flowItems = items.every(
      (item) => isMap(item) && item.flow && item.range !== void 0 && !this.spansLines(item)
    );
    const lines = added.flatMap(
      (item) => flowItems && isObject(item) ? [`${" ".repeat(dash)}-${" ".repeat(gap)}${flowText(item, quoteOf(quote, ""))}`] : this.itemLines(item, dash, gap, quote)
    );
    return this.insertLines(this.doc.offset + last.range[1], lines);
  }
  /** Inserts whole lines after the line that holds `after`. */
  insertLines(after, lines) {
    const nl = this.nl;
    if (after > 0 && this.text[after - 1] === "\n")
      return [{ file: this.file, start: after, end: after, text: lines.join(nl) + nl }];
    const newline = this.text.indexOf("\n", after);
    if (newline < 0) {
      const end = this.text.length;
      return [{ file: this.file, start: end, end, text: nl + lines.join(nl) }];
    }
    return [{ file: this.file, start: newline + 1, end: newline + 1, text: lines.join(nl) + nl }];
  }
  pairLines(key, value, indent, quote) {
    const pad = " ".repeat(indent);
    const k = scalarText(key, "plain");
    if (Array.isArray(value) && value.length > 0)
      return [`${pad}${k}:`, ...this.seqLines(value, indent + this.seqIndent(), quote)];
    if (isObject(value) && Object.keys(value).length > 0)
      return [`${pad}${k}:`, ...this.blockLines(value, indent + this.step(), quote)];
    return [`${pad}${k}: ${flowText(value, quoteOf(quote, key))}`];
  }
  /** A mapping written as block lines at an indentation. */
  blockLines(value, indent, quote) {
    return Object.entries(value).flatMap(([k, v]) => this.pairLines(k, v, indent, quote));
  }
  seqLines(items, dash, quote) {
    return items.flatMap((item) => this.itemLines(item, dash, 1, quote));
  }
  itemLines(item, dash, gap, quote) {
    const prefix = `${" ".repeat(dash)}-${" ".repeat(gap)}`;
    if (isObject(item) && Object.keys(item).length > 0) {
      const lines = this.blockLines(item, dash + 1 + gap, quote);
      return lines.map((line, i) => i === 0 ? prefix + line.slice(dash + 1 + gap) : line);
    }
    return [`${prefix}${flowText(item, quoteOf(quote, ""))}`];
  }
  spansLines(node) {
    const [start, end] = node.range ?? [0, 0];
    return this.text.slice(this.doc.offset + start, this.doc.offset + end).includes("\n");
  }
  column(offset) {
    return offset - (this.text.lastIndexOf("\n", offset - 1) + 1);
  }
  /** The indentation step of the document: how far nested mappings are indented. */
  step() {
    if (this.#step === void 0) this.measure();
    return this.#step;
  }
  /** How far a block sequence's dashes sit right of its key (0: `- ` under the key). */
  seqIndent() {
    if (this.#seqIndent === void 0) this.measure();
    return this.#seqIndent;
  }
  measure() {
    const steps = [];
    const seqs = [];
    const visit3 = (node, depth) => {
      if (depth > 50) return;
      if (isMap(node)) {
        for (const pair of node.items) {
          const key = pair.key;
          const value = pair.value;
          if (key?.range && !node.flow) {
            const keyColumn = this.column(this.doc.offset + key.range[0]);
            const child = isMap(value) && !value.flow ? value.items[0]?.key : void 0;
            if (child?.range) steps.push(this.column(this.doc.offset + child.range[0]) - keyColumn);
            const item = isSeq(value) && !value.flow ? value.items[0] : void 0;
            if (item?.range) {
              const start = this.doc.offset + item.range[0];
              const lineStart = this.text.lastIndexOf("\n", start - 1) + 1;
              const lead = /^( *)-( +)$/.exec(this.text.slice(lineStart, start));
              if (lead) seqs.push(lead[1].length - keyColumn);
            }
          }
          visit3(value, depth + 1);
        }
      } else if (isSeq(node)) {
        for (const item of node.items) visit3(item, depth + 1);
      }
    };
    visit3(this.doc.ast.contents, 0);
    const positive = steps.filter((s) => s > 0);
    this.#step = positive.length > 0 ? mostCommon(positive) : 2;
    const seqOk = seqs.filter((s) => s >= 0);
    this.#seqIndent = seqOk.length > 0 ? seqOk[0] : this.#step;
  }
};
function mostCommon(values) {
  const counts = /* @__PURE__ */ new Map();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0][0];
}
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function isPlainSafe(value) {
  if (value === "" || /[\n\r\t]/.test(value)) return false;
  const written = stringify3(value, { version: "1.1", lineWidth: 0 }).replace(/\n$/, "");
  return written === value;
}
function scalarText(value, quote) {
  if (typeof value !== "string") return String(value);
  const style = quote === "plain" ? isPlainSafe(value) ? "plain" : '"' : quote;
  if (style === "plain") return value;
  if (style === "'" && !/[\n\r\t]/.test(value)) return `'${value.replace(/'/g, "''")}'`;
  return JSON.stringify(value);
}
function flowText(value, quote) {
  if (Array.isArray(value)) return `[${value.map((v) => flowText(v, quote)).join(", ")}]`;
  if (isObject(value)) {
    const pairs2 = Object.entries(value).map(
      ([k, v]) => `${scalarText(k, "plain")}: ${flowText(v, quote)}`
    );
    return `{${pairs2.join(", ")}}`;
  }
  const text = scalarText(value, quote);
  return quote === "plain" && typeof value === "string" && /[,[\]{}]/.test(value) ? JSON.stringify(value) : text;
}
function fixOf(resource, change) {
  const editor = resource ? YamlEditor.of(resource) : void 0;
  const edits = editor ? change(editor) : void 0;
  return edits && edits.length > 0 ? { edits } : {};
}

// src/model/version.ts
function parseVersion(text) {
  const match = /^v?(\d+)\.(\d+)(?:\.(\d+))?/.exec(text);
  if (!match) return void 0;
  const [, major, minor, patch] = match;
  const version = {
    major: Number(major),
    minor: Number(minor),
    patch: patch === void 0 ? void 0 : Number(patch)
  };
  return {
    ...version,
    text: `${version.major}.${version.minor}${patch === void 0 ? "" : `.${version.patch}`}`
  };
}
function atLeast(v, major, minor = 0, patch = 0) {
  if (v.major !== major) return v.major > major;
  if (v.minor !== minor) return v.minor > minor;
  return (v.patch ?? 0) >= patch;
}
var QUARKUS_RELEASES = [
  "17.0",
  "18.0",
  "19.0",
  "20.0",
  "21.0",
  "21.1",
  "22.0",
  "23.0",
  "24.0",
  "25.0",
  "26.0",
  "26.1",
  "26.2",
  "26.3",
  "26.4",
  "26.5",
  "26.6",
  "26.7",
  "26.8"
].map((text) => parseVersion(text));
function holdsFor(version, predicate) {
  return version ? predicate(version) : QUARKUS_RELEASES.every(predicate);
}

// src/model/facts.ts
var CONF_DIR = {
  quarkus: "/opt/keycloak/conf",
  bitnami: "/opt/bitnami/keycloak/conf",
  legacy: "/opt/jboss/keycloak/standalone/configuration"
};
function builtinStacks(version) {
  const stacks = ["tcp", "udp", "kubernetes", "ec2", "azure", "google"];
  return atLeast(version, 26, 1) ? ["jdbc-ping", "jdbc-ping-udp", ...stacks] : stacks;
}
var ALL_STACKS = [
  "jdbc-ping",
  "jdbc-ping-udp",
  "tcp",
  "udp",
  "kubernetes",
  "ec2",
  "azure",
  "google"
];
var MULTICAST_STACKS = /* @__PURE__ */ new Set(["udp", "tcp", "jdbc-ping-udp"]);
var MULTICAST_USE = {
  udp: "UDP transport with multicast discovery (PING)",
  tcp: "TCP transport with multicast discovery (MPING)",
  "jdbc-ping-udp": "UDP transport, which sends cluster-wide messages by IP multicast"
};
var CLOUD_STACKS = /* @__PURE__ */ new Set(["ec2", "azure", "google"]);
var TCP_STACKS = /* @__PURE__ */ new Set([
  "tcp",
  "kubernetes",
  "jdbc-ping",
  "ec2",
  "azure",
  "google"
]);
function deprecatedSince(stack2) {
  if (stack2 === "kubernetes") return "26.3";
  if (["udp", "tcp", "jdbc-ping-udp", "ec2", "azure", "google"].includes(stack2)) return "26.1";
  return void 0;
}
function isDeprecatedStack(stack2, version) {
  const since = deprecatedSince(stack2);
  if (!since) return false;
  const [major, minor] = since.split(".").map(Number);
  return holdsFor(version, (v) => atLeast(v, major, minor));
}
var KEYCLOAK_COOKIES = {
  AUTH_SESSION_ID: "the authentication session",
  AUTH_SESSION_ID_LEGACY: "the authentication session (legacy SameSite copy)",
  KC_AUTH_SESSION_HASH: "the authentication session hash read by the login page",
  KC_RESTART: "restarting an interrupted login",
  KC_STATE_CHECKER: "the state of detached pages",
  KEYCLOAK_IDENTITY: "the SSO session identity",
  KEYCLOAK_IDENTITY_LEGACY: "the SSO session identity (legacy SameSite copy)",
  KEYCLOAK_SESSION: "the SSO session marker",
  KEYCLOAK_SESSION_LEGACY: "the SSO session marker (legacy SameSite copy)",
  KEYCLOAK_LOCALE: "the chosen locale",
  KEYCLOAK_REMEMBER_ME: "the remembered user name",
  WELCOME_STATE_CHECKER: "the welcome page"
};
function recommendedStackFix(version) {
  if (!version) return "unknown";
  if (!atLeast(version, 26, 1)) return "before261";
  return atLeast(version, 26, 3) ? "from263" : "from261";
}

// src/model/fronts.ts
var INGRESS_ROUTE = [
  { group: "traefik.io", kind: "IngressRoute" },
  { group: "traefik.containo.us", kind: "IngressRoute" }
];
var HTTP_ROUTE = [
  { group: "gateway.networking.k8s.io", kind: "HTTPRoute" }
];
var cache = /* @__PURE__ */ new WeakMap();
function frontsOf(model) {
  const cached = cache.get(model);
  if (cached) return cached;
  const fronts = [];
  for (const view of model.ingresses) {
    fronts.push({
      kind: "Ingress",
      resource: view.resource,
      controller: view.controller,
      ingress: view,
      keycloak: view.keycloak,
      backends: view.backends.map((b) => ({
        serviceName: b.serviceName,
        namespace: view.resource.namespace,
        port: b.port,
        at: b.at,
        portAt: ingressPortAt(view.resource, b.at, b.port),
        path: b.at.path.slice(view.resource.base.length, -1),
        group: 0,
        service: b.service,
        workloads: b.workloads
      }))
    });
  }
  for (const route of model.index.ofKind(INGRESS_ROUTE)) {
    const refs = [];
    asArray(route.spec.routes).forEach((r, i) => {
      asArray(asObject(r)?.services).forEach((s, j) => {
        const service2 = asObject(s);
        const kind2 = asString(service2?.kind) ?? "Service";
        if (!service2 || kind2 !== "Service" || typeof service2.name !== "string") return;
        refs.push({
          name: service2.name,
          namespace: asString(service2.namespace),
          port: portOf(service2.port),
          path: ["spec", "routes", i, "services", j],
          group: i
        });
      });
    });
    addRoute(model, fronts, "IngressRoute", route, "traefik", refs);
  }
  for (const route of model.index.ofKind(HTTP_ROUTE)) {
    const refs = [];
    asArray(route.spec.rules).forEach((r, i) => {
      asArray(asObject(r)?.backendRefs).forEach((b, j) => {
        const ref = asObject(b);
        const group = asString(ref?.group) ?? "";
        const kind2 = asString(ref?.kind) ?? "Service";
        if (!ref || group !== "" || kind2 !== "Service" || typeof ref.name !== "string") return;
        refs.push({
          name: ref.name,
          namespace: asString(ref.namespace),
          port: portOf(ref.port),
          path: ["spec", "rules", i, "backendRefs", j],
          group: i
        });
      });
    });
    addRoute(model, fronts, "HTTPRoute", route, void 0, refs);
  }
  cache.set(model, fronts);
  return fronts;
}
function addRoute(model, fronts, kind2, route, controller, refs) {
  const backends = refs.map((ref) => {
    const namespace = ref.namespace ?? route.namespace;
    const service2 = model.index.find(SERVICE, namespace, ref.name);
    return {
      serviceName: ref.name,
      namespace,
      port: ref.port,
      at: route.at([...ref.path, "name"]),
      portAt: route.at(ref.port.number ?? ref.port.name ? [...ref.path, "port"] : ref.path),
      path: ref.path,
      group: ref.group,
      service: service2,
      workloads: service2 ? model.workloadsSelectedBy(service2) : []
    };
  });
  const keycloak = [...new Set(backends.flatMap((b) => b.workloads))].filter(
    (w) => w.keycloak.length > 0
  );
  if (keycloak.length > 0) fronts.push({ kind: kind2, resource: route, controller, backends, keycloak });
}
function portOf(value) {
  if (typeof value === "number") return { number: value };
  if (typeof value === "string") {
    return /^\d+$/.test(value) ? { number: Number(value) } : { name: value };
  }
  return {};
}
function ingressPortAt(ingress, nameAt, port) {
  const parent = nameAt.path.slice(ingress.base.length, -1);
  const last = nameAt.path[nameAt.path.length - 1];
  if (last === "serviceName") return ingress.at([...parent, "servicePort"]);
  const field = port.number !== void 0 ? "number" : port.name !== void 0 ? "name" : "";
  return ingress.at(field ? [...parent, "port", field] : [...parent, "port"]);
}

// src/model/ingress-nginx.ts
var NGINX_PREFIX = "nginx.ingress.kubernetes.io/";
var NGINX_ANNOTATIONS = /* @__PURE__ */ new Set([
  "affinity",
  "affinity-canary-behavior",
  "affinity-mode",
  "allowlist-source-range",
  "app-root",
  "auth-always-set-cookie",
  "auth-cache-duration",
  "auth-cache-key",
  "auth-keepalive",
  "auth-keepalive-requests",
  "auth-keepalive-share-vars",
  "auth-keepalive-timeout",
  "auth-method",
  "auth-proxy-set-headers",
  "auth-realm",
  "auth-request-redirect",
  "auth-response-headers",
  "auth-secret",
  "auth-secret-type",
  "auth-signin",
  "auth-signin-redirect-param",
  "auth-snippet",
  "auth-tls-error-page",
  "auth-tls-match-cn",
  "auth-tls-pass-certificate-to-upstream",
  "auth-tls-secret",
  "auth-tls-verify-client",
  "auth-tls-verify-depth",
  "auth-type",
  "auth-url",
  "backend-protocol",
  "canary",
  "canary-by-cookie",
  "canary-by-header",
  "canary-by-header-pattern",
  "canary-by-header-value",
  "canary-weight",
  "canary-weight-total",
  "client-body-buffer-size",
  "configuration-snippet",
  "connection-proxy-header",
  "cors-allow-credentials",
  "cors-allow-headers",
  "cors-allow-methods",
  "cors-allow-origin",
  "cors-expose-headers",
  "cors-max-age",
  "custom-headers",
  "custom-http-errors",
  "default-backend",
  "denylist-source-range",
  "disable-proxy-intercept-errors",
  "enable-access-log",
  "enable-cors",
  "enable-global-auth",
  "enable-modsecurity",
  "enable-opentelemetry",
  "enable-owasp-core-rules",
  "enable-rewrite-log",
  "fastcgi-index",
  "fastcgi-params-configmap",
  "force-ssl-redirect",
  "from-to-www-redirect",
  "http2-push-preload",
  "limit-allowlist",
  "limit-burst-multiplier",
  "limit-connections",
  "limit-rate",
  "limit-rate-after",
  "limit-rpm",
  "limit-rps",
  "limit-whitelist",
  "load-balance",
  "mirror-host",
  "mirror-request-body",
  "mirror-target",
  "modsecurity-snippet",
  "modsecurity-transaction-id",
  "opentelemetry-operation-name",
  "opentelemetry-trust-incoming-span",
  "permanent-redirect",
  "permanent-redirect-code",
  "preserve-trailing-slash",
  "proxy-body-size",
  "proxy-buffer-size",
  "proxy-buffering",
  "proxy-buffers-number",
  "proxy-busy-buffers-size",
  "proxy-connect-timeout",
  "proxy-cookie-domain",
  "proxy-cookie-path",
  "proxy-http-version",
  "proxy-max-temp-file-size",
  "proxy-next-upstream",
  "proxy-next-upstream-timeout",
  "proxy-next-upstream-tries",
  "proxy-read-timeout",
  "proxy-redirect-from",
  "proxy-redirect-to",
  "proxy-request-buffering",
  "proxy-send-timeout",
  "proxy-ssl-ciphers",
  "proxy-ssl-name",
  "proxy-ssl-protocols",
  "proxy-ssl-secret",
  "proxy-ssl-server-name",
  "proxy-ssl-verify",
  "proxy-ssl-verify-depth",
  "relative-redirects",
  "rewrite-target",
  "satisfy",
  "server-alias",
  "server-snippet",
  "service-upstream",
  "session-cookie-change-on-failure",
  "session-cookie-conditional-samesite-none",
  "session-cookie-domain",
  "session-cookie-expires",
  "session-cookie-max-age",
  "session-cookie-name",
  "session-cookie-partitioned",
  "session-cookie-path",
  "session-cookie-samesite",
  "session-cookie-secure",
  "ssl-ciphers",
  "ssl-passthrough",
  "ssl-prefer-server-ciphers",
  "ssl-redirect",
  "stream-snippet",
  "temporal-redirect",
  "temporal-redirect-code",
  "upstream-hash-by",
  "upstream-hash-by-subset",
  "upstream-hash-by-subset-size",
  "upstream-vhost",
  "use-port-in-redirects",
  "use-regex",
  "whitelist-source-range",
  "x-forwarded-prefix"
]);
var NGINX_RETIRED_ANNOTATIONS = /* @__PURE__ */ new Set([
  "enable-opentracing",
  "opentracing-trust-incoming-span",
  "enable-influxdb",
  "influxdb-measurement",
  "influxdb-port",
  "influxdb-host",
  "influxdb-server-name",
  "global-rate-limit",
  "global-rate-limit-window",
  "global-rate-limit-key",
  "global-rate-limit-ignored-cidrs",
  "secure-verify-ca-secret",
  "secure-backends",
  "grpc-backend",
  "lua-resty-waf",
  "lua-resty-waf-debug",
  "lua-resty-waf-ignore-rulesets",
  "lua-resty-waf-extra-rules",
  "lua-resty-waf-score-threshold",
  "lua-resty-waf-allow-unknown-content-types",
  "lua-resty-waf-process-multipart-body",
  "upstream-max-fails",
  "upstream-fail-timeout"
]);
var NGINX_INC_ANNOTATIONS = /* @__PURE__ */ new Set([
  "nginx.org/app-root",
  "nginx.org/basic-auth-realm",
  "nginx.org/basic-auth-secret",
  "nginx.org/client-body-buffer-size",
  "nginx.org/client-max-body-size",
  "nginx.org/fail-timeout",
  "nginx.org/grpc-services",
  "nginx.org/hsts",
  "nginx.org/hsts-behind-proxy",
  "nginx.org/hsts-include-subdomains",
  "nginx.org/hsts-max-age",
  "nginx.org/keepalive",
  "nginx.org/lb-method",
  "nginx.org/limit-req-burst",
  "nginx.org/limit-req-delay",
  "nginx.org/limit-req-dry-run",
  "nginx.org/limit-req-key",
  "nginx.org/limit-req-log-level",
  "nginx.org/limit-req-no-delay",
  "nginx.org/limit-req-rate",
  "nginx.org/limit-req-reject-code",
  "nginx.org/limit-req-scale",
  "nginx.org/limit-req-zone-size",
  "nginx.org/listen-ports",
  "nginx.org/listen-ports-ssl",
  "nginx.org/location-snippets",
  "nginx.org/max-conns",
  "nginx.org/max-fails",
  "nginx.org/mergeable-ingress-type",
  "nginx.org/path-regex",
  "nginx.org/proxy-buffer-size",
  "nginx.org/proxy-buffering",
  "nginx.org/proxy-buffers",
  "nginx.org/proxy-busy-buffers-size",
  "nginx.org/proxy-connect-timeout",
  "nginx.org/proxy-hide-headers",
  "nginx.org/proxy-max-temp-file-size",
  "nginx.org/proxy-pass-headers",
  "nginx.org/proxy-read-timeout",
  "nginx.org/proxy-redirect-from",
  "nginx.org/proxy-redirect-to",
  "nginx.org/proxy-send-timeout",
  "nginx.org/proxy-set-headers",
  "nginx.org/redirect-to-https",
  "nginx.org/rewrite-target",
  "nginx.org/rewrites",
  "nginx.org/server-snippets",
  "nginx.org/server-tokens",
  "nginx.org/ssl-ciphers",
  "nginx.org/ssl-prefer-server-ciphers",
  "nginx.org/ssl-services",
  "nginx.org/upstream-zone-size",
  "nginx.org/use-cluster-ip",
  "nginx.org/websocket-services",
  "nginx.com/health-checks",
  "nginx.com/health-checks-mandatory",
  "nginx.com/health-checks-mandatory-queue",
  "nginx.com/jwt-key",
  "nginx.com/jwt-login-url",
  "nginx.com/jwt-realm",
  "nginx.com/jwt-token",
  "nginx.com/slow-start",
  "nginx.com/sticky-cookie-services"
]);
var MISSPELT_NGINX_PREFIXES = /* @__PURE__ */ new Set([
  "nginx.kubernetes.io",
  "ingress.kubernetes.io",
  "nginx.ingress.kubernetes.com",
  "ingress.nginx.kubernetes.io",
  "nginx-ingress.kubernetes.io",
  "ingress-nginx.kubernetes.io"
]);
var NGINX_DEFAULT_PROXY_BUFFER_SIZE = "4k";
function parseNginxSize(text) {
  const match = /^\s*(\d+)\s*([kKmMgG]?)\s*$/.exec(text);
  if (!match) return void 0;
  const unit = { "": 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[match[2].toLowerCase()] ?? 1;
  return Number(match[1]) * unit;
}

// src/model/stickiness.ts
var TRAEFIK_STICKY = "traefik.ingress.kubernetes.io/service.sticky.cookie";
var ALB_ATTRIBUTES = "alb.ingress.kubernetes.io/target-group-attributes";
var HAPROXY_ORG_PERSISTENCE = "haproxy.org/cookie-persistence";
var HAPROXY_INGRESS = "haproxy-ingress.github.io/";
var GKE_BACKEND_CONFIG = [
  "cloud.google.com/backend-config",
  "beta.cloud.google.com/backend-config"
];
var DESTINATION_RULE = [
  { group: "networking.istio.io", kind: "DestinationRule" }
];
var BACKEND_CONFIG = [
  { group: "cloud.google.com", kind: "BackendConfig" }
];
var BACKEND_LB_POLICY = [
  { group: "gateway.networking.k8s.io", kind: "BackendLBPolicy" }
];
function traefikStickyOn(service2) {
  const a = service2.annotations;
  if (a[TRAEFIK_STICKY] !== void 0)
    return a[TRAEFIK_STICKY] === "false" ? void 0 : TRAEFIK_STICKY;
  return Object.keys(a).find((k) => k.startsWith(`${TRAEFIK_STICKY}.`));
}
function albStickinessOn(value) {
  return /(^|,)\s*stickiness\.enabled\s*=\s*true\s*(,|$)/.test(value ?? "");
}
function stickinessOf(view, model) {
  const ingress = view.resource;
  const services = servicesOf(view);
  const found = [];
  const note = (family2, resource, key, description) => found.push({ family: family2, description, at: resource.at(["metadata", "annotations", key]) });
  const nginx = ingress.annotations;
  if (nginx[`${NGINX_PREFIX}affinity`] === "cookie")
    note("ingress-nginx", ingress, `${NGINX_PREFIX}affinity`, "cookie affinity");
  if (nginx[`${NGINX_PREFIX}upstream-hash-by`]) {
    note("ingress-nginx", ingress, `${NGINX_PREFIX}upstream-hash-by`, "upstream hashing");
  }
  if (nginx["nginx.com/sticky-cookie-services"])
    note("nginx-inc", ingress, "nginx.com/sticky-cookie-services", "a sticky cookie");
  for (const resource of [ingress, ...services]) {
    const a = resource.annotations;
    const traefik = resource !== ingress ? traefikStickyOn(resource) : void 0;
    if (traefik) note("traefik", resource, traefik, "a sticky cookie");
    if (a[HAPROXY_ORG_PERSISTENCE])
      note("haproxy", resource, HAPROXY_ORG_PERSISTENCE, "cookie persistence");
    if (a[`${HAPROXY_INGRESS}affinity`] === "cookie") {
      note("haproxy", resource, `${HAPROXY_INGRESS}affinity`, "cookie affinity");
    }
    if (albStickinessOn(a[ALB_ATTRIBUTES]))
      note("alb", resource, ALB_ATTRIBUTES, "target-group stickiness");
  }
  if (model) {
    for (const service2 of services) {
      const gke = gkeAffinity(model, service2);
      if (gke) found.push({ family: "gce", description: gke.description, at: gke.at });
      for (const rule of destinationRulesFor(model, service2)) {
        const hash = consistentHashOf(rule);
        if (hash) found.push({ family: "istio", description: "consistent hashing", at: hash.at });
      }
    }
  }
  const family = view.controller;
  return family === void 0 ? found : found.filter((s) => s.family === family);
}
function servicesOf(view) {
  return [
    ...new Set(view.backends.map((b) => b.service).filter((s) => s !== void 0))
  ];
}
function missingAffinity(model, front) {
  const resource = front.resource;
  if (front.ingress) {
    if (stickinessOf(front.ingress, model).length > 0) return void 0;
    return { at: resource.at(["metadata", "annotations"]), ignored: ignoredAffinityKeys(front) };
  }
  const clustered = (b) => b.workloads.some((w) => w.keycloak.length > 0 && w.replicas.clustered);
  if (front.kind === "IngressRoute") {
    for (const backend of front.backends) {
      if (!clustered(backend)) continue;
      const sticky = asObject(asObject(valueIn(resource, backend.path)?.sticky)?.cookie);
      if (!sticky) return { at: resource.at(backend.path), ignored: [] };
    }
    return void 0;
  }
  const rules2 = /* @__PURE__ */ new Map();
  for (const backend of front.backends) {
    if (!clustered(backend)) continue;
    const list2 = rules2.get(backend.group) ?? [];
    list2.push(backend);
    rules2.set(backend.group, list2);
  }
  for (const [r, backends] of rules2) {
    const rulePath = ["spec", "rules", r];
    if (asObject(valueIn(resource, rulePath)?.sessionPersistence)) continue;
    const sticky = backends.every(
      (b) => b.service !== void 0 && (backendLbPolicySession(model, b.service) !== void 0 || destinationRulesFor(model, b.service).some((d) => consistentHashOf(d) !== void 0))
    );
    if (!sticky) return { at: resource.at(rulePath), ignored: [] };
  }
  return void 0;
}
function valueIn(resource, path) {
  let current = resource.value;
  for (const segment of path) {
    if (Array.isArray(current) && typeof segment === "number") current = current[segment];
    else current = asObject(current)?.[String(segment)];
  }
  return asObject(current);
}
function ignoredAffinityKeys(front) {
  const annotations = Object.keys(front.resource.annotations);
  if (front.controller === "ingress-nginx") {
    return annotations.filter(
      (key) => /\/(affinity|upstream-hash-by)$/.test(key) && !key.startsWith(NGINX_PREFIX) && !key.startsWith("haproxy")
    );
  }
  if (front.controller === "traefik") return traefikKeysOnIngress(front.resource);
  return [];
}
function traefikKeysOnIngress(ingress) {
  return Object.keys(ingress.annotations).filter(
    (k) => k === TRAEFIK_STICKY || k.startsWith(`${TRAEFIK_STICKY}.`)
  );
}
function backendConfigNames(service2) {
  for (const key of GKE_BACKEND_CONFIG) {
    const text = service2.annotations[key];
    if (text === void 0) continue;
    try {
      const parsed = asObject(JSON.parse(text));
      const names = [
        asString(parsed?.default),
        ...Object.values(asObject(parsed?.ports) ?? {}).map(asString)
      ].filter((n) => n !== void 0);
      return { key, names };
    } catch {
      return { key, names: [] };
    }
  }
  return void 0;
}
function gkeAffinity(model, service2) {
  const attached = backendConfigNames(service2);
  if (!attached) return void 0;
  for (const name of attached.names) {
    const config = model.index.find(BACKEND_CONFIG, service2.namespace, name);
    if (!config) {
      return {
        description: `BackendConfig ${name} (not in the files)`,
        at: service2.at(["metadata", "annotations", attached.key])
      };
    }
    const type = asString(asObject(config.spec.sessionAffinity)?.affinityType);
    if (type && type !== "NONE") {
      return {
        description: `BackendConfig ${name} sessionAffinity ${type}`,
        at: config.at(["spec", "sessionAffinity", "affinityType"])
      };
    }
  }
  return void 0;
}
var drCache = /* @__PURE__ */ new WeakMap();
function destinationRulesFor(model, service2) {
  let map2 = drCache.get(model);
  if (!map2) {
    map2 = /* @__PURE__ */ new Map();
    for (const rule of model.index.ofKind(DESTINATION_RULE)) {
      const host = asString(rule.spec.host);
      if (!host || host.includes("*")) continue;
      const parts = host.split(".");
      if (parts.length > 2 && parts[2] !== "svc") continue;
      const namespace = parts[1] ?? rule.namespace;
      for (const target of model.index.findAll(SERVICE, namespace, parts[0])) {
        const list2 = map2.get(target) ?? [];
        list2.push(rule);
        map2.set(target, list2);
      }
    }
    drCache.set(model, map2);
  }
  return map2.get(service2) ?? [];
}
function loadBalancersOf(rule) {
  const out = [];
  const policy = (value, path) => {
    const p = asObject(value);
    if (!p) return;
    const lb = asObject(p.loadBalancer);
    if (lb) out.push({ lb, path: [...path, "loadBalancer"] });
    asArray(p.portLevelSettings).forEach((s, i) => {
      const plb = asObject(asObject(s)?.loadBalancer);
      if (plb) out.push({ lb: plb, path: [...path, "portLevelSettings", i, "loadBalancer"] });
    });
  };
  policy(rule.spec.trafficPolicy, ["spec", "trafficPolicy"]);
  asArray(rule.spec.subsets).forEach((s, i) => {
    policy(asObject(s)?.trafficPolicy, ["spec", "subsets", i, "trafficPolicy"]);
  });
  return out;
}
function consistentHashOf(rule) {
  for (const { lb, path } of loadBalancersOf(rule)) {
    if (asObject(lb.consistentHash)) return { at: rule.at([...path, "consistentHash"]) };
  }
  return void 0;
}
function generatedIstioCookies(rule) {
  const out = [];
  for (const { lb, path } of loadBalancersOf(rule)) {
    const cookie = asObject(asObject(lb.consistentHash)?.httpCookie);
    const name = asString(cookie?.name);
    const ttl = cookie?.ttl;
    if (!cookie || !name || ttl === void 0 || ttl === null) continue;
    out.push({
      name,
      ttl: String(ttl),
      at: rule.at([...path, "consistentHash", "httpCookie", "name"])
    });
  }
  return out;
}
function backendLbPolicySession(model, service2) {
  for (const policy of model.index.ofKind(BACKEND_LB_POLICY)) {
    if (policy.namespace && service2.namespace && policy.namespace !== service2.namespace) continue;
    const session = asObject(policy.spec.sessionPersistence);
    if (!session) continue;
    const targets2 = asArray(policy.spec.targetRefs ?? [policy.spec.targetRef]);
    const hit = targets2.some((t) => {
      const ref = asObject(t);
      return (asString(ref?.group) ?? "") === "" && asString(ref?.kind) === "Service" && ref?.name === service2.name;
    });
    if (hit) return { policy, session };
  }
  return void 0;
}

// rules/affinity-cookie-name-collision.ts
var affinity_cookie_name_collision_default = defineRule({
  id: "affinity-cookie-name-collision",
  meta: {
    severity: "warning",
    category: "ingress",
    summary: "Forbid proxy stickiness cookies named like Keycloak's own cookies",
    rationale: "ingress-nginx cookie affinity does not follow an existing cookie: `session-cookie-name` is the name of the cookie nginx creates itself (default INGRESSCOOKIE). Named AUTH_SESSION_ID, nginx writes its own routing value under the name of Keycloak's authentication-session cookie, and the browser is sent two different cookies under one name. Older guides that told users to stick on AUTH_SESSION_ID meant load balancers that read the application's cookie. Envoy likewise creates an Istio `httpCookie` that has a `ttl`. Traefik's sticky cookie, HAProxy's inserted persistence cookie and a Gateway API session-persistence cookie are expected to be set by the proxy in the same way (the Gateway API specification asks users not to reuse session names), so none of them should take the name of a Keycloak cookie. An Istio `httpCookie` without `ttl` only hashes on an existing cookie and is not reported.",
    fix: "Remove session-cookie-name so that nginx uses its default INGRESSCOOKIE, or choose a name Keycloak does not use.",
    fixable: "for ingress-nginx and haproxy-ingress: the cookie is renamed to INGRESSCOOKIE, the controller's own default name; other proxies get a suggestion only.",
    fixes: {
      traefik: "Remove traefik.ingress.kubernetes.io/service.sticky.cookie.name to keep the name Traefik chooses, or choose a name Keycloak does not use.",
      ingressRoute: "Remove sticky.cookie.name to keep the name Traefik chooses, or choose a name Keycloak does not use (e.g. KC_ROUTE).",
      haproxy: "Give haproxy.org/cookie-persistence a name Keycloak does not use (e.g. KC_ROUTE).",
      haproxyIngress: "Remove haproxy-ingress.github.io/session-cookie-name to keep the default INGRESSCOOKIE, or choose a name Keycloak does not use.",
      gateway: "Choose a sessionName that Keycloak does not use (e.g. KC_ROUTE).",
      istio: "Name the hash cookie something Keycloak does not use (e.g. KC_ROUTE); Envoy creates it because a ttl is set."
    },
    messages: {
      collision: "nginx creates its own stickiness cookie named {{cookie}}, the name of Keycloak's cookie for {{purpose}}, so two different cookies compete for one name.",
      traefik: "The Traefik sticky cookie of Service {{service}} is named {{cookie}}, the name of Keycloak's cookie for {{purpose}}, so two different cookies may compete for one name.",
      proxy: "{{proxy}} is expected to set its own stickiness cookie named {{cookie}}, the name of Keycloak's cookie for {{purpose}}, so two different cookies may compete for one name.",
      istio: "With ttl {{ttl}}, Envoy creates the hash cookie {{cookie}} when a request lacks it: that is the name of Keycloak's cookie for {{purpose}}, so two different cookies may compete for one name."
    },
    appliesTo: [
      "Ingress",
      "Service",
      "IngressRoute",
      "HTTPRoute",
      "BackendLBPolicy",
      "DestinationRule"
    ],
    limitations: [
      "HAProxy `haproxy.org/cookie-persistence` is taken to insert its own cookie, as its documentation describes; haproxy-ingress is reported only in its default `insert` strategy (its `prefix` strategy shares an application cookie on purpose).",
      "Which cookie the browser then sends back depends on the cookie paths; the outcome is not predicted, only the shared name is reported."
    ],
    references: [
      "[ingress-nginx: cookie affinity](https://kubernetes.github.io/ingress-nginx/examples/affinity/cookie/)",
      "[Keycloak: sticky sessions](https://www.keycloak.org/server/reverseproxy)",
      "[Istio: DestinationRule HTTPCookie](https://istio.io/latest/docs/reference/config/networking/destination-rule/#LoadBalancerSettings-ConsistentHashLB-HTTPCookie)",
      "[Gateway API: session persistence](https://gateway-api.sigs.k8s.io/geps/gep-1619/)"
    ]
  },
  *check(model) {
    const seen = /* @__PURE__ */ new Map();
    const report = (draft) => {
      const paths = seen.get(draft.at.doc) ?? /* @__PURE__ */ new Set();
      seen.set(draft.at.doc, paths);
      const key = draft.at.path.join("/");
      if (paths.has(key)) return [];
      paths.add(key);
      return [draft];
    };
    const named = (value) => {
      const cookie = value?.trim();
      const purpose = cookie ? KEYCLOAK_COOKIES[cookie] : void 0;
      return cookie && purpose ? { cookie, purpose } : void 0;
    };
    const annotationAt = (r, key) => r.at(["metadata", "annotations", key]);
    for (const front of frontsOf(model)) {
      const resource = front.resource;
      const services = [
        ...new Set(
          front.backends.filter((b) => b.workloads.some((w) => w.keycloak.length > 0)).map((b) => b.service).filter((s) => s !== void 0)
        )
      ];
      const family = front.controller;
      if (front.kind === "Ingress" && family === "ingress-nginx") {
        const annotations = resource.annotations;
        if (annotations[`${NGINX_PREFIX}affinity`] === "cookie") {
          const key = `${NGINX_PREFIX}session-cookie-name`;
          const hit = named(annotations[key]);
          if (hit)
            yield* report({
              messageId: "collision",
              data: hit,
              at: annotationAt(resource, key),
              resource,
              ...renamed(resource, key)
            });
        }
      }
      if (front.kind === "Ingress" && (family === "traefik" || family === void 0)) {
        for (const service2 of services) {
          if (!traefikStickyOn(service2)) continue;
          const key = `${TRAEFIK_STICKY}.name`;
          const hit = named(service2.annotations[key]);
          if (!hit) continue;
          yield* report({
            messageId: "traefik",
            data: { ...hit, service: service2.name },
            at: annotationAt(service2, key),
            resource: service2,
            fixId: "traefik"
          });
        }
      }
      if (front.kind === "Ingress" && (family === "haproxy" || family === void 0)) {
        for (const target of [resource, ...services]) {
          const hit = named(target.annotations[HAPROXY_ORG_PERSISTENCE]);
          if (hit) {
            yield* report({
              messageId: "proxy",
              data: { ...hit, proxy: "HAProxy (haproxy.org/cookie-persistence)" },
              at: annotationAt(target, HAPROXY_ORG_PERSISTENCE),
              resource: target,
              fixId: "haproxy"
            });
          }
          const a = target.annotations;
          const nameKey2 = `${HAPROXY_INGRESS}session-cookie-name`;
          const strategy = a[`${HAPROXY_INGRESS}session-cookie-strategy`] ?? "insert";
          const affinity = a[`${HAPROXY_INGRESS}affinity`] ?? resource.annotations[`${HAPROXY_INGRESS}affinity`];
          const ingressHit = named(a[nameKey2]);
          if (affinity === "cookie" && strategy.trim() === "insert" && ingressHit) {
            yield* report({
              messageId: "proxy",
              data: { ...ingressHit, proxy: "haproxy-ingress (insert strategy)" },
              at: annotationAt(target, nameKey2),
              resource: target,
              fixId: "haproxyIngress",
              ...renamed(target, nameKey2)
            });
          }
        }
      }
      if (front.kind === "IngressRoute") {
        for (const backend of front.backends) {
          if (!backend.workloads.some((w) => w.keycloak.length > 0)) continue;
          const cookie = asObject(valueAt(resource.value, [...backend.path, "sticky", "cookie"]));
          const hit = named(asString(cookie?.name));
          if (!hit) continue;
          yield* report({
            messageId: "proxy",
            data: { ...hit, proxy: "Traefik (sticky.cookie of this IngressRoute)" },
            at: resource.at([...backend.path, "sticky", "cookie", "name"]),
            resource,
            fixId: "ingressRoute"
          });
        }
      }
      if (front.kind === "HTTPRoute") {
        const rules2 = new Set(
          front.backends.filter((b) => b.workloads.some((w) => w.keycloak.length > 0)).map((b) => b.group)
        );
        for (const r of rules2) {
          const session = asObject(
            valueAt(resource.value, ["spec", "rules", r, "sessionPersistence"])
          );
          if (!session || (asString(session.type) ?? "Cookie") !== "Cookie") continue;
          const hit = named(asString(session.sessionName));
          if (!hit) continue;
          yield* report({
            messageId: "proxy",
            data: { ...hit, proxy: "The Gateway (sessionPersistence of this HTTPRoute rule)" },
            at: resource.at(["spec", "rules", r, "sessionPersistence", "sessionName"]),
            resource,
            fixId: "gateway"
          });
        }
        for (const service2 of services) {
          const policy = backendLbPolicySession(model, service2);
          if (!policy || (asString(policy.session.type) ?? "Cookie") !== "Cookie") continue;
          const hit = named(asString(policy.session.sessionName));
          if (!hit) continue;
          yield* report({
            messageId: "proxy",
            data: { ...hit, proxy: `The Gateway (BackendLBPolicy ${policy.policy.name})` },
            at: policy.policy.at(["spec", "sessionPersistence", "sessionName"]),
            resource: policy.policy,
            fixId: "gateway"
          });
        }
      }
    }
    for (const workload of model.workloads) {
      if (workload.keycloak.length === 0) continue;
      for (const service2 of model.servicesSelecting(workload)) {
        for (const rule of destinationRulesFor(model, service2)) {
          for (const cookie of generatedIstioCookies(rule)) {
            const hit = named(cookie.name);
            if (!hit) continue;
            yield* report({
              messageId: "istio",
              data: { ...hit, ttl: cookie.ttl },
              at: cookie.at,
              resource: rule,
              fixId: "istio"
            });
          }
        }
      }
    }
  }
});
function renamed(resource, key) {
  return fixOf(resource, (editor) => {
    const node = editor.scalar(["metadata", "annotations", key]);
    return node ? editor.replaceScalar(node, "INGRESSCOOKIE") : void 0;
  });
}

// rules/alb-stickiness-instance-target.ts
var TARGET_TYPE = "alb.ingress.kubernetes.io/target-type";
var alb_stickiness_instance_target_default = defineRule({
  id: "alb-stickiness-instance-target",
  meta: {
    severity: "info",
    category: "ingress",
    summary: "Recommend IP targets for ALB stickiness in front of Keycloak",
    rationale: "The AWS Load Balancer Controller registers `instance` targets by default: the ALB sends to a node port, and kube-proxy on that node forwards to a pod of the Service. Target-group stickiness is then expected to keep a browser on a node, not necessarily on one Keycloak pod. With `target-type: ip` the pods themselves are the targets that the stickiness cookie refers to.",
    fix: "Set alb.ingress.kubernetes.io/target-type: ip, which registers the pods rather than the nodes as targets.",
    messages: {
      instance: "Ingress {{ingress}} enables ALB stickiness with {{how}}: the targets the ALB sticks to are nodes, and kube-proxy may forward the requests to different Keycloak pods."
    },
    appliesTo: ["Ingress", "Service"],
    limitations: [
      "Whether kube-proxy keeps a client on one pod behind a node also depends on the Service's own settings (externalTrafficPolicy, sessionAffinity); they are not read."
    ],
    references: [
      "[AWS Load Balancer Controller: target-type](https://kubernetes-sigs.github.io/aws-load-balancer-controller/latest/guide/ingress/annotations/#target-type)"
    ]
  },
  *check(model) {
    for (const view of model.ingresses) {
      const ingress = view.resource;
      const hasAlbKeys = Object.keys(ingress.annotations).some(
        (k) => k.startsWith("alb.ingress.kubernetes.io/")
      );
      if (view.controller !== "alb" && !(view.controller === void 0 && hasAlbKeys)) continue;
      for (const backend of view.backends) {
        const service2 = backend.service;
        if (!service2 || !backend.workloads.some((w) => w.keycloak.length > 0)) continue;
        const from = (key) => service2.annotations[key] !== void 0 ? service2 : ingress.annotations[key] !== void 0 ? ingress : void 0;
        const attributesOn = from(ALB_ATTRIBUTES);
        if (!attributesOn || !albStickinessOn(attributesOn.annotations[ALB_ATTRIBUTES])) continue;
        const typeOn = from(TARGET_TYPE);
        const type = typeOn?.annotations[TARGET_TYPE]?.trim() ?? "instance";
        if (type !== "instance") continue;
        const carrier = typeOn ?? attributesOn;
        const at2 = carrier.at(["metadata", "annotations", typeOn ? TARGET_TYPE : ALB_ATTRIBUTES]);
        yield {
          messageId: "instance",
          data: {
            ingress: ingress.name,
            how: typeOn ? "target-type: instance" : "the default target-type instance"
          },
          at: at2,
          resource: carrier,
          ...carrier !== ingress ? {
            related: [
              {
                at: ingress.at(["metadata", "name"]),
                resource: ingress,
                message: `Ingress ${ingress.name} routes to Service ${service2.name}`
              }
            ]
          } : {}
        };
        break;
      }
    }
  }
});

// src/model/build-time.ts
var ALWAYS = [
  { name: "db", officialDefault: "dev-file" },
  { name: "features", officialDefault: void 0 },
  { name: "health-enabled", officialDefault: "false" },
  { name: "metrics-enabled", officialDefault: "false" }
];
var CACHE_UNTIL_24 = [
  { name: "cache", officialDefault: "ispn" },
  { name: "cache-stack", officialDefault: void 0 },
  { name: "cache-config-file", officialDefault: "cache-ispn.xml" }
];
var FROM_25 = [
  { name: "legacy-observability-interface", officialDefault: "false" }
];
function buildTimeOptions(version) {
  if (!version) return ALWAYS;
  return [...ALWAYS, ...atLeast(version, 25) ? FROM_25 : CACHE_UNTIL_24];
}
function isOfficialDefault(option, value) {
  const trimmed = value.trim().toLowerCase();
  if (option.officialDefault === void 0) return trimmed === "";
  return trimmed === option.officialDefault;
}
function buildsInContainer(kc) {
  const container = asObject(valueAt(kc.workload.resource.value, kc.path));
  const words = [...asArray(container?.command), ...asArray(container?.args)].filter(
    (w) => typeof w === "string"
  );
  return words.some((w) => /(^|[\s/])kc\.sh\b[^;&|\n]*?\sbuild(\s|$)/.test(w));
}

// src/model/setting.ts
var OPEN = "\uE000";
var CLOSE = "\uE001";
function unknownReference(name) {
  return `${OPEN}${name}${CLOSE}`;
}
function hasUnknownReference(text) {
  return text.includes(OPEN);
}
function displayValue(text) {
  return text.replace(/\uE000([^\uE001]*)\uE001/g, "$($1)");
}
function shownValue(setting) {
  if (setting.from?.startsWith("Secret ")) return `a value from ${setting.from}`;
  return setting.value === void 0 ? "value unknown" : displayValue(setting.value);
}
function isTrue(setting) {
  return setting?.value?.trim().toLowerCase() === "true";
}

// src/model/describe.ts
function nameOf(resource) {
  const own = resource.namespace ? `${kindAndName(resource)} (namespace ${resource.namespace})` : kindAndName(resource);
  return withSource(own, resource);
}
function workloadName(workload) {
  return withSource(kindAndName(workload.resource), workload.resource);
}
function kindAndName(resource) {
  return resource.name ? `${resource.kind} ${resource.name}` : `a ${resource.kind} without a name`;
}
function withSource(text, resource) {
  const source = sourceOf(resource);
  return source ? `${text} (from ${source.kind} ${source.name})` : text;
}
function keycloakVersionText(kc) {
  return kc.version ? `Keycloak ${kc.version.text}` : "Keycloak (version unknown)";
}
function settingText(setting, option) {
  const value = shownValue(setting);
  const hidden = setting.value === void 0 || setting.from?.startsWith("Secret ");
  const field = generatedField(setting.at);
  if (field) return hidden ? `${field} (${value})` : `${field}=${value}`;
  if (setting.origin === "keycloak.conf")
    return hidden ? `${option ?? "option"} (${value}) in keycloak.conf` : `${option ?? "option"}=${value} in keycloak.conf`;
  if (hidden) return `${setting.origin} (${value})`;
  return `${setting.origin}=${value}${setting.from ? ` (from ${setting.from})` : ""}`;
}
function list(items) {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}
function labelsText(labels) {
  const entries = Object.entries(labels);
  return entries.length === 0 ? "{}" : `{${entries.map(([k, v]) => `${k}: ${v}`).join(", ")}}`;
}
function controllerText(view) {
  if (view.controller && view.controller !== "other") return view.controller;
  if (view.controllerFrom) return `the controller of ${view.controllerFrom}`;
  return "its controller (the Ingress names no class)";
}

// src/model/query.ts
function clusteredKeycloak(model) {
  return model.keycloak.filter(
    (kc) => kc.workload.replicas.clustered && kc.distribution !== "legacy"
  );
}
function withTransport(model) {
  return clusteredKeycloak(model).filter((kc) => kc.cluster.cache === "ispn");
}
function usesDnsPing(kc) {
  const { stack: stack2 } = kc.cluster;
  if (stack2.name === "kubernetes") return true;
  const xml = stack2.xml;
  return stack2.name !== void 0 && xml?.text !== void 0 && !xml.ignored && xml.definedStacks.includes(stack2.name) && /DNS_PING/.test(xml.text);
}
function quarkusKeycloak(model) {
  return model.keycloak.filter((kc) => kc.distribution !== "legacy");
}
function stackLocation(kc) {
  const { stack: stack2 } = kc.cluster;
  if (stack2.source === "option" && stack2.setting) return stack2.setting.at;
  const xml = stack2.xml;
  if (stack2.source === "xml" && xml) {
    if (xml.at && xml.text !== void 0) {
      const match = /\bstack\s*=\s*["'][^"']*["']/.exec(
        xml.text.slice(xml.text.search(/<transport\b/))
      );
      const start = match ? xml.text.search(/<transport\b/) + match.index : -1;
      return start >= 0 ? { ...xml.at, span: [start, start + match[0].length] } : xml.at;
    }
    const file = kc.option("cache-config-file");
    if (file) return file.at;
  }
  return kc.at;
}
function stackOrigin(kc) {
  const { stack: stack2 } = kc.cluster;
  if (stack2.source === "option" && stack2.setting) return settingText(stack2.setting, "cache-stack");
  if (stack2.source === "xml" && stack2.xml) {
    return stack2.xml.shipped ? `the shipped cache-ispn.xml (stack="${stack2.name}")` : `stack="${stack2.name}" in ${stack2.xml.file}`;
  }
  return "no cache stack is set";
}
function discoveryServices(model) {
  const users = /* @__PURE__ */ new Map();
  for (const kc of model.keycloak) {
    if (kc.distribution === "legacy" || kc.cluster.cache !== "ispn" || !usesDnsPing(kc)) continue;
    for (const service2 of model.discovery(kc)?.services ?? []) {
      const list2 = users.get(service2);
      if (list2) list2.push(kc);
      else users.set(service2, [kc]);
    }
  }
  return users;
}
function podLabelsPath(workload) {
  return [...workload.podSpecPath.slice(0, -1), "metadata", "labels"];
}
function headlessServiceFor(model, workload) {
  return model.servicesSelecting(workload).find((s) => s.spec.clusterIP === "None");
}
function queryFor(service2) {
  return service2.namespace ? `${service2.name}.${service2.namespace}` : service2.name;
}
function mayHideJvmOptions(kc, { opaque = true } = {}) {
  const names = ["JAVA_OPTS", "JAVA_OPTS_APPEND", "JAVA_OPTS_KC_HEAP", "JAVA_TOOL_OPTIONS"];
  const unknown = names.some((n) => kc.env.vars.has(n) && kc.env.vars.get(n)?.value === void 0);
  return unknown || opaque && kc.opaque.length > 0;
}

// rules/build-time-option-at-runtime.ts
var build_time_option_at_runtime_default = defineRule({
  id: "build-time-option-at-runtime",
  meta: {
    severity: "warning",
    category: "cluster-formation",
    summary: "Report build-time options set at run time on a container started with --optimized",
    rationale: "Build-time options (`db`, `features`, `health-enabled`, `metrics-enabled`, and up to 24 `cache`, `cache-stack` and `cache-config-file`) are fixed when the image is built with `kc.sh build`. `start --optimized` skips the build step, so a value set in the container does not change them: up to 25 a value that differs from the build is ignored with a warning in the log (the classic case: `KC_CACHE_STACK=kubernetes` on 17 to 24 never takes effect, and the pods do not cluster); from 26.0 Keycloak refuses to start. As a kc.sh argument, a build-time option is rejected outright. Without `--optimized`, kc.sh builds first and the values apply.",
    fix: "Set {{option}} when the image is built (kc.sh build, or a KC_ variable before the RUN kc.sh build line of the Dockerfile) and remove it here, or drop --optimized so that kc.sh start builds with it first.",
    fixes: {
      operator: "Set spec.startOptimized: false (the operator adds --optimized whenever spec.image is set), or set spec.image to an image built with the {{option}} value this CR needs."
    },
    messages: {
      ignored: "{{setting}} sets the build-time option {{option}} at run time, but container {{container}} starts with --optimized: {{version}} keeps the value the image was built with and ignores this one when they differ (it only warns in the log).",
      officialIgnored: "{{setting}} sets the build-time option {{option}} at run time, but container {{container}} starts the official image with --optimized, and that image was built with {{built}}: {{version}} keeps that and ignores the value {{value}} (it only warns in the log).",
      officialAborts: "{{setting}} sets the build-time option {{option}} at run time, but container {{container}} starts the official image with --optimized, and that image was built with {{built}}: {{version}} refuses to start when a build-time option differs from the built value.",
      officialUnknown: "{{setting}} sets the build-time option {{option}} at run time, but container {{container}} starts the official image with --optimized, and that image was built with {{built}}: {{version}} either ignores the value {{value}} (up to 25) or refuses to start (26 and later).",
      argument: `{{setting}} passes the build-time option {{option}} to start --optimized; {{version}} rejects it ("Build time option: '--{{option}}' not usable with pre-built image and --optimized") and does not start.`
    },
    graded: "error when the version in use does not start with it (a kc.sh argument from 22, a differing value on the official image from 26.0).",
    appliesTo: ["Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Pod"],
    versions: "17 and later (cache options: 17 to 24)",
    limitations: [
      "The linter cannot see how a custom image was built. On custom images it reports only the cache options on 17 to 24, whose runtime values never take effect; a runtime `db` or `health-enabled` that equals the built value is harmless, and one that differs cannot be told apart here. The official images are built with the defaults, so values that differ from a default are reported for every version.",
      "With an unknown version, only the official images are checked.",
      "Bitnami images are skipped: their entrypoint writes build-time options itself.",
      "A container whose script runs kc.sh build before start is not reported: that build persists the values."
    ],
    references: [
      "[Configuring Keycloak: optimized startup](https://www.keycloak.org/server/configuration#_optimize_the_keycloak_startup)",
      "[Running Keycloak in a container](https://www.keycloak.org/server/containers)"
    ]
  },
  *check(model) {
    for (const kc of quarkusKeycloak(model)) {
      const optimized = kc.optimized;
      if (!optimized || kc.mode.kind !== "start" || kc.distribution === "bitnami") continue;
      if (buildsInContainer(kc)) continue;
      const version = kc.version;
      for (const option of buildTimeOptions(version)) {
        const setting = kc.options.get(option.name);
        if (!setting || setting.value === void 0) continue;
        const data = {
          setting: settingText(setting, option.name),
          option: option.name,
          container: kc.name,
          version: keycloakVersionText(kc),
          value: setting.value.trim(),
          built: option.officialDefault === void 0 ? `no ${option.name}` : `${option.name}=${option.officialDefault}`
        };
        const sameSpot = JSON.stringify(optimized.at) === JSON.stringify(setting.at);
        const finding = (messageId) => ({
          messageId,
          data,
          at: setting.at,
          resource: kc.workload.resource,
          ...messageId === "argument" || messageId === "officialAborts" ? { severity: "error" } : {},
          ...sameSpot ? {} : { related: [{ at: optimized.at, message: "--optimized" }] }
        });
        if (setting.origin.startsWith("--")) {
          if (version && atLeast(version, 22)) yield finding("argument");
          continue;
        }
        if (kc.official) {
          if (isOfficialDefault(option, setting.value)) continue;
          if (!version) yield finding("officialUnknown");
          else yield finding(atLeast(version, 26) ? "officialAborts" : "officialIgnored");
        } else if (option.name.startsWith("cache")) {
          yield finding("ignored");
        }
      }
    }
  }
});

// src/model/mounts.ts
import { posix } from "node:path";

// src/model/env.ts
function resolveEnv(workload, containerPath, container, index) {
  const vars = /* @__PURE__ */ new Map();
  const entries = [];
  const opaque = [];
  const namespace = workload.namespace;
  asArray(container.envFrom).forEach((raw, i) => {
    const source = asObject(raw);
    if (!source) return;
    const entryAt = workload.at([...containerPath, "envFrom", i]);
    const prefix = asString(source.prefix) ?? "";
    const configMapName = asString(asObject(source.configMapRef)?.name);
    const secretName = asString(asObject(source.secretRef)?.name);
    const isSecret = configMapName === void 0;
    const name = configMapName ?? secretName;
    if (name === void 0) return;
    const target = index.find(isSecret ? SECRET : CONFIG_MAP, namespace, name);
    const kind2 = isSecret ? "Secret" : "ConfigMap";
    if (!target) {
      opaque.push({ at: entryAt, reason: `${kind2} ${name} is not in the linted files` });
      return;
    }
    for (const [key, value] of dataOf(target)) {
      const fullName = prefix + key;
      vars.set(fullName, {
        name: fullName,
        ...value,
        via: [entryAt],
        origin: fullName,
        from: `${kind2} ${name}`
      });
    }
  });
  asArray(container.env).forEach((raw, i) => {
    const entry = asObject(raw);
    const name = asString(entry?.name);
    if (!entry || name === void 0) return;
    const path = [...containerPath, "env", i];
    const variable = resolveEntry(workload, path, entry, name, i, vars, index);
    entries.push(variable);
    vars.set(name, variable);
  });
  return { vars, entries, opaque };
}
function resolveEntry(workload, path, entry, name, index, vars, resources) {
  const entryAt = workload.at(path);
  const base = { name, index, origin: name };
  if (workload.isInvalid([...path, "value"])) {
    return {
      ...base,
      value: void 0,
      unknown: "the value is not a string",
      at: workload.at([...path, "value"]),
      via: []
    };
  }
  const valueFrom = asObject(entry.valueFrom);
  if (!valueFrom) {
    const raw = asString(entry.value) ?? "";
    return {
      ...base,
      value: expand(raw, vars),
      raw,
      // Only a value with a reference needs them later (a copy per entry otherwise).
      ...raw.includes("$(") ? { before: new Map(vars) } : {},
      at: workload.at([...path, "value"]),
      via: []
    };
  }
  const keyRef = asObject(valueFrom.configMapKeyRef) ?? asObject(valueFrom.secretKeyRef);
  if (keyRef) {
    const isSecret = valueFrom.configMapKeyRef === void 0;
    const kind2 = isSecret ? "Secret" : "ConfigMap";
    const refName = asString(keyRef.name) ?? "";
    const key = asString(keyRef.key) ?? "";
    const target = resources.find(isSecret ? SECRET : CONFIG_MAP, workload.namespace, refName);
    const data = target ? dataOf(target).get(key) : void 0;
    if (target && data) return { ...base, ...data, via: [entryAt], from: `${kind2} ${refName}` };
    const reason2 = target ? `${kind2} ${refName} has no key ${key}` : `${kind2} ${refName} is not in the linted files`;
    return { ...base, value: void 0, unknown: reason2, at: entryAt, via: [] };
  }
  const fieldPath = asString(asObject(valueFrom.fieldRef)?.fieldPath);
  if (fieldPath === "metadata.namespace" && workload.namespace !== void 0) {
    return { ...base, value: workload.namespace, at: entryAt, via: [] };
  }
  const reason = fieldPath ? `it is read from the pod field ${fieldPath}` : "it is set by the cluster at run time";
  return { ...base, value: void 0, unknown: reason, at: entryAt, via: [] };
}
var NO_VARS = /* @__PURE__ */ new Map();
function expandAsWritten(variable, word) {
  return variable.raw === void 0 ? word : expand(word, variable.before ?? NO_VARS);
}
function expand(text, vars) {
  if (!text.includes("$")) return text;
  return text.replace(
    /\$\$|\$\(([A-Za-z_][A-Za-z0-9_.-]*)\)/g,
    (match, name) => {
      if (name === void 0) return "$";
      const variable = vars.get(name);
      if (!variable) return match;
      return variable.value ?? unknownReference(name);
    }
  );
}
function dataOf(resource) {
  const out = /* @__PURE__ */ new Map();
  const isSecret = resource.kind === "Secret";
  const data = asObject(resource.value.data) ?? {};
  for (const [key, raw] of Object.entries(data)) {
    const at2 = resource.at(["data", key]);
    if (typeof raw !== "string") continue;
    if (!isSecret) {
      out.set(key, { value: raw, at: at2 });
      continue;
    }
    const compact = raw.replace(/\s+/g, "");
    if (/^[A-Za-z0-9+/]*={0,2}$/.test(compact) && compact.length % 4 === 0) {
      out.set(key, { value: Buffer.from(compact, "base64").toString("utf8"), at: at2 });
    } else {
      out.set(key, {
        value: void 0,
        unknown: `Secret ${resource.name} key ${key} is not valid base64`,
        at: at2
      });
    }
  }
  if (isSecret) {
    for (const [key, raw] of Object.entries(asObject(resource.value.stringData) ?? {})) {
      if (typeof raw === "string")
        out.set(key, { value: raw, at: resource.at(["stringData", key]) });
    }
  }
  return out;
}

// src/model/mounts.ts
function mountedFile(workload, podSpec, container, path, index, containerPath) {
  const target = posix.normalize(path);
  const mounts = asArray(container.volumeMounts).map((raw, i) => ({ m: asObject(raw), i })).filter(
    (x) => x.m !== void 0 && typeof x.m.mountPath === "string"
  ).map(({ m, i }) => ({
    name: asString(m.name) ?? "",
    mountPath: posix.normalize(m.mountPath),
    subPath: asString(m.subPath),
    index: i
  })).filter(
    (m) => m.mountPath === target || target.startsWith(`${m.mountPath.replace(/\/$/, "")}/`)
  ).sort((a, b) => b.mountPath.length - a.mountPath.length);
  const mount = mounts[0];
  if (!mount)
    return {
      text: void 0,
      at: void 0,
      mounted: false,
      unreadable: `nothing is mounted at ${target}`
    };
  const mountAt = containerPath ? workload.at([...containerPath, "volumeMounts", mount.index]) : void 0;
  const where = mountAt ? { mountAt } : {};
  const relative4 = mount.mountPath === target ? mount.subPath ?? posix.basename(target) : posix.join(
    mount.subPath ?? "",
    target.slice(mount.mountPath.replace(/\/$/, "").length + 1)
  );
  const volumes = asArray(podSpec.volumes).map((v) => asObject(v));
  const volume = volumes.find((v) => v?.name === mount.name);
  if (!volume)
    return {
      text: void 0,
      at: void 0,
      mounted: true,
      ...where,
      unreadable: `volume ${mount.name} is not defined`
    };
  const sources = volumeSources(volume);
  if (sources.length === 0) {
    return {
      text: void 0,
      at: void 0,
      mounted: true,
      ...where,
      unreadable: `volume ${mount.name} is not a ConfigMap or Secret`
    };
  }
  for (const source of sources) {
    const key = keyFor(source.items, relative4);
    if (key === void 0) continue;
    const resource = index.find(
      source.secret ? SECRET : CONFIG_MAP,
      workload.namespace,
      source.name
    );
    const kind2 = source.secret ? "Secret" : "ConfigMap";
    if (!resource) {
      return {
        text: void 0,
        at: void 0,
        mounted: true,
        ...where,
        unreadable: `${kind2} ${source.name} is not in the linted files`
      };
    }
    const data = dataOf(resource).get(key);
    if (data?.value !== void 0)
      return { text: data.value, at: data.at, mounted: true, ...where };
    if (data) {
      const reason = data.unknown ?? `${kind2} ${source.name} key ${key} cannot be read`;
      return { text: void 0, at: data.at, mounted: true, ...where, unreadable: reason };
    }
    if (sources.length === 1) {
      return {
        text: void 0,
        at: resource.at([]),
        mounted: true,
        ...where,
        unreadable: `${kind2} ${source.name} has no key ${key}`,
        missing: true
      };
    }
  }
  return {
    text: void 0,
    at: void 0,
    mounted: true,
    ...where,
    unreadable: `no volume source provides ${relative4}`,
    // Every source is in the files (an absent one returned above) and none has the file.
    missing: true
  };
}
function volumeSources(volume) {
  const direct = [configMapSource(volume.configMap), secretSource(volume.secret)];
  const projected = asArray(asObject(volume.projected)?.sources).flatMap((s) => {
    const source = asObject(s);
    return source ? [configMapSource(source.configMap), secretSource(source.secret)] : [];
  });
  return [...direct, ...projected].filter((s) => s !== void 0);
}
function configMapSource(value) {
  const object = asObject(value);
  const name = asString(object?.name);
  return object && name !== void 0 ? { name, secret: false, items: itemsOf(object) } : void 0;
}
function secretSource(value) {
  const object = asObject(value);
  const name = asString(object?.secretName) ?? asString(object?.name);
  return object && name !== void 0 ? { name, secret: true, items: itemsOf(object) } : void 0;
}
function itemsOf(object) {
  if (!Array.isArray(object.items)) return void 0;
  return object.items.flatMap((raw) => {
    const item = asObject(raw);
    const key = asString(item?.key);
    const path = asString(item?.path);
    return key !== void 0 && path !== void 0 ? [{ key, path: posix.normalize(path) }] : [];
  });
}
function keyFor(items, relative4) {
  if (!items) return relative4.includes("/") ? void 0 : relative4;
  return items.find((item) => item.path === relative4)?.key;
}

// src/model/cluster.ts
function computeCluster(kc, container, index) {
  const clustered = kc.workload.replicas.clustered;
  const cacheSetting = kc.option("cache");
  let cache2;
  let cacheImplicit;
  if (cacheSetting) cache2 = cacheSetting.value;
  else if (kc.distribution === "bitnami") [cache2, cacheImplicit] = ["ispn", "image"];
  else if (kc.mode.kind === "start-dev") [cache2, cacheImplicit] = ["local", "dev-mode"];
  else if (kc.mode.kind === "start") [cache2, cacheImplicit] = ["ispn", "default"];
  const xml = cacheXml(kc, container, index);
  const stack2 = effectiveStack(kc, xml);
  const dnsQuery2 = parseDnsQuery(
    kc.properties.get("jgroups.dns.query"),
    kc.properties.get("jgroups.dns.record")
  );
  const bindOption = kc.options.get("cache-embedded-network-bind-port");
  const optionApplies = bindOption && kc.version && atLeast(kc.version, 26, 4);
  const transportPort = portOf2(
    (optionApplies ? bindOption : void 0) ?? kc.properties.get("jgroups.bind.port") ?? kc.properties.get("jgroups.tcp.port"),
    7800,
    bindOption !== void 0 && !kc.version
  );
  const offset = portOf2(kc.properties.get("jgroups.fd.port-offset"), 5e4);
  const failureDetectionPort = {
    port: transportPort.port + offset.port,
    ...offset.setting ? { setting: offset.setting } : {},
    ...transportPort.unknown || offset.unknown ? { unknown: true } : {}
  };
  return {
    clustered,
    cache: cache2,
    ...cacheSetting ? { cacheSetting } : {},
    ...cacheImplicit ? { cacheImplicit } : {},
    stack: stack2,
    dnsQuery: dnsQuery2,
    transportPort,
    failureDetectionPort
  };
}
function effectiveStack(kc, found) {
  const xml = found?.ignored ? void 0 : found;
  const option = kc.option("cache-stack");
  const withXml = found ? { xml: found } : {};
  if (option) {
    return option.value === void 0 ? {
      name: void 0,
      source: "unknown",
      setting: option,
      unknown: option.unknown ?? "unknown",
      ...withXml
    } : { name: option.value.trim(), source: "option", setting: option, ...withXml };
  }
  if (xml?.stack) return { name: xml.stack, source: "xml", xml };
  if (xml?.unreadable) return { name: void 0, source: "unknown", unknown: xml.unreadable, xml };
  if (!kc.version)
    return {
      name: void 0,
      source: "unknown",
      unknown: "the Keycloak version is unknown",
      ...withXml
    };
  return { name: defaultStack(kc.version), source: "default", ...withXml };
}
function defaultStack(version) {
  return atLeast(version, 26, 1) ? "jdbc-ping" : "udp";
}
function cacheXml(kc, container, index) {
  const setting = kc.option("cache-config-file");
  const read = (file) => confFile(kc, container, file, index);
  if (setting) {
    if (setting.value === void 0) {
      return xmlOf(
        "(unknown)",
        void 0,
        void 0,
        false,
        setting.unknown ?? "its value is unknown"
      );
    }
    const file = setting.value.trim();
    const shipped = file === "cache-ispn.xml";
    const mounted2 = read(file);
    if (mounted2.text !== void 0) return xmlOf(file, mounted2.text, mounted2.at, false);
    if (shipped && !mounted2.mounted) return shippedXml(kc.version);
    return xmlOf(
      file,
      void 0,
      mounted2.at,
      false,
      mounted2.unreadable ?? `${file} cannot be read`
    );
  }
  const mounted = read("cache-ispn.xml");
  if (!mounted.mounted) return void 0;
  if (!kc.version) {
    return xmlOf(
      "cache-ispn.xml",
      void 0,
      mounted.at,
      false,
      "whether the mounted cache-ispn.xml is read depends on the Keycloak version, which is unknown"
    );
  }
  if (!atLeast(kc.version, 26, 1))
    return mounted.text === void 0 ? void 0 : { ...xmlOf("cache-ispn.xml", mounted.text, mounted.at, false), ignored: true };
  return mounted.text !== void 0 ? xmlOf("cache-ispn.xml", mounted.text, mounted.at, false) : xmlOf(
    "cache-ispn.xml",
    void 0,
    mounted.at,
    false,
    mounted.unreadable ?? "it cannot be read"
  );
}
var BITNAMI_MOUNTED_CONF_DIR = "/bitnami/keycloak/conf";
function confFile(kc, container, file, index) {
  const read = (dir2) => mountedFile(
    kc.workload.resource,
    kc.workload.podSpec,
    container,
    `${dir2}/${file}`,
    index,
    kc.path
  );
  const direct = read(CONF_DIR[kc.distribution]);
  if (kc.distribution !== "bitnami" || direct.mounted) return direct;
  const dir = kc.env.vars.get("KEYCLOAK_MOUNTED_CONF_DIR")?.value ?? BITNAMI_MOUNTED_CONF_DIR;
  const copied = read(dir);
  return copied.mounted ? copied : direct;
}
var configFiles = /* @__PURE__ */ new WeakMap();
function cacheConfigFile(kc, index) {
  if (configFiles.has(kc)) return configFiles.get(kc);
  const setting = kc.option("cache-config-file");
  let view;
  const container = asObject(valueAt(kc.workload.resource.value, kc.path));
  if (setting?.value !== void 0 && container) {
    const file = setting.value.trim();
    view = {
      setting,
      file,
      shipped: file === "cache-ispn.xml",
      found: confFile(kc, container, file, index)
    };
  }
  configFiles.set(kc, view);
  return view;
}
function transportStackAt(xml) {
  if (!xml.at || xml.text === void 0) return void 0;
  const transport = xml.text.search(/<transport\b/);
  if (transport < 0) return xml.at;
  const match = /\bstack\s*=\s*["'][^"']*["']/.exec(xml.text.slice(transport));
  if (!match) return xml.at;
  const start = transport + match.index;
  return { ...xml.at, span: [start, start + match[0].length] };
}
function shippedXml(version) {
  if (!version)
    return xmlOf(
      "cache-ispn.xml",
      void 0,
      void 0,
      true,
      "the shipped cache-ispn.xml differs between Keycloak versions, and the version is unknown"
    );
  return {
    file: "cache-ispn.xml",
    text: void 0,
    at: void 0,
    shipped: true,
    stack: atLeast(version, 26, 1) ? void 0 : "udp",
    definedStacks: []
  };
}
function xmlOf(file, text, at2, shipped, unreadable) {
  const base = { file, text, at: at2, shipped };
  if (text === void 0)
    return {
      ...base,
      stack: void 0,
      definedStacks: [],
      unreadable: unreadable ?? `${file} cannot be read`
    };
  const body = text.replace(/<!--[\s\S]*?-->/g, "");
  if (!/<infinispan\b/.test(body)) {
    return {
      ...base,
      stack: void 0,
      definedStacks: [],
      unreadable: `${file} is not an Infinispan XML file`
    };
  }
  const stack2 = /<transport\b[^>]*?\bstack\s*=\s*["']([^"']+)["']/.exec(body)?.[1];
  const definedStacks = [...body.matchAll(/<stack\b[^>]*?\bname\s*=\s*["']([^"']+)["']/g)].map(
    (m) => m[1]
  );
  return { ...base, stack: stack2, definedStacks };
}
function parseDnsQuery(setting, record) {
  if (!setting || setting.value === void 0) return void 0;
  const value = setting.value.trim();
  let host = value.replace(/\.$/, "");
  if (record?.value?.toUpperCase() === "SRV") host = host.replace(/^_[^.]+\._[^.]+\./, "");
  const labels = host.split(".");
  const [service2, namespace, third] = labels;
  if (!service2) return void 0;
  if (third !== void 0 && third !== "svc") return void 0;
  return { setting, value, service: service2, namespace };
}
function portOf2(setting, fallback, uncertain = false) {
  if (setting && setting.value === void 0) return { port: fallback, setting, unknown: true };
  const port = Number(setting?.value);
  if (setting && Number.isInteger(port) && port > 0) return { port, setting };
  return uncertain ? { port: fallback, unknown: true } : { port: fallback };
}

// rules/cache-config-file-invalid.ts
var cache_config_file_invalid_default = defineRule({
  id: "cache-config-file-invalid",
  meta: {
    severity: "warning",
    category: "cluster-formation",
    summary: "Check that cache-config-file names an Infinispan XML file under conf/",
    rationale: '`cache-config-file` is a path relative to the `conf/` directory of the distribution (`/opt/keycloak/conf`), naming an Infinispan XML file. An absolute path, a path that starts with `conf/` again, or a file that is not there stops Keycloak at startup ("Cache config file ... does not exist in the conf directory"). In Kubernetes the file usually comes from a ConfigMap mounted into `conf/`, either as the whole directory or as one key with `subPath`.',
    fix: "Point cache-config-file at an Infinispan XML file relative to conf/ ({{example}}), and mount the ConfigMap key that holds it at {{confDir}}/<file> (subPath) or mount the ConfigMap as a directory under conf/.",
    messages: {
      absolute: "{{setting}} is an absolute path; Keycloak reads cache-config-file relative to {{confDir}}, so it looks for {{confDir}}{{value}}, which does not exist.",
      confPrefix: "{{setting}} starts with conf/, but the path is already relative to {{confDir}}: Keycloak looks for {{confDir}}/{{value}}, where nothing is mounted.",
      notXml: "{{setting}} does not name an XML file; cache-config-file expects an Infinispan XML file under {{confDir}}.",
      notProvided: "{{setting}} names {{confDir}}/{{value}}, but {{why}}; Keycloak stops at startup because the cache configuration file does not exist."
    },
    appliesTo: ["Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ConfigMap"],
    versions: "17 and later",
    limitations: [
      "A file that is not mounted at all is reported only for official images: a custom image may have copied it into conf/ at build time. A ConfigMap or Secret that is not in the linted files is trusted to hold the file.",
      "Like the other cluster-formation rules, it runs on clustered workloads only, although Keycloak checks that the file exists at any replica count."
    ],
    references: [
      "[Configuring distributed caches](https://www.keycloak.org/server/caching)",
      "[Configure a Pod to use a ConfigMap](https://kubernetes.io/docs/tasks/configure-pod-container/configure-pod-configmap/#add-configmap-data-to-a-volume)"
    ]
  },
  *check(model) {
    for (const kc of clusteredKeycloak(model)) {
      const view = cacheConfigFile(kc, model.index);
      if (!view?.file) continue;
      const confDir = CONF_DIR[kc.distribution];
      const data = {
        setting: settingText(view.setting, "cache-config-file"),
        value: view.file,
        confDir,
        example: "cache-ispn-custom.xml",
        why: ""
      };
      const finding = (messageId, related = []) => ({
        messageId,
        data,
        at: view.setting.at,
        resource: kc.workload.resource,
        related
      });
      if (view.file.startsWith("/")) {
        yield finding("absolute");
        continue;
      }
      const { found } = view;
      if (/^(\.\/)?conf\//.test(view.file) && !found.mounted) {
        yield finding("confPrefix");
        continue;
      }
      if (!/\.xml$/i.test(view.file)) {
        yield finding("notXml");
        continue;
      }
      if (found.text !== void 0) continue;
      if (found.missing) {
        data.why = `${found.unreadable ?? "the volume mounted there does not provide it"}`;
        const related = [];
        if (found.mountAt)
          related.push({
            at: found.mountAt,
            resource: kc.workload.resource,
            message: "the volume mounted over that path"
          });
        yield finding("notProvided", related);
      } else if (!found.mounted && kc.official && !view.shipped) {
        data.why = `no volume is mounted there and the official image ${kc.image.raw} has no such file`;
        yield finding("notProvided");
      }
    }
  }
});

// rules/cache-stack-overrides-config-file.ts
var cache_stack_overrides_config_file_default = defineRule({
  id: "cache-stack-overrides-config-file",
  meta: {
    severity: "warning",
    category: "cluster-formation",
    summary: "Report a cache-stack option that overrides the stack of the cache XML",
    rationale: 'When both `cache-stack` and a cache XML set the transport stack, the option wins: the `stack` attribute of `<transport>` in the file is ignored, and a stack the file defines itself (`<stack name="...">`, for example DNS_PING tuned by hand) is never used. The XML Keycloak loads is the one `cache-config-file` names and, from 26.1, also a `conf/cache-ispn.xml` mounted over the shipped one.',
    fix: 'Make {{option}} and {{file}} agree: set stack="{{stack}}" in the file, or drop the option if the stack the file names is the one you want.',
    fixes: {
      customStack: "Drop {{option}} so that the {{xmlStack}} stack that {{file}} defines is used (or, if the {{stack}} stack is meant, name it in the transport of the file).",
      notXml: "Mount an Infinispan XML file as {{file}}, or drop cache-config-file; cache-stack alone selects a built-in stack."
    },
    messages: {
      customStack: '{{option}} overrides stack="{{xmlStack}}" in {{file}}, so the stack {{xmlStack}} that the file defines is never used; Keycloak runs the {{stack}} stack instead.',
      otherStack: '{{option}} overrides stack="{{xmlStack}}" in {{file}}: Keycloak runs {{stack}}, not the stack the file names.',
      notXml: "{{option}} is set together with {{file}}, which holds no Infinispan XML document, so the file cannot define the transport (nor the caches)."
    },
    appliesTo: ["Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ConfigMap"],
    versions: "17 and later (a mounted conf/cache-ispn.xml: 26.1 and later)",
    limitations: [
      "A cache XML the linter cannot read (a ConfigMap outside the linted files, a file copied into a custom image) is not reported; a file that is not there at all is reported by `cache-config-file-invalid`.",
      'The distribution\'s own cache-ispn.xml is not a custom file: overriding its `stack="udp"` (up to 26.0) with cache-stack is the documented way to choose a stack.'
    ],
    references: ["[Configuring distributed caches](https://www.keycloak.org/server/caching)"]
  },
  *check(model) {
    for (const kc of withTransport(model)) {
      const { stack: stack2 } = kc.cluster;
      const xml = stack2.xml;
      if (stack2.source !== "option" || !stack2.setting || !stack2.name) continue;
      if (!xml || xml.shipped || xml.ignored || xml.text === void 0) continue;
      const data = {
        option: settingText(stack2.setting, "cache-stack"),
        file: xml.file,
        stack: stack2.name,
        xmlStack: xml.stack ?? ""
      };
      const related = xml.at ? [{ at: xml.at, message: `the cache XML ${xml.file}` }] : [];
      if (xml.unreadable) {
        yield {
          messageId: "notXml",
          data,
          at: stack2.setting.at,
          resource: kc.workload.resource,
          related,
          fixId: "notXml"
        };
        continue;
      }
      if (!xml.stack || xml.stack === stack2.name) continue;
      const attribute = transportStackAt(xml);
      const custom = xml.definedStacks.includes(xml.stack);
      yield {
        messageId: custom ? "customStack" : "otherStack",
        ...custom ? { fixId: "customStack" } : {},
        data,
        at: stack2.setting.at,
        resource: kc.workload.resource,
        related: attribute ? [{ at: attribute, message: `stack="${xml.stack}" in ${xml.file}` }] : []
      };
    }
  }
});

// rules/cloud-stack-on-kubernetes.ts
var CLOUDS = {
  ec2: "AWS EC2",
  azure: "Azure",
  google: "Google Cloud"
};
var cloud_stack_on_kubernetes_default = defineRule({
  id: "cloud-stack-on-kubernetes",
  meta: {
    severity: "warning",
    category: "cluster-formation",
    summary: "Discourage the cloud VM stacks (ec2, azure, google) on Kubernetes",
    rationale: "The ec2, azure and google stacks discover members through a cloud provider API for virtual machines. They need extra JARs in `providers/`, and they are deprecated from 26.1. On Kubernetes, whichever cloud it runs on, Keycloak documents the kubernetes stack (up to 26.2) or jdbc-ping (26.1 and later).",
    fix: "Use a Kubernetes stack.",
    fixes: {
      before261: "Use the kubernetes stack with a headless discovery Service and -Djgroups.dns.query=<service>.<namespace>.",
      from261: "Leave cache-stack unset so that Keycloak uses jdbc-ping, or use the kubernetes stack with a headless discovery Service (up to 26.2).",
      from263: "Leave cache-stack unset so that Keycloak uses jdbc-ping, which discovers members through the shared database.",
      unknown: "Use jdbc-ping (26.1 and later, the default when cache-stack is unset) or the kubernetes stack (up to 26.2).",
      xml: "Change the transport stack in {{file}}, or set cache-stack, which takes precedence: jdbc-ping from 26.1, kubernetes with a headless discovery Service up to 26.2."
    },
    messages: {
      cloud: "{{origin}} on {{workload}} selects the {{cloud}} VM discovery stack, which needs extra JARs and is deprecated from Keycloak 26.1."
    },
    appliesTo: ["Deployment", "StatefulSet", "DaemonSet", "ReplicaSet"],
    versions: "17 and later"
  },
  *check(model) {
    for (const kc of withTransport(model)) {
      const name = kc.cluster.stack.name;
      if (!name || !CLOUD_STACKS.has(name)) continue;
      yield {
        messageId: "cloud",
        data: {
          origin: stackOrigin(kc),
          workload: workloadName(kc.workload),
          cloud: CLOUDS[name],
          file: kc.cluster.stack.xml?.file ?? ""
        },
        at: stackLocation(kc),
        resource: kc.workload.resource,
        fixId: kc.cluster.stack.source === "xml" ? "xml" : recommendedStackFix(kc.version)
      };
    }
  }
});

// rules/deprecated-cache-stack.ts
var deprecated_cache_stack_default = defineRule({
  id: "deprecated-cache-stack",
  meta: {
    severity: "info",
    category: "cluster-formation",
    summary: "Note transport stacks that the Keycloak version deprecates",
    rationale: "Keycloak 26.1 deprecates udp, tcp, jdbc-ping-udp and the cloud stacks, and 26.3 deprecates kubernetes, in favour of jdbc-ping, which discovers members through the database all replicas share. Deprecated stacks still work, but will be removed. The multicast and cloud stacks are reported by their own rules.",
    fix: "Once every replica uses the same database, leave cache-stack unset so that Keycloak uses jdbc-ping; the headless Service can stay (a StatefulSet needs a serviceName).",
    fixes: {
      xml: "Once every replica uses the same database, remove the stack attribute of the transport in {{file}} so that Keycloak uses jdbc-ping."
    },
    messages: {
      deprecated: "{{origin}}: the {{stack}} stack is deprecated from Keycloak {{since}}, and {{workload}} runs {{version}}."
    },
    appliesTo: ["Deployment", "StatefulSet", "DaemonSet", "ReplicaSet"],
    versions: "26.1 and later"
  },
  *check(model) {
    for (const kc of withTransport(model)) {
      const name = kc.cluster.stack.name;
      if (!name || MULTICAST_STACKS.has(name) || CLOUD_STACKS.has(name)) continue;
      if (!isDeprecatedStack(name, kc.version)) continue;
      yield {
        messageId: "deprecated",
        data: {
          origin: stackOrigin(kc),
          stack: name,
          since: deprecatedSince(name),
          workload: workloadName(kc.workload),
          version: keycloakVersionText(kc),
          file: kc.cluster.stack.xml?.file ?? ""
        },
        at: stackLocation(kc),
        resource: kc.workload.resource,
        ...kc.cluster.stack.source === "xml" ? { fixId: "xml" } : {}
      };
    }
  }
});

// rules/dev-mode-with-replicas.ts
var dev_mode_with_replicas_default = defineRule({
  id: "dev-mode-with-replicas",
  meta: {
    severity: "error",
    category: "cluster-formation",
    summary: "Forbid development mode (start-dev) in a workload with several replicas",
    rationale: "`start-dev` implies `cache=local`: every pod keeps its own caches and, unless `db` is set, its own embedded H2 database, so the replicas share neither login sessions nor (without `db`) data. With `cache=ispn` set explicitly the pods can cluster (a warning then), but development mode is not meant for production. Bitnami images run `start-dev` unless KEYCLOAK_PRODUCTION is true, and set `cache=ispn` themselves.",
    fix: "Run `start` with a database shared by all replicas (KC_DB, KC_DB_URL), or run one replica.",
    fixes: {
      bitnami: "Set KEYCLOAK_PRODUCTION=true (the Bitnami image runs start-dev otherwise) with a database shared by all replicas, or run one replica."
    },
    messages: {
      devMode: "{{workload}} runs Keycloak in development mode (start-dev) with {{replicas}}: dev mode forces cache=local, so every pod keeps its own caches and the replicas share no login sessions{{database}}.",
      devModeBitnami: "{{workload}} runs the Bitnami image without KEYCLOAK_PRODUCTION=true, so it starts in development mode (start-dev) with {{replicas}}, with local caches (cache=local) in every pod.",
      devModeClustered: "{{workload}} runs start-dev with {{replicas}} and cache=ispn{{by}}: the caches can cluster, but development mode is not meant for production."
    },
    graded: "warning when cache=ispn is set explicitly or by the Bitnami image.",
    appliesTo: ["Deployment", "StatefulSet", "DaemonSet", "ReplicaSet"],
    versions: "17 and later"
  },
  *check(model) {
    for (const kc of clusteredKeycloak(model)) {
      if (kc.mode.kind !== "start-dev") continue;
      const { cluster } = kc;
      const bitnami = kc.distribution === "bitnami" && kc.mode.command === void 0;
      const db = kc.option("db");
      const ownH2 = !db || ["dev-file", "dev-mem"].includes(db.value?.trim() ?? "");
      const data = {
        workload: workloadName(kc.workload),
        replicas: kc.workload.replicas.text,
        database: ownH2 ? ", and each keeps its own embedded H2 database" : "",
        by: cluster.cacheImplicit === "image" ? " (which the Bitnami image sets)" : ""
      };
      const fix = bitnami ? { fixId: "bitnami" } : {};
      if (cluster.cache === "ispn" && (cluster.cacheSetting || cluster.cacheImplicit === "image")) {
        yield {
          messageId: "devModeClustered",
          data,
          at: kc.mode.at,
          resource: kc.workload.resource,
          severity: "warning",
          ...fix
        };
      } else {
        yield {
          messageId: bitnami ? "devModeBitnami" : "devMode",
          data,
          at: kc.mode.at,
          resource: kc.workload.resource,
          ...fix
        };
      }
    }
  }
});

// rules/discovery-service-not-publishing-unready.ts
var discovery_service_not_publishing_unready_default = defineRule({
  id: "discovery-service-not-publishing-unready",
  meta: {
    severity: "warning",
    category: "cluster-formation",
    summary: "Require the headless discovery Service to publish unready pods",
    rationale: "A Keycloak pod becomes Ready only after its caches have started, and without `publishNotReadyAddresses: true` DNS lists Ready pods only. Pods that start at the same time (a Deployment, a Parallel StatefulSet, a restart of all pods) may then not see each other, form separate clusters and merge later. The Keycloak Operator sets the field on the discovery Service it creates.",
    fix: "Set spec.publishNotReadyAddresses: true on Service {{service}}.",
    fixes: {
      alsoHttp: "Give discovery a headless Service of its own with publishNotReadyAddresses: true, and point jgroups.dns.query at it: {{service}} also carries HTTP traffic ({{front}}), which would then reach pods that are not ready."
    },
    fixable: "when the Service is used for discovery only; a Service that is also the backend of an Ingress or route gets the suggestion of a Service of its own.",
    messages: {
      unready: "Discovery Service {{service}} of {{workloads}} does not publish unready pods, so pods that start together may not find each other until they are Ready."
    },
    appliesTo: ["Service"],
    versions: "17 and later"
  },
  *check(model) {
    const httpBackends = /* @__PURE__ */ new Map();
    for (const front of frontsOf(model)) {
      for (const backend of front.backends) {
        if (backend.service && !httpBackends.has(backend.service))
          httpBackends.set(backend.service, `${front.kind} ${front.resource.name}`);
      }
    }
    for (const [service2, users] of discoveryServices(model)) {
      const clustered = users.filter((kc) => kc.workload.replicas.clustered);
      if (clustered.length === 0 || service2.spec.clusterIP !== "None") continue;
      if (service2.spec.publishNotReadyAddresses === true) continue;
      const front = httpBackends.get(service2);
      yield {
        messageId: "unready",
        data: {
          front: front ?? "",
          service: service2.name,
          workloads: list([...new Set(clustered.map((kc) => workloadName(kc.workload)))])
        },
        at: service2.at(["spec", "publishNotReadyAddresses"]),
        resource: service2,
        ...front === void 0 ? fixOf(service2, (e) => e.set(["spec", "publishNotReadyAddresses"], true)) : { fixId: "alsoHttp" }
      };
    }
  }
});

// src/model/selector.ts
function toLabelSelector(value) {
  const object = asObject(value);
  if (!object) return void 0;
  const matchLabels = {};
  for (const [k, v] of Object.entries(asObject(object.matchLabels) ?? {})) {
    if (typeof v === "string") matchLabels[k] = v;
  }
  const matchExpressions = asArray(object.matchExpressions).flatMap((entry) => {
    const e = asObject(entry);
    if (!e || typeof e.key !== "string" || typeof e.operator !== "string") return [];
    const values = asArray(e.values).filter((v) => typeof v === "string");
    return [{ key: e.key, operator: e.operator, values }];
  });
  return { matchLabels, matchExpressions };
}
function matchesServiceSelector(selector, labels) {
  const entries = Object.entries(selector);
  return entries.length > 0 && entries.every(([key, value]) => labels[key] === value);
}

// rules/discovery-service-selector-mismatch.ts
var discovery_service_selector_mismatch_default = defineRule({
  id: "discovery-service-selector-mismatch",
  meta: {
    severity: "error",
    category: "cluster-formation",
    summary: "Require the discovery Service to select exactly the pods of its Keycloak workload",
    rationale: "DNS_PING learns the members from the pods the discovery Service selects. If its selector misses the workload's pod labels, DNS returns no members; if it also selects the pods of another Keycloak workload that does not use this Service for discovery, DNS mixes those pods into the answer and this cluster tries to talk to pods that are not its members.",
    fix: "Make the selector match exactly the pod template labels of this Keycloak workload (add a label that only its pods carry).",
    messages: {
      misses: "Service {{service}} is the discovery Service of {{workload}}, but its selector {{selector}} does not select the pod labels {{labels}}.",
      alsoSelects: "Service {{service}} is the discovery Service of {{workloads}}, but its selector {{selector}} also selects the pods of {{others}}, which do not use it for discovery."
    },
    appliesTo: ["Service", "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet"],
    versions: "17 and later"
  },
  *check(model) {
    for (const [service2, users] of discoveryServices(model)) {
      const clustered = users.filter((kc) => kc.workload.replicas.clustered);
      if (clustered.length === 0 || service2.spec.type === "ExternalName") continue;
      const selector = {};
      for (const [k, v] of Object.entries(asObject(service2.spec.selector) ?? {}))
        if (typeof v === "string") selector[k] = v;
      const at2 = service2.at(["spec", "selector"]);
      const userWorkloads = new Set(users.map((kc) => kc.workload));
      for (const workload of new Set(clustered.map((kc) => kc.workload))) {
        if (matchesServiceSelector(selector, workload.podLabels)) continue;
        yield {
          messageId: "misses",
          data: {
            service: service2.name,
            workload: workloadName(workload),
            selector: labelsText(selector),
            labels: labelsText(workload.podLabels)
          },
          at: at2,
          resource: service2,
          related: [
            {
              at: workload.resource.at(podLabelsPath(workload)),
              resource: workload.resource,
              message: `pod labels of ${workloadName(workload)}`
            }
          ]
        };
      }
      const others = model.workloadsSelectedBy(service2).filter((w) => w.keycloak.length > 0 && !userWorkloads.has(w));
      if (others.length === 0) continue;
      const names = [...new Set(others.map(workloadName))];
      yield {
        messageId: "alsoSelects",
        data: {
          service: service2.name,
          workloads: list([...new Set(clustered.map((kc) => workloadName(kc.workload)))]),
          selector: labelsText(selector),
          others: list(names)
        },
        at: at2,
        resource: service2,
        related: others.map((w) => ({
          at: w.resource.at(podLabelsPath(w)),
          resource: w.resource,
          message: `${workloadName(w)} runs Keycloak pods with these labels`
        }))
      };
    }
  }
});

// rules/dns-query-namespace-mismatch.ts
var dns_query_namespace_mismatch_default = defineRule({
  id: "dns-query-namespace-mismatch",
  meta: {
    severity: "error",
    category: "cluster-formation",
    summary: "Require jgroups.dns.query to name the namespace the pods run in",
    rationale: "The namespace in `jgroups.dns.query` (`svc.ns...`) must be the namespace of the discovery Service that selects these pods. A query copied from another namespace does not name that Service: it can resolve to nothing, or to the pods of another cluster.",
    fix: "Use {{service}}.{{namespace}}, the namespace {{workload}} runs in.",
    messages: {
      mismatch: "jgroups.dns.query names namespace {{queried}}, but {{workload}} runs in namespace {{namespace}}.",
      unexpanded: "jgroups.dns.query names namespace {{queried}}, a reference the kubelet leaves as written (it expands $(VAR) only in values written in env, and only with variables defined earlier in the list), so the query does not name namespace {{namespace}}, where {{workload}} runs."
    },
    appliesTo: ["Deployment", "StatefulSet", "DaemonSet", "ReplicaSet"],
    versions: "17 and later",
    limitations: [
      "Resources without a namespace (applied with `kubectl -n`) are never reported: their namespace is not known."
    ]
  },
  *check(model) {
    for (const kc of withTransport(model)) {
      if (!usesDnsPing(kc)) continue;
      const discovery = model.discovery(kc);
      if (!discovery?.namespaceMismatch) continue;
      const unexpanded = /\$\([A-Za-z_][A-Za-z0-9_.-]*\)/.test(discovery.namespaceMismatch);
      yield {
        messageId: unexpanded ? "unexpanded" : "mismatch",
        data: {
          queried: discovery.namespaceMismatch,
          namespace: kc.workload.resource.namespace ?? "",
          workload: workloadName(kc.workload),
          service: discovery.query.service
        },
        at: discovery.query.setting.at,
        resource: kc.workload.resource
      };
    }
  }
});

// rules/dns-query-service-not-found.ts
var dns_query_service_not_found_default = defineRule({
  id: "dns-query-service-not-found",
  meta: {
    severity: "error",
    category: "cluster-formation",
    summary: "Require the Service named by jgroups.dns.query to exist",
    rationale: "DNS_PING finds members by resolving `jgroups.dns.query`. A name that matches no Service resolves to nothing, so every pod starts a cluster of its own. The query may name `svc`, `svc.ns`, `svc.ns.svc` or `svc.ns.svc.<cluster-domain>`; a Service that lives in other files must be linted with these.",
    fix: "Point jgroups.dns.query at the headless Service that selects these pods, or add that Service to the linted files.",
    fixes: {
      candidate: "Point jgroups.dns.query at {{candidate}}, the headless Service that selects these pods, or add a Service named {{service}}."
    },
    messages: {
      notFound: "jgroups.dns.query names Service {{service}}{{where}}, but the linted files have no such Service, so {{workload}} discovers no members."
    },
    appliesTo: ["Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Service"],
    versions: "17 and later"
  },
  *check(model) {
    for (const kc of withTransport(model)) {
      if (!usesDnsPing(kc)) continue;
      const discovery = model.discovery(kc);
      if (!discovery || discovery.services.length > 0 || discovery.external) continue;
      const { query } = discovery;
      const namespace = query.namespace ?? kc.workload.resource.namespace;
      const headless = headlessServiceFor(model, kc.workload);
      const candidate = headless ? queryFor(headless) : "";
      yield {
        messageId: "notFound",
        data: {
          service: query.service,
          where: namespace ? ` in namespace ${namespace}` : "",
          workload: workloadName(kc.workload),
          candidate
        },
        at: query.setting.at,
        resource: kc.workload.resource,
        ...headless ? { fixId: "candidate" } : {}
      };
    }
  }
});

// src/fix/env-edit.ts
function soleEnvEntry(kc, name) {
  const variable = kc.env.vars.get(name);
  if (!variable || variable.index === void 0) return void 0;
  const entries = asArray(valueAt(kc.workload.resource.value, [...kc.path, "env"]));
  const named = entries.filter((e) => asString(asObject(e)?.name) === name);
  if (named.length !== 1 || kc.opaque.length > 0) return void 0;
  return variable.index;
}
function envAbsent(kc, name) {
  return !kc.env.vars.has(name) && kc.opaque.length === 0;
}
function addEnv(editor, kc, vars) {
  if (vars.some((v) => !envAbsent(kc, v.name))) return void 0;
  return editor.append(
    [...kc.path, "env"],
    vars.map((v) => ({ name: v.name, value: v.value }))
  );
}

// rules/dns-query-service-not-headless.ts
var dns_query_service_not_headless_default = defineRule({
  id: "dns-query-service-not-headless",
  meta: {
    severity: "error",
    category: "cluster-formation",
    summary: "Require the jgroups.dns.query Service to be headless",
    rationale: 'DNS_PING asks DNS for the A records of `jgroups.dns.query` and contacts each address. A headless Service (`clusterIP: None`) answers with the IP of every selected pod; an ordinary ClusterIP Service answers with its one virtual IP, so DNS_PING does not learn the members\' addresses, and the pods may each form their own cluster (logging "no members discovered ... creating cluster as coordinator").',
    fix: "Add a separate headless Service (clusterIP: None, publishNotReadyAddresses: true) selecting the Keycloak pods and point jgroups.dns.query at it; keep {{service}} for HTTP traffic.",
    fixes: {
      candidate: "Point jgroups.dns.query at {{candidate}}, the headless Service that selects these pods.",
      externalName: "Point jgroups.dns.query at a headless Service (clusterIP: None, publishNotReadyAddresses: true) that selects the Keycloak pods; {{service}} is an alias of another host name."
    },
    fixable: "when exactly one headless Service in a known namespace selects the pods and the query is a `-Djgroups.dns.query` flag of a JAVA_OPTS_APPEND or JAVA_OPTS value written in the container's env: the flag is pointed at <service>.<namespace>. Without such a Service, the finding keeps a suggestion (which Service to add is kubernetes-stack-missing-dns-query's fix once the query is gone, not this rule's).",
    messages: {
      notHeadless: "jgroups.dns.query names {{service}}, which is {{type}} Service, not a headless one: its DNS name resolves to {{resolves}}, not to the pod IPs, so discovery does not list the pods of {{workload}} and they may each form their own cluster."
    },
    appliesTo: ["Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Service"],
    versions: "17 and later"
  },
  *check(model) {
    for (const kc of withTransport(model)) {
      if (!usesDnsPing(kc)) continue;
      const service2 = model.discovery(kc)?.services[0];
      if (!service2 || service2.spec.clusterIP === "None") continue;
      const type = asString(service2.spec.type) ?? "ClusterIP";
      const headless = headlessServiceFor(model, kc.workload);
      const candidate = headless ? queryFor(headless) : "";
      yield {
        messageId: "notHeadless",
        data: {
          service: service2.name,
          type: type === "ExternalName" ? "an ExternalName" : `a ${type}`,
          resolves: type === "ExternalName" ? "an external name" : "one virtual IP",
          workload: workloadName(kc.workload),
          candidate
        },
        ...headless ? { fixId: "candidate", ...pointAtHeadless(model, kc) } : type === "ExternalName" ? { fixId: "externalName" } : {},
        at: model.discovery(kc).query.setting.at,
        resource: kc.workload.resource,
        related: [
          {
            at: service2.at(["spec", "clusterIP"]),
            resource: service2,
            message: `Service ${service2.name} has no clusterIP: None`
          }
        ]
      };
    }
  }
});
function pointAtHeadless(model, kc) {
  const headless = model.servicesSelecting(kc.workload).filter((s) => s.spec.clusterIP === "None");
  const target = headless[0];
  const query = model.discovery(kc)?.query;
  if (headless.length !== 1 || !target?.namespace || !query) return {};
  const origin = query.setting.origin;
  if (origin !== "JAVA_OPTS_APPEND" && origin !== "JAVA_OPTS") return {};
  const index = soleEnvEntry(kc, origin);
  const editor = YamlEditor.of(kc.workload.resource);
  if (index === void 0 || !editor) return {};
  const node = editor.scalar([...kc.path, "env", index, "value"]);
  if (typeof node?.value !== "string") return {};
  const flags = node.value.split(/\s+/).filter((w) => w.startsWith("-Djgroups.dns.query="));
  if (flags.length !== 1) return {};
  const value = node.value.replace(flags[0], `-Djgroups.dns.query=${queryFor(target)}`);
  const edits = editor.replaceScalar(node, value);
  return edits && edits.length > 0 ? { edits } : {};
}

// rules/duplicate-resource.ts
var duplicate_resource_default = defineRule({
  id: "duplicate-resource",
  meta: {
    severity: "error",
    category: "input",
    summary: "Report documents that define the same object twice",
    rationale: "Two documents with the same API group, kind, namespace and name are one object in the cluster: the later `kubectl apply` silently replaces the earlier, so one of the two configurations never runs, and which one depends on the order the files are applied in.",
    fix: "Keep one definition, or give the copies different names or namespaces.",
    messages: {
      duplicate: "{{resource}} is defined again here; it is first defined in {{first}}, and the later apply replaces the earlier."
    },
    appliesTo: ["*"]
  },
  *check(model) {
    for (const all of model.index.duplicates()) {
      const group = all.filter((r) => !sourceOf(r));
      const [first, ...copies] = group;
      for (const copy of copies) {
        yield {
          messageId: "duplicate",
          data: { resource: nameOf(copy), first: first.doc.file.displayPath },
          at: copy.at(["metadata", "name"]),
          resource: copy,
          related: [
            { at: first.at(["metadata", "name"]), resource: first, message: "first definition" }
          ]
        };
      }
    }
  }
});

// rules/env-var-overridden.ts
var env_var_overridden_default = defineRule({
  id: "env-var-overridden",
  meta: {
    severity: "warning",
    category: "cluster-formation",
    summary: "Report environment variables listed twice in one container",
    rationale: "When a container lists the same variable twice, Kubernetes keeps the last entry and silently drops the earlier one. An edit to the first entry then has no effect; it is an error when the dropped value carries cluster settings (`jgroups.dns.query` or another JGroups property, a KC_CACHE* option or Bitnami's KEYCLOAK_CACHE_* variables). Values read from Secrets are never printed.",
    fix: "Merge the {{name}} entries into one.",
    messages: {
      overridden: "{{name}} is listed again later in container {{container}}; Kubernetes keeps the last entry, so this value ({{value}}) is dropped."
    },
    graded: "error when the dropped entry carries jgroups.dns.query, another JGroups property or a cache setting.",
    appliesTo: ["Deployment", "StatefulSet", "DaemonSet", "ReplicaSet"],
    versions: "17 and later"
  },
  *check(model) {
    for (const kc of clusteredKeycloak(model)) {
      const entries = kc.env.entries;
      const last = /* @__PURE__ */ new Map();
      for (const [i, entry] of entries.entries()) last.set(entry.name, i);
      for (const [i, entry] of entries.entries()) {
        const later = entries[last.get(entry.name)];
        if (later === entry) continue;
        const value = shownValue(entry);
        const clustering = /^(KC_CACHE|KEYCLOAK_CACHE_)/.test(entry.name) || entry.name.startsWith("jgroups.") || /-Djgroups\./.test(entry.value ?? "");
        const nameAt = (index) => kc.workload.resource.at([...kc.path, "env", index ?? i, "name"]);
        yield {
          messageId: "overridden",
          data: { name: entry.name, container: kc.name, value },
          at: nameAt(entry.index),
          resource: kc.workload.resource,
          severity: clustering ? "error" : "warning",
          related: [
            {
              at: nameAt(later.index),
              resource: kc.workload.resource,
              message: `the ${entry.name} entry that wins`
            }
          ]
        };
      }
    }
  }
});

// src/model/probes.ts
var PROBE_KINDS = [
  "readinessProbe",
  "livenessProbe",
  "startupProbe"
];
function namedPorts(kc) {
  const out = /* @__PURE__ */ new Map();
  for (const raw of asArray(valueAt(kc.workload.resource.value, [...kc.path, "ports"]))) {
    const port = asObject(raw);
    const name = asString(port?.name);
    if (name !== void 0 && typeof port?.containerPort === "number")
      out.set(name, port.containerPort);
  }
  return out;
}
function resolvePort(kc, value) {
  if (typeof value === "number") return value;
  if (typeof value !== "string") return void 0;
  if (/^\d+$/.test(value)) return Number(value);
  return namedPorts(kc).get(value);
}
function probesOf(kc) {
  const resource = kc.workload.resource;
  const out = [];
  for (const kind2 of PROBE_KINDS) {
    const probe = asObject(valueAt(resource.value, [...kc.path, kind2]));
    if (!probe) continue;
    for (const handler of ["httpGet", "tcpSocket"]) {
      const action = asObject(probe[handler]);
      if (!action) continue;
      const path = [...kc.path, kind2, handler];
      const rawPath = handler === "httpGet" ? asString(action.path) : void 0;
      out.push({
        kind: kind2,
        handler,
        path,
        port: resolvePort(kc, action.port),
        portText: action.port === void 0 ? "" : String(action.port),
        portAt: resource.at([...path, "port"]),
        httpPath: rawPath === void 0 ? void 0 : rawPath.split("?")[0],
        httpPathAt: rawPath === void 0 ? void 0 : resource.at([...path, "path"]),
        scheme: (asString(action.scheme) ?? "HTTP").toUpperCase()
      });
    }
  }
  return out;
}
function normalisePrefix(prefix) {
  const trimmed = prefix.trim().replace(/\/+$/, "");
  if (trimmed === "") return "";
  return trimmed.startsWith("/") ? trimmed : `/${trimmed}`;
}
function startsWithHealth(path) {
  return /^\/health(\/|$)/.test(path);
}
function isHealthPath(kc, path) {
  if (path === void 0) return false;
  const normalised = path.startsWith("/") ? path : `/${path}`;
  const relative4 = kc.option("http-relative-path");
  const management = kc.option("http-management-relative-path");
  const prefixes = [relative4 ? relative4.value : "/"];
  if (!kc.version || kc.version.major >= 25)
    prefixes.push(management ? management.value : relative4 ? relative4.value : "/");
  if (prefixes.some((p) => p === void 0))
    return /\/health(\/(live|ready|started))?\/?$/.test(normalised);
  return prefixes.some((p) => {
    const prefix = normalisePrefix(p);
    if (prefix === "") return startsWithHealth(normalised);
    return (normalised === prefix || normalised.startsWith(`${prefix}/`)) && startsWithHealth(normalised.slice(prefix.length));
  });
}
function portOption(kc, name, fallback) {
  const setting = kc.option(name);
  if (!setting) return { port: fallback, setting };
  const value = setting.value?.trim();
  return { port: value && /^\d+$/.test(value) ? Number(value) : void 0, setting };
}
function managementPort(kc) {
  return portOption(kc, "http-management-port", 9e3);
}
function healthInterface(kc) {
  for (const [name, moves] of [
    ["legacy-observability-interface", (s) => isTrue(s)],
    ["http-management-health-enabled", (s) => s.value?.trim().toLowerCase() === "false"]
  ]) {
    const setting = kc.option(name);
    if (!setting) continue;
    if (setting.value === void 0) return void 0;
    if (moves(setting)) return { where: "main", because: setting };
  }
  return { where: "management" };
}
function managementHealthPath(kc, path) {
  const relative4 = kc.option("http-relative-path");
  const management = kc.option("http-management-relative-path") ?? relative4;
  if (relative4?.value === void 0 && relative4) return path;
  if (management && management.value === void 0) return path;
  const at2 = path.search(/\/health(\/|$)/);
  if (at2 < 0) return path;
  return `${normalisePrefix(management?.value ?? "/")}${path.slice(at2)}`;
}

// src/model/http.ts
var HOSTNAME_V1_OPTIONS = [
  "hostname-url",
  "hostname-admin-url",
  "hostname-path",
  "hostname-port",
  "hostname-strict-https",
  "hostname-strict-backchannel"
];
function featureList(setting) {
  if (!setting) return [];
  if (setting.value === void 0) return void 0;
  return setting.value.split(",").map((f) => f.trim().toLowerCase()).filter((f) => f !== "");
}
function hostnameV1(kc) {
  const version = kc.version;
  if (!version) return void 0;
  if (!atLeast(version, 25)) return true;
  if (atLeast(version, 26)) return false;
  const enabled = featureList(kc.option("features"));
  const disabled = featureList(kc.option("features-disabled"));
  if (enabled === void 0 || disabled === void 0) return void 0;
  if (disabled.some((f) => f === "hostname" || f === "hostname:v1")) return false;
  if (enabled.includes("hostname:v1")) return true;
  if (kc.optimized && !kc.official && !kc.options.has("features")) return void 0;
  return false;
}
function fromCommandLine(setting) {
  return setting.origin.startsWith("--");
}
function optionForm(option, like) {
  if (like && fromCommandLine(like)) return `--${option}`;
  if (like?.origin === "keycloak.conf") return option;
  return `KC_${option.toUpperCase().replace(/-/g, "_")}`;
}
function envLocation(kc) {
  return kc.workload.resource.at([...kc.path, "env"]);
}
var PASSTHROUGH_KEYS = [
  "nginx.ingress.kubernetes.io/ssl-passthrough",
  "haproxy.org/ssl-passthrough",
  "ingress.kubernetes.io/ssl-passthrough"
];
function termination(view) {
  const annotations = view.resource.annotations;
  if (PASSTHROUGH_KEYS.some((k) => annotations[k]?.trim().toLowerCase() === "true"))
    return "passthrough";
  return view.tls ? "terminates" : "none";
}
function ingressesOf(model, kc) {
  return model.ingresses.filter((view) => view.keycloak.includes(kc.workload));
}
function backendsTo(view, kc) {
  return view.backends.filter((b) => b.workloads.includes(kc.workload));
}
function servicePortOf(backend) {
  const service2 = backend.service;
  if (!service2) return void 0;
  return asArray(service2.spec.ports).map((p) => asObject(p)).find(
    (p) => p !== void 0 && (backend.port.number !== void 0 && p.port === backend.port.number || backend.port.name !== void 0 && p.name === backend.port.name)
  );
}
function backendContainerPort(backend, kc) {
  const port = servicePortOf(backend);
  if (!port) return void 0;
  return resolvePort(kc, port.targetPort ?? port.port);
}
function portValue(kc, name, fallback) {
  const setting = kc.option(name);
  if (!setting) return fallback;
  const value = setting.value?.trim();
  return value && /^\d+$/.test(value) ? Number(value) : void 0;
}
var HTTP_DEFAULT = /* @__PURE__ */ new Set([
  "ingress-nginx",
  "nginx-inc",
  "traefik",
  "haproxy",
  "alb",
  "gce"
]);
function isHttpsValue(value) {
  return value !== void 0 && /https|grpcs/i.test(value);
}
function backendProtocol(view, backend, kc) {
  const ingress = view.resource.annotations;
  const nginx = ingress["nginx.ingress.kubernetes.io/backend-protocol"]?.trim().toUpperCase();
  if (nginx === "HTTPS" || nginx === "GRPCS") return "https";
  if (nginx !== void 0 && nginx !== "HTTP" && nginx !== "AUTO_HTTP") return void 0;
  if (isHttpsValue(ingress["alb.ingress.kubernetes.io/backend-protocol"])) return "https";
  if (ingress["haproxy.org/server-ssl"]?.trim().toLowerCase() === "true") return "https";
  const nginxIncSsl = ingress["nginx.org/ssl-services"];
  if (nginxIncSsl?.split(",").some((s) => s.trim() === backend.serviceName)) return "https";
  const service2 = backend.service;
  const port = servicePortOf(backend);
  if (service2) {
    const a = service2.annotations;
    if (isHttpsValue(a["traefik.ingress.kubernetes.io/service.serversscheme"])) return "https";
    if (a["haproxy.org/server-ssl"]?.trim().toLowerCase() === "true") return "https";
    if (isHttpsValue(a["alb.ingress.kubernetes.io/backend-protocol"])) return "https";
    for (const key of [
      "cloud.google.com/app-protocols",
      "service.alpha.kubernetes.io/app-protocols"
    ])
      if (isHttpsValue(a[key])) return "https";
  }
  if (port && isHttpsValue(asString(port.appProtocol))) return "https";
  const byPortName = view.controller === void 0 || view.controller === "traefik" || !HTTP_DEFAULT.has(view.controller);
  if (byPortName) {
    if (port && (/^https/i.test(asString(port.name) ?? "") || port.port === 443)) return "https";
    if (backend.port.name !== void 0 && /^https/i.test(backend.port.name)) return "https";
  }
  const target = backendContainerPort(backend, kc);
  const httpsPort = portValue(kc, "https-port", 8443);
  const httpPort = portValue(kc, "http-port", 8080);
  if (target !== void 0 && target === httpsPort) return "https";
  if (view.controller && HTTP_DEFAULT.has(view.controller)) return "http";
  if (target !== void 0 && target === httpPort) return "http";
  return void 0;
}
var HTTPS_KEY_OPTIONS = [
  "https-certificate-file",
  "https-certificate-key-file",
  "https-key-store-file"
];
function httpsConfigured(kc) {
  let unknown = false;
  for (const name of HTTPS_KEY_OPTIONS) {
    const setting = kc.option(name);
    if (!setting) continue;
    if (setting.value === void 0) unknown = true;
    else if (setting.value.trim() !== "") return true;
  }
  const conf = CONF_DIR[kc.distribution];
  const mounts = asArray(valueAt(kc.workload.resource.value, [...kc.path, "volumeMounts"]));
  for (const raw of mounts) {
    const mountPath = asString(asObject(raw)?.mountPath)?.replace(/\/+$/, "");
    if (mountPath === void 0) continue;
    if (mountPath === conf || mountPath === `${conf}/server.keystore`) return true;
    if (conf.startsWith(`${mountPath}/`)) return true;
  }
  return unknown ? void 0 : false;
}

// rules/health-probe-without-health-enabled.ts
var health_probe_without_health_enabled_default = defineRule({
  id: "health-probe-without-health-enabled",
  meta: {
    severity: "warning",
    category: "health",
    summary: "Enable the health endpoints that the probes call",
    rationale: "Keycloak serves `/health`, `/health/live` and `/health/ready` (and `/health/started`, documented in recent versions) only when `health-enabled` is true; it is false by default in every version. A probe of a `/health` path then gets 404 (or, from 25, a closed management port when metrics are off too), so the pod never becomes ready or is restarted. `health-enabled` is a build-time option: with `start --optimized` it has to be set when the image is built.",
    fix: "Set {{option}}=true; it is a build-time option, so with --optimized set it when building the image (kc.sh build --health-enabled=true).",
    messages: {
      unset: "The {{probe}} of container {{container}} probes {{path}}, but health-enabled is not set, and its default is false: Keycloak does not serve /health and the probe fails.",
      off: "The {{probe}} of container {{container}} probes {{path}}, but {{setting}} turns the health endpoints off, so the probe fails."
    },
    appliesTo: ["Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Pod"],
    versions: "17 and later",
    limitations: [
      "An --optimized start of an image that is not an official one is skipped: health-enabled is build-time, so the image build decides.",
      "A KC_HEALTH_ENABLED set inside a custom image (an ENV line) is not visible in the manifest."
    ],
    references: ["[Enabling health checks](https://www.keycloak.org/observability/health)"]
  },
  *check(model) {
    for (const kc of quarkusKeycloak(model)) {
      if (kc.optimized && !kc.official) continue;
      const setting = kc.option("health-enabled");
      if (setting && (setting.value === void 0 || isTrue(setting))) continue;
      for (const probe of probesOf(kc)) {
        if (probe.handler !== "httpGet" || !isHealthPath(kc, probe.httpPath)) continue;
        yield {
          messageId: setting ? "off" : "unset",
          data: {
            probe: probe.kind,
            container: kc.name,
            path: probe.httpPath ?? "",
            setting: setting ? settingText(setting, "health-enabled") : "",
            option: optionForm("health-enabled", setting)
          },
          at: probe.httpPathAt ?? probe.portAt,
          resource: kc.workload.resource
        };
      }
    }
  }
});

// rules/health-probe-wrong-port.ts
function mainPortText(kc) {
  const http = kc.option("http-enabled");
  const httpOn = isTrue(http) || !http && kc.mode.kind === "start-dev" || !http && kc.option("proxy")?.value?.trim().toLowerCase() === "edge";
  const httpPort = portOption(kc, "http-port", 8080).port;
  const httpsPort = portOption(kc, "https-port", 8443).port;
  if (httpOn && httpPort !== void 0) return `the HTTP port ${httpPort}`;
  if (http?.value?.trim().toLowerCase() === "false" && httpsPort !== void 0)
    return `the HTTPS port ${httpsPort} (scheme HTTPS)`;
  const https = httpsPort ?? "https-port";
  return `the HTTP port (${httpPort ?? "http-port"}, or ${https} with scheme HTTPS when only HTTPS is on)`;
}
var health_probe_wrong_port_default = defineRule({
  id: "health-probe-wrong-port",
  meta: {
    severity: "error",
    category: "health",
    summary: "Probe /health on the port that serves it for the Keycloak version",
    rationale: "From Keycloak 25, `/health` and `/metrics` are served on the management interface, port 9000 (`http-management-port`), and no longer on the HTTP(S) port: a probe of `:8080/health/ready` answers 404, the pod never becomes ready or is restarted in a loop. Only `legacy-observability-interface=true` or `http-management-health-enabled=false` keep health on the main port. Up to 24 it is the other way round: health is served on the HTTP(S) port and nothing listens on 9000.",
    fix: "Probe {{managementPath}} on the management port {{port}}.",
    fixes: {
      https: "Probe {{managementPath}} on the management port {{port}} with scheme HTTPS: the management interface uses HTTPS when the server has a certificate.",
      before25: "Probe {{main}} instead of 9000: {{version}} serves /health there."
    },
    messages: {
      notManagement: "The {{probe}} of container {{container}} probes {{path}} on port {{probePort}}, but {{version}} serves /health only on the management port {{port}}, so the probe fails.",
      noManagement: "The {{probe}} of container {{container}} probes port 9000, but {{version}} has no management interface: nothing listens there, so the probe fails."
    },
    appliesTo: ["Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Pod"],
    versions: "17 and later",
    limitations: [
      "A probe whose port name is not among the container ports, or whose port option cannot be read, is not checked."
    ],
    references: [
      "[Configuring the management interface](https://www.keycloak.org/server/management-interface)",
      "[Enabling health checks](https://www.keycloak.org/observability/health)",
      "[Keycloak 25 upgrading guide: management port](https://www.keycloak.org/docs/latest/upgrading/index.html#management-port-for-metrics-and-health-endpoints)"
    ]
  },
  *check(model) {
    for (const kc of quarkusKeycloak(model)) {
      const version = kc.version;
      if (!version) continue;
      const resource = kc.workload.resource;
      if (atLeast(version, 25)) {
        const served = healthInterface(kc);
        if (served?.where !== "management") continue;
        const { port, setting } = managementPort(kc);
        if (port === void 0) continue;
        const https = httpsConfigured(kc) === true && kc.option("http-management-scheme")?.value?.trim().toLowerCase() !== "http";
        for (const probe of probesOf(kc)) {
          if (probe.handler !== "httpGet" || probe.port === void 0) continue;
          if (!isHealthPath(kc, probe.httpPath) || probe.port === port) continue;
          yield {
            messageId: "notManagement",
            data: {
              probe: probe.kind,
              container: kc.name,
              path: probe.httpPath ?? "",
              probePort: probe.portText === String(probe.port) ? probe.portText : `${probe.portText} (${probe.port})`,
              version: keycloakVersionText(kc),
              port: setting ? `${port} (${settingText(setting, "http-management-port")})` : port,
              managementPath: managementHealthPath(kc, probe.httpPath ?? "/health")
            },
            at: probe.portAt,
            resource,
            fixId: https && probe.scheme !== "HTTPS" ? "https" : "default"
          };
        }
      } else {
        const httpPort = portOption(kc, "http-port", 8080).port;
        const httpsPort = portOption(kc, "https-port", 8443).port;
        if (httpPort === void 0 || httpsPort === void 0) continue;
        if (httpPort === 9e3 || httpsPort === 9e3) continue;
        for (const probe of probesOf(kc)) {
          if (probe.port !== 9e3) continue;
          yield {
            messageId: "noManagement",
            data: {
              probe: probe.kind,
              container: kc.name,
              version: keycloakVersionText(kc),
              main: mainPortText(kc)
            },
            at: probe.portAt,
            resource,
            fixId: "before25"
          };
        }
      }
    }
  }
});

// rules/hostname-admin-not-url.ts
var hostname_admin_not_url_default = defineRule({
  id: "hostname-admin-not-url",
  meta: {
    severity: "error",
    category: "hostname",
    summary: "Give hostname-admin as a full URL on Keycloak 25 and later",
    rationale: "In hostname v1 (up to 24), `hostname-admin` was a bare host name. Hostname v2 (25 and later, unless 25 runs with the `hostname:v1` feature) requires a full URL with scheme, such as `https://admin.example.com`; Keycloak rejects a bare host name and does not start. Manifests carried over from 24 keep the old form.",
    fix: "Set {{option}} to a full URL: {{example}}.",
    fixes: {
      operator: "Set spec.hostname.admin to a full URL: {{example}}."
    },
    messages: {
      bare: "{{setting}} is not a full URL: {{version}} uses hostname v2, where hostname-admin must include the scheme (https://...), so Keycloak does not start."
    },
    appliesTo: ["Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Pod"],
    versions: "25 and later",
    limitations: [
      "On 25, an --optimized start of an image that is not an official one is skipped unless features are set in the manifest: the image may have been built with hostname:v1."
    ],
    references: [
      "[Configuring the hostname (v2)](https://www.keycloak.org/server/hostname)",
      "[Keycloak 25 upgrading guide: new hostname options](https://www.keycloak.org/docs/latest/upgrading/index.html#new-hostname-options)"
    ]
  },
  *check(model) {
    for (const kc of quarkusKeycloak(model)) {
      if (!kc.version || !atLeast(kc.version, 25) || hostnameV1(kc) !== false) continue;
      const setting = kc.options.get("hostname-admin");
      const value = setting?.value?.trim();
      if (!setting || value === void 0 || value === "") continue;
      if (/^https?:\/\/[^/\s]+/i.test(value)) continue;
      const secret = setting.from?.startsWith("Secret ");
      yield {
        messageId: "bare",
        data: {
          setting: settingText(setting, "hostname-admin"),
          version: keycloakVersionText(kc),
          // Bitnami's own variable is fixed where it is written.
          option: setting.origin.startsWith("KEYCLOAK_") ? setting.origin : optionForm("hostname-admin", setting),
          example: secret ? "https://<admin host>" : `https://${shownValue(setting).replace(/^\/+/, "")}`
        },
        at: setting.at,
        resource: kc.workload.resource
      };
    }
  }
});

// rules/hostname-not-configured.ts
var hostname_not_configured_default = defineRule({
  id: "hostname-not-configured",
  meta: {
    severity: "error",
    category: "hostname",
    summary: "Set a hostname (or hostname-strict=false) for production start",
    rationale: '`hostname-strict` defaults to true, and in production mode (`start`) Keycloak then refuses to start without a configured hostname: "hostname is not configured; either configure hostname, or set hostname-strict to false" from 25 (hostname v2), "Strict hostname resolution configured but no hostname setting provided" up to 24 (hostname v1, where `hostname-url` also configures it). Development mode (`start-dev`) needs none.',
    fix: "Set KC_HOSTNAME to the public URL of Keycloak (https://sso.example.com), or KC_HOSTNAME_STRICT=false to let Keycloak take the host from each request.",
    fixes: {
      operator: "Set spec.hostname.hostname to the public host name of Keycloak, or spec.hostname.strict: false.",
      unknown: "Set KC_HOSTNAME to the public host name (from Keycloak 25 it may also be the full URL, https://sso.example.com), or KC_HOSTNAME_STRICT=false to let Keycloak take the host from each request.",
      v1: "Set KC_HOSTNAME to the public host name (or KC_HOSTNAME_URL to the public URL), or KC_HOSTNAME_STRICT=false to let Keycloak take the host from each request."
    },
    messages: {
      missing: "{{workload}} runs {{version}} in production mode ({{mode}}) without a hostname and without hostname-strict=false, so Keycloak refuses to start.",
      v1Ignored: "{{workload}} runs {{version}} in production mode ({{mode}}) without a hostname and without hostname-strict=false ({{v1}} is a hostname v1 option this version does not read), so Keycloak refuses to start."
    },
    appliesTo: ["Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Pod"],
    versions: "17 and later",
    limitations: [
      "Bitnami images set hostname-strict=false themselves; they are checked only when the manifest sets hostname-strict (KEYCLOAK_HOSTNAME_STRICT or KC_HOSTNAME_STRICT).",
      "A hostname set inside a custom image (an ENV line or a keycloak.conf baked in) is not visible in the manifest.",
      "Containers whose start command the linter cannot see (custom entrypoints) are not checked."
    ],
    references: ["[Configuring the hostname](https://www.keycloak.org/server/hostname)"]
  },
  *check(model) {
    for (const kc of quarkusKeycloak(model)) {
      if (kc.mode.kind !== "start") continue;
      const hostname = kc.option("hostname");
      if (hostname) continue;
      const strict = kc.option("hostname-strict");
      if (kc.distribution === "bitnami") {
        if (!strict) continue;
        const own = strict.origin.startsWith("KEYCLOAK_");
        if (own && !(kc.version && atLeast(kc.version, 26))) continue;
      }
      if (strict && strict.value?.trim().toLowerCase() !== "true") continue;
      const url = kc.option("hostname-url");
      const v1 = hostnameV1(kc);
      if (url) {
        if (v1 !== false) continue;
      }
      const v1Ignored = url !== void 0 && v1 === false;
      yield {
        messageId: v1Ignored ? "v1Ignored" : "missing",
        data: {
          workload: `${kc.workload.resource.kind} ${kc.workload.resource.name}`,
          version: keycloakVersionText(kc),
          mode: kc.mode.command ?? "start",
          v1: url ? settingText(url, "hostname-url") : ""
        },
        at: envLocation(kc),
        resource: kc.workload.resource,
        fixId: !kc.version ? "unknown" : !atLeast(kc.version, 25) ? "v1" : "default"
      };
    }
  }
});

// rules/hostname-v1-option-removed.ts
var REPLACEMENT = {
  "hostname-url": "url",
  "hostname-admin-url": "adminUrl",
  "hostname-path": "parts",
  "hostname-port": "parts",
  "hostname-strict-https": "strictHttps",
  "hostname-strict-backchannel": "backchannel"
};
var hostname_v1_option_removed_default = defineRule({
  id: "hostname-v1-option-removed",
  meta: {
    severity: "error",
    category: "hostname",
    summary: "Replace hostname v1 options, which Keycloak 25 disables and 26.0 removes",
    rationale: 'Keycloak 25 replaced the hostname options with hostname v2: `hostname` takes a host name or a full URL, `hostname-admin` a full URL, and `hostname-url`, `hostname-admin-url`, `hostname-path`, `hostname-port`, `hostname-strict-https` and `hostname-strict-backchannel` are gone. On 25 they work only with the `hostname:v1` feature: without it, Keycloak refuses to start when one is given on the command line ("Disabled option") and ignores one set through the environment or keycloak.conf. Keycloak 26.0 removed hostname v1 altogether, so the options are ignored or rejected whatever the features.',
    fix: "Remove {{option}}: hostname v2 has no such option.",
    fixes: {
      url: "Replace it with {{hostname}}=<the same URL> (hostname v2 takes the full URL).",
      adminUrl: "Replace it with {{admin}}=<the same URL> (a full URL).",
      parts: "Fold the port and path into {{hostname}} as a full URL (https://host:port/path) and remove {{option}}.",
      strictHttps: "Remove it: hostname v2 takes the scheme from a full URL in {{hostname}} (https://host) or from the proxy headers.",
      backchannel: "Remove it; to keep back-channel requests on the URL they were sent to (what hostname-strict-backchannel=false did), set {{dynamic}}=true with a full URL in {{hostname}}.",
      backchannelStrict: "Remove it: hostname v2 already uses the configured hostname for back-channel requests (hostname-backchannel-dynamic defaults to false)."
    },
    messages: {
      removed: "{{setting}}: {{version}} has no hostname v1 options (removed in 26.0), so this one has no effect.",
      removedCli: "{{setting}}: {{version}} has no hostname v1 options (removed in 26.0) and rejects this one on the command line, so Keycloak does not start.",
      disabledCli: '{{setting}}: {{version}} refuses to start ("Disabled option") because hostname v1 options need the hostname:v1 feature, which is not enabled.',
      ignored: "{{setting}}: {{version}} ignores this hostname v1 option because the hostname:v1 feature is not enabled."
    },
    graded: "error on 26.0 and later, and on 25 when the option is on the command line (startup fails); warning on 25 when it is set through the environment or keycloak.conf (ignored).",
    appliesTo: ["Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Pod"],
    versions: "25 and later",
    limitations: [
      "On 25, an --optimized start of an image that is not an official one is skipped unless features are set in the manifest: the image may have been built with hostname:v1."
    ],
    references: [
      "[Keycloak 25 upgrading guide: new hostname options](https://www.keycloak.org/docs/latest/upgrading/index.html#new-hostname-options)",
      "[Configuring the hostname (v2)](https://www.keycloak.org/server/hostname)"
    ]
  },
  *check(model) {
    for (const kc of quarkusKeycloak(model)) {
      const version = kc.version;
      if (!version || !atLeast(version, 25)) continue;
      if (hostnameV1(kc) !== false) continue;
      const removed = atLeast(version, 26);
      for (const option of HOSTNAME_V1_OPTIONS) {
        const setting = kc.options.get(option);
        if (!setting || setting.value?.trim() === "") continue;
        const cli = fromCommandLine(setting);
        yield {
          messageId: removed ? cli ? "removedCli" : "removed" : cli ? "disabledCli" : "ignored",
          data: {
            setting: settingText(setting, option),
            version: keycloakVersionText(kc),
            option: optionForm(option, setting),
            hostname: optionForm("hostname", setting),
            admin: optionForm("hostname-admin", setting),
            dynamic: optionForm("hostname-backchannel-dynamic", setting)
          },
          at: setting.at,
          resource: kc.workload.resource,
          severity: removed || cli ? "error" : "warning",
          fixId: option === "hostname-strict-backchannel" && setting.value?.trim().toLowerCase() === "true" ? "backchannelStrict" : REPLACEMENT[option] ?? "default"
        };
      }
    }
  }
});

// rules/http-disabled-behind-edge-proxy.ts
var http_disabled_behind_edge_proxy_default = defineRule({
  id: "http-disabled-behind-edge-proxy",
  meta: {
    severity: "error",
    category: "proxy",
    summary: "Enable HTTP when the Ingress ends TLS and forwards plain HTTP to Keycloak",
    rationale: 'In production mode (`start`) Keycloak listens only for HTTPS unless `http-enabled` is true. Behind an Ingress that ends TLS and talks HTTP to the pods, and with no certificate configured, Keycloak does not start ("Key material not provided to setup HTTPS"). Up to 25, `proxy=edge` turned HTTP on by itself; since 24 the replacement is `proxy-headers` plus `http-enabled=true`, and 26.0 removed `proxy`, so dropping `KC_PROXY=edge` without adding `KC_HTTP_ENABLED=true` breaks the start.',
    fix: "Set {{option}}=true.",
    fixes: {
      operator: "Set spec.http.httpEnabled: true."
    },
    messages: {
      disabled: "{{ingresses}} {{verb}} TLS and {{talk}} plain HTTP to {{workload}}, but {{version}} has HTTP off ({{http}}) and no certificate is configured, so Keycloak does not start."
    },
    appliesTo: ["Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Pod", "Ingress"],
    versions: "17 and later",
    limitations: [
      "Bitnami images turn HTTP on themselves in some releases and are not checked.",
      "Only the backend-protocol settings of ingress-nginx, NGINX Inc., Traefik, HAProxy, ALB and GKE are read; behind another controller HTTP is assumed only when the backend reaches Keycloak's HTTP port.",
      "A key store baked into a custom image is not visible in the manifest."
    ],
    references: [
      "[Configuring a reverse proxy](https://www.keycloak.org/server/reverseproxy)",
      "[Configuring TLS](https://www.keycloak.org/server/enabletls)"
    ]
  },
  *check(model) {
    for (const kc of quarkusKeycloak(model)) {
      if (kc.mode.kind !== "start" || kc.distribution === "bitnami") continue;
      const http = kc.option("http-enabled");
      if (http && (http.value === void 0 || isTrue(http))) continue;
      const proxy2 = kc.option("proxy");
      if (proxy2) {
        const edge = proxy2.value === void 0 || proxy2.value.trim().toLowerCase() === "edge";
        if (edge && !holdsFor(kc.version, (v) => atLeast(v, 26))) continue;
      }
      if (httpsConfigured(kc) !== false) continue;
      const views2 = ingressesOf(model, kc).filter(
        (view) => termination(view) === "terminates" && backendsTo(view, kc).some((b) => backendProtocol(view, b, kc) === "http")
      );
      if (views2.length === 0) continue;
      const resource = kc.workload.resource;
      yield {
        messageId: "disabled",
        data: {
          ingresses: list(views2.map((v) => nameOf(v.resource))),
          verb: views2.length === 1 ? "ends" : "end",
          talk: views2.length === 1 ? "talks" : "talk",
          workload: `${resource.kind} ${resource.name}`,
          version: keycloakVersionText(kc),
          http: (http ? settingText(http, "http-enabled") : "http-enabled is not set") + (proxy2 && kc.version && atLeast(kc.version, 26) ? `; ${settingText(proxy2, "proxy")} no longer turns it on, the option was removed in 26.0` : ""),
          option: optionForm("http-enabled", http)
        },
        at: http ? http.at : envLocation(kc),
        resource,
        related: views2.flatMap(
          (view) => backendsTo(view, kc).filter((b) => backendProtocol(view, b, kc) === "http").slice(0, 1).map((b) => ({
            at: b.at,
            resource: view.resource,
            message: `${nameOf(view.resource)} forwards plain HTTP to Service ${b.serviceName}.`
          }))
        )
      };
    }
  }
});

// src/model/controllers/names.ts
var FAMILY_NAMES = {
  "ingress-nginx": "ingress-nginx",
  "nginx-inc": "the F5 NGINX Ingress Controller",
  traefik: "Traefik",
  haproxy: "HAProxy",
  alb: "the AWS Load Balancer Controller",
  gce: "GKE Ingress",
  istio: "Istio"
};
function familyText(view) {
  const family = view.controller;
  return family && family !== "other" ? FAMILY_NAMES[family] : controllerText(view);
}

// src/model/controllers/prefixes.ts
var PREFIX_OWNERS = [
  { prefix: "nginx.ingress.kubernetes.io", family: "ingress-nginx" },
  { prefix: "nginx.org", family: "nginx-inc" },
  { prefix: "nginx.com", family: "nginx-inc" },
  { prefix: "traefik.ingress.kubernetes.io", family: "traefik" },
  // HAProxy Kubernetes Ingress Controller and haproxy-ingress; one family here, since the
  // class name `haproxy` does not tell them apart.
  { prefix: "haproxy.org", family: "haproxy" },
  { prefix: "haproxy-ingress.github.io", family: "haproxy" },
  { prefix: "alb.ingress.kubernetes.io", family: "alb" },
  { prefix: "networking.gke.io", family: "gce" },
  { prefix: "ingress.gcp.kubernetes.io", family: "gce" }
];
function ownerOf(prefix) {
  return PREFIX_OWNERS.find((o) => o.prefix === prefix)?.family;
}
function prefixesOf(family) {
  return PREFIX_OWNERS.filter((o) => o.family === family).map((o) => o.prefix);
}
function misspellingLimit(prefix) {
  return Math.min(3, Math.floor(prefix.length / 5));
}
var OPERATOR_ANNOTATIONS = /* @__PURE__ */ new Set([
  "nginx.ingress.kubernetes.io/backend-protocol",
  "route.openshift.io/termination"
]);

// src/model/controllers/traefik.ts
var TRAEFIK_PREFIX = "traefik.ingress.kubernetes.io/";
var TRAEFIK_ROUTER_ANNOTATIONS = /* @__PURE__ */ new Set([
  "router.entrypoints",
  "router.middlewares",
  "router.priority",
  "router.pathmatcher",
  "router.rulesyntax",
  "router.tls",
  "router.tls.certresolver",
  "router.tls.options"
]);
var TRAEFIK_ROUTER_OPEN_PREFIXES = [
  "router.tls.domains.",
  "router.observability."
];
var TRAEFIK_SERVICE_ANNOTATIONS = /* @__PURE__ */ new Set([
  "service.serversscheme",
  "service.serverstransport",
  "service.passhostheader",
  "service.nativelb",
  "service.nodeportlb",
  "service.sticky.cookie",
  "service.sticky.cookie.name",
  "service.sticky.cookie.secure",
  "service.sticky.cookie.httponly",
  "service.sticky.cookie.samesite",
  "service.sticky.cookie.maxage",
  "service.sticky.cookie.path",
  "service.sticky.cookie.domain",
  "service.sticky.cookie.partitioned"
]);

// src/util/nearest.ts
function distance(a, b) {
  if (a === b) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
    }
    previous = current;
  }
  return previous[b.length];
}
function nearest(word, candidates) {
  const all = [...candidates];
  if (word.length >= 4) {
    const containing = all.filter((c) => c.includes(word));
    if (containing.length === 1) return containing[0];
    const words = word.split("-").filter(Boolean);
    if (words.length > 1) {
      const inOrder = all.filter((c) => containsInOrder(c.split("-"), words));
      if (inOrder.length === 1) return inOrder[0];
    }
  }
  let best;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of all) {
    const d = distance(word, candidate);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  const limit = Math.max(2, Math.floor(word.length / 3));
  return bestDistance <= limit ? best : void 0;
}
function containsInOrder(haystack, needles) {
  let at2 = 0;
  for (const needle of needles) {
    at2 = haystack.indexOf(needle, at2);
    if (at2 < 0) return false;
    at2++;
  }
  return true;
}

// rules/ingress-annotation-ignored.ts
var NGINX_DOMAIN = NGINX_PREFIX.slice(0, -1);
var TRAEFIK_DOMAIN = TRAEFIK_PREFIX.slice(0, -1);
var F5_EQUIVALENTS = {
  "client-max-body-size": "proxy-body-size",
  "sticky-cookie-services": "affinity",
  "lb-method": "load-balance",
  "ssl-services": "backend-protocol",
  rewrites: "rewrite-target"
};
var NGINX_TO_F5 = {
  "proxy-body-size": "nginx.org/client-max-body-size",
  affinity: "nginx.com/sticky-cookie-services",
  "load-balance": "nginx.org/lb-method",
  "backend-protocol": "nginx.org/ssl-services",
  "rewrite-target": "nginx.org/rewrites"
};
var ingress_annotation_ignored_default = defineRule({
  id: "ingress-annotation-ignored",
  meta: {
    severity: "error",
    category: "ingress",
    summary: "Report Ingress annotations that the controller in use does not read",
    rationale: "A controller reads only its own annotation names, and ignores others without a word. ingress-nginx reads `nginx.ingress.kubernetes.io/*`: a misspelt prefix (`nginx.kubernetes.io/`, `ingress.kubernetes.io/`), an annotation of the F5 NGINX Ingress Controller (`nginx.org/*`, `nginx.com/*`) or a misspelt name leaves the setting off, so stickiness, buffer sizes or the backend protocol silently keep their defaults. The same holds for every controller: Traefik reads `traefik.ingress.kubernetes.io/*`, HAProxy `haproxy.org/*` or `haproxy-ingress.github.io/*`, the AWS Load Balancer Controller `alb.ingress.kubernetes.io/*`, and none of them reads another family\u2019s annotations. The annotations the Keycloak Operator writes itself (`nginx.ingress.kubernetes.io/backend-protocol`, `route.openshift.io/termination`) are never reported.",
    fix: "Use {{suggested}}.",
    fixable: "when the key is a misspelling of one annotation of the same controller (a misspelt prefix of a known name, or one nearest name): the key is renamed and the value kept. Annotations of another controller are not rewritten, as their values may differ.",
    fixes: {
      remove: "Remove {{key}}; {{controller}} has no equivalent annotation.",
      removeOther: "Remove {{key}}; it only configures {{owner}}. Write the setting the way {{controller}} takes it, if it has one.",
      moveToService: "Move {{key}} to the backend Service: Traefik reads service.* annotations there."
    },
    messages: {
      wrongPrefix: "{{key}} uses the prefix {{prefix}}/, which {{controller}} does not read (it reads {{own}}/), so this setting is ignored.",
      otherController: "{{key}} is an annotation of {{owner}}; {{controller}} ignores it.",
      unknownName: "{{controller}} has no annotation named {{name}}{{suggestion}}, so {{key}} is ignored.",
      serviceOnIngress: "{{key}} is a Traefik service annotation, which Traefik reads from the backend Service only, so on the Ingress it is ignored."
    },
    appliesTo: ["Ingress"],
    limitations: [
      "The controller may be started with another --annotations-prefix; keycloak-lint assumes the default.",
      "Names under a correct prefix are checked for ingress-nginx, the F5 NGINX Ingress Controller and Traefik (its v2/v3 router.* and service.* names; other names are Traefik 1.x names and are not checked). For HAProxy, the AWS Load Balancer Controller, GKE and Istio only prefixes are checked: keycloak-lint has no reliable list of their names across versions.",
      "`ingress.kubernetes.io/` is read by Traefik 1.x and by both HAProxy controllers, so it is reported on ingress-nginx only."
    ],
    references: [
      "[ingress-nginx: annotations](https://kubernetes.github.io/ingress-nginx/user-guide/nginx-configuration/annotations/)",
      "[F5 NGINX Ingress Controller: annotations](https://docs.nginx.com/nginx-ingress-controller/configuration/ingress-resources/advanced-configuration-with-annotations/)",
      "[Traefik: Kubernetes Ingress annotations](https://doc.traefik.io/traefik/routing/providers/kubernetes-ingress/#annotations)",
      "[AWS Load Balancer Controller: Ingress annotations](https://kubernetes-sigs.github.io/aws-load-balancer-controller/latest/guide/ingress/annotations/)"
    ]
  },
  *check(model) {
    for (const view of model.ingresses) {
      const family = view.controller;
      if (!family || family === "other") continue;
      const judge = JUDGES[family] ?? prefixJudge(family);
      const annotations = view.resource.annotations;
      for (const key of Object.keys(annotations)) {
        if (OPERATOR_ANNOTATIONS.has(key)) continue;
        const slash = key.indexOf("/");
        if (slash < 0) continue;
        const verdict2 = judge(key, key.slice(0, slash), key.slice(slash + 1));
        if (!verdict2) continue;
        yield {
          messageId: verdict2.messageId,
          data: { key, controller: FAMILY_NAMES[family], ...verdict2.data },
          at: keyOf(view.resource.at(["metadata", "annotations", key])),
          resource: view.resource,
          ...verdict2.rename && verdict2.suggested && !(verdict2.suggested in annotations) ? fixOf(
            view.resource,
            (e) => e.renameKey(["metadata", "annotations", key], verdict2.suggested)
          ) : {},
          ...verdict2.fixId ? { fixId: verdict2.fixId } : verdict2.suggested === void 0 ? { fixId: "remove" } : {}
        };
      }
    }
  }
});
var verdict = (messageId, suggested, data = {}) => ({ messageId, suggested, data: { ...data, suggested: suggested ?? "" } });
var didYouMean = (guess) => guess ? ` (did you mean ${guess}?)` : "";
function otherFamily(family, prefix) {
  const owner = ownerOf(prefix);
  if (!owner || owner === family) return void 0;
  return {
    ...verdict("otherController", void 0, { owner: FAMILY_NAMES[owner] }),
    fixId: "removeOther"
  };
}
function misspelt(family, prefix) {
  if (ownerOf(prefix)) return void 0;
  return prefixesOf(family).find((own) => {
    const d = distance(prefix, own);
    return d > 0 && d <= misspellingLimit(own);
  });
}
function prefixJudge(family) {
  return (_key, prefix, name) => {
    const other = otherFamily(family, prefix);
    if (other) return other;
    const own = misspelt(family, prefix);
    return own ? { ...verdict("wrongPrefix", `${own}/${name}`, { prefix, own }), rename: true } : void 0;
  };
}
var INGRESS_NGINX = (_key, prefix, name) => {
  if (prefix === NGINX_DOMAIN) {
    if (NGINX_ANNOTATIONS.has(name) || NGINX_RETIRED_ANNOTATIONS.has(name)) return void 0;
    const guess = nearest(name, NGINX_ANNOTATIONS);
    return {
      ...verdict("unknownName", guess && `${NGINX_PREFIX}${guess}`, {
        name,
        suggestion: didYouMean(guess)
      }),
      // Renamed only when no other name is as near.
      rename: guess !== void 0 && [...NGINX_ANNOTATIONS].filter((c) => distance(name, c) <= distance(name, guess)).length === 1
    };
  }
  if (prefix === "nginx.org" || prefix === "nginx.com") {
    const equivalent = F5_EQUIVALENTS[name] ?? (NGINX_ANNOTATIONS.has(name) ? name : void 0);
    return verdict("otherController", equivalent && `${NGINX_PREFIX}${equivalent}`, {
      owner: FAMILY_NAMES["nginx-inc"]
    });
  }
  const other = otherFamily("ingress-nginx", prefix);
  if (other) return other;
  if (MISSPELT_NGINX_PREFIXES.has(prefix) || distance(prefix, NGINX_DOMAIN) <= 3) {
    const known = NGINX_ANNOTATIONS.has(name) ? name : nearest(name, NGINX_ANNOTATIONS) ?? name;
    return {
      ...verdict("wrongPrefix", `${NGINX_PREFIX}${known}`, { prefix, own: NGINX_DOMAIN }),
      // A second guess (the name too) is not certain enough to rewrite.
      rename: known === name && NGINX_ANNOTATIONS.has(name)
    };
  }
  return void 0;
};
var NGINX_INC = (key, prefix, name) => {
  if (prefix === NGINX_DOMAIN) {
    const own = `nginx.org/${name}`;
    const equivalent = NGINX_TO_F5[name] ?? (NGINX_INC_ANNOTATIONS.has(own) ? own : void 0);
    return verdict("otherController", equivalent, { owner: FAMILY_NAMES["ingress-nginx"] });
  }
  if ((prefix === "nginx.org" || prefix === "nginx.com") && !NGINX_INC_ANNOTATIONS.has(key)) {
    const guess = nearest(key, NGINX_INC_ANNOTATIONS);
    return verdict("unknownName", guess, { name, suggestion: didYouMean(guess) });
  }
  return otherFamily("nginx-inc", prefix);
};
var TRAEFIK_NAMES = [...TRAEFIK_ROUTER_ANNOTATIONS, ...TRAEFIK_SERVICE_ANNOTATIONS];
var TRAEFIK = (key, prefix, name) => {
  if (prefix === TRAEFIK_DOMAIN) {
    const lower = name.toLowerCase();
    if (lower.startsWith("service.")) {
      if (key === TRAEFIK_STICKY || key.startsWith(`${TRAEFIK_STICKY}.`)) return void 0;
      if (TRAEFIK_SERVICE_ANNOTATIONS.has(lower)) {
        return { ...verdict("serviceOnIngress", void 0), fixId: "moveToService" };
      }
    } else if (!lower.startsWith("router.")) {
      return void 0;
    }
    if (TRAEFIK_ROUTER_ANNOTATIONS.has(lower)) return void 0;
    if (TRAEFIK_ROUTER_OPEN_PREFIXES.some((p) => lower.startsWith(p))) return void 0;
    const guess = nearest(lower, TRAEFIK_NAMES);
    return verdict("unknownName", guess && `${TRAEFIK_PREFIX}${guess}`, {
      name,
      suggestion: didYouMean(guess)
    });
  }
  return prefixJudge("traefik")(key, prefix, name);
};
var JUDGES = {
  "ingress-nginx": INGRESS_NGINX,
  "nginx-inc": NGINX_INC,
  traefik: TRAEFIK
};

// src/model/backend-ports.ts
function servicePorts(service2) {
  return asArray(service2.spec.ports).flatMap((p, index) => {
    const port = asObject(p);
    if (!port) return [];
    const number = typeof port.port === "number" ? port.port : void 0;
    const target = port.targetPort;
    const written = typeof target === "number" || typeof target === "string";
    return [
      {
        index,
        name: typeof port.name === "string" ? port.name : void 0,
        port: number,
        target: written ? target : number,
        targetWritten: written
      }
    ];
  });
}
function servicePortPath(port) {
  return ["spec", "ports", port.index, ...port.targetWritten ? ["targetPort"] : ["port"]];
}
function findServicePort(service2, ref) {
  return servicePorts(service2).find(
    (p) => ref.number !== void 0 ? p.port === ref.number : p.name === ref.name
  );
}
var numeric = (text) => text !== void 0 && /^\s*\d+\s*$/.test(text) ? Number(text) : void 0;
function targetReachesPod(workload, target) {
  const containers = [
    ...asArray(workload.podSpec.containers),
    // Native sidecars: init containers that keep running.
    ...asArray(workload.podSpec.initContainers).filter(
      (c) => asObject(c)?.restartPolicy === "Always"
    )
  ];
  const declared = containers.flatMap(
    (c) => asArray(asObject(c)?.ports).map((p) => asObject(p) ?? {})
  );
  if (typeof target === "string") {
    const asNumber = numeric(target);
    if (asNumber === void 0) return declared.some((p) => p.name === target);
    target = asNumber;
  }
  if (declared.some((p) => p.containerPort === target)) return true;
  let unknown = false;
  for (const kc of workload.keycloak) {
    const listening = /* @__PURE__ */ new Set();
    if (kc.distribution === "legacy") {
      for (const p of [8080, 8443, 9990]) listening.add(p);
    } else {
      const options = [
        ["http-port", 8080],
        ["https-port", 8443],
        ["http-management-port", 9e3]
      ];
      for (const [option, fallback] of options) {
        const setting = kc.option(option);
        if (setting && setting.value === void 0) unknown = true;
        listening.add(setting ? numeric(setting.value) ?? fallback : fallback);
      }
      if (kc.distribution === "bitnami") {
        for (const [name, variable] of kc.env.vars) {
          if (!/^KEYCLOAK_\w*PORT$/.test(name)) continue;
          const value = numeric(variable.value);
          if (value !== void 0) listening.add(value);
          else unknown = true;
        }
      }
    }
    if (listening.has(target)) return true;
  }
  return unknown ? void 0 : false;
}

// rules/ingress-backend-not-found.ts
var ingress_backend_not_found_default = defineRule({
  id: "ingress-backend-not-found",
  meta: {
    severity: "error",
    category: "ingress",
    summary: "Require every backend of a Keycloak front to name an existing Service and port",
    rationale: "An Ingress (or IngressRoute, HTTPRoute) that names a Service missing from the cluster, or a port the Service does not define, leaves that path without endpoints: the controller answers 503 (ingress-nginx) or 404 for it. A Service port whose targetPort is no port of the Keycloak pods gets no endpoints either. Such mistakes appear when a Service is renamed or its port changes (443 vs 8443) and the front is not updated.",
    fix: "Point the backend at an existing Service and port{{candidates}}.",
    fixes: {
      external: "Point the backend at an existing Service{{candidates}}, or, when {{service}} lives outside these files, declare Service/{{namespace}}{{service}} in externalResources of .keycloak-lint.yaml.",
      port: "Use a port that Service {{service}} defines: {{ports}}.",
      targetPort: "Set the targetPort of Service {{service}} to a port of the Keycloak container ({{containerPorts}})."
    },
    messages: {
      service: "{{front}} routes {{what}} to Service {{service}}, which is not in the linted files{{namespaceText}}.",
      port: "{{front}} routes to port {{port}} of Service {{service}}, which defines {{ports}}.",
      targetPort: "{{front}} routes to port {{port}} of Service {{service}}, whose targetPort {{target}} is no port of the Keycloak container of {{workload}}, so it gets no endpoints."
    },
    appliesTo: ["Ingress", "IngressRoute", "HTTPRoute", "Service"],
    limitations: [
      "Only fronts that reach Keycloak through at least one backend are checked.",
      "Services that exist outside the files are declared with externalResources in the configuration; ExternalName Services are not checked.",
      "A numeric targetPort counts as reaching Keycloak when a container declares it or when it is Keycloak's HTTP, HTTPS or management port as configured."
    ],
    references: [
      "[Kubernetes: Ingress backends](https://kubernetes.io/docs/concepts/services-networking/ingress/#the-ingress-resource)",
      "[Kubernetes: Service targetPort](https://kubernetes.io/docs/concepts/services-networking/service/#defining-a-service)"
    ]
  },
  *check(model) {
    for (const front of frontsOf(model)) {
      const name = `${front.kind} ${front.resource.name}`;
      let found;
      const candidates = () => found ??= [
        ...new Set(
          front.keycloak.flatMap(
            (w) => model.servicesSelecting(w).filter((s) => s.spec.clusterIP !== "None").map((s) => s.name)
          )
        )
      ];
      for (const backend of front.backends) {
        if (!backend.serviceName) continue;
        const service2 = backend.service;
        if (!service2) {
          if (model.isExternal("Service", backend.namespace, backend.serviceName)) continue;
          const others = candidates().filter((c) => c !== backend.serviceName);
          yield {
            messageId: "service",
            data: {
              front: name,
              what: front.kind === "Ingress" ? "a path" : "a request",
              service: backend.serviceName,
              namespace: backend.namespace ? `${backend.namespace}/` : "",
              namespaceText: backend.namespace ? ` (namespace ${backend.namespace})` : "",
              candidates: others.length > 0 ? ` such as ${list(others)}` : ""
            },
            at: backend.at,
            resource: front.resource,
            fixId: "external"
          };
          continue;
        }
        if (service2.spec.type === "ExternalName") continue;
        if (backend.port.number === void 0 && backend.port.name === void 0) continue;
        const portText = String(backend.port.number ?? backend.port.name);
        const port = findServicePort(service2, backend.port);
        if (!port) {
          const defined = servicePorts(service2).map(
            (p) => p.name ? `${p.port} (${p.name})` : String(p.port)
          );
          yield {
            messageId: "port",
            data: {
              front: name,
              port: portText,
              service: service2.name,
              ports: defined.length > 0 ? list(defined) : "no ports"
            },
            at: backend.portAt,
            resource: front.resource,
            fixId: "port",
            related: [
              {
                at: service2.at(["spec", "ports"]),
                resource: service2,
                message: `the ports of Service ${service2.name}`
              }
            ]
          };
          continue;
        }
        if (port.target === void 0) continue;
        for (const workload of backend.workloads) {
          if (workload.keycloak.length === 0) continue;
          if (targetReachesPod(workload, port.target) !== false) continue;
          yield {
            messageId: "targetPort",
            data: {
              front: name,
              port: portText,
              service: service2.name,
              target: String(port.target),
              workload: workloadName(workload),
              containerPorts: keycloakPorts(workload)
            },
            at: backend.portAt,
            resource: front.resource,
            fixId: "targetPort",
            related: [
              {
                at: service2.at(servicePortPath(port)),
                resource: service2,
                message: `targetPort ${port.target}`
              }
            ]
          };
          break;
        }
      }
    }
  }
});
function keycloakPorts(workload) {
  const ports = workload.keycloak.flatMap(
    (kc) => asArray(asObject(valueAt(workload.resource.value, kc.path))?.ports).flatMap((p) => {
      const port = asObject(p);
      if (typeof port?.containerPort !== "number") return [];
      return [
        typeof port.name === "string" ? `${port.name} ${port.containerPort}` : String(port.containerPort)
      ];
    })
  );
  return ports.length > 0 ? list([...new Set(ports)]) : "e.g. 8080 for HTTP";
}

// rules/ingress-client-header-buffers-small.ts
var ingress_client_header_buffers_small_default = defineRule({
  id: "ingress-client-header-buffers-small",
  meta: {
    severity: "info",
    category: "ingress",
    summary: "Recommend larger client header buffers in the ingress-nginx controller ConfigMap",
    rationale: 'ingress-nginx reads request headers into `large-client-header-buffers`, "4 8k" by default, a setting of the controller ConfigMap only (no annotation). A browser that holds Keycloak\'s session cookies (KEYCLOAK_IDENTITY, AUTH_SESSION_ID, KC_RESTART, ...) next to the cookies of the applications on the same domain can send a Cookie header above 8k, and nginx then answers 400 "Request Header Or Cookie Too Large".',
    fix: 'Set large-client-header-buffers: "4 32k" in ConfigMap {{configMap}}.',
    messages: {
      missing: 'ConfigMap {{configMap}} configures the ingress-nginx controller in front of Keycloak without large-client-header-buffers, so request headers keep the "4 8k" default.'
    },
    appliesTo: ["ConfigMap"],
    limitations: [
      "Only a controller ConfigMap in the linted files is checked: one named ingress-nginx-controller or nginx-configuration, or listed in ingressNginxConfigMaps in the configuration file."
    ],
    references: [
      "[ingress-nginx: ConfigMap large-client-header-buffers](https://kubernetes.github.io/ingress-nginx/user-guide/nginx-configuration/configmap/#large-client-header-buffers)"
    ]
  },
  *check(model) {
    if (!model.ingresses.some((v) => v.controller === "ingress-nginx")) return;
    for (const configMap of model.nginxControllerConfigMaps) {
      const data = asObject(configMap.value.data);
      if (data && typeof data["large-client-header-buffers"] === "string") continue;
      yield {
        messageId: "missing",
        data: { configMap: configMap.name },
        at: configMap.at(data ? ["data"] : ["metadata", "name"]),
        resource: configMap
      };
    }
  }
});

// rules/ingress-proxy-buffer-too-small.ts
var MINIMUM = 16 * 1024;
var SUGGESTED = "128k";
var ingress_proxy_buffer_too_small_default = defineRule({
  id: "ingress-proxy-buffer-too-small",
  meta: {
    severity: "warning",
    category: "ingress",
    summary: "Require a proxy buffer large enough for Keycloak response headers on ingress-nginx",
    rationale: 'ingress-nginx reads the response headers from Keycloak into a buffer of `proxy-buffer-size`, 4k by default. Keycloak\'s login and token responses set several cookies (AUTH_SESSION_ID, KC_RESTART, KEYCLOAK_IDENTITY, ...) that can exceed it, and nginx then answers 502 with "upstream sent too big header while reading response header from upstream" in its log.',
    fix: 'Set nginx.ingress.kubernetes.io/proxy-buffer-size: "128k" (at least 16k), or raise proxy-buffer-size in the controller ConfigMap.',
    fixable: 'on Ingresses written in the files: the annotation is set to "128k" (the controller ConfigMap is left alone, as it concerns every Ingress of the controller).',
    fixes: {
      operator: 'Add nginx.ingress.kubernetes.io/proxy-buffer-size: "128k" (at least 16k) to spec.ingress.annotations, or raise proxy-buffer-size in the controller ConfigMap.',
      annotation: 'Raise nginx.ingress.kubernetes.io/proxy-buffer-size to "128k" (at least 16k); the annotation overrides the controller-wide value for this Ingress.'
    },
    messages: {
      missing: "Ingress {{ingress}} sends Keycloak traffic through ingress-nginx without proxy-buffer-size, so nginx keeps its {{default}} buffer for response headers.",
      smallConfigMap: "Ingress {{ingress}} sends Keycloak traffic through ingress-nginx with the {{size}} proxy-buffer-size of ConfigMap {{configMap}}, below 16k.",
      small: "proxy-buffer-size is {{size}}, below the 16k that Keycloak response headers can need."
    },
    appliesTo: ["Ingress", "ConfigMap"],
    limitations: [
      "A controller ConfigMap that is not in the linted files is unknown; declare its value on the Ingress, or lint it too. It is recognised by its name: ingress-nginx-controller, nginx-configuration, or one listed in ingressNginxConfigMaps in the configuration file."
    ]
  },
  *check(model) {
    for (const view of model.ingresses) {
      if (view.controller !== "ingress-nginx") continue;
      const key = `${NGINX_PREFIX}proxy-buffer-size`;
      const value = view.resource.annotations[key];
      if (value !== void 0) {
        const bytes = parseNginxSize(value);
        if (bytes === void 0 || bytes >= MINIMUM) continue;
        yield {
          messageId: "small",
          data: { size: value },
          at: view.resource.at(["metadata", "annotations", key]),
          resource: view.resource,
          fixId: "annotation",
          ...fixOf(view.resource, (e) => e.set(["metadata", "annotations", key], SUGGESTED))
        };
        continue;
      }
      const configured = model.nginxControllerConfigMaps.flatMap((c) => {
        const size = asObject(c.value.data)?.["proxy-buffer-size"];
        return typeof size === "string" ? [{ configMap: c, size, bytes: parseNginxSize(size) ?? 0 }] : [];
      });
      if (configured.some((c) => c.bytes >= MINIMUM)) continue;
      const small = configured[0];
      yield {
        messageId: small ? "smallConfigMap" : "missing",
        data: {
          ingress: view.resource.name,
          default: NGINX_DEFAULT_PROXY_BUFFER_SIZE,
          size: small?.size ?? "",
          configMap: small?.configMap.name ?? ""
        },
        at: view.resource.at(["metadata", "annotations"]),
        resource: view.resource,
        ...fixOf(view.resource, (e) => e.set(["metadata", "annotations", key], SUGGESTED)),
        ...small ? {
          related: [
            {
              at: small.configMap.at(["data", "proxy-buffer-size"]),
              resource: small.configMap,
              message: `proxy-buffer-size: ${small.size}`
            }
          ]
        } : {}
      };
    }
  }
});

// rules/ingress-targets-discovery-service.ts
var ingress_targets_discovery_service_default = defineRule({
  id: "ingress-targets-discovery-service",
  meta: {
    severity: "error",
    category: "ingress",
    summary: "Route Ingress traffic to the HTTP Service, not to the headless discovery Service",
    rationale: "The headless Service that `jgroups.dns.query` names exists so that every pod can find the others, ready or not: it usually publishes pods that are not ready (`publishNotReadyAddresses: true`) and often lists only the JGroups ports. A front that routes to it can send users to pods that are still starting or joining the cluster, and ties the HTTP routing to the discovery setup. Keep a separate ClusterIP Service for HTTP. Applies to Keycloak 17 and later with a DNS_PING (`kubernetes`) stack.",
    fix: "Route to the HTTP Service {{candidate}} instead of {{service}}.",
    fixes: {
      noCandidate: "Add a ClusterIP Service for the HTTP port of the Keycloak pods and route to it instead of {{service}}."
    },
    messages: {
      discovery: "{{front}} routes to Service {{service}}, the headless Service that {{workload}} uses for JGroups discovery (jgroups.dns.query={{query}})."
    },
    appliesTo: ["Ingress", "IngressRoute", "HTTPRoute", "Service"],
    versions: "17 and later",
    references: [
      "[Keycloak: caching, Kubernetes discovery](https://www.keycloak.org/server/caching)",
      "[Kubernetes: headless Services](https://kubernetes.io/docs/concepts/services-networking/service/#headless-services)"
    ]
  },
  *check(model) {
    const discovery = discoveryServices(model);
    for (const front of frontsOf(model)) {
      for (const backend of front.backends) {
        const service2 = backend.service?.spec.clusterIP === "None" ? backend.service : void 0;
        if (!service2) continue;
        const users = discovery.get(service2);
        const kc = users?.[0];
        if (!kc) continue;
        const candidate = model.servicesSelecting(kc.workload).find((s) => s.spec.clusterIP !== "None" && s.spec.type !== "ExternalName");
        const query = model.discovery(kc)?.query;
        yield {
          messageId: "discovery",
          data: {
            front: `${front.kind} ${front.resource.name}`,
            service: service2.name,
            workload: workloadName(kc.workload),
            query: query?.value ?? "",
            candidate: candidate?.name ?? ""
          },
          at: backend.at,
          resource: front.resource,
          ...candidate ? {} : { fixId: "noCandidate" },
          related: [
            {
              at: service2.at(["spec", "clusterIP"]),
              resource: service2,
              message: `Service ${service2.name} is headless (clusterIP: None)`
            },
            ...query ? [
              {
                at: query.setting.at,
                resource: kc.workload.resource,
                message: `jgroups.dns.query=${query.value}`
              }
            ] : []
          ]
        };
      }
    }
  }
});

// src/load/nodes.ts
function walk(ast, path) {
  let node = ast.contents ?? void 0;
  let key;
  for (const segment of path) {
    const current = deref(ast, node);
    if (isMap(current)) {
      const pair = findPair2(ast, current.items, segment, 0);
      if (!pair) return { node: current, key, complete: false };
      key = isScalar(pair.key) || isMapOrSeq(pair.key) ? pair.key : void 0;
      node = pair.value ?? void 0;
      if (!node) return { node: void 0, key, complete: false };
    } else if (isSeq(current) && typeof segment === "number") {
      const item = current.items[segment];
      if (!item) return { node: current, key, complete: false };
      node = item;
      key = void 0;
    } else {
      return { node: current, key, complete: false };
    }
  }
  return { node, key, complete: true };
}
function isMapOrSeq(node) {
  return isMap(node) || isSeq(node);
}
function deref(ast, node) {
  let current = node;
  for (let hops = 0; hops < 10 && isAlias(current); hops++) {
    current = current.resolve(ast) ?? void 0;
  }
  return current;
}
function findPair2(ast, items, segment, depth) {
  const wanted = String(segment);
  for (const pair of items) {
    if (isPair(pair) && isScalar(pair.key) && String(pair.key.value) === wanted) return pair;
  }
  if (depth > 5) return void 0;
  for (const pair of items) {
    if (!isPair(pair) || !isScalar(pair.key) || pair.key.value !== "<<") continue;
    const sources = isSeq(pair.value) ? pair.value.items : [pair.value];
    for (const source of sources) {
      const merged = deref(ast, source);
      if (!isMap(merged)) continue;
      const found = findPair2(ast, merged.items, segment, depth + 1);
      if (found) return found;
    }
  }
  return void 0;
}
function scalarSource(location) {
  const { node, complete } = walk(location.doc.ast, location.path);
  if (!complete || !isScalar(node) || !node.range) return void 0;
  const { offset, file } = location.doc;
  return file.text.slice(offset + node.range[0], offset + node.range[1]);
}

// rules/invalid-field-type.ts
var invalid_field_type_default = defineRule({
  id: "invalid-field-type",
  meta: {
    severity: "error",
    category: "input",
    summary: "Report fields whose type the Kubernetes API rejects",
    rationale: "The API server rejects an object whose fields have the wrong type: an env value written as an unquoted `true` or `7800`, a port or replica count written as a string, a non-string annotation. The object is never applied, so whatever it configures does not happen. keycloak-lint treats such a field as absent.",
    fix: "Write {{field}} as {{expected}}.",
    fixes: {
      quote: 'Quote the value: {{field}}: "{{text}}".',
      missing: "Add {{field}}.",
      misspelt: "Write {{field}} (field names are case-sensitive).",
      notAList: "Write items as a list of objects.",
      notAnObject: "Write each item as a Kubernetes object (apiVersion, kind, metadata, ...).",
      topLevelList: "Write each object as its own YAML document (separated by ---), or wrap them in apiVersion: v1, kind: List, items: [...]."
    },
    messages: {
      wrongType: "{{field}} must be {{expected}}, not {{actual}}; the API server rejects {{resource}} as written.",
      missing: "The object has no {{field}}, so kubectl cannot apply it; it is left out of the checks.",
      misspelt: "{{found}} is not {{field}}, so kubectl cannot apply the object; it is left out of the checks.",
      notAList: "items must be a list; kubectl cannot apply the list as written.",
      notAnObject: "This item of the list is {{found}}, not an object, so kubectl cannot apply the list as written.",
      topLevelList: "This document is a bare list of objects, which kubectl does not read as manifests; the objects in it are left out of the checks."
    },
    appliesTo: [
      "Deployment",
      "StatefulSet",
      "DaemonSet",
      "ReplicaSet",
      "Pod",
      "Service",
      "Ingress",
      "ConfigMap",
      "Secret",
      "HorizontalPodAutoscaler",
      "IngressClass"
    ]
  },
  *check(model) {
    for (const problem of model.objectProblems) {
      const { field, kind: kind2, found } = problem;
      yield { messageId: kind2, data: { field, found: found ?? "" }, at: problem.at, fixId: kind2 };
    }
    for (const problem of model.shapeProblems) {
      const { resource, path, expected, actual } = problem;
      const boolean = /^the boolean (.*)$/.exec(actual)?.[1];
      const source = /^the (number|boolean) /.test(actual) ? scalarSource(resource.at(path)) : void 0;
      const written = boolean !== void 0 && isKeycloakOption(resource, path) ? boolean : source;
      const quote = expected === "a string" && written !== void 0;
      yield {
        messageId: "wrongType",
        data: {
          field: fieldName(path),
          expected,
          actual: written !== void 0 && boolean === void 0 ? `the number ${written}` : actual,
          resource: kindAndName(resource),
          text: written ?? ""
        },
        at: resource.at(path),
        resource,
        ...quote ? { fixId: "quote" } : {}
      };
    }
  }
});
function isKeycloakOption(resource, path) {
  if (path[path.length - 1] !== "value" || path[path.length - 3] !== "env") return false;
  const entry = resource.value && valueAt(resource.value, path.slice(0, -1));
  const name = entry && typeof entry === "object" && !Array.isArray(entry) ? entry.name : void 0;
  return typeof name === "string" && name.startsWith("KC_");
}
function fieldName(path) {
  return path.map(
    (p, i) => typeof p === "number" ? `[${p}]` : /^[A-Za-z0-9_-]+$/.test(p) ? `${i === 0 ? "" : "."}${p}` : `["${p}"]`
  ).join("");
}

// rules/invalid-yaml.ts
var FIX_IDS = {
  binary: "file",
  encoding: "file",
  tooLarge: "tooLarge",
  duplicateKey: "duplicateKey",
  mergedDocuments: "mergedDocuments"
};
var invalid_yaml_default = defineRule({
  id: "invalid-yaml",
  meta: {
    severity: "error",
    category: "input",
    summary: "Report documents that cannot be read as YAML or JSON",
    rationale: 'A document that does not parse is not applied by kubectl, and none of its settings can be checked. Duplicate keys parse, but tools disagree on which value wins; aliases that expand without bound (a "billion laughs" document) are refused, and so are files over the size limit (10 MB unless `--max-file-size` or `maxFileSize` says otherwise), which would cost the run minutes and gigabytes. The other documents of the file, and the other files, are still linted.',
    fix: "Correct the document at the position shown.",
    fixes: {
      duplicateKey: "Keep one of the two keys.",
      mergedDocuments: "Put a line with `---` before this line, so that each manifest is a document of its own.",
      file: "Remove the file from the linted paths, or replace it with UTF-8 YAML or JSON text.",
      tooLarge: "Raise the limit with --max-file-size (maxFileSize in .keycloak-lint.yaml; 0 for no limit), or leave the file out with ignorePaths."
    },
    messages: {
      syntax: "YAML syntax error: {{reason}}.",
      duplicateKey: "The key {{key}} is defined twice in the same mapping; which value wins depends on the tool.",
      mergedDocuments: "A second top-level {{key}} in one document: two manifests run together, a `---` line between them is probably missing, and neither is linted.",
      unreadable: "The document cannot be read: {{reason}}.",
      binary: "The file is binary, not YAML or JSON text.",
      encoding: "The file is not valid UTF-8 (or UTF-16 with a byte order mark) text.",
      tooLarge: "The file is {{size}}, more than the {{limit}} limit, so it was not read."
    },
    appliesTo: ["*"]
  },
  *check(model) {
    for (const problem of model.problems) {
      if (problem.ruleId !== "invalid-yaml") continue;
      const fixId = FIX_IDS[problem.messageId];
      yield {
        messageId: problem.messageId,
        data: problem.data,
        at: { file: problem.file, start: problem.start, end: problem.end },
        ...fixId ? { fixId } : {}
      };
    }
  }
});

// src/model/index.ts
var kindKey = (group, kind2) => `${group}|${kind2}`;
var nameKey = (group, kind2, name) => `${group}|${kind2}|${name}`;
var ResourceIndex = class {
  all;
  #byKind = /* @__PURE__ */ new Map();
  #byName = /* @__PURE__ */ new Map();
  /** By name and namespace, and by name for resources without a namespace. */
  #byNamespacedName = /* @__PURE__ */ new Map();
  #unspecified = /* @__PURE__ */ new Map();
  constructor(resources) {
    this.all = resources;
    for (const resource of resources) {
      const key = nameKey(resource.group, resource.kind, resource.name);
      push(this.#byKind, kindKey(resource.group, resource.kind), resource);
      push(this.#byName, key, resource);
      if (resource.namespace === void 0) push(this.#unspecified, key, resource);
      else push(this.#byNamespacedName, `${key}|${resource.namespace}`, resource);
    }
  }
  ofKind(kinds) {
    readable2(kinds);
    return kinds.flatMap((k) => this.#byKind.get(kindKey(k.group, k.kind)) ?? []);
  }
  /** Every resource of these kinds with this name whose namespace is compatible. */
  findAll(kinds, namespace, name) {
    readable2(kinds);
    const keys = kinds.map((k) => nameKey(k.group, k.kind, name));
    if (namespace === void 0) return keys.flatMap((key) => this.#byName.get(key) ?? []);
    const exact = keys.flatMap((key) => this.#byNamespacedName.get(`${key}|${namespace}`) ?? []);
    return exact.length > 0 ? exact : keys.flatMap((key) => this.#unspecified.get(key) ?? []);
  }
  find(kinds, namespace, name) {
    return this.findAll(kinds, namespace, name)[0];
  }
  /** Groups of documents that define the same group, kind, namespace and name. */
  duplicates() {
    const groups = [];
    for (const sameName of this.#byName.values()) {
      if (sameName.length < 2 || !sameName[0].name) continue;
      const byNamespace = /* @__PURE__ */ new Map();
      for (const r of sameName) push(byNamespace, r.namespace ?? "", r);
      for (const group of byNamespace.values()) if (group.length > 1) groups.push(group);
    }
    return groups;
  }
};
function readable2(kinds) {
  for (const k of kinds) {
    if (!READ_KINDS.has(k.kind))
      throw new Error(`${k.kind} is looked up but not in READ_KINDS (src/load/sniff.ts)`);
  }
}
function sameNamespace(a, b) {
  return a === void 0 || b === void 0 || a === b;
}
function push(map2, key, value) {
  const list2 = map2.get(key);
  if (list2) list2.push(value);
  else map2.set(key, [value]);
}

// src/model/network-policy.ts
var NETWORK_POLICY = [
  { group: "networking.k8s.io", kind: "NetworkPolicy" },
  { group: "extensions", kind: "NetworkPolicy" }
];
function anyOf(values) {
  let result = "no";
  for (const v of values) {
    if (v === "yes") return "yes";
    if (v === "unknown") result = "unknown";
  }
  return result;
}
function allOf(values) {
  let result = "yes";
  for (const v of values) {
    if (v === "no") return "no";
    if (v === "unknown") result = "unknown";
  }
  return result;
}
function containerPortsOf(workload) {
  return asArray(workload.podSpec.containers).flatMap(
    (c) => asArray(asObject(c)?.ports).flatMap((p) => {
      const entry = asObject(p);
      const port = entry?.containerPort;
      if (typeof port !== "number") return [];
      return [
        {
          name: asString(entry?.name),
          port,
          protocol: (asString(entry?.protocol) ?? "TCP").toUpperCase()
        }
      ];
    })
  );
}
function podFacts(workload) {
  return {
    namespace: workload.resource.namespace,
    labels: workload.podLabels,
    ports: containerPortsOf(workload)
  };
}
var views = /* @__PURE__ */ new WeakMap();
function networkPolicies(model) {
  let found = views.get(model);
  if (!found) {
    found = model.index.ofKind(NETWORK_POLICY).map(readPolicy);
    views.set(model, found);
  }
  return found;
}
function readPolicy(resource) {
  const spec = resource.spec;
  const written = asArray(spec.policyTypes).filter((t) => typeof t === "string");
  const types = /* @__PURE__ */ new Set();
  if (written.length > 0) {
    for (const t of written) {
      if (t === "Ingress") types.add("ingress");
      if (t === "Egress") types.add("egress");
    }
  } else {
    types.add("ingress");
    if (asArray(spec.egress).length > 0) types.add("egress");
  }
  return {
    resource,
    podSelector: toLabelSelector(spec.podSelector) ?? { matchLabels: {}, matchExpressions: [] },
    types,
    typesWritten: written.length > 0,
    ingress: readRules(spec.ingress, "ingress", "from"),
    egress: readRules(spec.egress, "egress", "to")
  };
}
function readRules(value, key, peerKey) {
  return asArray(value).map((r, i) => {
    const rule = asObject(r) ?? {};
    const peers = asArray(rule[peerKey]);
    const ports = asArray(rule.ports);
    return {
      path: ["spec", key, i],
      peers: peers.length === 0 ? void 0 : peers.map(readPeer),
      ports: ports.length === 0 ? void 0 : ports.map(readPort)
    };
  });
}
function readPeer(value) {
  const peer = asObject(value) ?? {};
  const block = asObject(peer.ipBlock);
  const cidr = asString(block?.cidr);
  return {
    podSelector: peer.podSelector === void 0 ? void 0 : toLabelSelector(peer.podSelector),
    namespaceSelector: peer.namespaceSelector === void 0 ? void 0 : toLabelSelector(peer.namespaceSelector),
    ipBlock: cidr === void 0 ? void 0 : {
      cidr,
      except: asArray(block?.except).filter((e) => typeof e === "string")
    }
  };
}
function readPort(value) {
  const entry = asObject(value) ?? {};
  const port = entry.port;
  return {
    protocol: (asString(entry.protocol) ?? "TCP").toUpperCase(),
    port: typeof port === "number" || typeof port === "string" ? port : void 0,
    endPort: typeof entry.endPort === "number" ? entry.endPort : void 0
  };
}
function selectorMatches(selector, labels, complete = true, known = /* @__PURE__ */ new Set()) {
  const decided = (key) => complete || known.has(key);
  const results = [];
  for (const [key, value] of Object.entries(selector.matchLabels)) {
    results.push(decided(key) ? labels[key] === value ? "yes" : "no" : "unknown");
  }
  for (const { key, operator, values } of selector.matchExpressions) {
    if (!decided(key)) {
      results.push(["In", "NotIn", "Exists", "DoesNotExist"].includes(operator) ? "unknown" : "no");
      continue;
    }
    const has = Object.hasOwn(labels, key);
    const value = labels[key];
    let ok;
    if (operator === "In") ok = has && values.includes(value);
    else if (operator === "NotIn") ok = !(has && values.includes(value));
    else if (operator === "Exists") ok = has;
    else if (operator === "DoesNotExist") ok = !has;
    else ok = false;
    results.push(ok ? "yes" : "no");
  }
  return allOf(results);
}
var METADATA_NAME = "kubernetes.io/metadata.name";
function namespaceLabels(model, namespace) {
  if (namespace === void 0) return { labels: {}, complete: false, object: void 0 };
  const object = model.index.find(NAMESPACE, void 0, namespace);
  return {
    labels: { ...object?.labels ?? {}, [METADATA_NAME]: namespace },
    complete: object !== void 0,
    object
  };
}
function peerMatches(model, peer, policyNamespace, pod) {
  if (peer.ipBlock) return ipBlockCoversPods(peer.ipBlock);
  if (!peer.podSelector && !peer.namespaceSelector) return "unknown";
  const results = [];
  if (peer.namespaceSelector) {
    const ns = namespaceLabels(model, pod.namespace);
    const known = new Set(pod.namespace === void 0 ? [] : [METADATA_NAME]);
    results.push(selectorMatches(peer.namespaceSelector, ns.labels, ns.complete, known));
  } else if (policyNamespace !== void 0 && pod.namespace !== void 0 && policyNamespace !== pod.namespace) {
    results.push("no");
  }
  if (peer.podSelector) results.push(selectorMatches(peer.podSelector, pod.labels));
  return allOf(results);
}
function ipBlockCoversPods(block) {
  const { cidr, except } = block;
  if (cidr.includes(":")) return cidr.trim() === "::/0" && except.length === 0 ? "yes" : "unknown";
  const parsed = parseCidr(cidr);
  if (!parsed) return "unknown";
  if (parsed.bits === 0) return except.length === 0 ? "yes" : "unknown";
  const podRanges = ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "100.64.0.0/10"];
  return podRanges.some((r) => overlaps(parsed, parseCidr(r))) ? "unknown" : "no";
}
function parseCidr(text) {
  const match = /^\s*(\d+)\.(\d+)\.(\d+)\.(\d+)\/(\d+)\s*$/.exec(text);
  if (!match) return void 0;
  const octets = match.slice(1, 5).map(Number);
  const bits = Number(match[5]);
  if (octets.some((o) => o > 255) || bits > 32) return void 0;
  const base = octets.reduce((acc, o) => acc * 256 + o, 0);
  return { base, bits };
}
function overlaps(a, b) {
  const bits = Math.min(a.bits, b.bits);
  const size = 2 ** (32 - bits);
  return Math.floor(a.base / size) === Math.floor(b.base / size);
}
function portsAdmit(ports, port, destination) {
  if (!ports) return "yes";
  return anyOf(
    ports.map((p) => {
      if (p.protocol !== "TCP") return "no";
      if (p.port === void 0) return "yes";
      if (typeof p.port === "number") {
        return p.endPort !== void 0 ? port >= p.port && port <= p.endPort ? "yes" : "no" : p.port === port ? "yes" : "no";
      }
      if (/^\d+$/.test(p.port)) return "unknown";
      return destination.ports.some(
        (c) => c.name === p.port && c.protocol === "TCP" && c.port === port
      ) ? "yes" : "no";
    })
  );
}
function selectsPods(view, pod) {
  const ns = view.resource.namespace;
  if (ns !== void 0 && pod.namespace !== void 0 && ns !== pod.namespace) return false;
  return selectorMatches(view.podSelector, pod.labels) === "yes";
}
var selecting = /* @__PURE__ */ new WeakMap();
function policiesSelecting(model, workload) {
  let byWorkload = selecting.get(model);
  if (!byWorkload) {
    byWorkload = /* @__PURE__ */ new Map();
    selecting.set(model, byWorkload);
  }
  const cached = byWorkload.get(workload);
  if (cached) return cached;
  const pod = podFacts(workload);
  const found = networkPolicies(model).filter((v) => selectsPods(v, pod));
  byWorkload.set(workload, found);
  return found;
}
function peerReachability(model, workload, direction, ports) {
  const pod = podFacts(workload);
  const isolating = policiesSelecting(model, workload).filter((v) => v.types.has(direction));
  const admitted = /* @__PURE__ */ new Map();
  for (const port of ports) {
    if (isolating.length === 0) {
      admitted.set(port, "yes");
      continue;
    }
    admitted.set(
      port,
      anyOf(
        isolating.flatMap(
          (view) => view[direction].map(
            (rule) => allOf([
              rule.peers ? anyOf(rule.peers.map((p) => peerMatches(model, p, view.resource.namespace, pod))) : "yes",
              // The peer and the destination are pods of the same workload.
              portsAdmit(rule.ports, port, pod)
            ])
          )
        )
      )
    );
  }
  return { isolating, admitted };
}
function serviceTargets(service2, workloads) {
  const containerPorts = workloads.flatMap(containerPortsOf);
  return asArray(service2.spec.ports).flatMap((entry, i) => {
    const p = asObject(entry);
    if (!p) return [];
    const port = typeof p.port === "number" ? p.port : void 0;
    const protocol = (asString(p.protocol) ?? "TCP").toUpperCase();
    const targetPort = p.targetPort;
    let target;
    let targetName;
    if (typeof targetPort === "number") target = targetPort;
    else if (typeof targetPort === "string" && /^\d+$/.test(targetPort))
      target = Number(targetPort);
    else if (typeof targetPort === "string") {
      targetName = targetPort;
      target = containerPorts.find((c) => c.name === targetPort && c.protocol === protocol)?.port;
    } else target = port;
    return [
      {
        path: ["spec", "ports", i],
        name: asString(p.name),
        port,
        protocol,
        target,
        targetName,
        targetWritten: targetPort !== void 0
      }
    ];
  });
}

// src/model/istio.ts
var PEER_AUTHENTICATION = [
  { group: "security.istio.io", kind: "PeerAuthentication" }
];
var AUTHORIZATION_POLICY = [
  { group: "security.istio.io", kind: "AuthorizationPolicy" }
];
var ISTIO_ROOT_NAMESPACE = "istio-system";
var INJECT = "sidecar.istio.io/inject";
var REVISION = "istio.io/rev";
var DATAPLANE = "istio.io/dataplane-mode";
function podMetadataPath(workload) {
  return [...workload.podSpecPath.slice(0, -1), "metadata"];
}
function podAnnotations(workload) {
  const out = {};
  const value = asObject(
    valueAt(workload.resource.value, [...podMetadataPath(workload), "annotations"])
  );
  for (const [k, v] of Object.entries(value ?? {})) if (typeof v === "string") out[k] = v;
  return out;
}
function meshMembership(model, workload) {
  const labels = workload.podLabels;
  const annotations = podAnnotations(workload);
  const meta = podMetadataPath(workload);
  const resource = workload.resource;
  const podKey = labels[INJECT] !== void 0 ? "labels" : "annotations";
  const podValue = labels[INJECT] ?? annotations[INJECT];
  const podAt = resource.at([...meta, podKey, INJECT]);
  if (podValue === "false")
    return { mode: "none", at: podAt, resource, reason: `the pods set ${INJECT}: "false"` };
  const ns = namespaceLabels(model, resource.namespace);
  const object = ns.object;
  const nsAt = (key) => object?.at(["metadata", "labels", key]);
  const nsName = `namespace ${resource.namespace}`;
  const injection = object?.labels["istio-injection"];
  if (injection === "disabled")
    return {
      mode: "none",
      ...located(nsAt("istio-injection"), object),
      reason: `${nsName} is labelled istio-injection=disabled`
    };
  if (injection === "enabled")
    return {
      mode: "sidecar",
      ...located(nsAt("istio-injection"), object),
      reason: `${nsName} is labelled istio-injection=enabled`
    };
  if (object?.labels[REVISION] !== void 0)
    return {
      mode: "sidecar",
      ...located(nsAt(REVISION), object),
      reason: `${nsName} is labelled ${REVISION}=${object.labels[REVISION]}`
    };
  if (podValue === "true")
    return { mode: "sidecar", at: podAt, resource, reason: `the pods set ${INJECT}: "true"` };
  if (labels[REVISION] !== void 0)
    return {
      mode: "sidecar",
      at: resource.at([...meta, "labels", REVISION]),
      resource,
      reason: `the pods are labelled ${REVISION}=${labels[REVISION]}`
    };
  if (labels[DATAPLANE] !== "none" && (object?.labels[DATAPLANE] === "ambient" || labels[DATAPLANE] === "ambient"))
    return { mode: "ambient", reason: "the pods are in the ambient mesh" };
  if (object) return { mode: "none", reason: `${nsName} has no injection label` };
  return { mode: "unknown", reason: `the labels of ${nsName} are not in the files` };
}
function located(at2, resource) {
  return at2 && resource ? { at: at2, resource } : {};
}
function portList(value) {
  if (value === void 0) return void 0;
  if (value.trim() === "*") return "all";
  return new Set(
    value.split(",").map((p) => Number(p.trim())).filter((p) => Number.isInteger(p) && p > 0)
  );
}
function sidecarBypass(workload, port) {
  const a = podAnnotations(workload);
  const excludeIn = portList(a["traffic.sidecar.istio.io/excludeInboundPorts"]);
  const includeIn = portList(a["traffic.sidecar.istio.io/includeInboundPorts"]);
  const excludeOut = portList(a["traffic.sidecar.istio.io/excludeOutboundPorts"]);
  const has = (list2) => list2 instanceof Set && list2.has(port);
  return {
    inbound: has(excludeIn) || includeIn instanceof Set && !includeIn.has(port),
    outbound: has(excludeOut)
  };
}
function discoveryServiceOf(model, kc) {
  const queried = model.discovery(kc)?.services[0];
  if (queried) return queried;
  const workload = kc.workload;
  const serviceName = asString(workload.resource.spec.serviceName);
  if (workload.resource.kind === "StatefulSet" && serviceName) {
    const named = model.index.find(SERVICE, workload.resource.namespace, serviceName);
    if (named) return named;
  }
  return headlessServiceFor(model, workload);
}
function declaredPort(service2, workload, port) {
  return serviceTargets(service2, [workload]).find(
    (t) => t.protocol === "TCP" && (t.port === port || t.target === port)
  );
}
var MODES = ["STRICT", "PERMISSIVE", "DISABLE"];
function modeAt(policy, path) {
  const value = asString(valueAt(policy.value, path))?.toUpperCase();
  return value && MODES.includes(value) ? value : void 0;
}
function matchLabelsOf(value) {
  const out = {};
  for (const [k, v] of Object.entries(asObject(asObject(value)?.matchLabels) ?? {}))
    if (typeof v === "string") out[k] = v;
  return out;
}
function selectorSelects(selector, labels) {
  return Object.entries(selector).every(([k, v]) => labels[k] === v);
}
function mtlsModeFor(model, workload, port) {
  const namespace = workload.resource.namespace;
  const all = model.index.ofKind(PEER_AUTHENTICATION);
  const selectorOf = (p) => matchLabelsOf(p.spec.selector);
  const own = all.filter((p) => sameNamespace(p.namespace, namespace));
  const workloadLevel = own.filter((p) => {
    const s = selectorOf(p);
    return Object.keys(s).length > 0 && selectorSelects(s, workload.podLabels);
  });
  const namespaceLevel = own.filter((p) => Object.keys(selectorOf(p)).length === 0);
  const meshLevel = all.filter(
    (p) => p.namespace === ISTIO_ROOT_NAMESPACE && Object.keys(selectorOf(p)).length === 0
  );
  const levels = [
    ["port", workloadLevel, (p) => portLevelPath(p, port)],
    ["workload", workloadLevel, () => ["spec", "mtls", "mode"]],
    ["namespace", namespaceLevel, () => ["spec", "mtls", "mode"]],
    ["mesh", meshLevel, () => ["spec", "mtls", "mode"]]
  ];
  for (const [level, policies, pathOf] of levels) {
    const decided = policies.flatMap((p) => {
      const path = pathOf(p);
      const mode = modeAt(p, path);
      return mode ? [{ mode, policy: p, path, level }] : [];
    });
    if (decided.length === 0) continue;
    if (decided.some((d) => d.mode !== decided[0].mode)) return void 0;
    return decided[0];
  }
  return { mode: "PERMISSIVE", policy: void 0, path: void 0, level: "default" };
}
function portLevelPath(policy, port) {
  const levels = asObject(policy.spec.portLevelMtls) ?? {};
  const key = Object.keys(levels).find((k) => Number(k) === port) ?? String(port);
  return ["spec", "portLevelMtls", key, "mode"];
}
function authorizationPoliciesFor(model, workload) {
  const namespace = workload.resource.namespace;
  return model.index.ofKind(AUTHORIZATION_POLICY).flatMap((p) => {
    const spec = p.spec;
    if (spec.targetRef !== void 0 || spec.targetRefs !== void 0) return [];
    const inScope = sameNamespace(p.namespace, namespace) || p.namespace === ISTIO_ROOT_NAMESPACE;
    if (!inScope) return [];
    const selector = matchLabelsOf(spec.selector);
    const selected = Object.keys(selector).length > 0;
    if (selected && !selectorSelects(selector, workload.podLabels)) return [];
    const action = (asString(spec.action) ?? "ALLOW").toUpperCase();
    return [{ resource: p, action, selected }];
  });
}
function sourcePodOf(workload) {
  const spec = workload.podSpec;
  return {
    namespace: workload.resource.namespace,
    serviceAccount: asString(spec.serviceAccountName) ?? asString(spec.serviceAccount) ?? "default"
  };
}
var HTTP_SOURCE_FIELDS = ["requestPrincipals", "notRequestPrincipals"];
var HTTP_OPERATION_FIELDS = ["hosts", "notHosts", "paths", "notPaths", "methods", "notMethods"];
function strings(value) {
  return asArray(value).filter((v) => typeof v === "string");
}
function wildcard(pattern, value) {
  if (pattern === "*") return true;
  if (pattern.endsWith("*")) return value.startsWith(pattern.slice(0, -1));
  if (pattern.startsWith("*")) return value.endsWith(pattern.slice(1));
  return pattern === value;
}
function principalMatches(pattern, pod) {
  if (pattern === "*") return "yes";
  if (pod.namespace === void 0) return "unknown";
  const identity = `/ns/${pod.namespace}/sa/${pod.serviceAccount}`;
  if (wildcard(pattern, `cluster.local${identity}`)) return "yes";
  if (pattern.endsWith(identity) || pattern.startsWith("*")) return "unknown";
  return "no";
}
function namespaceMatches(pattern, pod) {
  if (pattern === "*") return "yes";
  if (pod.namespace === void 0) return "unknown";
  return wildcard(pattern, pod.namespace) ? "yes" : "no";
}
function not(value) {
  return value === "yes" ? "no" : value === "no" ? "yes" : "unknown";
}
function sourceMatches(source, pod, httpOnly) {
  const results = [];
  for (const field of Object.keys(source)) {
    const values = strings(source[field]);
    if (HTTP_SOURCE_FIELDS.includes(field)) results.push(httpOnly);
    else if (field === "principals")
      results.push(anyOf(values.map((v) => principalMatches(v, pod))));
    else if (field === "notPrincipals")
      results.push(not(anyOf(values.map((v) => principalMatches(v, pod)))));
    else if (field === "namespaces")
      results.push(anyOf(values.map((v) => namespaceMatches(v, pod))));
    else if (field === "notNamespaces")
      results.push(not(anyOf(values.map((v) => namespaceMatches(v, pod)))));
    else if (field === "ipBlocks" || field === "remoteIpBlocks")
      results.push(anyOf(values.map((v) => ipBlockCoversPods({ cidr: v, except: [] }))));
    else results.push("unknown");
  }
  return allOf(results);
}
function operationMatches(operation, port, httpOnly) {
  const results = [];
  for (const field of Object.keys(operation)) {
    const values = strings(operation[field]);
    if (HTTP_OPERATION_FIELDS.includes(field)) results.push(httpOnly);
    else if (field === "ports") results.push(values.some((v) => Number(v) === port) ? "yes" : "no");
    else if (field === "notPorts")
      results.push(values.some((v) => Number(v) === port) ? "no" : "yes");
    else results.push("unknown");
  }
  return allOf(results);
}
function authzRuleMatches(rule, pod, port, httpOnly) {
  const r = asObject(rule);
  if (!r) return "no";
  const from = asArray(r.from);
  const to = asArray(r.to);
  const results = [];
  if (from.length > 0)
    results.push(
      anyOf(from.map((f) => sourceMatches(asObject(asObject(f)?.source) ?? {}, pod, httpOnly)))
    );
  if (to.length > 0)
    results.push(
      anyOf(
        to.map((t) => operationMatches(asObject(asObject(t)?.operation) ?? {}, port, httpOnly))
      )
    );
  if (asArray(r.when).length > 0) results.push("unknown");
  return allOf(results);
}
function authzDecision(policies, pod, port) {
  const allow = policies.filter((p) => p.action === "ALLOW");
  let denyUnknown = false;
  for (const policy of policies.filter((p) => p.action === "DENY")) {
    const rules2 = asArray(policy.resource.spec.rules);
    for (const [i, rule] of rules2.entries()) {
      const match = authzRuleMatches(rule, pod, port, "unknown");
      if (match === "yes") return { admitted: "no", deniedBy: { policy, rule: i }, allow };
      if (match === "unknown") denyUnknown = true;
    }
  }
  const custom = policies.some((p) => p.action === "CUSTOM");
  const allowed = allow.length === 0 ? "yes" : anyOf(
    allow.flatMap(
      (p) => asArray(p.resource.spec.rules).map((rule) => authzRuleMatches(rule, pod, port, "no"))
    )
  );
  if (allowed === "no") return { admitted: "no", allow };
  return { admitted: denyUnknown || custom ? "unknown" : allowed, allow };
}

// rules/istio-authz-denies-jgroups.ts
var istio_authz_denies_jgroups_default = defineRule({
  id: "istio-authz-denies-jgroups",
  meta: {
    severity: "error",
    category: "network",
    summary: "Require Istio AuthorizationPolicies to admit JGroups traffic between Keycloak pods",
    rationale: "Once an ALLOW AuthorizationPolicy applies to a workload, its sidecar rejects every connection that no rule of an ALLOW policy matches, and a matching DENY rule rejects a connection whatever the ALLOW policies say. Policies written for the HTTP port alone thereby close the JGroups transport port (7800 by default) and the failure-detection port (transport + 50000) that the Keycloak members use between each other, and each pod forms a cluster of its own. JGroups is plain TCP to Istio: a rule with HTTP-only fields (paths, methods, hosts) does not match it in an ALLOW policy.",
    fix: 'Add a rule to AuthorizationPolicy {{policy}} that admits the Keycloak pods on the JGroups ports: `- from: [{source: {principals: ["cluster.local/ns/{{namespace}}/sa/{{serviceAccount}}"]}}]` (or `namespaces: ["{{namespace}}"]`) with `to: [{operation: {ports: ["{{transport}}", "{{fd}}"]}}]`.',
    fixes: {
      deny: 'Keep the JGroups ports out of this DENY rule (`notPorts: ["{{transport}}", "{{fd}}"]` in its operation), or narrow its sources so that they do not match the Keycloak pods.'
    },
    messages: {
      allow: "AuthorizationPolicy {{policy}} (ALLOW) applies to the pods of {{workload}}, and {{none}} TCP {{ports}} from the other Keycloak pods: the sidecars reject the JGroups connections, so each pod forms a cluster of its own.",
      deny: "Rule {{rule}} of AuthorizationPolicy {{policy}} (DENY) matches the connections between the pods of {{workload}} on TCP {{ports}}: the sidecars reject the JGroups traffic, so each pod forms a cluster of its own."
    },
    appliesTo: ["AuthorizationPolicy", "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet"],
    versions: "17 and later, TCP-based stacks",
    limitations: [
      "Only what the files decide is reported: `when` conditions, ipBlocks holding private ranges, principals of another trust domain and CUSTOM policies make the answer unknown, and the rule stays silent.",
      "The root namespace is taken to be istio-system. Policies attached with `targetRef(s)` (waypoints, gateways) are not read.",
      "Pods known to be outside the mesh are skipped; ports excluded from inbound capture (`traffic.sidecar.istio.io/excludeInboundPorts`) are not subject to the policies."
    ],
    references: [
      "[Istio: Authorization Policy](https://istio.io/latest/docs/reference/config/security/authorization-policy/)",
      "[Istio: Authorization for TCP traffic](https://istio.io/latest/docs/tasks/security/authorization/authz-tcp/)"
    ]
  },
  *check(model) {
    const seen = /* @__PURE__ */ new Set();
    for (const kc of withTransport(model)) {
      const workload = kc.workload;
      const stack2 = kc.cluster.stack.name;
      if (seen.has(workload) || !stack2 || !TCP_STACKS.has(stack2)) continue;
      if (kc.cluster.failureDetectionPort.unknown || mayHideJvmOptions(kc, { opaque: false }))
        continue;
      seen.add(workload);
      if (meshMembership(model, workload).mode === "none") continue;
      const policies = authorizationPoliciesFor(model, workload);
      if (policies.length === 0) continue;
      const pod = sourcePodOf(workload);
      const transport = kc.cluster.transportPort.port;
      const fd = kc.cluster.failureDetectionPort.port;
      const ports = [transport, fd].filter((p) => !sidecarBypass(workload, p).inbound);
      const decisions = ports.map((port) => ({ port, ...authzDecision(policies, pod, port) }));
      const blocked = decisions.filter((d) => d.admitted === "no");
      if (blocked.length === 0) continue;
      const base = {
        workload: workloadName(workload),
        ports: list(blocked.map((d) => String(d.port))),
        transport,
        fd,
        namespace: workload.resource.namespace ?? "<namespace>",
        serviceAccount: pod.serviceAccount
      };
      const related = [
        {
          at: workload.resource.at(podLabelsPath(workload)),
          resource: workload.resource,
          message: `The Keycloak pods of ${workloadName(workload)}, which talk to each other on TCP ${transport} and ${fd}.`
        }
      ];
      const denied = blocked.find((d) => d.deniedBy)?.deniedBy;
      if (denied) {
        const resource = denied.policy.resource;
        yield {
          messageId: "deny",
          fixId: "deny",
          data: {
            ...base,
            policy: resource.name,
            rule: denied.rule + 1,
            ports: list(
              blocked.filter((d) => d.deniedBy?.policy === denied.policy).map((d) => String(d.port))
            )
          },
          at: resource.at(["spec", "rules", denied.rule]),
          resource,
          related
        };
        continue;
      }
      const allow = decisions[0].allow;
      const policy = reported(allow);
      yield {
        messageId: "allow",
        data: { ...base, policy: policy.resource.name, none: noneText(allow) },
        at: policy.resource.at(
          policy.resource.spec.rules !== void 0 ? ["spec", "rules"] : policy.resource.spec.action !== void 0 ? ["spec", "action"] : ["spec"]
        ),
        resource: policy.resource,
        related: [
          ...related,
          ...allow.filter((p) => p !== policy).map((p) => ({
            at: p.resource.at(["spec"]),
            resource: p.resource,
            message: `AuthorizationPolicy ${p.resource.name} (ALLOW) also applies to these pods and admits neither port from them.`
          }))
        ]
      };
    }
  }
});
function reported(allow) {
  return allow.find((p) => p.selected) ?? allow[0];
}
function noneText(allow) {
  if (allow.length > 1) {
    const names = list(allow.map((p) => p.resource.name));
    return `no rule of the ${allow.length} ALLOW policies that apply (${names}) admits`;
  }
  return "none of its rules admits";
}

// rules/istio-jgroups-traffic-unhandled.ts
var istio_jgroups_traffic_unhandled_default = defineRule({
  id: "istio-jgroups-traffic-unhandled",
  meta: {
    severity: "error",
    category: "network",
    summary: "Require the JGroups ports to be declared on the discovery Service or bypass the Istio sidecar",
    rationale: "An Istio sidecar intercepts every TCP connection of the pod and routes it by the ports the Services declare. Keycloak members connect to each other directly, pod to pod, on the JGroups transport port (7800 by default) and the failure-detection port (transport + 50000). When the discovery Service does not list them and the pod annotations do not exclude them from the sidecar, peer traffic is not handled as the members expect: reports show `JGRP000032 ... no physical address for ..., dropping message` and pods that each form their own cluster. Applies to TCP-based stacks of Keycloak 17 and later.",
    fix: 'Declare TCP {{transport}} and {{fd}} on {{service}} with names starting tcp- (e.g. tcp-jgroups, tcp-jgroups-fd), or exclude them from the sidecar with the pod annotations traffic.sidecar.istio.io/excludeInboundPorts and excludeOutboundPorts: "{{transport}},{{fd}}".',
    fixes: {
      noService: 'Add a headless Service (clusterIP: None) selecting the Keycloak pods that declares TCP {{transport}} and {{fd}} with names starting tcp- (e.g. tcp-jgroups, tcp-jgroups-fd), or exclude them from the sidecar with the pod annotations traffic.sidecar.istio.io/excludeInboundPorts and excludeOutboundPorts: "{{transport}},{{fd}}".'
    },
    messages: {
      undeclared: "The pods of {{workload}} run an Istio sidecar ({{reason}}), and the JGroups {{what}} {{ports}} {{isAre}} neither declared on {{service}} nor excluded from the sidecar: peer traffic between the Keycloak pods is not routed as a cluster needs.",
      noService: "The pods of {{workload}} run an Istio sidecar ({{reason}}), and no Service declares the JGroups {{what}} {{ports}} nor do the pods exclude {{them}} from the sidecar: peer traffic between the Keycloak pods is not routed as a cluster needs."
    },
    appliesTo: ["Service", "Namespace", "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet"],
    versions: "17 and later, TCP-based stacks",
    limitations: [
      "Injection is read from the Namespace labels (`istio-injection`, `istio.io/rev`) and the pod template (`sidecar.istio.io/inject` label or annotation, `istio.io/rev`). A Namespace that is not in the linted files leaves injection unknown unless the pods opt in themselves; the rule then stays silent. Injection set mesh-wide (e.g. `enableNamespacesByDefault`) is not seen.",
      'A pod annotation `sidecar.istio.io/inject: "true"` counts as injection, as the catalogue defines; recent Istio webhooks select on the label.',
      "The discovery Service is the one the DNS query names, else the StatefulSet serviceName, else a headless Service that selects the pods.",
      "Ambient mode (no sidecar) is not concerned."
    ],
    references: [
      "[Istio: Protocol selection](https://istio.io/latest/docs/ops/configuration/traffic-management/protocol-selection/)",
      "[Istio: Resource annotations (traffic.sidecar.istio.io)](https://istio.io/latest/docs/reference/config/annotations/)",
      "[Keycloak: Configuring distributed caches](https://www.keycloak.org/server/caching)"
    ]
  },
  *check(model) {
    const seen = /* @__PURE__ */ new Set();
    for (const kc of withTransport(model)) {
      const workload = kc.workload;
      const stack2 = kc.cluster.stack.name;
      if (seen.has(workload) || !stack2 || !TCP_STACKS.has(stack2)) continue;
      if (kc.cluster.failureDetectionPort.unknown || mayHideJvmOptions(kc, { opaque: false }))
        continue;
      seen.add(workload);
      const mesh = meshMembership(model, workload);
      if (mesh.mode !== "sidecar") continue;
      const transport = kc.cluster.transportPort.port;
      const fd = kc.cluster.failureDetectionPort.port;
      const service2 = discoveryServiceOf(model, kc);
      const unhandled = [transport, fd].filter((port) => {
        if (service2 && declaredPort(service2, workload, port)) return false;
        const bypass = sidecarBypass(workload, port);
        return !(bypass.inbound && bypass.outbound);
      });
      if (unhandled.length === 0) continue;
      const data = {
        workload: workloadName(workload),
        reason: mesh.reason,
        what: unhandled.length === 1 ? "port" : "ports",
        ports: list(unhandled.map(String)),
        isAre: unhandled.length === 1 ? "is" : "are",
        them: unhandled.length === 1 ? "it" : "them",
        service: service2 ? `Service ${service2.name}` : "a headless Service",
        transport,
        fd
      };
      const related = [
        ...mesh.at ? [
          {
            at: mesh.at,
            ...mesh.resource ? { resource: mesh.resource } : {},
            message: `Sidecar injection: ${mesh.reason}.`
          }
        ] : []
      ];
      if (service2) {
        yield {
          messageId: "undeclared",
          data,
          at: service2.at(service2.spec.ports !== void 0 ? ["spec", "ports"] : ["spec"]),
          resource: service2,
          related: [
            ...related,
            {
              at: kc.at,
              resource: workload.resource,
              message: `Keycloak container ${kc.name} of ${nameOf(workload.resource)}, listening on TCP ${transport} and ${fd}.`
            }
          ]
        };
      } else {
        yield {
          messageId: "noService",
          fixId: "noService",
          data,
          at: kc.at,
          resource: workload.resource,
          related
        };
      }
    }
  }
});

// rules/istio-strict-mtls-jgroups.ts
var istio_strict_mtls_jgroups_default = defineRule({
  id: "istio-strict-mtls-jgroups",
  meta: {
    severity: "error",
    category: "network",
    summary: "Keep STRICT Istio mTLS off the JGroups transport port of Keycloak",
    rationale: "From Keycloak 26.2 the TCP-based stacks encrypt JGroups with their own mTLS by default (`cache-embedded-mtls-enabled`, an option since 24). Under a STRICT PeerAuthentication the sidecars also insist on Istio mTLS on the transport port, and the two collide: Keycloak logs `JGRP000006: failed accepting connection from peer SSLSocket` and no cluster forms. Keycloak documents a port-level PERMISSIVE exception for the transport port (or turning its own mTLS off). With Keycloak mTLS off, the sidecar of the client sends traffic to a port no Service declares as plain TCP, which the STRICT side rejects.",
    fix: 'Add a PeerAuthentication that selects the Keycloak pods (matchLabels {{labels}}) with `portLevelMtls: {"{{transport}}": {mode: PERMISSIVE}}`, or set cache-embedded-mtls-enabled=false (KC_CACHE_EMBEDDED_MTLS_ENABLED=false) and restrict port {{transport}} to the Keycloak pods with a mesh policy.',
    fixes: {
      undeclared: 'Declare TCP {{transport}} and {{fd}} on {{service}} (names starting tcp-), or add a PeerAuthentication that selects the Keycloak pods (matchLabels {{labels}}) with `portLevelMtls: {"{{transport}}": {mode: PERMISSIVE}}`.'
    },
    messages: {
      ownMtls: "PeerAuthentication {{policy}} makes mTLS STRICT{{level}} for the pods of {{workload}}, including the JGroups transport port {{transport}}, while {{version}} encrypts JGroups with its own mTLS ({{mtls}}): the sidecar and Keycloak both want TLS on that port, members fail with JGRP000006 and no cluster forms.",
      undeclared: "PeerAuthentication {{policy}} makes mTLS STRICT{{level}} for the pods of {{workload}}, and the JGroups transport port {{transport}} is not declared on {{service}}: the client's sidecar sends traffic to an undeclared port as plain TCP, which the STRICT side rejects, so no cluster forms."
    },
    appliesTo: ["PeerAuthentication", "Service", "Deployment", "StatefulSet"],
    versions: "17 and later; Keycloak mTLS for JGroups is on by default from 26.2",
    limitations: [
      "The root namespace is taken to be istio-system. When several PeerAuthentications of the same level disagree, Istio uses the oldest, which the files do not tell: the rule stays silent.",
      "Pods known to be outside the mesh (injection disabled, or a Namespace in the files without injection labels) and ambient-mode pods are skipped; with the Namespace not in the files the PeerAuthentication is taken to apply.",
      "A transport port excluded from the sidecar in both directions is not concerned."
    ],
    references: [
      "[Keycloak: Configuring distributed caches, running inside a service mesh](https://www.keycloak.org/server/caching)",
      "[Istio: PeerAuthentication](https://istio.io/latest/docs/reference/config/security/peer_authentication/)"
    ]
  },
  *check(model) {
    const seen = /* @__PURE__ */ new Set();
    for (const kc of withTransport(model)) {
      const workload = kc.workload;
      const stack2 = kc.cluster.stack.name;
      if (seen.has(workload) || !stack2 || !TCP_STACKS.has(stack2)) continue;
      if (kc.cluster.transportPort.unknown || mayHideJvmOptions(kc, { opaque: false })) continue;
      seen.add(workload);
      const mesh = meshMembership(model, workload);
      if (mesh.mode === "none" || mesh.mode === "ambient") continue;
      const transport = kc.cluster.transportPort.port;
      const fd = kc.cluster.failureDetectionPort.port;
      const bypass = sidecarBypass(workload, transport);
      if (bypass.inbound && bypass.outbound) continue;
      const decision = mtlsModeFor(model, workload, transport);
      if (decision?.mode !== "STRICT" || !decision.policy || !decision.path) continue;
      const own = ownMtls(kc);
      const service2 = discoveryServiceOf(model, kc);
      const declared = service2 !== void 0 && declaredPort(service2, workload, transport);
      if (!own && declared) continue;
      const policy = decision.policy;
      yield {
        messageId: own ? "ownMtls" : "undeclared",
        ...own ? {} : { fixId: "undeclared" },
        data: {
          policy: policy.name,
          level: decision.level === "port" ? ` on port ${transport}` : LEVEL_TEXT[decision.level] ?? "",
          workload: workloadName(workload),
          transport,
          fd,
          version: keycloakVersionText(kc),
          mtls: own ?? "",
          service: service2 ? `Service ${service2.name}` : "a headless Service selecting the pods",
          labels: labelsText(workload.podLabels)
        },
        at: policy.at(decision.path),
        resource: policy,
        related: [
          {
            at: workload.resource.at(podLabelsPath(workload)),
            resource: workload.resource,
            message: `The Keycloak pods of ${workloadName(workload)}, listening on TCP ${transport}.`
          }
        ]
      };
    }
  }
});
var LEVEL_TEXT = {
  namespace: " namespace-wide",
  mesh: " mesh-wide"
};
function ownMtls(kc) {
  const setting = kc.option("cache-embedded-mtls-enabled");
  if (setting) {
    const value = setting.value?.trim().toLowerCase();
    if (value === "true" && holdsFor(kc.version, (v) => atLeast(v, 24)))
      return settingText(setting, "cache-embedded-mtls-enabled");
    return void 0;
  }
  return holdsFor(kc.version, (v) => atLeast(v, 26, 2)) ? "on by default from 26.2" : void 0;
}

// rules/java-opts-replaces-defaults.ts
var java_opts_replaces_defaults_default = defineRule({
  id: "java-opts-replaces-defaults",
  meta: {
    severity: "warning",
    category: "cluster-formation",
    summary: "Prefer JAVA_OPTS_APPEND to JAVA_OPTS on Keycloak containers",
    rationale: "kc.sh uses JAVA_OPTS instead of its own JVM options when it is set: the garbage collector, metaspace and out-of-memory settings are all dropped. Recent kc.sh versions (24 or a later release; the first one is not confirmed) also apply the heap sized relative to the container memory only when JAVA_OPTS is unset, so it can be dropped too. JAVA_OPTS_APPEND is added after the defaults, and from 24 JAVA_OPTS_KC_HEAP replaces only the heap settings.",
    fix: "Move the flags to JAVA_OPTS_APPEND, which kc.sh adds after its defaults.",
    fixes: {
      heap: "Move the flags to JAVA_OPTS_APPEND, and heap flags such as -Xms, -Xmx or -XX:MaxRAMPercentage to JAVA_OPTS_KC_HEAP.",
      unknown: "Move the flags to JAVA_OPTS_APPEND, which kc.sh adds after its defaults (on 24 and later, heap flags can go to JAVA_OPTS_KC_HEAP)."
    },
    fixable: "when JAVA_OPTS is one literal value in env: on 24 and later, flags that are all heap flags move to JAVA_OPTS_KC_HEAP; otherwise the flags move to JAVA_OPTS_APPEND (renamed, or put before the flags of an existing literal JAVA_OPTS_APPEND).",
    messages: {
      replaces: "JAVA_OPTS is set ({{value}}) on container {{container}}, so kc.sh drops its own JVM defaults{{heap}}."
    },
    appliesTo: ["Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Pod"],
    versions: "17 and later"
  },
  *check(model) {
    for (const kc of quarkusKeycloak(model)) {
      const variable = kc.env.vars.get("JAVA_OPTS");
      if (!variable || variable.value?.trim() === "") continue;
      const at2 = variable.index !== void 0 && variable.via[0] ? kc.workload.resource.at([...kc.path, "env", variable.index]) : variable.at;
      const modern = kc.version !== void 0 && atLeast(kc.version, 24);
      yield {
        messageId: "replaces",
        data: {
          value: shownValue(variable),
          container: kc.name,
          heap: modern ? ", which can include the heap sized from the container memory" : ""
        },
        at: at2,
        resource: kc.workload.resource,
        fixId: kc.version === void 0 ? "unknown" : modern ? "heap" : "default",
        ...moved(kc, modern)
      };
    }
  }
});
var HEAP_FLAG = /^-(Xm[sx]\S+|XX:(Max|Min|Initial)RAMPercentage=\S+)$/;
function moved(kc, modern) {
  const index = soleEnvEntry(kc, "JAVA_OPTS");
  const resource = kc.workload.resource;
  if (index === void 0) return {};
  return fixOf(resource, (editor) => {
    const entry = [...kc.path, "env", index];
    const value = editor.scalar([...entry, "value"]);
    if (!value || typeof value.value !== "string") return void 0;
    const flags = value.value.trim().split(/\s+/);
    const target = modern && flags.every((f) => HEAP_FLAG.test(f)) ? "JAVA_OPTS_KC_HEAP" : "JAVA_OPTS_APPEND";
    if (envAbsent(kc, target)) {
      const name = editor.scalar([...entry, "name"]);
      return name ? editor.replaceScalar(name, target) : void 0;
    }
    const other = soleEnvEntry(kc, target);
    const node = other === void 0 ? void 0 : editor.scalar([...kc.path, "env", other, "value"]);
    if (!node || typeof node.value !== "string" || target !== "JAVA_OPTS_APPEND") return void 0;
    const merged = editor.replaceScalar(node, `${value.value.trim()} ${node.value.trim()}`.trim());
    const removed = editor.removeItem([...kc.path, "env"], index);
    return merged && removed ? [...merged, ...removed] : void 0;
  });
}

// rules/jboss-node-name-removed.ts
var REPLACED = {
  "jboss.node.name": {
    option: "--spi-cache-embedded--default--node-name",
    env: "KC_SPI_CACHE_EMBEDDED__DEFAULT__NODE_NAME"
  },
  "jboss.site.name": {
    option: "--spi-cache-embedded--default--site-name",
    env: "KC_SPI_CACHE_EMBEDDED__DEFAULT__SITE_NAME"
  }
};
var jboss_node_name_removed_default = defineRule({
  id: "jboss-node-name-removed",
  meta: {
    severity: "error",
    category: "cluster-formation",
    summary: "Forbid the jboss.node.name and jboss.site.name system properties from Keycloak 26.3",
    rationale: 'Older setups name each cluster member with `-Djboss.node.name` (often the pod name) and the site with `-Djboss.site.name`. From Keycloak 26.3 the embedded Infinispan configuration refuses these properties and Keycloak does not start: "System property jboss.node.name is in use. Use --spi-cache-embedded-default-node-name config option instead". Before 26.3 they are still read.',
    fix: "Remove -D{{property}}; if the name matters, set {{option}} (environment {{env}}) instead, or leave it unset to let Keycloak name the member.",
    messages: {
      removed: '{{origin}} sets the system property {{property}}, which {{version}} refuses: Keycloak stops at startup with "System property {{property}} is in use".'
    },
    appliesTo: ["Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Pod"],
    versions: "26.3 and later",
    limitations: [
      "Runs at any replica count, but not when the cache is `local` (explicitly, or by `start-dev`): the check belongs to the clustered (`ispn`) cache configuration.",
      "Only `-D` properties (JAVA_OPTS, JAVA_OPTS_APPEND, JAVA_OPTS_KC_HEAP, JAVA_TOOL_OPTIONS, kc.sh arguments) count; an environment variable named like the property is not a system property."
    ],
    references: [
      "[Upgrading Keycloak 26.3](https://www.keycloak.org/docs/latest/upgrading/index.html)",
      "[Configuring distributed caches](https://www.keycloak.org/server/caching)"
    ]
  },
  *check(model) {
    for (const kc of quarkusKeycloak(model)) {
      if (!kc.version || !atLeast(kc.version, 26, 3)) continue;
      if (kc.cluster.cache === "local") continue;
      for (const [property2, replacement2] of Object.entries(REPLACED)) {
        const setting = kc.properties.get(property2);
        if (!setting || setting.origin === property2) continue;
        yield {
          messageId: "removed",
          data: {
            origin: setting.origin.startsWith("-D") ? "A kc.sh argument" : setting.origin,
            property: property2,
            version: `Keycloak ${kc.version.text}`,
            ...replacement2
          },
          at: setting.at,
          resource: kc.workload.resource
        };
      }
    }
  }
});

// rules/jgroups-port-exposed.ts
var EXPOSED_TYPES = /* @__PURE__ */ new Set(["NodePort", "LoadBalancer"]);
var jgroups_port_exposed_default = defineRule({
  id: "jgroups-port-exposed",
  meta: {
    severity: "warning",
    category: "network",
    summary: "Keep the JGroups and management ports of Keycloak off exposed Services and Ingresses",
    rationale: "The JGroups transport port (7800 unless changed), the failure-detection port (transport + 50000) and, from Keycloak 25, the management port 9000 (health and metrics) are meant for the pods and the cluster only; Keycloak documents that proxies expose 8443 (or 8080) and not the management port. A NodePort or LoadBalancer Service, or an Ingress, that reaches them publishes them: scanners and load-balancer health checks that connect to the JGroups port fill the logs with `JGRP000006 ... EOFException`, and health and metrics become public.",
    fix: "Remove port {{port}} from Service {{service}} (or make it a ClusterIP Service): keep the JGroups ports on the headless discovery Service only, and the management port on a ClusterIP Service.",
    fixes: {
      ingress: "Route Ingress {{ingress}} to the HTTP(S) port of Keycloak instead of {{what}}; keep that port on Services inside the cluster."
    },
    messages: {
      service: "Service {{service}} ({{type}}) exposes {{what}} of {{workload}} outside the cluster{{through}}.",
      ingress: "Ingress {{ingress}} routes to port {{port}} of Service {{service}}, which reaches {{what}} of {{workload}}: the Ingress publishes it."
    },
    appliesTo: ["Service", "Ingress"],
    versions: "17 and later (the management port from 25)",
    limitations: [
      "A Service port counts by the container port it reaches (its targetPort, a name resolved through the container ports, else its port): a Service port 9000 that targets 8080 publishes HTTP, not the management interface, and is not reported.",
      "Findings for an Ingress are reported on the Ingress backend (the node at fault), not on the ClusterIP Service it routes to, which may rightly list the port for scraping.",
      "The management port counts only for Keycloak 25 and later (with an unknown version it is not reported) and not with `legacy-observability-interface=true`."
    ],
    references: [
      "[Keycloak: Configuring a reverse proxy, exposed path recommendations](https://www.keycloak.org/server/reverseproxy)",
      "[Keycloak: Configuring the management interface](https://www.keycloak.org/server/management-interface)",
      "[Kubernetes: Service types](https://kubernetes.io/docs/concepts/services-networking/service/#publishing-services-service-types)"
    ]
  },
  *check(model) {
    for (const service2 of model.index.ofKind(SERVICE)) {
      const type = asString(service2.spec.type);
      if (!type || !EXPOSED_TYPES.has(type)) continue;
      const workloads = model.workloadsSelectedBy(service2).filter((w) => w.keycloak.length > 0);
      const sensitive = sensitivePorts(workloads);
      if (sensitive.size === 0) continue;
      for (const t of serviceTargets(service2, workloads)) {
        const hit = t.target === void 0 ? void 0 : sensitive.get(t.target);
        if (!hit || t.protocol !== "TCP") continue;
        yield {
          messageId: "service",
          data: {
            service: service2.name,
            type,
            what: hit.what,
            target: t.target,
            port: t.port ?? t.target,
            workload: list(hit.workloads.map(workloadName)),
            through: t.port !== void 0 && t.port !== t.target ? ` through port ${t.port}` : t.targetName ? ` through port ${t.port ?? "?"} (targetPort ${t.targetName})` : ""
          },
          at: service2.at([...t.path, t.targetWritten ? "targetPort" : "port"]),
          resource: service2,
          related: hit.workloads.map((w) => ({
            at: w.keycloak[0].at,
            resource: w.resource,
            message: `Keycloak container ${w.keycloak[0].name} of ${workloadName(w)}.`
          }))
        };
      }
    }
    for (const view of model.ingresses) {
      for (const backend of view.backends) {
        const service2 = backend.service;
        if (!service2) continue;
        const workloads = backend.workloads.filter((w) => w.keycloak.length > 0);
        const sensitive = sensitivePorts(workloads);
        if (sensitive.size === 0) continue;
        const t = serviceTargets(service2, workloads).find(
          (p) => backend.port.number !== void 0 ? p.port === backend.port.number : backend.port.name !== void 0 && p.name === backend.port.name
        );
        const hit = t?.target === void 0 ? void 0 : sensitive.get(t.target);
        if (!t || !hit || t.protocol !== "TCP") continue;
        yield {
          messageId: "ingress",
          fixId: "ingress",
          data: {
            ingress: view.resource.name,
            service: service2.name,
            port: backend.port.number ?? backend.port.name ?? "",
            what: hit.what,
            target: t.target,
            workload: list(hit.workloads.map(workloadName))
          },
          at: backend.at,
          resource: view.resource,
          related: [
            {
              at: service2.at(t.path),
              resource: service2,
              message: `Port ${t.port ?? t.name} of Service ${service2.name}, reaching container port ${t.target}.`
            }
          ]
        };
      }
    }
  }
});
function sensitivePorts(workloads) {
  const out = /* @__PURE__ */ new Map();
  const add = (port, what, workload) => {
    const found = out.get(port);
    if (!found) out.set(port, { what, workloads: [workload] });
    else if (!found.workloads.includes(workload)) found.workloads.push(workload);
  };
  for (const workload of workloads) {
    for (const kc of workload.keycloak) {
      if (kc.distribution === "legacy") continue;
      const { cache: cache2, transportPort, failureDetectionPort } = kc.cluster;
      if (cache2 === "ispn" && !failureDetectionPort.unknown) {
        add(transportPort.port, `the JGroups transport port ${transportPort.port}`, workload);
        add(
          failureDetectionPort.port,
          `the JGroups failure-detection port ${failureDetectionPort.port}`,
          workload
        );
      }
      if (holdsFor(kc.version, (v) => atLeast(v, 25)) && !isTrue(kc.option("legacy-observability-interface"))) {
        const custom = Number(kc.option("http-management-port")?.value);
        const port = Number.isInteger(custom) && custom > 0 ? custom : 9e3;
        add(port, `the management port ${port} (health and metrics)`, workload);
      }
    }
  }
  return out;
}

// rules/jgroups-ports-not-declared.ts
var jgroups_ports_not_declared_default = defineRule({
  id: "jgroups-ports-not-declared",
  meta: {
    severity: "info",
    category: "cluster-formation",
    summary: "Suggest declaring the JGroups ports on the Keycloak container",
    rationale: "Stacks with a TCP transport listen on the transport port (7800 unless `jgroups.bind.port` or, from 26.4, `cache-embedded-network-bind-port` changes it) and on the failure-detection port, transport + 50000. NetworkPolicies with named ports, service meshes and readers of the manifest rely on the container ports declared. Pods of a Keycloak Operator CR are left out: the operator writes their containers.",
    fix: "Declare containerPort {{transport}} (name jgroups) and containerPort {{fd}} (name jgroups-fd) on container {{container}}.",
    fixable: "when the port names jgroups and jgroups-fd are free in the pod; the new entries follow the key order of the ports already declared.",
    messages: {
      missing: "Container {{container}} runs the {{stack}} stack but does not declare the JGroups {{what}} {{ports}}."
    },
    appliesTo: ["Deployment", "StatefulSet", "DaemonSet", "ReplicaSet"],
    versions: "17 and later"
  },
  *check(model) {
    for (const kc of withTransport(model)) {
      const stack2 = kc.cluster.stack.name;
      if (!stack2 || !TCP_STACKS.has(stack2)) continue;
      if (sourceOf(kc.workload.resource)) continue;
      if (kc.cluster.failureDetectionPort.unknown || mayHideJvmOptions(kc, { opaque: false }))
        continue;
      const container = kc.workload.resource.value;
      const ports = asArray(valueAt(container, [...kc.path, "ports"]));
      const declared = new Set(
        ports.flatMap((p) => {
          const port = asObject(p)?.containerPort;
          return typeof port === "number" ? [port] : [];
        })
      );
      const transport = kc.cluster.transportPort.port;
      const fd = kc.cluster.failureDetectionPort.port;
      const missing = [transport, fd].filter((p) => !declared.has(p));
      if (missing.length === 0) continue;
      yield {
        messageId: "missing",
        data: {
          container: kc.name,
          stack: stack2,
          what: missing.length === 1 ? "port" : "ports",
          ports: list(missing.map(String)),
          transport,
          fd
        },
        at: kc.workload.resource.at([...kc.path, "ports"]),
        resource: kc.workload.resource,
        ...fixOf(kc.workload.resource, (editor) => {
          const wanted = [
            { port: transport, name: "jgroups" },
            { port: fd, name: "jgroups-fd" }
          ].filter((p) => missing.includes(p.port));
          const names = new Set(podPortNames(kc.workload.podSpec));
          if (wanted.some((p) => names.has(p.name))) return void 0;
          const like = asObject(ports[0]);
          return editor.append(
            [...kc.path, "ports"],
            wanted.map((p) => portEntry(p.port, p.name, like))
          );
        })
      };
    }
  }
});
function podPortNames(podSpec) {
  return ["initContainers", "containers"].flatMap(
    (list2) => asArray(podSpec?.[list2]).flatMap(
      (c) => asArray(asObject(c)?.ports).flatMap((p) => {
        const name = asObject(p)?.name;
        return typeof name === "string" ? [name] : [];
      })
    )
  );
}
function portEntry(port, name, like) {
  const entry = { name, containerPort: port };
  if (like && "protocol" in like) entry.protocol = "TCP";
  const order = like ? Object.keys(like) : ["name", "containerPort"];
  const rank = (key) => {
    const i = order.indexOf(key);
    return i < 0 ? order.length : i;
  };
  return Object.fromEntries(Object.entries(entry).sort(([a], [b]) => rank(a) - rank(b)));
}

// rules/keycloak-version-unknown.ts
var keycloak_version_unknown_default = defineRule({
  id: "keycloak-version-unknown",
  meta: {
    severity: "info",
    category: "cluster-formation",
    summary: "Note Keycloak containers whose version cannot be read from the image tag",
    rationale: "Defaults and options change between Keycloak versions: the default stack (udp up to 26.0, jdbc-ping from 26.1), the proxy and hostname options, the management port. With a tag such as `latest`, `nightly` or a digest, rules that depend on the version report only what holds for every version from 17 on, and stay silent otherwise.",
    fix: "Pin a version tag (for example quay.io/keycloak/keycloak:26.0.7), or pass --keycloak-version (keycloakVersion in the configuration file) so that version-dependent rules can run.",
    fixes: {
      operatorDefault: "Set spec.image to a tagged Keycloak image, or pass --keycloak-version (keycloakVersion in the configuration file) with the version of the operator, so that version-dependent rules can run."
    },
    messages: {
      unknown: "The Keycloak version cannot be read from image {{image}}, so version-dependent rules only report what holds for every version from 17 on.",
      operatorDefault: "Keycloak {{cr}} sets no spec.image, so the operator runs its own default Keycloak version, which the manifests do not show; version-dependent rules only report what holds for every version from 17 on."
    },
    appliesTo: ["Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Pod", "Keycloak"]
  },
  *check(model) {
    for (const kc of quarkusKeycloak(model)) {
      if (kc.version) continue;
      const cr = sourceOf(kc.workload.resource);
      if (cr && cr.spec.image === void 0) {
        yield {
          messageId: "operatorDefault",
          fixId: "operatorDefault",
          data: { cr: cr.name },
          at: kc.imageAt,
          resource: kc.workload.resource
        };
        continue;
      }
      yield {
        messageId: "unknown",
        data: { image: kc.image.raw || "(none)" },
        at: kc.imageAt,
        resource: kc.workload.resource
      };
    }
  }
});

// src/fix/discovery.ts
function discoveryEdits(model, kc, env = []) {
  const workload = kc.workload;
  const resource = workload.resource;
  const editor = YamlEditor.of(resource);
  if (!editor) return void 0;
  const headless = model.servicesSelecting(workload).filter((s) => s.spec.clusterIP === "None");
  if (headless.length > 1) return void 0;
  let query;
  const edits = [];
  const documents = [];
  if (headless[0]) {
    const service2 = headless[0];
    if (!service2.namespace) return void 0;
    query = `${service2.name}.${service2.namespace}`;
  } else {
    const created = newService(model, kc, editor);
    if (!created) return void 0;
    query = created.query;
    documents.push(...created.edits);
  }
  const option = `-Djgroups.dns.query=${query}`;
  const name = "JAVA_OPTS_APPEND";
  if (envAbsent(kc, name)) {
    const added = addEnv(editor, kc, [...env, { name, value: option }]);
    if (!added) return void 0;
    edits.push(...added);
  } else {
    const index = soleEnvEntry(kc, name);
    const node = index === void 0 ? void 0 : editor.scalar([...kc.path, "env", index, "value"]);
    if (!node || typeof node.value !== "string") return void 0;
    const current = node.value.trimEnd();
    const replaced = editor.replaceScalar(node, current ? `${current} ${option}` : option);
    const added = addEnv(editor, kc, env);
    if (!replaced || !added) return void 0;
    edits.push(...replaced, ...added);
  }
  return { edits: [...edits, ...documents], query };
}
function newService(model, kc, editor) {
  const workload = kc.workload;
  const resource = workload.resource;
  if (resource.base.length > 0 || !resource.name) return void 0;
  const labels = workload.podLabels;
  if (Object.keys(labels).length === 0) return void 0;
  const selectsOthers = model.workloads.some(
    (w) => w !== workload && Object.entries(labels).every(([k, v]) => w.podLabels[k] === v)
  );
  if (selectsOthers) return void 0;
  const namespace = resource.namespace;
  if (!namespace) return void 0;
  const governing = resource.kind === "StatefulSet" ? resource.spec.serviceName : void 0;
  const name = typeof governing === "string" && governing !== "" && !model.index.find(SERVICE, namespace, governing) && !model.isExternal("Service", namespace, governing) ? governing : `${resource.name}-discovery`;
  if (name.length > 63) return void 0;
  if (model.index.find(SERVICE, namespace, name) || model.isExternal("Service", namespace, name))
    return void 0;
  const transport = kc.cluster.transportPort;
  const fd = kc.cluster.failureDetectionPort;
  if (transport.unknown || fd.unknown) return void 0;
  const metadata = { name };
  if (resource.explicitNamespace) metadata.namespace = resource.explicitNamespace;
  const service2 = {
    apiVersion: "v1",
    kind: "Service",
    metadata,
    spec: {
      clusterIP: "None",
      publishNotReadyAddresses: true,
      selector: { ...labels },
      ports: [
        { name: "jgroups", port: transport.port },
        { name: "jgroups-fd", port: fd.port }
      ]
    }
  };
  const edits = editor.appendDocument(service2);
  if (!edits) return void 0;
  return { edits, query: `${name}.${namespace}` };
}
function editsOf(fix) {
  return fix && fix.edits.length > 0 ? { edits: fix.edits } : {};
}

// rules/kubernetes-stack-missing-dns-query.ts
var kubernetes_stack_missing_dns_query_default = defineRule({
  id: "kubernetes-stack-missing-dns-query",
  meta: {
    severity: "error",
    category: "cluster-formation",
    summary: "Require jgroups.dns.query with the kubernetes stack",
    rationale: 'The kubernetes stack discovers members with DNS_PING, which asks DNS for the name in the `jgroups.dns.query` system property. Without it the JGroups channel cannot be created and Keycloak stops at startup with "dns_query can not be null or empty".',
    fix: "Add -Djgroups.dns.query=<headless-service>.<namespace> to JAVA_OPTS_APPEND, naming a headless Service that selects the Keycloak pods.",
    fixes: {
      known: "Add -Djgroups.dns.query={{query}} to JAVA_OPTS_APPEND: {{service}} is a headless Service that selects these pods."
    },
    fixable: "when JAVA_OPTS_APPEND is absent or a literal value in env: the query names the one headless Service that selects the pods, or a new headless Service <workload>-discovery appended after the workload (selector equal to the pod labels, publishNotReadyAddresses, the JGroups ports), unless those labels also select other pods or the name is taken. The query is written as <service>.<namespace>: a workload whose namespace is neither in the manifest nor given by the configuration gets a suggestion only.",
    messages: {
      missing: 'The kubernetes stack discovers members with DNS_PING, but {{workload}} sets no jgroups.dns.query; Keycloak stops at startup with "dns_query can not be null or empty".'
    },
    limitations: [
      "Pods a Keycloak CR generates are not checked: operators 22 to 26.2 pass -Djgroups.dns.query themselves, and whether older or newer operators do (26.3 made jdbc-ping their default) is not verified, so a finding there could be false."
    ],
    appliesTo: ["Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Service"],
    versions: "17 and later"
  },
  *check(model) {
    for (const kc of withTransport(model)) {
      if (kc.cluster.stack.name !== "kubernetes" || kc.properties.has("jgroups.dns.query"))
        continue;
      if (mayHideJvmOptions(kc)) continue;
      if (sourceOf(kc.workload.resource)) continue;
      const headless = headlessServiceFor(model, kc.workload);
      const query = headless ? queryFor(headless) : "";
      yield {
        messageId: "missing",
        data: { workload: workloadName(kc.workload), query, service: headless?.name ?? "" },
        at: stackLocation(kc),
        resource: kc.workload.resource,
        ...headless ? { fixId: "known" } : {},
        ...editsOf(discoveryEdits(model, kc))
      };
    }
  }
});

// rules/legacy-distribution.ts
var legacy_distribution_default = defineRule({
  id: "legacy-distribution",
  meta: {
    severity: "info",
    category: "cluster-formation",
    summary: "Note the legacy WildFly distribution of Keycloak",
    rationale: "Images `jboss/keycloak`, tags ending in `-legacy` and versions below 17 run the WildFly distribution, which is configured through other variables and scripts and is end of life. The clustering rules of keycloak-lint target the Quarkus distribution (17 and later) and do not run on it; the input, network and ingress rules still do.",
    fix: "Move to the Quarkus distribution (quay.io/keycloak/keycloak, 17 or later).",
    messages: {
      legacy: "Image {{image}} runs the legacy WildFly distribution of Keycloak; the clustering rules target the Quarkus distribution (17 and later) and are skipped here."
    },
    appliesTo: ["Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Pod"],
    versions: "below 17"
  },
  *check(model) {
    for (const kc of model.keycloak) {
      if (kc.distribution !== "legacy") continue;
      yield {
        messageId: "legacy",
        data: { image: kc.image.raw },
        at: kc.imageAt,
        resource: kc.workload.resource
      };
    }
  }
});

// src/model/legacy-env.ts
var use = (text) => () => ({ text });
var admin = (field) => (version) => {
  const before = field === "USERNAME" ? "KEYCLOAK_ADMIN" : "KEYCLOAK_ADMIN_PASSWORD";
  const from26 = `KC_BOOTSTRAP_ADMIN_${field}`;
  if (!version) return { text: `${before} (up to 25) or ${from26} (26 and later)` };
  return { text: atLeast(version, 26) ? from26 : before };
};
var proxy = (version) => {
  if (!version)
    return { text: "KC_PROXY_HEADERS=xforwarded (24 and later) or KC_PROXY (17 to 23)" };
  return {
    text: atLeast(version, 24) ? "KC_PROXY_HEADERS=xforwarded" : "KC_PROXY (edge or reencrypt, by how the proxy reaches Keycloak)"
  };
};
var stack = (version) => {
  if (version && !atLeast(version, 26, 1)) return { text: "KC_CACHE_STACK=kubernetes" };
  if (version && atLeast(version, 26, 3))
    return { text: "leave KC_CACHE_STACK unset so that Keycloak uses jdbc-ping", nothing: true };
  if (version) return { text: "KC_CACHE_STACK (or leave it unset for the default jdbc-ping)" };
  return { text: "KC_CACHE_STACK (from 26.1 it can stay unset, for jdbc-ping)" };
};
var dnsQuery = (version) => {
  const query = "-Djgroups.dns.query=<service>.<namespace> in JAVA_OPTS_APPEND";
  if (version && !atLeast(version, 26, 1))
    return { text: `${query}, with KC_CACHE_STACK=kubernetes` };
  if (version && atLeast(version, 26, 3))
    return {
      text: "the default jdbc-ping stack discovers members through the database",
      nothing: true
    };
  if (version)
    return { text: `${query} with the kubernetes stack (the default jdbc-ping needs no query)` };
  return {
    text: `${query} with the kubernetes stack (from 26.1 the default jdbc-ping needs no query)`
  };
};
var OWNERS = "the owners attribute of the distributed caches in a cache XML (cache-config-file)";
var LEGACY_VARIABLES = /* @__PURE__ */ new Map([
  ["CACHE_OWNERS", use(OWNERS)],
  ["CACHE_OWNERS_AUTH_SESSIONS_COUNT", use(OWNERS)],
  ["CACHE_OWNERS_COUNT", use(OWNERS)],
  ["DB_ADDR", use("KC_DB_URL_HOST")],
  ["DB_DATABASE", use("KC_DB_URL_DATABASE")],
  ["DB_PASSWORD", use("KC_DB_PASSWORD")],
  ["DB_PORT", use("KC_DB_URL_PORT")],
  ["DB_SCHEMA", use("KC_DB_SCHEMA")],
  ["DB_USER", use("KC_DB_USERNAME")],
  ["DB_VENDOR", use("KC_DB")],
  ["JDBC_PARAMS", use("KC_DB_URL_PROPERTIES")],
  ["JGROUPS_DISCOVERY_PROPERTIES", dnsQuery],
  ["JGROUPS_DISCOVERY_PROTOCOL", stack],
  ["JGROUPS_TRANSPORT_STACK", stack],
  [
    "KEYCLOAK_IMPORT",
    use("the --import-realm option of start, with the realm files in /opt/keycloak/data/import")
  ],
  ["KEYCLOAK_PASSWORD", admin("PASSWORD")],
  ["KEYCLOAK_STATISTICS", use("KC_METRICS_ENABLED=true")],
  ["KEYCLOAK_USER", admin("USERNAME")],
  ["PROXY_ADDRESS_FORWARDING", proxy]
]);

// rules/legacy-env-ignored.ts
var legacy_env_ignored_default = defineRule({
  id: "legacy-env-ignored",
  meta: {
    severity: "warning",
    category: "cluster-formation",
    summary: "Report variables of the WildFly distribution on Keycloak 17 and later",
    rationale: "The WildFly distribution of Keycloak (jboss/keycloak, before 17) was configured through variables its entrypoint read: `DB_VENDOR`, `DB_ADDR`, `KEYCLOAK_USER`, `PROXY_ADDRESS_FORWARDING`, `JGROUPS_DISCOVERY_PROTOCOL`, `CACHE_OWNERS_COUNT` and others. The Quarkus distribution (17 and later) reads none of them, so a manifest carried over from the old image silently loses its database, admin user, proxy and clustering settings: Keycloak starts with its defaults instead.",
    fix: "Remove {{variable}}. Instead, use {{replacement}}.",
    fixes: {
      nothing: "Remove {{variable}}: {{replacement}}."
    },
    messages: {
      ignored: "{{variable}}{{from}} is a variable of the WildFly distribution; {{version}} does not read it{{unknown}}, so it has no effect (its counterpart: {{replacement}}).",
      nothing: "{{variable}}{{from}} is a variable of the WildFly distribution; {{version}} does not read it{{unknown}}, so it has no effect (nothing replaces it: {{replacement}})."
    },
    appliesTo: ["Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Pod"],
    versions: "17 and later",
    limitations: [
      "Bitnami images are skipped: their entrypoint reads some of these names (DB_ADDR, DB_USER...) itself."
    ],
    references: [
      "[Migrating to Quarkus](https://www.keycloak.org/migration/migrating-to-quarkus)",
      "[All configuration](https://www.keycloak.org/server/all-config)"
    ]
  },
  *check(model) {
    for (const kc of quarkusKeycloak(model)) {
      if (kc.distribution === "bitnami") continue;
      for (const variable of kc.env.vars.values()) {
        const replacementOf = LEGACY_VARIABLES.get(variable.name);
        if (!replacementOf) continue;
        const replacement2 = replacementOf(kc.version);
        const kind2 = replacement2.nothing ? "nothing" : "ignored";
        const at2 = variable.index !== void 0 ? kc.workload.resource.at([...kc.path, "env", variable.index, "name"]) : variable.via[0] ?? variable.at;
        yield {
          messageId: kind2,
          data: {
            variable: variable.name,
            from: variable.index === void 0 && variable.from ? ` (from ${variable.from})` : "",
            version: keycloakVersionText(kc),
            unknown: kc.version ? "" : " (nor does any other version from 17 on)",
            replacement: replacement2.text
          },
          at: at2,
          resource: kc.workload.resource,
          ...replacement2.nothing ? { fixId: "nothing" } : {}
        };
      }
    }
  }
});

// rules/local-cache-with-replicas.ts
var local_cache_with_replicas_default = defineRule({
  id: "local-cache-with-replicas",
  meta: {
    severity: "error",
    category: "cluster-formation",
    summary: "Forbid cache=local in a workload with several replicas",
    rationale: "With `cache=local` each pod keeps its own caches: realm, user and authorization changes made through one pod are not invalidated on the others, and authentication sessions, login failures and action tokens are not shared, so logins break when requests move between pods. (The implicit `local` of `start-dev` is reported by dev-mode-with-replicas.)",
    fix: "Remove the cache option (production `start` defaults to ispn) or set it to ispn.",
    messages: {
      local: "{{setting}} on {{workload}} with {{replicas}}: every pod keeps its own caches, so invalidations and login sessions are not shared."
    },
    appliesTo: ["Deployment", "StatefulSet", "DaemonSet", "ReplicaSet"],
    versions: "17 and later"
  },
  *check(model) {
    for (const kc of clusteredKeycloak(model)) {
      const setting = kc.cluster.cacheSetting;
      if (setting?.value?.trim() !== "local") continue;
      yield {
        messageId: "local",
        data: {
          setting: settingText(setting, "cache"),
          workload: workloadName(kc.workload),
          replicas: kc.workload.replicas.text
        },
        at: setting.at,
        resource: kc.workload.resource
      };
    }
  }
});

// rules/missing-session-affinity.ts
var BREAKING = /* @__PURE__ */ new Set(["cluster-formation", "network"]);
var missing_session_affinity_default = defineRule({
  id: "missing-session-affinity",
  meta: {
    severity: "warning",
    category: "ingress",
    summary: "Recommend session affinity in front of a clustered Keycloak",
    rationale: "Keycloak recommends that the proxy keep a browser on one pod: a login in progress lives in the authentication-session cache, and requests that land elsewhere must fetch it from its owner. With a working cluster this costs only extra traffic (info). When the cluster itself is broken (an error of a cluster-formation or network rule on the same workload), requests that move between pods lose the login (warning); affinity then only hides the broken cluster until a pod restarts. Each controller has its own setting: ingress-nginx `affinity: cookie` or `upstream-hash-by` on the Ingress, Traefik `service.sticky.cookie` on the Service (or `sticky.cookie` in an IngressRoute), HAProxy `cookie-persistence` / `affinity`, the AWS Load Balancer Controller `stickiness.enabled=true` in `target-group-attributes`, GKE a BackendConfig with `sessionAffinity`, Gateway API `sessionPersistence`, Istio a DestinationRule with `consistentHash`.",
    fix: "Enable the controller's cookie affinity under a cookie name of its own (not a Keycloak cookie name).",
    fixes: {
      nginx: "Add nginx.ingress.kubernetes.io/affinity: cookie; the default cookie name INGRESSCOOKIE does not collide with Keycloak's cookies.",
      nginxBroken: "Fix the cluster errors of {{workload}} first, then add nginx.ingress.kubernetes.io/affinity: cookie (the default cookie name INGRESSCOOKIE is fine).",
      broken: "Fix the cluster errors of {{workload}} first, then enable the controller's cookie affinity under a cookie name of its own.",
      rename: "Use nginx.ingress.kubernetes.io/ as the prefix of {{keys}}.",
      traefik: 'Add traefik.ingress.kubernetes.io/service.sticky.cookie: "true" to Service {{service}} (Traefik reads stickiness from the Service, not from the Ingress).',
      traefikMove: "Move {{keys}} from the Ingress to Service {{service}}: Traefik reads them only there.",
      ingressRoute: "Add sticky: {cookie: {name: KC_ROUTE}} to this service entry (any name that is not a Keycloak cookie name); Traefik is then expected to write its own cookie.",
      haproxy: 'Enable cookie persistence: haproxy.org/cookie-persistence: "KC_ROUTE" (HAProxy Kubernetes Ingress Controller) or haproxy-ingress.github.io/affinity: cookie (haproxy-ingress), with a cookie name that is not a Keycloak cookie name.',
      alb: "Add alb.ingress.kubernetes.io/target-group-attributes: stickiness.enabled=true,stickiness.lb_cookie.duration_seconds=86400 (with target-type: ip, which registers the pods rather than the nodes as targets).",
      gce: "Turn on cookie affinity generated by the load balancer (GENERATED_COOKIE) for the backend of Service {{service}}, usually through a BackendConfig attached to the Service (check the field names in the GKE documentation).",
      istio: "Add a DestinationRule for {{service}} with trafficPolicy.loadBalancer.consistentHash.httpCookie (a name that is not a Keycloak cookie name, and a ttl so that Envoy creates the cookie).",
      httpRoute: "Add sessionPersistence (type Cookie, a sessionName that is not a Keycloak cookie name) to this rule if the Gateway implementation supports it (an Extended feature of the experimental channel), or use the implementation\u2019s own affinity policy."
    },
    messages: {
      none: "{{ingress}} spreads the requests of one browser over the pods of {{workload}} ({{replicas}}): no session affinity is configured for {{controller}}.",
      broken: "{{ingress}} spreads the requests of one browser over the pods of {{workload}} ({{replicas}}) without session affinity, while the Keycloak cluster itself has errors: a login in progress can be lost when its requests move between pods.",
      ignored: "{{ingress}} has no session affinity in effect: {{keys}} {{verb}} a prefix that {{controller}} does not read, so requests spread over the pods of {{workload}} ({{replicas}}).",
      ignoredTraefik: "{{ingress}} has no session affinity in effect: Traefik reads {{keys}} from the Service, not from the Ingress, so requests spread over the pods of {{workload}} ({{replicas}}).",
      route: "{{ingress}} spreads the requests of one browser over the pods of {{workload}} ({{replicas}}): {{where}} has no {{setting}}."
    },
    graded: "warning when an error of a cluster-formation or network rule concerns the workload, info otherwise.",
    appliesTo: [
      "Ingress",
      "Service",
      "IngressRoute",
      "HTTPRoute",
      "DestinationRule",
      "BackendConfig",
      "BackendLBPolicy"
    ],
    phase: 2,
    limitations: [
      "Istio VirtualServices and Gateways are not read as fronts, and GKE GCPBackendPolicy is not read.",
      "A BackendConfig named on the Service but not in the files counts as affinity.",
      "An HTTPRoute counts as sticky when a DestinationRule with consistentHash or a BackendLBPolicy with sessionPersistence covers its Services, whatever the Gateway implementation."
    ],
    references: [
      "[Keycloak: reverse proxy, sticky sessions](https://www.keycloak.org/server/reverseproxy)",
      "[ingress-nginx: cookie affinity](https://kubernetes.github.io/ingress-nginx/examples/affinity/cookie/)",
      "[Traefik: Kubernetes Ingress service annotations](https://doc.traefik.io/traefik/routing/providers/kubernetes-ingress/)",
      "[AWS Load Balancer Controller: Ingress annotations](https://kubernetes-sigs.github.io/aws-load-balancer-controller/latest/guide/ingress/annotations/)",
      "[Gateway API: session persistence](https://gateway-api.sigs.k8s.io/geps/gep-1619/)",
      "[Istio: DestinationRule consistentHash](https://istio.io/latest/docs/reference/config/networking/destination-rule/)"
    ]
  },
  *check(model, context) {
    for (const front of frontsOf(model)) {
      const clustered = front.keycloak.filter((w) => w.replicas.clustered);
      const first = clustered[0];
      if (!first) continue;
      const missing = missingAffinity(model, front);
      if (!missing) continue;
      const broken = clustered.some(
        (w) => context.findingsConcerning(w.resource).some((c) => c.severity === "error" && BREAKING.has(c.category))
      );
      const ignored = missing.ignored;
      const service2 = keycloakService(front);
      const data = {
        ingress: `${front.kind} ${front.resource.name}`,
        replicas: first.replicas.text,
        workload: list([...new Set(clustered.map(workloadName))]),
        controller: front.ingress ? familyText(front.ingress) : "Traefik",
        keys: list(ignored),
        verb: ignored.length === 1 ? "uses" : "use",
        service: service2,
        where: front.kind === "HTTPRoute" ? "a rule that reaches Keycloak" : "a service entry",
        setting: front.kind === "HTTPRoute" ? "sessionPersistence (and no BackendLBPolicy or DestinationRule makes its Services sticky)" : "sticky.cookie"
      };
      const traefikIgnored = front.controller === "traefik" && ignored.length > 0;
      const messageId = front.kind !== "Ingress" ? "route" : broken ? "broken" : traefikIgnored ? "ignoredTraefik" : ignored.length > 0 ? "ignored" : "none";
      yield {
        messageId,
        data,
        at: missing.at,
        resource: front.resource,
        severity: broken ? "warning" : "info",
        fixId: fixFor(front, broken, ignored.length > 0),
        related: clustered.map((w) => ({
          at: w.replicas.at,
          resource: w.resource,
          message: `${workloadName(w)} runs ${w.replicas.text}`
        }))
      };
    }
  }
});
function fixFor(front, broken, ignored) {
  const nginx = front.controller === "ingress-nginx";
  if (broken) return nginx ? "nginxBroken" : "broken";
  if (front.kind === "IngressRoute") return "ingressRoute";
  if (front.kind === "HTTPRoute") return "httpRoute";
  if (ignored) return front.controller === "traefik" ? "traefikMove" : "rename";
  switch (front.controller) {
    case "ingress-nginx":
      return "nginx";
    case "traefik":
    case "haproxy":
    case "alb":
    case "gce":
    case "istio":
      return front.controller;
    default:
      return "default";
  }
}
function keycloakService(front) {
  const backend = front.backends.find((b) => b.workloads.some((w) => w.keycloak.length > 0));
  return backend?.service?.name ?? backend?.serviceName ?? "";
}

// src/model/peers.ts
var groupsOf = /* @__PURE__ */ new WeakMap();
function peerGroups(model) {
  const cached = groupsOf.get(model);
  if (cached) return cached;
  const groups = /* @__PURE__ */ new Map();
  const add = (key, via, kc) => {
    const group = groups.get(key);
    if (group) group.members.push(kc);
    else groups.set(key, { via, members: [kc] });
  };
  for (const kc of model.keycloak) {
    if (kc.distribution === "legacy" || kc.cluster.cache !== "ispn") continue;
    const query = kc.cluster.dnsQuery;
    if (query && usesDnsPing(kc)) {
      const namespace = query.namespace ?? kc.workload.resource.namespace ?? "";
      const name = namespace ? `${query.service}.${namespace}` : query.service;
      add(`dns|${name}`, `the discovery Service ${name} (jgroups.dns.query)`, kc);
      continue;
    }
    const stack2 = kc.cluster.stack.name;
    if (stack2 !== "jdbc-ping" && stack2 !== "jdbc-ping-udp") continue;
    const database = databaseOf(kc);
    if (database) add(`jdbc|${database.key}`, `the database ${database.text} (jdbc-ping)`, kc);
  }
  const out = [...groups.values()];
  groupsOf.set(model, out);
  return out;
}
function sameObject(a, b) {
  return a.group === b.group && a.kind === b.kind && a.name === b.name && (a.namespace ?? "") === (b.namespace ?? "");
}
function floatingTag(kc) {
  if (kc.image.digest) return void 0;
  const cr = sourceOf(kc.workload.resource);
  if (cr && cr.spec.image === void 0) return void 0;
  const tag = kc.image.tag;
  if (tag === void 0) return "no tag, so latest";
  return tag === "latest" || tag === "nightly" ? tag : void 0;
}
function tagVersion(kc) {
  return kc.versionFrom === "tag" ? kc.version : void 0;
}
var LOOPBACK = /^(localhost|127\.\d+\.\d+\.\d+|::1|\[::1\])$/;
function databaseOf(kc) {
  const value = (name) => kc.option(name);
  const db = value("db");
  if (!db || db.value === void 0) return void 0;
  const vendor = db.value.trim();
  if (vendor === "dev-file" || vendor === "dev-mem") return void 0;
  const schema4 = value("db-schema");
  if (schema4 && schema4.value === void 0) return void 0;
  let host;
  let port = "";
  let database = "";
  const url = value("db-url");
  if (url) {
    if (url.value === void 0) return void 0;
    const match = /^jdbc:[a-z0-9]+:(?:\/\/)?([^/?;]+)(?:\/([^?;]*))?/i.exec(url.value.trim());
    if (!match) return { key: `${vendor}|${url.value.trim()}`, text: url.value.trim() };
    const hostPort = match[1].split(",")[0];
    const colon = hostPort.lastIndexOf(":");
    host = colon > 0 && !hostPort.endsWith("]") ? hostPort.slice(0, colon) : hostPort;
    port = colon > 0 && !hostPort.endsWith("]") ? hostPort.slice(colon + 1) : "";
    database = match[2] ?? "";
  } else {
    const parts = ["db-url-host", "db-url-port", "db-url-database"].map(value);
    if (parts.some((p) => p && p.value === void 0)) return void 0;
    host = parts[0]?.value;
    port = parts[1]?.value?.trim() ?? "";
    database = parts[2]?.value?.trim() ?? "";
  }
  host = host?.trim().toLowerCase().replace(/\.$/, "");
  if (!host || LOOPBACK.test(host)) return void 0;
  const labels = host.split(".");
  if (labels.length <= 2 || labels[2] === "svc") {
    const namespace = labels[1] ?? kc.workload.resource.namespace ?? "";
    host = namespace ? `${labels[0]}.${namespace}` : labels[0];
  }
  const text = `${host}${port ? `:${port}` : ""}/${database}`;
  return { key: `${vendor}|${text}|${schema4?.value?.trim() ?? ""}`, text };
}

// rules/mixed-keycloak-versions.ts
var minorOf = (kc) => {
  const v = tagVersion(kc);
  return v ? `${v.major}.${v.minor}` : void 0;
};
var mixed_keycloak_versions_default = defineRule({
  id: "mixed-keycloak-versions",
  meta: {
    severity: "warning",
    category: "cluster-formation",
    summary: "Keep every member of one Keycloak cluster on one pinned version",
    rationale: "Keycloak nodes that discover each other form one cluster and share their Infinispan caches, whatever workload they belong to: every workload whose `jgroups.dns.query` names the same Service, and, with `jdbc-ping`, every workload on the same database. Nodes of different minor versions are not guaranteed to understand each other: 26.0 moved the cache marshalling to ProtoStream (caches from 25 are not readable), and 26.4 must not run in one cluster with older versions because a cache key changed. A floating tag (`latest`, `nightly`, or none) lets the pods of one workload pull different releases, for example during a rollout or on a new node.",
    fix: "Pin one exact version tag (or a digest), the same on every workload that joins this cluster{{example}}, and upgrade them together.",
    messages: {
      mixed: "{{workload}} runs Keycloak {{version}} and joins one cluster with {{others}} through {{via}}; nodes of different minor versions do not reliably share caches.",
      floating: "{{workload}} runs {{image}}, whose tag is floating ({{tag}}): {{pods}} may pull different Keycloak releases into one cluster."
    },
    appliesTo: ["Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Pod"],
    versions: "17 and later",
    limitations: [
      "Versions are compared by major.minor: patch releases of one minor are treated as compatible (Keycloak supports rolling updates between them). Tags that give no version (other than the floating ones) are not compared.",
      "Two copies of one object (the same kind, namespace and name in different files) are variants of one setup, not two workloads running together, and are not compared.",
      "A jdbc-ping database is compared by vendor, host (a Service name taken in the pod namespace), port, database and schema as written; a loopback host (a database proxy sidecar) or a value the linter cannot read is not compared."
    ],
    references: [
      "[Upgrading Keycloak](https://www.keycloak.org/docs/latest/upgrading/index.html)",
      "[Configuring distributed caches](https://www.keycloak.org/server/caching)"
    ]
  },
  *check(model) {
    const mixed = /* @__PURE__ */ new Map();
    const joined = /* @__PURE__ */ new Map();
    for (const group of peerGroups(model)) {
      for (const kc of group.members) {
        const peers = group.members.filter(
          (o) => o !== kc && !sameObject(o.workload.resource, kc.workload.resource)
        );
        if (peers.length > 0) joined.set(kc, [...joined.get(kc) ?? [], ...peers]);
        const minor = minorOf(kc);
        if (!minor || mixed.has(kc)) continue;
        const others = peers.filter((o) => {
          const other = minorOf(o);
          return other !== void 0 && other !== minor;
        });
        if (others.length > 0) mixed.set(kc, { via: group.via, others });
      }
    }
    for (const [kc, { via, others }] of mixed) {
      const related = others.map((o) => ({
        at: o.imageAt,
        resource: o.workload.resource,
        message: `${workloadName(o.workload)} runs Keycloak ${o.version?.text}`
      }));
      yield {
        messageId: "mixed",
        data: {
          workload: workloadName(kc.workload),
          version: kc.version?.text ?? "",
          others: list(
            unique(others.map((o) => `${workloadName(o.workload)} (${o.version?.text})`))
          ),
          via,
          example: ` (for example ${kc.image.raw.replace(/:[^:/@]*$/, "")}:<version>)`
        },
        at: kc.imageAt,
        resource: kc.workload.resource,
        related
      };
    }
    for (const kc of model.keycloak) {
      const tag = floatingTag(kc);
      if (!tag || kc.distribution === "legacy" || kc.cluster.cache === "local") continue;
      const peers = joined.get(kc) ?? [];
      if (!kc.workload.replicas.clustered && peers.length === 0) continue;
      const names = unique(peers.map((o) => workloadName(o.workload)));
      const pods = peers.length === 0 ? `its pods (${kc.workload.replicas.text})` : `its pods and those of ${list(names)}`;
      yield {
        messageId: "floating",
        data: { workload: workloadName(kc.workload), image: kc.image.raw, tag, pods, example: "" },
        at: kc.imageAt,
        resource: kc.workload.resource
      };
    }
  }
});
function unique(items) {
  return [...new Set(items)];
}

// rules/multicast-stack-on-kubernetes.ts
var multicast_stack_on_kubernetes_default = defineRule({
  id: "multicast-stack-on-kubernetes",
  meta: {
    severity: "error",
    category: "cluster-formation",
    summary: "Forbid transport stacks that rely on IP multicast",
    rationale: 'The `udp` and `tcp` stacks discover members by IP multicast (PING, MPING), and `jdbc-ping-udp` sends cluster messages by multicast. Kubernetes does not guarantee multicast between pods, and where the pod network drops it every pod forms its own cluster ("no members discovered ... creating cluster as coordinator"). From 17 to 26.0 `udp` is the default when no stack is set and the loaded cache XML names none; from 26.1 the default is `jdbc-ping`, which discovers members through the database.',
    fix: "Choose a stack that does not rely on multicast.",
    fixes: {
      before261: "Set KC_CACHE_STACK=kubernetes, add a headless Service (clusterIP: None) selecting the Keycloak pods, and pass -Djgroups.dns.query=<service>.<namespace> in JAVA_OPTS_APPEND; or upgrade to 26.1 or later, whose default jdbc-ping stack discovers members through the shared database.",
      from261: "Leave cache-stack unset so that Keycloak uses jdbc-ping, which discovers members through the shared database; the kubernetes stack with a headless Service and -Djgroups.dns.query also works up to 26.2.",
      from263: "Leave cache-stack unset so that Keycloak uses jdbc-ping, which discovers members through the shared database.",
      unknown: "Use jdbc-ping (the default from 26.1 when cache-stack is unset) or, up to 26.2, the kubernetes stack with a headless Service and -Djgroups.dns.query=<service>.<namespace>.",
      xml: "Set cache-stack (it takes precedence over the XML) or the transport stack in {{file}} to a stack without multicast: kubernetes with a headless Service and -Djgroups.dns.query up to 26.2, jdbc-ping from 26.1.",
      operator: "Remove cache-stack from additionalOptions (and a multicast stack from the cache file of spec.cache): the operator then uses the kubernetes stack with its own headless discovery Service up to 26.2, and the jdbc-ping default from 26.3."
    },
    fixable: "on 17 to 26.0 when no stack is set (the udp default) or KC_CACHE_STACK, written in the container's env, names a multicast stack, in a container that starts with start (not --optimized, as cache-stack is a build option up to 24): KC_CACHE_STACK=kubernetes is set together with the DNS discovery the stack needs (the one headless Service that selects the pods, or a new one, and -Djgroups.dns.query in JAVA_OPTS_APPEND, written as <service>.<namespace>, so the namespace must be known). An explicit stack set elsewhere (arguments, keycloak.conf, a ConfigMap), a cache XML and versions from 26.1, where jdbc-ping is the other choice, get a suggestion only.",
    messages: {
      explicit: "{{origin}} selects {{use}}; Kubernetes does not guarantee multicast between pods, so the {{replicas}} of {{workload}} may each form their own cluster.",
      byDefault: "No cache stack is set, so {{version}} uses its default udp stack ({{use}}); Kubernetes does not guarantee multicast between pods, so the {{replicas}} of {{workload}} may each form their own cluster.",
      fromXml: "{{origin}} asks for {{use}}; Kubernetes does not guarantee multicast between pods, so the {{replicas}} of {{workload}} may each form their own cluster."
    },
    appliesTo: ["Deployment", "StatefulSet", "DaemonSet", "ReplicaSet"],
    versions: "17 and later (the udp default: 17 to 26.0)"
  },
  *check(model) {
    for (const kc of withTransport(model)) {
      const { stack: stack2 } = kc.cluster;
      if (!stack2.name || !MULTICAST_STACKS.has(stack2.name)) continue;
      const data = {
        origin: stackOrigin(kc),
        use: `the ${stack2.name} stack, ${MULTICAST_USE[stack2.name]}`,
        replicas: kc.workload.replicas.text,
        workload: workloadName(kc.workload),
        version: keycloakVersionText(kc),
        file: stack2.xml?.file ?? ""
      };
      const messageId = stack2.source === "default" ? "byDefault" : stack2.source === "xml" ? "fromXml" : "explicit";
      if (stack2.source === "default") data.use = MULTICAST_USE.udp;
      const fixId = stack2.source === "xml" && !stack2.xml?.shipped ? "xml" : recommendedStackFix(kc.version);
      yield {
        messageId,
        data,
        at: stackLocation(kc),
        resource: kc.workload.resource,
        fixId,
        ...stack2.source === "default" || stack2.source === "option" ? kubernetesStack(model, kc) : {}
      };
    }
  }
});
function kubernetesStack(model, kc) {
  const version = kc.version;
  if (!version || !atLeast(version, 17) || atLeast(version, 26, 1)) return {};
  if (kc.distribution !== "quarkus" || kc.mode.kind !== "start" || kc.optimized) return {};
  if (mayHideJvmOptions(kc) || kc.properties.has("jgroups.dns.query")) return {};
  if (kc.cluster.stack.source === "default") {
    if (!envAbsent(kc, "KC_CACHE_STACK") || kc.option("cache-stack")) return {};
    const fix2 = discoveryEdits(model, kc, [{ name: "KC_CACHE_STACK", value: "kubernetes" }]);
    return fix2 ? { edits: fix2.edits } : {};
  }
  if (kc.cluster.stack.xml && !kc.cluster.stack.xml.shipped) return {};
  const sources = kc.optionSources.get("cache-stack") ?? [];
  if (sources.length !== 1 || sources[0]?.origin !== "KC_CACHE_STACK") return {};
  const index = soleEnvEntry(kc, "KC_CACHE_STACK");
  const editor = YamlEditor.of(kc.workload.resource);
  const node = index === void 0 ? void 0 : editor?.scalar([...kc.path, "env", index, "value"]);
  if (!editor || typeof node?.value !== "string") return {};
  const stack2 = editor.replaceScalar(node, "kubernetes");
  const fix = discoveryEdits(model, kc);
  return stack2 && fix ? { edits: [...stack2, ...fix.edits] } : {};
}

// rules/networkpolicy-blocks-jgroups.ts
var PEER_KEY = { ingress: "from", egress: "to" };
var FROM_TO = { ingress: "from", egress: "to" };
var networkpolicy_blocks_jgroups_default = defineRule({
  id: "networkpolicy-blocks-jgroups",
  meta: {
    severity: "error",
    category: "network",
    summary: "Require NetworkPolicies to admit JGroups traffic between Keycloak pods",
    rationale: "Keycloak members talk to each other over TCP on the JGroups transport port (7800 unless `jgroups.bind.port` or, from 26.4, `cache-embedded-network-bind-port` changes it) and on the failure-detection port, transport + 50000, whatever the discovery (DNS_PING or, from 26.1, JDBC_PING through the database). A NetworkPolicy that selects the pods isolates them: only what a rule of some policy selecting them admits gets through. When the transport port is not admitted, every pod keeps a cluster and caches of its own (logins lost between pods, stale realm caches); when only the failure-detection port is not, a crashed member is found late, by heartbeat timeout.",
    fix: "Add an {{direction}} rule to NetworkPolicy {{policy}} that admits TCP {{transport}} and {{fd}} {{fromTo}} the Keycloak pods: `{{peerKey}}: [{podSelector: {matchLabels: {{labels}}}}]` with `ports: [{protocol: TCP, port: {{transport}}}, {protocol: TCP, port: {{fd}}}]`.",
    fixes: {
      newPolicy: "Add a NetworkPolicy that selects the Keycloak pods (matchLabels {{labels}}) with an {{direction}} rule that admits TCP {{transport}} and {{fd}} {{fromTo}} them: `{{peerKey}}: [{podSelector: {matchLabels: {{labels}}}}]` with `ports: [{protocol: TCP, port: {{transport}}}, {protocol: TCP, port: {{fd}}}]`; policies add up."
    },
    fixable: "when the reported policy selects the pods by labels and is written in the files: a rule is appended to its ingress (or egress) list that admits the blocked ports, as numbers, from (or to) the pods of the workload. A policy whose rules name ports by name (declare them on the container instead), an isolation by an empty podSelector only (which policy to add is a choice) and the policies a Keycloak CR generates get a suggestion only.",
    messages: {
      transport: "NetworkPolicy {{policy}} isolates the pods of {{workload}} ({{replicas}}) for {{direction}}, and {{none}} TCP {{ports}} {{fromTo}} the other Keycloak pods: the JGroups transport is blocked, so each pod forms a cluster of its own.",
      failureDetection: "NetworkPolicy {{policy}} isolates the pods of {{workload}} ({{replicas}}) for {{direction}}, and {{none}} TCP {{fd}}, the JGroups failure-detection port, {{fromTo}} the other Keycloak pods: a crashed member is only found late, by heartbeat timeout."
    },
    graded: "error when the transport port is not admitted; warning when only the failure-detection port is not.",
    appliesTo: ["NetworkPolicy", "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet"],
    versions: "17 and later, TCP-based stacks (`kubernetes`, `tcp`, `jdbc-ping`, cloud stacks)",
    limitations: [
      "A namespaceSelector that needs labels of a Namespace not in the linted files (other than the automatic `kubernetes.io/metadata.name`) cannot be decided: the rule stays silent rather than guess. Lint the Namespace object too.",
      "Pod IPs are not in the manifests: an ipBlock of the whole address space admits the pods, a private range (10/8, 172.16/12, 192.168/16, 100.64/10) or any IPv6 range may or may not (and the network plugin decides whether ipBlocks apply to pod traffic), so the rule stays silent; a public range is taken as not holding pod IPs.",
      "When several policies isolate the pods, the finding is reported on the first one that selects them by labels (rather than an empty podSelector such as a default-deny), since that is where a rule for Keycloak belongs; the others are related locations.",
      "Only traffic between pods of the same workload is checked; egress to the database (needed by JDBC_PING and Keycloak itself) and to DNS is not.",
      "UDP-based stacks (`udp`, `jdbc-ping-udp`) and containers whose JGroups port may be set where the linter cannot see (a JVM option variable from a Secret) are skipped."
    ],
    references: [
      "[Kubernetes: Network Policies](https://kubernetes.io/docs/concepts/services-networking/network-policies/)",
      "[Keycloak: Configuring distributed caches, network ports](https://www.keycloak.org/server/caching)"
    ]
  },
  *check(model) {
    const seen = /* @__PURE__ */ new Set();
    for (const kc of withTransport(model)) {
      const workload = kc.workload;
      if (seen.has(workload) || !checkable(kc)) continue;
      seen.add(workload);
      const transport = kc.cluster.transportPort.port;
      const fd = kc.cluster.failureDetectionPort.port;
      for (const direction of ["ingress", "egress"]) {
        const reach = peerReachability(model, workload, direction, [transport, fd]);
        if (reach.isolating.length === 0) continue;
        const blocked = [transport, fd].filter((p) => reach.admitted.get(p) === "no");
        if (blocked.length === 0) continue;
        const transportBlocked = blocked.includes(transport);
        const policy = reportedPolicy(reach.isolating);
        const others = reach.isolating.filter((v) => v !== policy);
        yield {
          messageId: transportBlocked ? "transport" : "failureDetection",
          ...bySelector(policy) ? editsOf(admitPeers(policy, direction, peerLabels(workload), blocked)) : { fixId: "newPolicy" },
          severity: transportBlocked ? "error" : "warning",
          data: {
            policy: policy.resource.name,
            workload: workloadName(workload),
            replicas: workload.replicas.text,
            direction,
            fromTo: FROM_TO[direction],
            peerKey: PEER_KEY[direction],
            none: noneText2(reach.isolating, direction),
            ports: list(blocked.map(String)),
            transport,
            fd,
            labels: labelsText(peerLabels(workload))
          },
          at: policy.resource.at(anchorPath(policy, direction)),
          resource: policy.resource,
          related: [
            {
              at: workload.resource.at(podLabelsPath(workload)),
              resource: workload.resource,
              message: `The Keycloak pods of ${workloadName(workload)}, which talk to each other on TCP ${transport} and ${fd}.`
            },
            ...others.map((v) => ({
              at: v.resource.at(anchorPath(v, direction)),
              resource: v.resource,
              message: `NetworkPolicy ${v.resource.name} also selects these pods for ${direction} and admits neither port from them.`
            }))
          ]
        };
      }
    }
  }
});
function admitPeers(view, direction, labels, ports) {
  const editor = YamlEditor.of(view.resource);
  if (!editor || Object.keys(labels).length === 0) return void 0;
  const rules2 = asArray(view.resource.spec[direction]);
  const named = rules2.some(
    (r) => asArray(asObject(r)?.ports).some((p) => typeof asObject(p)?.port === "string")
  );
  if (named) return void 0;
  const edits = editor.append(
    ["spec", direction],
    [
      {
        [PEER_KEY[direction]]: [{ podSelector: { matchLabels: { ...labels } } }],
        ports: ports.map((port) => ({ protocol: "TCP", port }))
      }
    ]
  );
  return edits ? { edits } : void 0;
}
function noneText2(isolating, direction) {
  if (isolating.length > 1) {
    const names = list(isolating.map((v) => v.resource.name));
    return `no ${direction} rule of the ${isolating.length} policies that select them (${names}) admits`;
  }
  return isolating[0][direction].length === 0 ? `it has no ${direction} rules, so nothing admits` : `none of its ${direction} rules admits`;
}
function checkable(kc) {
  const stack2 = kc.cluster.stack.name;
  return stack2 !== void 0 && TCP_STACKS.has(stack2) && !kc.cluster.transportPort.unknown && !kc.cluster.failureDetectionPort.unknown && !mayHideJvmOptions(kc, { opaque: false });
}
function reportedPolicy(isolating) {
  return isolating.find(bySelector) ?? isolating[0];
}
function bySelector(view) {
  const { matchLabels, matchExpressions } = view.podSelector;
  return Object.keys(matchLabels).length > 0 || matchExpressions.length > 0;
}
function anchorPath(view, direction) {
  const spec = view.resource.spec;
  if (spec[direction] !== void 0) return ["spec", direction];
  const types = asArray(spec.policyTypes);
  const name = direction === "ingress" ? "Ingress" : "Egress";
  const i = types.indexOf(name);
  if (i >= 0) return ["spec", "policyTypes", i];
  return ["spec", "podSelector"];
}
function peerLabels(workload) {
  const match = asObject(asObject(workload.resource.spec.selector)?.matchLabels);
  const out = {};
  for (const [k, v] of Object.entries(match ?? {})) if (typeof v === "string") out[k] = v;
  return Object.keys(out).length > 0 ? out : workload.podLabels;
}

// rules/no-shared-database.ts
var no_shared_database_default = defineRule({
  id: "no-shared-database",
  meta: {
    severity: "error",
    category: "cluster-formation",
    summary: "Require a database shared by all replicas in production mode",
    rationale: "Keycloak keeps realms, users and (from 26.0) user sessions in its database. Without `db`, production `start` falls back to the embedded H2 `dev-file` database (22 to 26.x), one per pod, so every replica has its own data. From 26.1 the default jdbc-ping stack also discovers members through that database; pods on different databases cannot see each other, so with one database per pod each pod is expected to find only itself.",
    fix: "Set KC_DB and KC_DB_URL (or KC_DB_URL_HOST and KC_DB_URL_DATABASE) to one database that every replica uses.",
    fixes: {
      operator: "Set spec.db (vendor, host, database, usernameSecret and passwordSecret) to one database that every instance uses."
    },
    messages: {
      unset: "{{workload}} runs start with {{replicas}} and sets no database (db), so nothing makes the replicas share their data.",
      unsetH2: "{{workload}} runs start with {{replicas}} and sets no database (db): Keycloak {{version}} then uses an embedded H2 database in each pod, so the replicas share no data{{discovery}}.",
      devDatabase: "{{setting}} keeps an embedded H2 database in each pod of {{workload}} ({{replicas}}), so the replicas share no data{{discovery}}."
    },
    appliesTo: ["Deployment", "StatefulSet", "DaemonSet", "ReplicaSet"],
    versions: "17 and later",
    limitations: [
      "Bitnami images choose their own default database; an unset db is not reported for them."
    ]
  },
  *check(model) {
    for (const kc of clusteredKeycloak(model)) {
      if (kc.mode.kind !== "start") continue;
      const db = kc.option("db");
      if (db && db.value === void 0) continue;
      if (!db && kc.distribution === "bitnami") continue;
      const discovery = kc.cluster.stack.name === "jdbc-ping" ? ", and jdbc-ping discovery, which goes through that database, is expected to find only the pod itself" : "";
      const data = {
        workload: workloadName(kc.workload),
        replicas: kc.workload.replicas.text,
        discovery
      };
      if (!db) {
        const h2 = kc.version !== void 0 && atLeast(kc.version, 22);
        yield {
          messageId: h2 ? "unsetH2" : "unset",
          data: { ...data, version: kc.version?.text ?? "" },
          at: kc.at,
          resource: kc.workload.resource
        };
      } else if (["dev-file", "dev-mem"].includes(db.value.trim())) {
        yield {
          messageId: "devDatabase",
          data: { ...data, setting: settingText(db, "db") },
          at: db.at,
          resource: kc.workload.resource
        };
      }
    }
  }
});

// rules/no-start-command.ts
var no_start_command_default = defineRule({
  id: "no-start-command",
  meta: {
    severity: "error",
    category: "cluster-formation",
    summary: "Require start or start-dev on official Keycloak images",
    rationale: "The entrypoint of the official images (quay.io/keycloak/keycloak, registry.redhat.io/rhbk/keycloak-rhel9, and mirrors of them) is kc.sh with no default command. Given no `start` or `start-dev`, kc.sh prints its help and exits, so the pod restarts in a loop and never serves.",
    fix: 'Add "start" to the args of container {{container}} (args: ["start"]).',
    messages: {
      missing: "Container {{container}} (official image {{image}}) {{given}}; kc.sh then prints its help and exits."
    },
    appliesTo: ["Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Pod"],
    versions: "17 and later",
    limitations: [
      "Only official images are checked: a custom or Bitnami image may set its own command.",
      "A command that is a shell script, or any executable other than kc.sh, is trusted.",
      "Only a missing command is reported: a container that runs another kc.sh command (build, export, import) is taken to be a job that means to."
    ],
    references: ["[Running Keycloak in a container](https://www.keycloak.org/server/containers)"]
  },
  *check(model) {
    for (const kc of quarkusKeycloak(model)) {
      if (!kc.official || kc.mode.kind !== "none") continue;
      if (kc.argv.some((token) => hasUnknownReference(token.text))) continue;
      const container = valueAt(kc.workload.resource.value, kc.path);
      const has = (key) => Array.isArray(container?.[key]);
      const given = has("command") ? has("args") ? "runs kc.sh, but neither its command nor its args hold start or start-dev" : "runs kc.sh, but its command holds no start or start-dev" : has("args") ? "passes args to its kc.sh entrypoint, but none of them is start or start-dev" : "sets no command or args, so its kc.sh entrypoint gets no start or start-dev";
      const at2 = has("args") ? kc.workload.resource.at([...kc.path, "args"]) : has("command") ? kc.workload.resource.at([...kc.path, "command"]) : kc.at;
      yield {
        messageId: "missing",
        data: { container: kc.name, image: kc.image.raw, given },
        at: at2,
        resource: kc.workload.resource
      };
    }
  }
});

// rules/proxy-headers-missing.ts
var proxy_headers_missing_default = defineRule({
  id: "proxy-headers-missing",
  meta: {
    severity: "error",
    category: "proxy",
    summary: "Make Keycloak read the forwarded headers of a TLS-terminating Ingress",
    rationale: "When the Ingress ends TLS, Keycloak sees plain HTTP from the proxy and knows the real scheme, host and client address only from the Forwarded or X-Forwarded-* headers. From Keycloak 24 it reads them only when `proxy-headers` is set (`forwarded` or `xforwarded`); the `proxy` option that did it before is deprecated in 24 and removed in 26.0. Without it Keycloak builds http:// URLs and redirects, rejects origin-checked requests with 403 and sees the proxy as the client.",
    fix: "Set KC_PROXY_HEADERS=xforwarded (or forwarded, matching what the proxy sends).",
    fixes: {
      operator: "Set spec.proxy.headers to xforwarded (or forwarded, matching what the proxy sends)."
    },
    messages: {
      missing: "{{ingresses}} {{verb}} TLS in front of {{workload}}, but {{version}} does not read the forwarded headers: {{missing}}."
    },
    appliesTo: ["Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Pod", "Ingress"],
    versions: "24 and later",
    limitations: [
      "Only Ingresses with a `tls` section count as ending TLS; a controller that ends TLS with a default certificate or a cloud certificate (ALB certificate-arn) is not seen.",
      "Bitnami images before 26 write the proxy option themselves and are not checked; on 26 and later, KEYCLOAK_PROXY_HEADERS counts as set.",
      "With `proxy` set on 24 and later, proxy-option-obsolete reports instead."
    ],
    references: [
      "[Configuring a reverse proxy](https://www.keycloak.org/server/reverseproxy)",
      "[Keycloak 24 upgrading guide: proxy option deprecated](https://www.keycloak.org/docs/latest/upgrading/index.html#deprecated-proxy-option)"
    ]
  },
  *check(model) {
    for (const kc of quarkusKeycloak(model)) {
      const version = kc.version;
      if (!version || !atLeast(version, 24)) continue;
      if (kc.mode.kind === "other" || kc.mode.kind === "none") continue;
      if (kc.distribution === "bitnami") {
        if (!atLeast(version, 26) || kc.env.vars.has("KEYCLOAK_PROXY_HEADERS")) continue;
      }
      if (kc.option("proxy") || kc.option("proxy-headers")) continue;
      const proxyProtocol = kc.option("proxy-protocol-enabled");
      if (proxyProtocol && (proxyProtocol.value === void 0 || isTrue(proxyProtocol))) continue;
      const fronting = ingressesOf(model, kc).filter((v) => termination(v) === "terminates");
      if (fronting.length === 0) continue;
      const resource = kc.workload.resource;
      yield {
        messageId: "missing",
        data: {
          ingresses: list(fronting.map((v) => nameOf(v.resource))),
          verb: fronting.length === 1 ? "ends" : "end",
          workload: `${resource.kind} ${resource.name}`,
          version: keycloakVersionText(kc),
          missing: atLeast(version, 26) ? "proxy-headers is not set" : "neither proxy-headers nor proxy is set"
        },
        at: envLocation(kc),
        resource,
        related: fronting.map((v) => ({
          at: v.resource.at(["spec", "tls"]),
          resource: v.resource,
          message: `${nameOf(v.resource)} ends TLS here.`
        }))
      };
    }
  }
});

// rules/proxy-option-obsolete.ts
var proxy_option_obsolete_default = defineRule({
  id: "proxy-option-obsolete",
  meta: {
    severity: "error",
    category: "proxy",
    summary: "Replace the proxy option, deprecated in Keycloak 24 and removed in 26.0",
    rationale: "Up to 23, `proxy` (edge, reencrypt, passthrough, none) told Keycloak how it sits behind a reverse proxy. Keycloak 24 deprecates it in favour of `proxy-headers` (forwarded or xforwarded) plus `http-enabled` where TLS ends at the proxy, and 26.0 removes it: a leftover KC_PROXY no longer makes Keycloak read the forwarded headers, so it builds wrong URLs and rejects requests behind the proxy.",
    fix: "Remove the proxy option.",
    fixes: {
      edge: "Replace it with {{headers}}=xforwarded (or forwarded, matching what the proxy sends) and {{http}}=true.",
      reencrypt: "Replace it with {{headers}}=xforwarded (or forwarded, matching what the proxy sends).",
      passthrough: "Remove it: with TLS passthrough the proxy adds no forwarded headers for Keycloak to read.",
      covered: "Remove it: the options that replace it are already set.",
      edgeHttp: "Remove it, and set {{http}}=true: proxy-headers, which replaces the rest, is already set.",
      operator: "Remove proxy from additionalOptions; where the proxy sends forwarded headers (edge or reencrypt), set spec.proxy.headers to xforwarded or forwarded, and for edge also spec.http.httpEnabled: true."
    },
    fixable: "when KC_PROXY is written with its value in the container's env (not in a ConfigMap, a Secret, keycloak.conf or the arguments, which get a suggestion only) of an image other than Bitnami's: `none` is removed, and so is `passthrough` where hostname v1 is not in effect; `edge` and `reencrypt` become KC_PROXY_HEADERS (kept when already set, else `xforwarded`, only when every Ingress in front of the pods is an ingress-nginx one without snippet annotations, as the headers another proxy sends are not in the manifests), with KC_HTTP_ENABLED=true added for `edge`. A Keycloak CR gets a suggestion only.",
    messages: {
      removed: "{{setting}}: the proxy option no longer exists in {{version}} (it was removed in 26.0), so it does not make Keycloak read the forwarded headers of the proxy.",
      deprecated: "{{setting}}: the proxy option is deprecated since Keycloak 24 and removed in 26.0 ({{version}} still reads it)."
    },
    graded: "warning on Keycloak 24 and 25, error from 26.0.",
    appliesTo: ["Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Pod"],
    versions: "24 and later"
  },
  *check(model) {
    for (const kc of quarkusKeycloak(model)) {
      const setting = kc.options.get("proxy");
      if (!setting || !kc.version || !atLeast(kc.version, 24)) continue;
      const removed = atLeast(kc.version, 26);
      const value = setting.value?.trim().toLowerCase() ?? "";
      const cli = setting.origin.startsWith("--");
      const env = setting.origin.startsWith("KC_");
      yield {
        messageId: removed ? "removed" : "deprecated",
        data: {
          setting: settingText(setting, "proxy"),
          version: keycloakVersionText(kc),
          headers: cli ? "--proxy-headers" : env ? "KC_PROXY_HEADERS" : "proxy-headers",
          http: cli ? "--http-enabled" : env ? "KC_HTTP_ENABLED" : "http-enabled"
        },
        at: setting.at,
        resource: kc.workload.resource,
        severity: removed ? "error" : "warning",
        fixId: fixIdOf(value, kc.options.has("proxy-headers"), isTrue(kc.option("http-enabled"))),
        ...env ? replacement(model, kc, value) : {}
      };
    }
  }
});
function fixIdOf(value, headersSet, httpOn) {
  if (value === "edge") {
    if (headersSet) return httpOn ? "covered" : "edgeHttp";
    return httpOn ? "reencrypt" : "edge";
  }
  if (value === "reencrypt") return headersSet ? "covered" : "reencrypt";
  return value === "passthrough" ? "passthrough" : "default";
}
function replacement(model, kc, value) {
  if (kc.distribution !== "quarkus" || (kc.optionSources.get("proxy") ?? []).length !== 1)
    return {};
  const index = soleEnvEntry(kc, "KC_PROXY");
  const editor = YamlEditor.of(kc.workload.resource);
  if (index === void 0 || !editor) return {};
  const entry = [...kc.path, "env", index];
  const written = editor.scalar([...entry, "value"]);
  if (typeof written?.value !== "string" || written.value.trim().toLowerCase() !== value) return {};
  const remove2 = () => ({ ...editsOf(wrap(editor.removeItem([...kc.path, "env"], index))) });
  if (value === "none") return remove2();
  if (value === "passthrough") return hostnameV1(kc) === false ? remove2() : {};
  const http = [];
  if (value === "edge") {
    const enabled = kc.option("http-enabled");
    if (enabled && !isTrue(enabled)) return {};
    if (!enabled) {
      if (!envAbsent(kc, "KC_HTTP_ENABLED")) return {};
      http.push({ name: "KC_HTTP_ENABLED", value: "true" });
    }
  }
  const headers = kc.option("proxy-headers");
  if (headers) {
    const known = ["forwarded", "xforwarded"].includes(headers.value?.trim() ?? "");
    if (!known) return {};
    const removed = editor.removeItem([...kc.path, "env"], index);
    const added2 = addEnv(editor, kc, http);
    return removed && added2 ? editsOf({ edits: [...removed, ...added2] }) : {};
  }
  if (!envAbsent(kc, "KC_PROXY_HEADERS") || !sendsXForwarded(model, kc)) return {};
  const name = editor.scalar([...entry, "name"]);
  const renamed2 = name ? editor.replaceScalar(name, "KC_PROXY_HEADERS") : void 0;
  const style = editor.replaceScalar(written, "xforwarded");
  const added = addEnv(editor, kc, http);
  if (!renamed2 || !style || !added) return {};
  return editsOf({ edits: [...renamed2, ...style, ...added] });
}
var wrap = (edits) => edits ? { edits } : void 0;
var SNIPPETS = ["configuration-snippet", "server-snippet", "location-snippet"];
function sendsXForwarded(model, kc) {
  const fronts = frontsOf(model).filter((f) => f.keycloak.includes(kc.workload));
  return fronts.length > 0 && fronts.every(
    (f) => f.kind === "Ingress" && f.controller === "ingress-nginx" && !SNIPPETS.some((s) => `nginx.ingress.kubernetes.io/${s}` in f.resource.annotations)
  );
}

// rules/traefik-sticky-on-ingress.ts
var traefik_sticky_on_ingress_default = defineRule({
  id: "traefik-sticky-on-ingress",
  meta: {
    severity: "warning",
    category: "ingress",
    summary: "Require Traefik's sticky-cookie annotations on the Service, not on the Ingress",
    rationale: "Traefik's Kubernetes Ingress provider reads `traefik.ingress.kubernetes.io/router.*` annotations from the Ingress and `traefik.ingress.kubernetes.io/service.*` annotations, stickiness among them, from the backend Service only. Written on the Ingress, `service.sticky.cookie` does nothing: requests of one browser still spread over the Keycloak pods. Keycloak Operator users put Service annotations in `spec.http.annotations`.",
    fix: "Move {{key}} to Service {{service}}.",
    fixes: {
      noService: "Move {{key}} to the backend Service of this Ingress."
    },
    messages: {
      onIngress: "{{key}} is set on Ingress {{ingress}}, but Traefik reads service.* annotations only from the backend Service, so it is ignored here."
    },
    appliesTo: ["Ingress"],
    references: [
      "[Traefik: Kubernetes Ingress annotations, On Service](https://doc.traefik.io/traefik/routing/providers/kubernetes-ingress/#on-service)"
    ]
  },
  *check(model) {
    for (const view of model.ingresses) {
      if (view.controller !== "traefik" && view.controller !== void 0) continue;
      const keys = traefikKeysOnIngress(view.resource);
      const services = [
        ...new Set(
          view.backends.filter((b) => b.workloads.some((w) => w.keycloak.length > 0)).map((b) => b.service?.name ?? b.serviceName)
        )
      ];
      for (const key of keys) {
        yield {
          messageId: "onIngress",
          data: { key, ingress: view.resource.name, service: list(services) },
          at: keyOf(view.resource.at(["metadata", "annotations", key])),
          resource: view.resource,
          ...services.length === 0 ? { fixId: "noService" } : {}
        };
      }
    }
  }
});

// rules/unknown-cache-stack.ts
var unknown_cache_stack_default = defineRule({
  id: "unknown-cache-stack",
  meta: {
    severity: "error",
    category: "cluster-formation",
    summary: "Require cache-stack to name a stack the Keycloak version has",
    rationale: 'An unknown stack name stops Keycloak at startup ("No such JGroups stack", or an invalid-value error on 22 to 24). The built-in stacks are tcp, udp, kubernetes, ec2, azure and google; jdbc-ping and jdbc-ping-udp exist from 26.1. From 25, a cache XML may define stacks of its own.',
    fix: "Use one of the stacks of {{version}}: {{valid}}.",
    messages: {
      unknown: "{{setting}} is not a stack of {{version}}{{suggestion}}, and no cache XML defines it; Keycloak refuses to start.",
      notBuiltin: "{{setting}} is not a stack of {{version}}{{suggestion}}; Keycloak refuses to start.",
      tooNew: "{{setting}}: the {{stack}} stack exists from Keycloak 26.1, and {{version}} does not have it; Keycloak refuses to start.",
      xmlTooOld: "{{setting}}: {{file}} defines the {{stack}} stack, but {{version}} accepts only its built-in stacks (stacks defined in a cache XML are accepted from Keycloak 25); Keycloak refuses to start.",
      xmlIgnored: "{{setting}}: the {{stack}} stack is defined in the mounted conf/cache-ispn.xml, which {{version}} reads only when cache-config-file names it; Keycloak refuses to start."
    },
    appliesTo: ["Deployment", "StatefulSet", "DaemonSet", "ReplicaSet"],
    versions: "17 and later"
  },
  *check(model) {
    for (const kc of withTransport(model)) {
      const { stack: stack2 } = kc.cluster;
      if (stack2.source !== "option" || !stack2.name || !stack2.setting) continue;
      const name = stack2.name;
      const valid = kc.version ? builtinStacks(kc.version) : ALL_STACKS;
      if (valid.includes(name)) continue;
      const xml = stack2.xml;
      const customAllowed = !holdsFor(kc.version, (v) => !atLeast(v, 25));
      if (customAllowed && xml && !xml.ignored && (xml.unreadable || xml.definedStacks.includes(name)))
        continue;
      const definedInXml = xml?.definedStacks.includes(name) === true;
      const suggestion = nearest(name, valid);
      let messageId = customAllowed ? "unknown" : "notBuiltin";
      if (kc.version !== void 0 && ALL_STACKS.includes(name)) messageId = "tooNew";
      else if (definedInXml && xml?.ignored) messageId = "xmlIgnored";
      else if (definedInXml) messageId = "xmlTooOld";
      yield {
        messageId,
        data: {
          setting: settingText(stack2.setting, "cache-stack"),
          stack: name,
          version: keycloakVersionText(kc),
          valid: kc.version ? list([...valid]) : "tcp, udp, kubernetes, ec2, azure, google, and from 26.1 jdbc-ping and jdbc-ping-udp",
          suggestion: suggestion ? ` (did you mean ${suggestion}?)` : "",
          file: xml?.file ?? ""
        },
        at: stack2.setting.at,
        resource: kc.workload.resource
      };
    }
  }
});

// rules/unrendered-template.ts
var unrendered_template_default = defineRule({
  id: "unrendered-template",
  meta: {
    severity: "warning",
    category: "input",
    summary: "Report Helm or Go template files that cannot be read as manifests",
    rationale: "A chart template is not a manifest until Helm renders it: its values, names and even its structure depend on the values file. The file is left out of the run, so nothing in it is checked, and the resources it would create are missing from every cross-reference.",
    fix: "Lint the rendered output instead: `helm template <release> <chart> -f values.yaml | keycloak-lint lint -`, or `kustomize build <dir> | keycloak-lint lint -`.",
    messages: {
      template: "The file holds template syntax ({{snippet}}) and cannot be read as manifests; it is left out of the run."
    },
    appliesTo: ["*"],
    limitations: [
      "A `{{` inside a quoted string or a block scalar (a Prometheus alert text, a Grafana legend) is not template syntax; such files are linted normally, unless they use Helm-only references such as `.Values` outside block scalars."
    ]
  },
  *check(model) {
    for (const problem of model.problems) {
      if (problem.ruleId !== "unrendered-template") continue;
      yield {
        messageId: problem.messageId,
        data: problem.data,
        at: { file: problem.file, start: problem.start, end: problem.end }
      };
    }
  }
});

// rules/unused-suppression.ts
var unused_suppression_default = defineRule({
  id: "unused-suppression",
  meta: {
    severity: "info",
    category: "input",
    summary: "Report suppressions that suppress nothing",
    rationale: "A `# keycloak-lint-disable` comment or a `keycloak-lint.io/ignore` annotation that matches no finding is stale: the problem was fixed, the rule id is misspelt, or the suppression sits on the wrong line. Left in place, it would hide the next problem of that kind. A suppression needs a reason after `--`; without one it suppresses nothing.",
    fix: "Remove the suppression.",
    fixes: {
      noReason: "Give the reason after --, for example: {{example}}.",
      unknownRule: "Name a rule of keycloak-lint{{instead}} (keycloak-lint rules lists them)."
    },
    messages: {
      unused: "{{what}} for {{rules}} matches no finding.",
      noReason: "{{what}} for {{rules}} gives no reason after --, so it suppresses nothing.",
      unknownRule: "{{what}} names {{rule}}, which is not a rule of keycloak-lint{{suggestion}}."
    },
    appliesTo: ["*"],
    phase: 3,
    limitations: [
      "A suppression that names several rules is reported only when none of them matched."
    ]
  },
  *check(_model, context) {
    for (const s of context.unusedSuppressions()) {
      const what = WHAT[s.form];
      const where = s.resource ? { resource: s.resource } : {};
      const unknown = s.rules.filter((id) => !context.knownRuleIds.includes(id));
      for (const rule of unknown) {
        const guess = nearest(rule, context.knownRuleIds);
        yield {
          messageId: "unknownRule",
          data: {
            what,
            rule,
            suggestion: guess ? ` (did you mean ${guess}?)` : "",
            instead: guess ? `, such as ${guess}` : ""
          },
          at: s.ruleAt.get(rule) ?? s.at,
          ...where,
          fixId: "unknownRule"
        };
      }
      const known = s.rules.filter((id) => context.knownRuleIds.includes(id));
      if (unknown.length > 0 && known.length === 0) continue;
      if (known.length > 0 && known.every((id) => !context.ruleIds.includes(id))) continue;
      const data = { what, rules: list(known) || "no rule", example: example(s) };
      yield {
        messageId: s.reason === void 0 ? "noReason" : "unused",
        data,
        at: s.at,
        ...where,
        ...s.reason === void 0 ? { fixId: "noReason" } : {}
      };
    }
  }
});
var WHAT = {
  "next-line": "This keycloak-lint-disable-next-line comment",
  "rest-of-document": "This keycloak-lint-disable comment",
  annotation: "The keycloak-lint.io/ignore annotation"
};
function example(s) {
  const rules2 = s.rules.join(", ");
  const reason = "managed by the platform team";
  if (s.form === "annotation") return `keycloak-lint.io/ignore: "${rules2} -- ${reason}"`;
  const directive = s.form === "next-line" ? "keycloak-lint-disable-next-line" : "keycloak-lint-disable";
  return `# ${directive} ${rules2} -- ${reason}`;
}

// rules/index.ts
var rules = [
  affinity_cookie_name_collision_default,
  alb_stickiness_instance_target_default,
  build_time_option_at_runtime_default,
  cache_config_file_invalid_default,
  cache_stack_overrides_config_file_default,
  cloud_stack_on_kubernetes_default,
  deprecated_cache_stack_default,
  dev_mode_with_replicas_default,
  discovery_service_not_publishing_unready_default,
  discovery_service_selector_mismatch_default,
  dns_query_namespace_mismatch_default,
  dns_query_service_not_found_default,
  dns_query_service_not_headless_default,
  duplicate_resource_default,
  env_var_overridden_default,
  health_probe_without_health_enabled_default,
  health_probe_wrong_port_default,
  hostname_admin_not_url_default,
  hostname_not_configured_default,
  hostname_v1_option_removed_default,
  http_disabled_behind_edge_proxy_default,
  ingress_annotation_ignored_default,
  ingress_backend_not_found_default,
  ingress_client_header_buffers_small_default,
  ingress_proxy_buffer_too_small_default,
  ingress_targets_discovery_service_default,
  invalid_field_type_default,
  invalid_yaml_default,
  istio_authz_denies_jgroups_default,
  istio_jgroups_traffic_unhandled_default,
  istio_strict_mtls_jgroups_default,
  java_opts_replaces_defaults_default,
  jboss_node_name_removed_default,
  jgroups_port_exposed_default,
  jgroups_ports_not_declared_default,
  keycloak_version_unknown_default,
  kubernetes_stack_missing_dns_query_default,
  legacy_distribution_default,
  legacy_env_ignored_default,
  local_cache_with_replicas_default,
  missing_session_affinity_default,
  mixed_keycloak_versions_default,
  multicast_stack_on_kubernetes_default,
  networkpolicy_blocks_jgroups_default,
  no_shared_database_default,
  no_start_command_default,
  proxy_headers_missing_default,
  proxy_option_obsolete_default,
  traefik_sticky_on_ingress_default,
  unknown_cache_stack_default,
  unrendered_template_default,
  unused_suppression_default
];

// src/config/config.ts
var import_ajv = __toESM(require_ajv(), 1);
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

// schemas/config.schema.json
var config_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://keycloak-lint.dev/schemas/config.schema.json",
  title: "keycloak-lint configuration",
  description: "The .keycloak-lint.yaml (or .yml, .json) file. Command-line options win over it.",
  type: "object",
  additionalProperties: false,
  properties: {
    $schema: {
      type: "string"
    },
    rules: {
      description: "Turn rules off or change their severity, by rule id.",
      type: "object",
      additionalProperties: {
        enum: [
          "off",
          "info",
          "warning",
          "error"
        ]
      },
      propertyNames: {
        enum: [
          "affinity-cookie-name-collision",
          "alb-stickiness-instance-target",
          "build-time-option-at-runtime",
          "cache-config-file-invalid",
          "cache-stack-overrides-config-file",
          "cloud-stack-on-kubernetes",
          "deprecated-cache-stack",
          "dev-mode-with-replicas",
          "discovery-service-not-publishing-unready",
          "discovery-service-selector-mismatch",
          "dns-query-namespace-mismatch",
          "dns-query-service-not-found",
          "dns-query-service-not-headless",
          "duplicate-resource",
          "env-var-overridden",
          "health-probe-without-health-enabled",
          "health-probe-wrong-port",
          "hostname-admin-not-url",
          "hostname-not-configured",
          "hostname-v1-option-removed",
          "http-disabled-behind-edge-proxy",
          "ingress-annotation-ignored",
          "ingress-backend-not-found",
          "ingress-client-header-buffers-small",
          "ingress-proxy-buffer-too-small",
          "ingress-targets-discovery-service",
          "invalid-field-type",
          "invalid-yaml",
          "istio-authz-denies-jgroups",
          "istio-jgroups-traffic-unhandled",
          "istio-strict-mtls-jgroups",
          "java-opts-replaces-defaults",
          "jboss-node-name-removed",
          "jgroups-port-exposed",
          "jgroups-ports-not-declared",
          "keycloak-version-unknown",
          "kubernetes-stack-missing-dns-query",
          "legacy-distribution",
          "legacy-env-ignored",
          "local-cache-with-replicas",
          "missing-session-affinity",
          "mixed-keycloak-versions",
          "multicast-stack-on-kubernetes",
          "networkpolicy-blocks-jgroups",
          "no-shared-database",
          "no-start-command",
          "proxy-headers-missing",
          "proxy-option-obsolete",
          "traefik-sticky-on-ingress",
          "unknown-cache-stack",
          "unrendered-template",
          "unused-suppression"
        ]
      }
    },
    failOn: {
      description: "Exit with 1 when a finding is at or above this severity (default error).",
      enum: [
        "error",
        "warning",
        "info"
      ]
    },
    keycloakVersion: {
      description: "Keycloak version for images whose tag gives none.",
      type: "string",
      pattern: "^[0-9]+\\.[0-9]+(\\.[0-9]+)?$"
    },
    namespace: {
      description: "Namespace of resources that name none.",
      type: "string",
      pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"
    },
    ignorePaths: {
      description: "Globs of files not to lint, relative to the folder of this file.",
      type: "array",
      items: {
        type: "string",
        minLength: 1
      }
    },
    maxFileSize: {
      description: "Files larger than this are reported (invalid-yaml) and not parsed: bytes, or a size such as 512KB or 10MB (K, M, G count in 1024s). Default 10MB; 0: no limit.",
      oneOf: [
        {
          type: "integer",
          minimum: 0
        },
        {
          type: "string",
          pattern: "^\\s*[0-9]+(\\.[0-9]+)?\\s*([kKmMgG]([iI]?[bB])?|[bB])?\\s*$"
        }
      ]
    },
    externalResources: {
      description: "Objects that exist in the cluster but not in the linted files, as Kind/namespace/name or Kind/name (any namespace), e.g. Service/iam/keycloak-discovery.",
      type: "array",
      items: {
        type: "string",
        pattern: "^[A-Za-z][A-Za-z0-9]*/[a-z0-9.-]+(/[a-z0-9.-]+)?$"
      }
    },
    ingressNginxConfigMaps: {
      description: "Names of the ingress-nginx controller ConfigMap (name, or namespace/name) when it is not ingress-nginx-controller or nginx-configuration.",
      type: "array",
      items: {
        type: "string",
        pattern: "^([a-z0-9.-]+/)?[a-z0-9.-]+$"
      }
    },
    ingressClasses: {
      description: "Ingress class names and the controller family behind them, for custom class names.",
      type: "object",
      additionalProperties: {
        enum: [
          "ingress-nginx",
          "nginx-inc",
          "traefik",
          "haproxy",
          "alb",
          "gce",
          "istio",
          "other"
        ]
      }
    }
  }
};

// src/util/fs-error.ts
var REASONS = {
  ENOENT: "no such file or directory",
  EACCES: "permission denied",
  EPERM: "permission denied",
  ELOOP: "too many levels of symbolic links",
  EISDIR: "is a directory",
  ENOTDIR: "a part of the path is not a directory",
  EEXIST: "a part of the path is a file, not a directory",
  ENOSPC: "no space left on the device",
  EROFS: "read-only file system",
  EIO: "input/output error",
  ENAMETOOLONG: "the name is too long",
  EMFILE: "too many open files"
};
function describeFsError(error) {
  const code = error?.code;
  const reason = typeof code === "string" ? REASONS[code] : void 0;
  return reason ?? (error instanceof Error ? error.message : String(error));
}

// src/config/config.ts
var DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;
var UNITS = { "": 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };
function parseSize(text) {
  if (typeof text === "number") return Number.isSafeInteger(text) && text >= 0 ? text : void 0;
  const match = /^\s*(\d+(?:\.\d+)?)\s*(?:([kmg])(?:i?b)?|b)?\s*$/i.exec(text);
  if (!match) return void 0;
  const bytes = Math.round(Number(match[1]) * (UNITS[(match[2] ?? "").toLowerCase()] ?? 1));
  return Number.isSafeInteger(bytes) ? bytes : void 0;
}
function formatSize(bytes) {
  for (const [unit, size] of [
    ["GB", 1024 ** 3],
    ["MB", 1024 ** 2],
    ["KB", 1024]
  ]) {
    if (bytes >= size) return `${Number((bytes / size).toFixed(1))} ${unit}`;
  }
  return `${bytes} bytes`;
}
var CONFIG_FILES = [".keycloak-lint.yaml", ".keycloak-lint.yml", ".keycloak-lint.json"];
function emptyConfig(root) {
  return {
    file: void 0,
    root,
    rules: {},
    failOn: void 0,
    keycloakVersion: void 0,
    namespace: void 0,
    ignorePaths: [],
    externalResources: [],
    ingressClasses: {},
    ingressNginxConfigMaps: [],
    maxFileSize: void 0
  };
}
function findConfig(from) {
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    for (const name of CONFIG_FILES) {
      const candidate = join(dir, name);
      if (existsSync(candidate)) return candidate;
    }
    if (dirname(dir) === dir) return void 0;
  }
}
var validate;
function readConfig(path, cwd, ruleIds) {
  const display = relative(cwd, path) || path;
  let text;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new ConfigError(`cannot read ${display}: ${describeFsError(error)}`);
  }
  const file = new SourceFile(display, text);
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true, logLevel: "error" });
  const at2 = (offset) => {
    const { line, column } = file.position(offset);
    return `${display}:${line}:${column}`;
  };
  const syntax = doc.errors[0];
  if (syntax) throw new ConfigError(`${at2(syntax.pos[0])}: ${syntax.message.split("\n")[0]}`);
  const value = doc.toJS({ maxAliasCount: 100 }) ?? {};
  const position = (path2, key = false) => {
    const found = walk(doc, path2);
    const node = key && found.key ? found.key : found.node ?? found.key;
    return at2(node?.range?.[0] ?? doc.range?.[0] ?? 0);
  };
  const object = typeof value === "object" && value !== null ? value : {};
  const rules2 = object.rules ?? {};
  if (typeof rules2 === "object" && !Array.isArray(rules2)) {
    for (const id of Object.keys(rules2)) {
      if (ruleIds.includes(id)) continue;
      const guess = nearest(id, ruleIds);
      throw new ConfigError(
        `${position(["rules", id], true)}: unknown rule "${id}"${guess ? `; did you mean "${guess}"?` : ""}`
      );
    }
  }
  validate ??= new import_ajv.Ajv({ allErrors: true, strict: true }).compile(config_schema_default);
  if (!validate(value)) {
    const error = validate.errors?.[0];
    const segments = (error?.instancePath ?? "").split("/").slice(1).map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~")).map((s) => /^\d+$/.test(s) ? Number(s) : s);
    const extra = error?.params?.additionalProperty;
    const where = extra ? position([...segments, extra], true) : position(segments);
    const field = [...segments, ...extra ? [extra] : []].join(".") || "the configuration";
    const version = walk(doc, ["keycloakVersion"]);
    const range = version.complete ? version.node?.range : void 0;
    const written = range ? text.slice(range[0], range[1]).trim() : void 0;
    throw new ConfigError(`${where}: ${field} ${explainError(error, extra, written)}`);
  }
  const maxFileSize = object.maxFileSize === void 0 ? void 0 : parseSize(object.maxFileSize);
  if (object.maxFileSize !== void 0 && maxFileSize === void 0) {
    throw new ConfigError(`${position(["maxFileSize"])}: maxFileSize is too large a size`);
  }
  return {
    file: display,
    root: dirname(path),
    rules: rules2,
    failOn: object.failOn,
    keycloakVersion: object.keycloakVersion,
    namespace: object.namespace,
    ignorePaths: object.ignorePaths ?? [],
    externalResources: object.externalResources ?? [],
    ingressClasses: object.ingressClasses ?? {},
    ingressNginxConfigMaps: object.ingressNginxConfigMaps ?? [],
    maxFileSize
  };
}
function explainError(error, extra, writtenVersion) {
  if (extra) {
    const guess = nearest(extra, Object.keys(config_schema_default.properties));
    return `is not a configuration key${guess ? `; did you mean ${guess}?` : ""}`;
  }
  if (error?.keyword === "pattern" && error.instancePath.startsWith("/externalResources/")) {
    return "must match pattern Kind/name or Kind/namespace/name, like Service/keycloak-discovery";
  }
  if (error?.keyword === "enum") {
    const allowed = error.params.allowedValues ?? [];
    return `must be one of ${allowed.join(", ")}`;
  }
  if (error?.keyword === "type" && error.instancePath === "/keycloakVersion") {
    const shown = writtenVersion && /^[\d.]+$/.test(writtenVersion) ? writtenVersion : "26.0";
    const read = String(Number(shown));
    return `must be a string: quote it, as in keycloakVersion: "${shown}" (YAML reads ${shown} as ${read === shown ? "a number" : `the number ${read}`})`;
  }
  if (error?.instancePath === "/maxFileSize") {
    return "must be a number of bytes or a size such as 10MB or 512KB (0: no limit)";
  }
  if (error?.keyword === "type") return `must be ${article(String(error.params.type))}`;
  return error?.message ?? "is invalid";
}
var article = (type) => type === "object" ? "a mapping" : type === "array" ? "a list" : `a ${type}`;
function resolveConfig(choice, cwd, ruleIds) {
  if (choice === false) return emptyConfig(cwd);
  if (typeof choice === "object") return choice;
  const path = choice === void 0 ? findConfig(cwd) : resolve(cwd, choice);
  return path ? readConfig(path, cwd, ruleIds) : emptyConfig(cwd);
}
function externalKey(entry) {
  const parts = entry.split("/");
  return parts.length === 2 ? `${parts[0]}/*/${parts[1]}` : entry;
}

// src/engine/report.ts
var NO_MANIFESTS = "no *.yaml, *.yml or *.json file in it";
function active(findings) {
  return findings.filter((f) => !f.suppressions);
}

// src/engine/run.ts
import { createHash } from "node:crypto";

// src/engine/positions.ts
function resolveRegion(location) {
  const { doc } = location;
  const found = walk(doc.ast, location.path);
  const text = doc.file.text;
  let start;
  let end;
  if (found.complete && location.key && found.key?.range) {
    [start, end] = found.key.range;
  } else if (found.complete && found.node?.range && !isScalar(found.node) && found.key?.range) {
    [start, end] = found.key.range;
  } else if (found.complete && found.node?.range) {
    [start, end] = found.node.range;
    if (!isScalar(found.node)) end = lineEnd(text, doc.offset + start) - doc.offset;
    else if (location.span)
      [start, end] = narrow(text, doc.offset, start, end, location.span, found.node.value);
  } else if (found.key?.range) {
    [start, end] = found.key.range;
  } else if (found.node?.range) {
    start = found.node.range[0];
    end = lineEnd(text, doc.offset + start) - doc.offset;
  } else {
    start = doc.ast.range?.[0] ?? 0;
    end = lineEnd(text, doc.offset + start) - doc.offset;
  }
  const file = doc.file;
  const from = file.position(doc.offset + start);
  const to = file.position(doc.offset + Math.max(end, start));
  return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
}
function lineEnd(text, offset) {
  const newline = text.indexOf("\n", offset);
  let end = newline < 0 ? text.length : newline;
  if (text[end - 1] === "\r") end -= 1;
  return end;
}
function narrow(text, offset, start, end, span, value) {
  if (typeof value !== "string") return [start, end];
  const wanted = value.slice(span[0], span[1]);
  if (!wanted) return [start, end];
  const source = text.slice(offset + start, offset + end);
  const positions = [];
  for (let i = source.indexOf(wanted); i >= 0; i = source.indexOf(wanted, i + 1)) positions.push(i);
  if (positions.length === 0) return [start, end];
  const index = positions.length === 1 ? positions[0] : pickOccurrence(value, span, positions, wanted);
  return [start + index, start + index + wanted.length];
}
function pickOccurrence(value, span, positions, wanted) {
  let nth = 0;
  for (let i = value.indexOf(wanted); i >= 0 && i < span[0]; i = value.indexOf(wanted, i + 1))
    nth++;
  return positions[Math.min(nth, positions.length - 1)];
}

// src/engine/run.ts
var RuleError = class extends Error {
  constructor(ruleId, cause) {
    super(`rule ${ruleId} failed: ${cause instanceof Error ? cause.message : String(cause)}`, {
      cause
    });
    this.ruleId = ruleId;
  }
  ruleId;
};
function runRules(model, rules2, options = {}) {
  const concerns = /* @__PURE__ */ new Map();
  const suppressionUse = new Map(
    model.suppressions.map((s) => [s, /* @__PURE__ */ new Set()])
  );
  const context = {
    findingsConcerning: (resource) => concerns.get(resource) ?? [],
    unusedSuppressions: () => [...suppressionUse].flatMap(([s, used]) => {
      const unused = s.rules.filter((id) => !used.has(id));
      if (unused.length === 0) return [];
      return [unused.length === s.rules.length ? s : { ...s, rules: unused }];
    }),
    ruleIds: rules2.map((r) => r.id),
    knownRuleIds: options.knownRuleIds ?? rules2.map((r) => r.id)
  };
  const renderer = new Renderer(options.severities ?? {});
  const run = (phase) => {
    for (const rule of rules2) {
      if ((rule.meta.phase ?? 1) !== phase) continue;
      let produced;
      try {
        produced = [...rule.check(model, context)];
      } catch (error) {
        throw new RuleError(rule.id, error);
      }
      for (const draft of produced) {
        renderer.add(rule, draft);
        if (phase === 1) noteConcern(concerns, rule, draft);
      }
    }
  };
  run(1);
  run(2);
  const findings = renderer.findings.map((f) => suppress(f, model.suppressions, suppressionUse));
  renderer.findings = [];
  run(3);
  return [...findings, ...renderer.findings].sort(compareFindings);
}
function noteConcern(concerns, rule, draft) {
  const concern = {
    ruleId: rule.id,
    severity: draft.severity ?? rule.meta.severity,
    category: rule.meta.category
  };
  const touched = [draft.resource, ...(draft.related ?? []).map((r) => r.resource)];
  for (const resource of new Set(touched)) {
    if (!resource) continue;
    const list2 = concerns.get(resource);
    if (list2) list2.push(concern);
    else concerns.set(resource, [concern]);
  }
}
var Renderer = class {
  constructor(severities) {
    this.severities = severities;
  }
  severities;
  findings = [];
  #seen = /* @__PURE__ */ new Set();
  #occurrences = /* @__PURE__ */ new Map();
  add(rule, draft) {
    const rendered = render(rule, draft);
    const { ruleId, file, line, column, message } = rendered;
    const key = `${ruleId}|${file}|${line}|${column}|${message}`;
    if (this.#seen.has(key)) return;
    this.#seen.add(key);
    const identity = identityOf(rule.id, draft, file);
    const n = (this.#occurrences.get(identity) ?? 0) + 1;
    this.#occurrences.set(identity, n);
    const severity = this.severities[rule.id] ?? rendered.severity;
    this.findings.push({ ...rendered, severity, fingerprint: `${identity}:${n}` });
  }
};
function suppress(finding, all, use2) {
  const matching = all.filter(
    (s) => s.reason !== void 0 && s.rules.includes(finding.ruleId) && (s.via === "annotation" ? sameResource(s.resource, finding) : s.file === finding.file && finding.line >= s.fromLine && finding.line <= s.toLine)
  );
  if (matching.length === 0) return finding;
  for (const s of matching) use2.get(s)?.add(finding.ruleId);
  return {
    ...finding,
    suppressions: matching.map((s) => ({
      kind: "inSource",
      via: s.via,
      justification: s.reason ?? ""
    }))
  };
}
function sameResource(resource, finding) {
  const ref = finding.resource;
  return resource !== void 0 && ref !== void 0 && // A copy of the object in another file (a duplicate) carries its own annotations.
  resource.doc.file.displayPath === finding.file && ref.kind === resource.kind && ref.name === resource.name && ref.namespace === resource.namespace && ref.apiVersion === resource.apiVersion;
}
function identityOf(ruleId, draft, file) {
  const resource = draft.resource;
  const anchor = draft.at;
  const where = isLocation(anchor) ? `${anchor.path.join("/")}${anchor.key ? "#key" : ""}` : JSON.stringify(draft.data ?? {});
  const who = resource ? `${resource.group}/${resource.kind}/${resource.namespace ?? ""}/${resource.name}` : "";
  const parts = [ruleId, file, who, where, draft.messageId];
  return createHash("sha256").update(parts.join("\0")).digest("hex").slice(0, 16);
}
var MAX_RELATED = 20;
function render(rule, draft) {
  const { meta } = rule;
  const template = meta.messages[draft.messageId];
  if (template === void 0)
    throw new RuleError(rule.id, new Error(`unknown message id ${draft.messageId}`));
  const data = draft.data ?? {};
  const operatorFix = draft.resource && sourceOf(draft.resource) ? meta.fixes?.operator : void 0;
  const fixTemplate = operatorFix ?? (draft.fixId !== void 0 ? meta.fixes?.[draft.fixId] : void 0) ?? meta.fix;
  const { file, region } = place(draft.at);
  const all = draft.related ?? [];
  const kept = all.length > MAX_RELATED ? all.slice(0, MAX_RELATED) : all;
  const related = kept.map((r, i) => {
    const where = place(r.at);
    const more = i === kept.length - 1 && all.length > kept.length;
    return {
      file: where.file,
      ...where.region,
      message: more ? `${r.message} (and ${all.length - kept.length} more)` : r.message,
      ...r.resource ? { resource: r.resource.ref } : {}
    };
  });
  const edits = draft.edits && draft.edits.length > 0 && !(draft.resource && sourceOf(draft.resource)) ? draft.edits.map(toFindingEdit) : void 0;
  return {
    ruleId: rule.id,
    severity: draft.severity ?? meta.severity,
    // A sentence may start with a name that is lower case elsewhere ("the operator's ...").
    message: fill(template, data).replace(/^the /, "The "),
    fix: fill(fixTemplate, data),
    file,
    ...region,
    ...draft.resource ? { resource: draft.resource.ref } : {},
    related,
    ...edits ? { edits } : {}
  };
}
function toFindingEdit(edit) {
  const from = edit.file.position(edit.start);
  const to = edit.file.position(edit.end);
  return {
    file: edit.file.displayPath,
    start: edit.start,
    end: edit.end,
    line: from.line,
    column: from.column,
    endLine: to.line,
    endColumn: to.column,
    text: edit.text
  };
}
function place(anchor) {
  if (isLocation(anchor))
    return { file: anchor.doc.file.displayPath, region: resolveRegion(anchor) };
  const from = anchor.file.position(anchor.start);
  const to = anchor.file.position(Math.max(anchor.end, anchor.start));
  return {
    file: anchor.file.displayPath,
    region: { line: from.line, column: from.column, endLine: to.line, endColumn: to.column }
  };
}
function fill(template, data) {
  return template.replace(
    /\{\{\s*(\w+)\s*\}\}/g,
    (match, name) => Object.hasOwn(data, name) ? String(data[name]) : match
  );
}
function compareFindings(a, b) {
  return (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}

// src/load/files.ts
import { readdirSync, readFileSync as readFileSync2, realpathSync, statSync } from "node:fs";
import { dirname as dirname2, extname, join as join2, relative as relative2, resolve as resolve2, sep } from "node:path";
var MANIFEST_EXTENSIONS = /* @__PURE__ */ new Set([".yaml", ".yml", ".json"]);
function loadFiles(input) {
  const files = [];
  const problems = [];
  const errors = [];
  const seen = /* @__PURE__ */ new Set();
  const display = (absolute) => toDisplayPath(input.cwd, absolute);
  const limit = input.maxFileSize || Number.POSITIVE_INFINITY;
  const addTooLarge = (name, size, target) => {
    const file = new SourceFile(name, "", true, target);
    files.push(file);
    problems.push({
      ruleId: "invalid-yaml",
      file,
      start: 0,
      end: 0,
      messageId: "tooLarge",
      data: { size: formatSize(size), limit: formatSize(limit) }
    });
  };
  const addFile = (name, bytes, target) => {
    if (bytes.length > limit) return addTooLarge(name, bytes.length, target);
    const decoded = decode(bytes);
    const file = new SourceFile(name, decoded.text ?? "", decoded.problem !== void 0, target);
    files.push(file);
    if (decoded.problem) problems.push(decodeProblem(file, decoded));
  };
  const readOne = (absolute, target) => {
    if (input.ignore?.(absolute)) return;
    try {
      const real = realpathSync.native(absolute);
      if (seen.has(real)) return;
      seen.add(real);
      const replaced = input.read?.(absolute);
      if (replaced) return addFile(display(absolute), replaced, target);
      const stat = statSync(real);
      if (!stat.isFile()) {
        if (target) errors.push({ path: display(absolute), message: "not a regular file" });
        return;
      }
      if (stat.size > limit) return addTooLarge(display(absolute), stat.size, target);
      addFile(display(absolute), readFileSync2(real), target);
    } catch (error) {
      if (target) errors.push({ path: display(absolute), message: describeFsError(error) });
    }
  };
  const walk2 = (directory, how, visited = /* @__PURE__ */ new Set()) => {
    const { target, recursive } = how;
    let real;
    let entries;
    try {
      real = realpathSync.native(directory);
      if (visited.has(real)) return;
      entries = readdirSync(directory, { withFileTypes: true }).sort(
        (a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0
      );
    } catch (error) {
      if (how.required) errors.push({ path: display(directory), message: describeFsError(error) });
      return;
    }
    const inside = new Set(visited).add(real);
    for (const entry of entries) {
      const name = entry.name;
      if (name.startsWith(".") || name === "node_modules") continue;
      const child = join2(directory, name);
      if (input.ignore?.(child)) continue;
      let isDirectory;
      try {
        isDirectory = entry.isSymbolicLink() ? statSync(child).isDirectory() : entry.isDirectory();
      } catch (error) {
        if (target && MANIFEST_EXTENSIONS.has(extname(name).toLowerCase()))
          errors.push({ path: display(child), message: describeFsError(error) });
        continue;
      }
      if (isDirectory) {
        if (recursive) walk2(child, how, inside);
      } else if (MANIFEST_EXTENSIONS.has(extname(name).toLowerCase())) {
        readOne(child, target);
      }
    }
  };
  const stdin = input.stdin && input.paths.includes("-") ? input.stdin : void 0;
  if (stdin) {
    try {
      seen.add(realpathSync(resolve2(input.cwd, stdin.filename)));
    } catch {
    }
    const bytes = input.read?.(resolve2(input.cwd, stdin.filename)) ?? (typeof stdin.text === "string" ? new TextEncoder().encode(stdin.text) : stdin.text);
    addFile(stdin.filename, bytes, true);
  }
  const folders = /* @__PURE__ */ new Set();
  for (const path of input.paths) {
    if (path === "-") continue;
    const absolute = resolve2(input.cwd, path);
    let isDirectory;
    try {
      isDirectory = statSync(absolute).isDirectory();
    } catch (error) {
      errors.push({ path, message: describeFsError(error) });
      continue;
    }
    if (isDirectory) {
      const before = files.length;
      const failed = errors.length;
      walk2(absolute, { target: true, recursive: true, required: true });
      if (files.length === before && errors.length === failed) {
        errors.push({ path, message: NO_MANIFESTS });
      }
    } else {
      readOne(absolute, true);
      folders.add(dirname2(absolute));
    }
  }
  if (stdin && stdin.filename !== "<stdin>")
    folders.add(dirname2(resolve2(input.cwd, stdin.filename)));
  if (input.folderContext !== false) {
    for (const folder of folders)
      walk2(folder, { target: false, recursive: false, required: false });
  }
  for (const directory of input.context ?? []) {
    walk2(resolve2(input.cwd, directory), { target: false, recursive: true, required: true });
  }
  return { files, problems, errors };
}
function decodeProblem(file, decoded) {
  const at2 = decoded.at ?? 0;
  return {
    ruleId: "invalid-yaml",
    file,
    start: at2,
    end: at2 + 1,
    messageId: decoded.problem,
    data: {}
  };
}
function toDisplayPath(cwd, absolute) {
  const rel = relative2(cwd, absolute) || absolute;
  return sep === "/" ? rel : rel.split(sep).join("/");
}
function decode(bytes) {
  if (bytes[0] === 255 && bytes[1] === 254) return decodeWith("utf-16le", bytes);
  if (bytes[0] === 254 && bytes[1] === 255) return decodeWith("utf-16be", bytes);
  const head = bytes.subarray(0, 8e3);
  if (head.includes(0)) return { problem: "binary" };
  return decodeWith("utf-8", bytes);
}
var loneCrToLf = (text) => text.replace(/\r(?!\n)/g, "\n");
function decodeWith(encoding, bytes) {
  try {
    return { text: loneCrToLf(new TextDecoder(encoding, { fatal: true }).decode(bytes)) };
  } catch {
    const loose = loneCrToLf(new TextDecoder(encoding).decode(bytes));
    const at2 = loose.indexOf("\uFFFD");
    return { problem: "encoding", text: at2 < 0 ? "" : loose.slice(0, at2 + 1), at: Math.max(0, at2) };
  }
}

// src/model/model.ts
import { posix as posix2 } from "node:path";

// src/engine/suppressions.ts
var IGNORE_ANNOTATION = "keycloak-lint.io/ignore";
var COMMENT = /#\s*keycloak-lint-disable(-next-line)?(?=\s|$)(.*)$/;
function commentSuppressions(file, docs = []) {
  const text = file.text;
  if (!text.includes("keycloak-lint-disable")) return [];
  const out = [];
  const lines = text.split("\n");
  const lineStarts = [];
  for (let i = 0, offset = 0; i < lines.length; offset += lines[i].length + 1, i++)
    lineStarts.push(offset);
  const documentEnds = documentSlices(text).map(
    ([, end]) => file.position(Math.max(0, end - 1)).line
  );
  const insideScalars = multiLineScalars(file, docs);
  lines.forEach((line, i) => {
    const match = COMMENT.exec(line);
    if (!match || !isComment(line, match.index)) return;
    const start = lineStarts[i] + match.index;
    if (insideScalars.some(([from, to]) => start >= from && start < to)) return;
    const listText = match[2] ?? "";
    const { rules: rules2, reason } = parseList(listText);
    const listStart = lineStarts[i] + match.index + match[0].length - listText.length;
    const ruleAt = /* @__PURE__ */ new Map();
    for (const rule of rules2) {
      const offset = listText.indexOf(rule);
      if (offset >= 0)
        ruleAt.set(rule, {
          file,
          start: listStart + offset,
          end: listStart + offset + rule.length
        });
    }
    const at2 = { file, start, end: lineStarts[i] + line.replace(/\r$/, "").length };
    const here = i + 1;
    let fromLine = here;
    let toLine;
    if (match[1]) {
      let next = i + 1;
      while (next < lines.length && BLANK_OR_COMMENT.test(lines[next])) next++;
      fromLine = next + 1;
      toLine = blockEnd(lines, next) + 1;
    } else {
      toLine = documentEnds.find((e) => e >= here) ?? lines.length;
    }
    const form = match[1] ? "next-line" : "rest-of-document";
    out.push({
      via: "comment",
      form,
      rules: rules2,
      reason,
      at: at2,
      ruleAt,
      file: file.displayPath,
      fromLine,
      toLine
    });
  });
  return out;
}
function multiLineScalars(file, docs) {
  const out = [];
  for (const doc of docs) {
    visit(doc.ast, {
      Scalar(_key, node) {
        const range = node.range;
        if (!range) return;
        const [from, to] = [doc.offset + range[0], doc.offset + range[1]];
        if (file.text.slice(from, to).includes("\n")) out.push([from, to]);
      }
    });
  }
  return out;
}
var BLANK_OR_COMMENT = /^\s*(#.*)?\r?$/;
function blockEnd(lines, first) {
  if (first >= lines.length) return first;
  const indent = (line) => line.length - line.trimStart().length;
  const own = indent(lines[first]);
  const keyOpensBlock = /^\s*[^-#\s][^#]*:\s*(#.*)?\r?$/.test(lines[first]);
  let last = first;
  for (let i = first + 1; i < lines.length; i++) {
    const line = lines[i];
    if (BLANK_OR_COMMENT.test(line)) continue;
    if (/^(---|\.\.\.)(\s|$)/.test(line)) break;
    const depth = indent(line);
    const sameLevelItem = keyOpensBlock && depth === own && /^\s*-(\s|$)/.test(line);
    if (depth <= own && !sameLevelItem) break;
    last = i;
  }
  return last;
}
function annotationSuppression(resource) {
  const value = resource.annotations[IGNORE_ANNOTATION];
  if (value === void 0) return void 0;
  const { rules: rules2, reason } = parseList(value);
  const path = ["metadata", "annotations", IGNORE_ANNOTATION];
  const ruleAt = /* @__PURE__ */ new Map();
  for (const rule of rules2) {
    const offset = value.indexOf(rule);
    if (offset >= 0) ruleAt.set(rule, resource.at(path, [offset, offset + rule.length]));
  }
  return {
    via: "annotation",
    form: "annotation",
    ruleAt,
    rules: rules2,
    reason,
    at: resource.at(path),
    file: resource.doc.file.displayPath,
    fromLine: 0,
    toLine: 0,
    resource
  };
}
function parseList(text) {
  const dashes = text.indexOf("--");
  const list2 = dashes < 0 ? text : text.slice(0, dashes);
  const reason = dashes < 0 ? void 0 : text.slice(dashes + 2).trim() || void 0;
  const rules2 = list2.split(/[\s,]+/).map((r) => r.trim()).filter(Boolean);
  return { rules: rules2, reason };
}
function isComment(line, index) {
  const before = line.slice(0, index);
  if (before.trim() === "") return true;
  const quotes = (before.match(/"/g)?.length ?? 0) + (before.match(/'/g)?.length ?? 0);
  return /\s$/.test(before) && quotes % 2 === 0;
}

// schemas/kubernetes.schema.json
var kubernetes_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://keycloak-lint.dev/schemas/kubernetes.schema.json",
  title: "Shapes of the Kubernetes fields keycloak-lint reads",
  description: "Each definition checks only the types of fields a rule reads; everything else is allowed, so that the API server's own validation stays the authority on the rest.",
  definitions: {
    stringMap: {
      type: "object",
      additionalProperties: { type: "string" }
    },
    intOrString: { type: ["integer", "string"] },
    metadata: {
      type: "object",
      properties: {
        name: { type: "string" },
        namespace: { type: "string" },
        labels: { $ref: "#/definitions/stringMap" },
        annotations: { $ref: "#/definitions/stringMap" }
      }
    },
    resource: {
      type: "object",
      properties: { metadata: { $ref: "#/definitions/metadata" } }
    },
    probe: {
      type: "object",
      properties: {
        httpGet: {
          type: "object",
          properties: {
            path: { type: "string" },
            port: { $ref: "#/definitions/intOrString" },
            scheme: { type: "string" }
          }
        }
      }
    },
    container: {
      type: "object",
      properties: {
        name: { type: "string" },
        image: { type: "string" },
        command: { type: "array", items: { type: "string" } },
        args: { type: "array", items: { type: "string" } },
        env: {
          type: "array",
          items: {
            type: "object",
            properties: {
              name: { type: "string" },
              value: { type: "string" },
              valueFrom: { type: "object" }
            }
          }
        },
        envFrom: {
          type: "array",
          items: {
            type: "object",
            properties: {
              prefix: { type: "string" },
              configMapRef: { type: "object", properties: { name: { type: "string" } } },
              secretRef: { type: "object", properties: { name: { type: "string" } } }
            }
          }
        },
        ports: {
          type: "array",
          items: {
            type: "object",
            properties: {
              containerPort: { type: "integer" },
              name: { type: "string" },
              protocol: { type: "string" }
            }
          }
        },
        volumeMounts: {
          type: "array",
          items: {
            type: "object",
            properties: {
              name: { type: "string" },
              mountPath: { type: "string" },
              subPath: { type: "string" }
            }
          }
        },
        readinessProbe: { $ref: "#/definitions/probe" },
        livenessProbe: { $ref: "#/definitions/probe" },
        startupProbe: { $ref: "#/definitions/probe" }
      }
    },
    podSpec: {
      type: "object",
      properties: {
        containers: { type: "array", items: { $ref: "#/definitions/container" } },
        initContainers: { type: "array", items: { $ref: "#/definitions/container" } },
        volumes: {
          type: "array",
          items: {
            type: "object",
            properties: {
              name: { type: "string" },
              configMap: { type: "object", properties: { name: { type: "string" } } },
              secret: { type: "object", properties: { secretName: { type: "string" } } }
            }
          }
        }
      }
    },
    Workload: {
      allOf: [{ $ref: "#/definitions/resource" }],
      properties: {
        spec: {
          type: "object",
          properties: {
            replicas: { type: "integer" },
            serviceName: { type: "string" },
            template: {
              type: "object",
              properties: {
                metadata: { $ref: "#/definitions/metadata" },
                spec: { $ref: "#/definitions/podSpec" }
              }
            }
          }
        }
      }
    },
    Pod: {
      allOf: [{ $ref: "#/definitions/resource" }],
      properties: { spec: { $ref: "#/definitions/podSpec" } }
    },
    Service: {
      allOf: [{ $ref: "#/definitions/resource" }],
      properties: {
        spec: {
          type: "object",
          properties: {
            type: { type: "string" },
            clusterIP: { type: "string" },
            publishNotReadyAddresses: { type: "boolean" },
            selector: { $ref: "#/definitions/stringMap" },
            ports: {
              type: "array",
              items: {
                type: "object",
                properties: {
                  name: { type: "string" },
                  port: { type: "integer" },
                  targetPort: { $ref: "#/definitions/intOrString" },
                  nodePort: { type: "integer" },
                  protocol: { type: "string" }
                }
              }
            }
          }
        }
      }
    },
    Ingress: {
      allOf: [{ $ref: "#/definitions/resource" }],
      properties: {
        spec: {
          type: "object",
          properties: {
            ingressClassName: { type: "string" },
            tls: { type: "array" },
            rules: {
              type: "array",
              items: {
                type: "object",
                properties: {
                  host: { type: "string" },
                  http: {
                    type: "object",
                    properties: {
                      paths: {
                        type: "array",
                        items: {
                          type: "object",
                          properties: { backend: { $ref: "#/definitions/ingressBackend" } }
                        }
                      }
                    }
                  }
                }
              }
            },
            defaultBackend: { $ref: "#/definitions/ingressBackend" },
            backend: { $ref: "#/definitions/ingressBackend" }
          }
        }
      }
    },
    ingressBackend: {
      type: "object",
      properties: {
        service: {
          type: "object",
          properties: {
            name: { type: "string" },
            port: {
              type: "object",
              properties: { number: { type: "integer" }, name: { type: "string" } }
            }
          }
        },
        serviceName: { type: "string" },
        servicePort: { $ref: "#/definitions/intOrString" }
      }
    },
    ConfigMap: {
      allOf: [{ $ref: "#/definitions/resource" }],
      properties: { data: { $ref: "#/definitions/stringMap" } }
    },
    Secret: {
      allOf: [{ $ref: "#/definitions/resource" }],
      properties: {
        data: { $ref: "#/definitions/stringMap" },
        stringData: { $ref: "#/definitions/stringMap" }
      }
    },
    HorizontalPodAutoscaler: {
      allOf: [{ $ref: "#/definitions/resource" }],
      properties: {
        spec: {
          type: "object",
          properties: {
            maxReplicas: { type: "integer" },
            minReplicas: { type: "integer" },
            scaleTargetRef: {
              type: "object",
              properties: { kind: { type: "string" }, name: { type: "string" } }
            }
          }
        }
      }
    },
    IngressClass: {
      allOf: [{ $ref: "#/definitions/resource" }],
      properties: {
        spec: { type: "object", properties: { controller: { type: "string" } } }
      }
    },
    Keycloak: {
      description: "Keycloak Operator CR: the fields its generated objects are built from.",
      allOf: [{ $ref: "#/definitions/resource" }],
      properties: {
        spec: {
          type: "object",
          properties: {
            instances: { type: "integer" },
            image: { type: "string" },
            startOptimized: { type: "boolean" },
            additionalOptions: {
              type: "array",
              items: { $ref: "#/definitions/valueOrSecret" }
            },
            env: { type: "array", items: { $ref: "#/definitions/valueOrSecret" } },
            http: {
              type: "object",
              properties: {
                httpEnabled: { type: "boolean" },
                httpPort: { type: "integer" },
                httpsPort: { type: "integer" },
                tlsSecret: { type: "string" },
                annotations: { $ref: "#/definitions/stringMap" },
                labels: { $ref: "#/definitions/stringMap" }
              }
            },
            ingress: {
              type: "object",
              properties: {
                enabled: { type: "boolean" },
                className: { type: "string" },
                tlsSecret: { type: "string" },
                annotations: { $ref: "#/definitions/stringMap" },
                labels: { $ref: "#/definitions/stringMap" }
              }
            },
            hostname: {
              type: "object",
              properties: {
                hostname: { type: "string" },
                admin: { type: "string" },
                adminUrl: { type: "string" },
                strict: { type: "boolean" },
                strictBackchannel: { type: "boolean" },
                backchannelDynamic: { type: "boolean" }
              }
            },
            networkPolicy: {
              type: "object",
              properties: { enabled: { type: "boolean" } }
            },
            features: {
              type: "object",
              properties: {
                enabled: { type: "array", items: { type: "string" } },
                disabled: { type: "array", items: { type: "string" } }
              }
            }
          }
        }
      }
    },
    valueOrSecret: {
      type: "object",
      properties: {
        name: { type: "string" },
        value: { type: "string" },
        secret: {
          type: "object",
          properties: { name: { type: "string" }, key: { type: "string" } }
        }
      }
    }
  }
};

// src/shape/validate.ts
var DEFINITION_OF = [
  [POD, "Pod"],
  [WORKLOAD_KINDS, "Workload"],
  [SERVICE, "Service"],
  [INGRESS, "Ingress"],
  [CONFIG_MAP, "ConfigMap"],
  [SECRET, "Secret"],
  [HPA, "HorizontalPodAutoscaler"],
  [INGRESS_CLASS, "IngressClass"],
  [KEYCLOAK_CR, "Keycloak"]
];
var DEFINITIONS = kubernetes_schema_default.definitions;
function typeErrors(definition, value) {
  const errors = [];
  check(DEFINITIONS[definition] ?? {}, value, "", errors);
  return errors;
}
function check(schema4, data, path, errors) {
  if (schema4.$ref !== void 0) {
    const name = schema4.$ref.slice("#/definitions/".length);
    check(DEFINITIONS[name] ?? {}, data, path, errors);
  }
  if (schema4.type !== void 0 && !hasType(schema4.type, data)) {
    errors.push({ instancePath: path, type: schema4.type });
  }
  for (const part of schema4.allOf ?? []) check(part, data, path, errors);
  if (schema4.items && Array.isArray(data)) {
    data.forEach((item, i) => {
      check(schema4.items, item, `${path}/${i}`, errors);
    });
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) return;
  const object = data;
  if (schema4.properties) {
    for (const [key, sub] of Object.entries(schema4.properties)) {
      const child = Object.hasOwn(object, key) ? object[key] : void 0;
      if (child !== void 0) check(sub, child, `${path}/${pointerSegment(key)}`, errors);
    }
  }
  const extra = schema4.additionalProperties;
  if (extra && typeof extra === "object") {
    for (const key of Object.keys(object)) {
      if (schema4.properties && Object.hasOwn(schema4.properties, key)) continue;
      check(extra, object[key], `${path}/${pointerSegment(key)}`, errors);
    }
  }
}
function hasType(type, data) {
  if (typeof type !== "string") return type.some((t) => hasType(t, data));
  switch (type) {
    case "object":
      return typeof data === "object" && data !== null && !Array.isArray(data);
    case "array":
      return Array.isArray(data);
    case "string":
      return typeof data === "string";
    case "boolean":
      return typeof data === "boolean";
    case "null":
      return data === null;
    case "number":
      return typeof data === "number" && Number.isFinite(data);
    case "integer":
      return typeof data === "number" && Number.isInteger(data);
    default:
      return true;
  }
}
function pointerSegment(key) {
  return key.replace(/~/g, "~0").replace(/\//g, "~1");
}
function validateShape(resource) {
  const definition = DEFINITION_OF.find(([kinds]) => isKind(kinds, resource.group, resource.kind))?.[1] ?? "resource";
  const errors = typeErrors(definition, resource.value);
  if (errors.length === 0) return [];
  const problems = [];
  const seen = /* @__PURE__ */ new Set();
  for (const error of errors) {
    if (seen.has(error.instancePath)) continue;
    seen.add(error.instancePath);
    const path = fromPointer(error.instancePath);
    const actual = valueAt(resource.value, path);
    if (actual === null) continue;
    problems.push({ resource, path, expected: expectedOf(error), actual: describe(actual) });
    resource.invalid.add(toPointer(path));
    remove(resource.value, path);
  }
  return problems;
}
function fromPointer(pointer) {
  if (!pointer) return [];
  return pointer.slice(1).split("/").map((segment) => segment.replace(/~1/g, "/").replace(/~0/g, "~")).map((segment) => /^\d+$/.test(segment) ? Number(segment) : segment);
}
function remove(root, path) {
  const parent = valueAt(root, path.slice(0, -1));
  const last = path[path.length - 1];
  if (Array.isArray(parent) && typeof last === "number") delete parent[last];
  else if (last !== void 0) delete asObject(parent)?.[String(last)];
}
function expectedOf(error) {
  const type = error.type;
  const types = typeof type === "string" ? [type] : type;
  return types.map(
    (t) => t === "integer" ? "an integer" : t === "object" ? "a mapping" : t === "array" ? "a list" : `a ${t}`
  ).join(" or ");
}
function describe(value) {
  if (value === null || value === void 0) return "null";
  if (Array.isArray(value)) return "a list";
  const tagged = value;
  if (tagged instanceof Uint8Array) return "binary data (a !!binary tag)";
  if (tagged instanceof Set) return "a set (a !!set tag)";
  if (tagged instanceof Map) return "an ordered mapping (a !!omap or !!pairs tag)";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "string") return `the string "${value}"`;
  if (typeof value === "number") return `the number ${value}`;
  return `the ${typeof value} ${String(value)}`;
}

// src/model/ingress.ts
function buildIngressViews(index, workloadsSelectedBy, classFamilies = {}) {
  const views2 = [];
  for (const ingress of index.ofKind(INGRESS)) {
    const backends = backendsOf(ingress).map((b) => {
      const service2 = index.find(SERVICE, ingress.namespace, b.serviceName);
      return { ...b, service: service2, workloads: service2 ? workloadsSelectedBy(service2) : [] };
    });
    const keycloak = [...new Set(backends.flatMap((b) => b.workloads))].filter(
      (w) => w.keycloak.length > 0
    );
    if (keycloak.length === 0) continue;
    const { family, from } = controllerOf(ingress, index, classFamilies);
    views2.push({
      resource: ingress,
      controller: family,
      controllerFrom: from,
      tls: asArray(ingress.spec.tls).length > 0,
      backends,
      keycloak
    });
  }
  return views2;
}
function backendsOf(ingress) {
  const out = [];
  const read = (value, path) => {
    const backend = asObject(value);
    if (!backend) return;
    const service2 = asObject(backend.service);
    if (service2) {
      const port = asObject(service2.port) ?? {};
      out.push({
        serviceName: asString(service2.name) ?? "",
        port: portRef(port.number, port.name),
        at: ingress.at([...path, "service", "name"])
      });
    } else if (typeof backend.serviceName === "string") {
      const port = backend.servicePort;
      out.push({
        serviceName: backend.serviceName,
        port: typeof port === "number" ? portRef(port, void 0) : portRef(void 0, port),
        at: ingress.at([...path, "serviceName"])
      });
    }
  };
  const spec = ingress.spec;
  read(spec.defaultBackend, ["spec", "defaultBackend"]);
  read(spec.backend, ["spec", "backend"]);
  asArray(spec.rules).forEach((rule, r) => {
    asArray(asObject(asObject(rule)?.http)?.paths).forEach((p, i) => {
      read(asObject(p)?.backend, ["spec", "rules", r, "http", "paths", i, "backend"]);
    });
  });
  return out;
}
function portRef(number, name) {
  if (typeof number === "number") return { number };
  if (typeof name === "string") return { name };
  return {};
}
var CONTROLLERS = {
  "k8s.io/ingress-nginx": "ingress-nginx",
  "nginx.org/ingress-controller": "nginx-inc",
  "traefik.io/ingress-controller": "traefik",
  "haproxy.org/ingress-controller": "haproxy",
  "haproxy-ingress.github.io/controller": "haproxy",
  "ingress.k8s.aws/alb": "alb",
  "istio.io/ingress-controller": "istio"
};
var CLASS_NAMES = {
  nginx: "ingress-nginx",
  "ingress-nginx": "ingress-nginx",
  traefik: "traefik",
  haproxy: "haproxy",
  alb: "alb",
  gce: "gce",
  "gce-internal": "gce",
  istio: "istio"
};
var NGINX_PREFIX2 = "nginx.ingress.kubernetes.io/";
function controllerOf(ingress, index, classFamilies) {
  const specClass = asString(ingress.spec.ingressClassName);
  const annotationClass = ingress.annotations["kubernetes.io/ingress.class"];
  const className = specClass ?? annotationClass;
  const written = sourceOf(ingress) ? Object.keys(
    asObject(valueAt(sourceOf(ingress)?.value, ["spec", "ingress", "annotations"])) ?? {}
  ) : Object.keys(ingress.annotations);
  const hasNginxKeys = written.some((k) => k.startsWith(NGINX_PREFIX2));
  if (className !== void 0) {
    const from = specClass !== void 0 ? `ingressClassName ${className}` : `kubernetes.io/ingress.class ${className}`;
    const configured = classFamilies[className];
    if (configured) return { family: configured, from };
    const ingressClass = index.find(INGRESS_CLASS, void 0, className);
    const controller2 = ingressClass ? asString(asObject(ingressClass.spec)?.controller) : void 0;
    if (controller2 !== void 0)
      return {
        family: CONTROLLERS[controller2] ?? "other",
        from: `${from} (controller ${controller2})`
      };
    const known = CLASS_NAMES[className];
    if (known) return { family: known, from };
    return { family: void 0, from };
  }
  const defaultClass = index.ofKind(INGRESS_CLASS).find((c) => c.annotations["ingressclass.kubernetes.io/is-default-class"] === "true");
  const controller = defaultClass ? asString(asObject(defaultClass.spec)?.controller) : void 0;
  if (defaultClass && controller !== void 0) {
    return {
      family: CONTROLLERS[controller] ?? "other",
      from: `default IngressClass ${defaultClass.name}`
    };
  }
  if (hasNginxKeys) return { family: "ingress-nginx", from: `its ${NGINX_PREFIX2}* annotations` };
  return { family: void 0, from: void 0 };
}

// src/model/shell.ts
function splitWords(input) {
  const words = [];
  let i = 0;
  const n = input.length;
  while (i < n) {
    const c = input[i];
    if (c === "\n") {
      words.push({ text: "\n", start: i, end: i + 1, separator: true });
      i++;
      continue;
    }
    if (c === " " || c === "	" || c === "\r") {
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
    let text = "";
    while (i < n) {
      const ch = input[i];
      if (ch === " " || ch === "	" || ch === "\n" || ch === "\r" || ch === ";" || ch === "|" || ch === "&")
        break;
      if (ch === "'") {
        const close = input.indexOf("'", i + 1);
        const end = close < 0 ? n : close;
        text += input.slice(i + 1, end);
        i = end + 1;
      } else if (ch === '"') {
        i++;
        while (i < n && input[i] !== '"') {
          if (input[i] === "\\" && i + 1 < n && '"\\$`'.includes(input[i + 1])) i++;
          text += input[i];
          i++;
        }
        i++;
      } else if (ch === "\\" && i + 1 < n) {
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

// src/model/argv.ts
var KC_COMMANDS = /* @__PURE__ */ new Set([
  "start",
  "start-dev",
  "build",
  "export",
  "import",
  "show-config",
  "tools",
  "bootstrap-admin",
  "update-compatibility"
]);
var FLAGS = /* @__PURE__ */ new Set([
  "--optimized",
  "--verbose",
  "--help",
  "--version",
  "--auto-build",
  "-v",
  "-h",
  "-V"
]);
var SHORT_WITH_VALUE = /* @__PURE__ */ new Set(["-cf"]);
function parseKcArgv(tokens) {
  let command;
  let optimized;
  const options = [];
  const properties = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const text = token.text;
    if (text.startsWith("-D") && text.length > 2) {
      properties.push(property(token, 2, token.text));
    } else if (KC_COMMANDS.has(text)) {
      command ??= token;
    } else if (text === "--optimized") {
      optimized = token;
    } else if (SHORT_WITH_VALUE.has(text)) {
      i++;
    } else if (text.startsWith("--") && !FLAGS.has(text)) {
      const eq = text.indexOf("=");
      if (eq > 2) {
        const value = text.slice(eq + 1);
        options.push({
          name: text.slice(2, eq),
          value,
          at: valueLocation(token),
          origin: text.slice(0, eq)
        });
        continue;
      }
      const next = tokens[i + 1];
      if (next && !next.text.startsWith("-") && !KC_COMMANDS.has(next.text)) {
        options.push({ name: text.slice(2), value: next.text, at: next.at, origin: text });
        i++;
      } else {
        options.push({ name: text.slice(2), value: "true", at: token.at, origin: text });
      }
    }
  }
  return { command, optimized, options, properties };
}
function property(token, offset, origin) {
  const body = token.text.slice(offset);
  const eq = body.indexOf("=");
  const name = eq < 0 ? body : body.slice(0, eq);
  const value = eq < 0 ? "" : body.slice(eq + 1);
  if (eq < 0 || !value) return { name, value, at: token.at, origin };
  return { name, value, at: valueLocation(token), origin };
}
function valueLocation(token) {
  const raw = token.raw ?? token.text;
  let start = raw.indexOf("=") + 1;
  let end = raw.length;
  if (start <= 0 || start >= end) return token.at;
  const quote = raw[start];
  if ((quote === '"' || quote === "'") && raw[end - 1] === quote && end - start >= 2)
    [start, end] = [start + 1, end - 1];
  return narrowTo(token, start, end);
}
function narrowTo(token, start, end) {
  if (start >= end) return token.at;
  const base = token.at.span?.[0] ?? 0;
  return { ...token.at, span: [base + start, base + end] };
}
function wordsOf(raw, at2, expandWord = (w) => w) {
  return splitWords(raw).map((word) => {
    const token = {
      text: expandWord(word.text),
      at: { ...at2, span: [word.start, word.end] },
      raw: raw.slice(word.start, word.end)
    };
    return word.separator ? { ...token, separator: true } : token;
  });
}
var SHELLS = /(^|\/)(sh|bash|ash|dash|zsh)$/;
function kcInvocations(argv, hasCommand, expandWord) {
  if (!hasCommand) return { invocations: [[...argv]], viaScript: false };
  const executable = argv[0]?.text ?? "";
  if (/(^|\/)kc\.sh$/.test(executable)) return { invocations: [argv.slice(1)], viaScript: false };
  if (!SHELLS.test(executable)) return void 0;
  const dashC = argv.findIndex((t, i) => i > 0 && /^-[a-z]*c[a-z]*$/.test(t.text));
  const script = dashC > 0 ? argv[dashC + 1] : void 0;
  if (!script) return void 0;
  const words = wordsOf(script.raw ?? script.text, script.at, expandWord);
  const invocations = [];
  for (let i = 0; i < words.length; i++) {
    if (!/(^|\/)kc\.sh$/.test(words[i].text)) continue;
    const list2 = [];
    for (i++; i < words.length && !words[i].separator; i++) list2.push(words[i]);
    invocations.push(list2);
  }
  return { invocations, viaScript: true };
}

// src/model/image.ts
function parseImage(raw) {
  let rest = raw.trim();
  let digest;
  const at2 = rest.indexOf("@");
  if (at2 >= 0) {
    digest = rest.slice(at2 + 1);
    rest = rest.slice(0, at2);
  }
  let tag;
  const colon = rest.lastIndexOf(":");
  if (colon > rest.lastIndexOf("/")) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  const parts = rest.split("/");
  const first = parts[0] ?? "";
  if (parts.length > 1 && (first.includes(".") || first.includes(":") || first === "localhost")) {
    parts.shift();
  }
  const repository = parts.join("/");
  return { raw, repository, name: parts[parts.length - 1] ?? "", tag: tag || void 0, digest };
}
var NOT_THE_SERVER = /operator|gatekeeper|config-cli|exporter|theme|init|proxy|client/;
function isKeycloakImage(image) {
  const name = image.name.toLowerCase();
  return name.includes("keycloak") && !NOT_THE_SERVER.test(name);
}
function isOfficialImage(image) {
  return /(^|\/)keycloak\/keycloak$|(^|\/)rhbk\/keycloak-rhel\d+$/.test(image.repository);
}
function isBitnamiImage(image) {
  return /(^|\/)bitnami[a-z]*\/keycloak$/.test(image.repository);
}
function isLegacyImage(image) {
  return /(^|\/)jboss\/keycloak$/.test(image.repository) || /-legacy$/.test(image.tag ?? "");
}

// src/model/keycloak.ts
function keycloakContainersOf(workload, index, options) {
  const out = [];
  asArray(workload.podSpec.containers).forEach((raw, i) => {
    const container = asObject(raw);
    if (!container) return;
    const imageText = asString(container.image) ?? "";
    const image = parseImage(imageText);
    if (!isKeycloakImage(image) && !runsKeycloak(container)) return;
    out.push(
      buildContainer(
        workload,
        [...workload.podSpecPath, "containers", i],
        container,
        index,
        options
      )
    );
  });
  return out;
}
function runsKeycloak(container, needsKcEnv = true) {
  const words = [...asArray(container.command), ...asArray(container.args)].filter(
    (w) => typeof w === "string"
  );
  const runs = words.some((w) => /(^|[\s/])kc\.sh(\s|$)|^start(-dev)?$/.test(w));
  const setsKc = asArray(container.env).some((e) => /^KC_/.test(asString(asObject(e)?.name) ?? ""));
  return runs && (setsKc || !needsKcEnv);
}
function buildContainer(workload, path, container, index, config) {
  const resource = workload.resource;
  const image = parseImage(asString(container.image) ?? "");
  const official = isOfficialImage(image);
  let tagVersion2 = image.tag ? parseVersion(image.tag) : void 0;
  if (tagVersion2 && tagVersion2.major < 17 && !official && !isLegacyImage(image) && runsKeycloak(container, false)) {
    tagVersion2 = void 0;
  }
  const version = tagVersion2 ?? config.keycloakVersion;
  const legacy = isLegacyImage(image) || version !== void 0 && version.major < 17;
  const distribution = legacy ? "legacy" : isBitnamiImage(image) ? "bitnami" : "quarkus";
  const env = resolveEnv(resource, path, container, index);
  const tokens = (key) => asArray(container[key]).flatMap(
    (item, i) => typeof item === "string" ? [{ text: expand(item, env.vars), at: resource.at([...path, key, i]), raw: item }] : []
  );
  const command = tokens("command");
  const argv = [...command, ...tokens("args")];
  const expandWord = (word) => expand(word, env.vars);
  const found = kcInvocations(argv, command.length > 0, expandWord);
  let invocations = found?.invocations ?? [];
  const bitnamiEntrypoint = distribution === "bitnami" && (!found || !found.viaScript && command.length === 0);
  if (bitnamiEntrypoint)
    invocations = [
      [
        ...bitnamiExtraArgs(env, "KEYCLOAK_EXTRA_ARGS_PREPENDED"),
        ...argv,
        ...bitnamiExtraArgs(env, "KEYCLOAK_EXTRA_ARGS")
      ]
    ];
  const parsed = invocations.map(parseKcArgv);
  const running = [...parsed].reverse().find((p) => p.command && /^start(-dev)?$/.test(p.command.text)) ?? parsed[parsed.length - 1];
  const chosen = running ? invocations[parsed.indexOf(running)] ?? [] : [];
  const containerAt = resource.at(path);
  let mode;
  const commandWord = running?.command;
  if (commandWord) {
    const kind2 = commandWord.text === "start" || commandWord.text === "start-dev" ? commandWord.text : "other";
    mode = { kind: kind2, at: commandWord.at, command: commandWord.text };
  } else if (bitnamiEntrypoint) {
    const production = env.vars.get("KEYCLOAK_PRODUCTION");
    if (production && production.value === void 0) mode = { kind: "unknown", at: production.at };
    else if (production && /^(true|yes|1)$/i.test(production.value ?? ""))
      mode = { kind: "start", at: production.at };
    else mode = { kind: "start-dev", at: production?.at ?? containerAt };
  } else if (found && !found.viaScript && (command.length > 0 || official)) {
    mode = { kind: "none", at: argv[0]?.at ?? containerAt };
  } else {
    mode = { kind: "unknown", at: containerAt };
  }
  const optionSources = /* @__PURE__ */ new Map();
  const add = (name, setting) => {
    const list2 = optionSources.get(name);
    if (list2) list2.push(setting);
    else optionSources.set(name, [setting]);
  };
  const conf = mountedFile(
    resource,
    workload.podSpec,
    container,
    `${CONF_DIR[distribution]}/keycloak.conf`,
    index
  );
  if (conf.text !== void 0 && conf.at) {
    for (const [name, setting] of readConf(conf.text, conf.at, env)) add(name, setting);
  }
  if (distribution === "bitnami") {
    for (const [variable, option] of BITNAMI_OPTIONS) {
      const source = env.vars.get(variable);
      if (source)
        add(
          option,
          normalise({ ...source, value: option === "db" ? bitnamiDb(source.value) : source.value })
        );
    }
  }
  for (const variable of env.vars.values()) {
    if (variable.name.startsWith("KC_") && variable.name.length > 3)
      add(optionName(variable.name), normalise(variable));
  }
  for (const p of parsed) for (const option of p.options) add(option.name, fromArgv(option));
  const properties = /* @__PURE__ */ new Map();
  for (const variable of env.vars.values()) {
    if (variable.name.includes(".")) properties.set(variable.name, normalise(variable));
  }
  const heapVar = version === void 0 || version.major >= 24 ? ["JAVA_OPTS_KC_HEAP"] : [];
  const javaOpts = env.vars.has("JAVA_OPTS") ? ["JAVA_TOOL_OPTIONS", "JAVA_OPTS", "JAVA_OPTS_APPEND"] : ["JAVA_TOOL_OPTIONS", ...heapVar, "JAVA_OPTS_APPEND"];
  for (const name of javaOpts) {
    const variable = env.vars.get(name);
    if (!variable?.value) continue;
    const expandHere = (w) => expandAsWritten(variable, w);
    for (const word of wordsOf(variable.raw ?? variable.value, variable.at, expandHere)) {
      if (!word.text.startsWith("-D") || word.text.length <= 2) continue;
      const option = property(word, 2, variable.origin);
      properties.set(
        option.name,
        normalise({
          value: option.value,
          at: option.at,
          via: variable.via,
          origin: variable.origin,
          ...variable.from ? { from: variable.from } : {}
        })
      );
    }
  }
  for (const option of running?.properties ?? []) properties.set(option.name, fromArgv(option));
  const options = /* @__PURE__ */ new Map();
  for (const [name, list2] of optionSources) options.set(name, list2[list2.length - 1]);
  const partial = {
    workload,
    name: asString(container.name) ?? "",
    path,
    at: containerAt,
    image,
    imageAt: resource.at([...path, "image"]),
    distribution,
    official,
    version,
    versionFrom: tagVersion2 ? "tag" : version ? "config" : void 0,
    env,
    argv: chosen,
    mode,
    optimized: running?.optimized,
    options,
    optionSources,
    properties,
    opaque: env.opaque,
    option(name) {
      return options.get(name) ?? opaqueSetting(env);
    }
  };
  return { ...partial, cluster: computeCluster(partial, container, index) };
}
function optionName(variable) {
  return variable.slice(3).toLowerCase().replace(/_/g, "-");
}
function fromArgv(option) {
  return normalise({ value: option.value, at: option.at, via: [], origin: option.origin }, true);
}
function normalise(setting, unquote = false) {
  const value = setting.value;
  if (value === void 0) return setting;
  if (hasUnknownReference(value)) {
    return {
      ...setting,
      value: void 0,
      unknown: "it refers to a variable whose value is set at run time"
    };
  }
  const unquoted = unquote ? /^(["'])(.*)\1$/s.exec(value.trim()) : null;
  return unquoted ? { ...setting, value: unquoted[2] } : setting;
}
function opaqueSetting(env) {
  const source = env.opaque[0];
  if (!source) return void 0;
  return {
    value: void 0,
    unknown: `${source.reason}, and it could set it`,
    at: source.at,
    via: [],
    origin: "envFrom"
  };
}
function readConf(text, at2, env) {
  const out = /* @__PURE__ */ new Map();
  let offset = 0;
  for (const line of text.split("\n")) {
    const start = offset;
    offset += line.length + 1;
    const match = /^\s*([a-z0-9-]+)\s*=\s*(.*?)\s*$/.exec(line);
    if (!match || line.trimStart().startsWith("#")) continue;
    const [, name, raw] = match;
    let unknown;
    const value = raw.replace(
      /\$\{([^}:]+)(?::([^}]*))?\}/g,
      (_, variable, fallback) => {
        const source = env.vars.get(variable);
        if (source?.value !== void 0) return source.value;
        if (!source && fallback !== void 0) return fallback;
        unknown = `it reads \${${variable}}, which is set at run time`;
        return "";
      }
    );
    const valueStart = start + line.indexOf(raw, line.indexOf("="));
    out.set(name, {
      value: unknown ? void 0 : value,
      ...unknown ? { unknown } : {},
      at: { ...at2, span: [valueStart, valueStart + raw.length] },
      via: [],
      origin: "keycloak.conf"
    });
  }
  return out;
}
var BITNAMI_OPTIONS = [
  ["KEYCLOAK_CACHE_TYPE", "cache"],
  ["KEYCLOAK_CACHE_STACK", "cache-stack"],
  ["KEYCLOAK_CACHE_CONFIG_FILE", "cache-config-file"],
  ["KEYCLOAK_DATABASE_VENDOR", "db"],
  ["KEYCLOAK_HOSTNAME", "hostname"],
  ["KEYCLOAK_HOSTNAME_ADMIN", "hostname-admin"],
  ["KEYCLOAK_HOSTNAME_STRICT", "hostname-strict"],
  ["KEYCLOAK_HTTP_PORT", "http-port"],
  ["KEYCLOAK_HTTPS_PORT", "https-port"],
  ["KEYCLOAK_HTTP_RELATIVE_PATH", "http-relative-path"],
  ["KEYCLOAK_ENABLE_HEALTH_ENDPOINTS", "health-enabled"],
  ["KEYCLOAK_ENABLE_STATISTICS", "metrics-enabled"]
];
function bitnamiDb(value) {
  return value === "postgresql" ? "postgres" : value;
}
function bitnamiExtraArgs(env, name) {
  const variable = env.vars.get(name);
  return variable?.value ? wordsOf(variable.raw ?? variable.value, variable.at, (w) => expandAsWritten(variable, w)) : [];
}

// src/model/operator.ts
var KEYCLOAK_CR_GROUP = "k8s.keycloak.org";
function isKeycloakCr(resource) {
  return resource.group === KEYCLOAK_CR_GROUP && resource.kind === "Keycloak";
}
function crVersion(cr, configured) {
  const image = asString(cr.spec.image);
  if (image === void 0) return configured;
  const tag = parseImage(image).tag;
  return (tag ? parseVersion(tag) : void 0) ?? configured;
}
function instanceLabels(cr) {
  return {
    app: "keycloak",
    "app.kubernetes.io/managed-by": "keycloak-operator",
    "app.kubernetes.io/instance": cr.name
  };
}
var POD2 = ["spec", "template"];
var CONTAINER = [...POD2, "spec", "containers", 0];
var POD_TEMPLATE = ["spec", "unsupported", "podTemplate"];
var CR_CONTAINER = [...POD_TEMPLATE, "spec", "containers", 0];
function operatorObjects(cr, version) {
  if (!cr.name) return [];
  const out = [statefulSet(cr, version), discoveryService(cr), service(cr, version)];
  const ingress = asObject(cr.spec.ingress);
  if (ingress?.enabled !== false) out.push(ingressOf(cr));
  const policy = networkPolicy(cr, version);
  if (policy) out.push(policy);
  return out;
}
function fieldOption(cr, option, field) {
  const raw = valueAt(cr.value, field);
  if (raw === void 0 || raw === null) return void 0;
  const name = envName(option);
  const secret = asObject(raw);
  if (secret) {
    const entry = { name, valueFrom: { secretKeyRef: secret } };
    return {
      entry,
      origins: [
        { path: [], from: field },
        { path: ["valueFrom", "secretKeyRef"], from: field, verbatim: true }
      ]
    };
  }
  const value = Array.isArray(raw) ? raw.map(String).join(",") : String(raw);
  if (!value.trim()) return void 0;
  return {
    entry: { name, value },
    origins: [
      { path: [], from: field },
      { path: ["value"], from: field, verbatim: typeof raw === "string" }
    ]
  };
}
function envName(option) {
  return `KC_${option.replace(/[^a-zA-Z0-9]/g, "_").toUpperCase()}`;
}
function firstClassOptions(cr, version) {
  const v25 = version !== void 0 && atLeast(version, 25);
  const before25 = version !== void 0 && !atLeast(version, 25);
  const fields = [
    ["hostname", ["spec", "hostname", "hostname"]],
    ["hostname-strict", ["spec", "hostname", "strict"]],
    // Hostname v2 fields (25 and later) and the v1 ones the older operators mapped.
    ["hostname-admin", ["spec", "hostname", "admin"], v25],
    ["hostname-backchannel-dynamic", ["spec", "hostname", "backchannelDynamic"], v25],
    ["hostname-admin-url", ["spec", "hostname", "adminUrl"], before25],
    ["hostname-strict-backchannel", ["spec", "hostname", "strictBackchannel"], before25],
    ["features", ["spec", "features", "enabled"]],
    ["features-disabled", ["spec", "features", "disabled"]],
    ["transaction-xa-enabled", ["spec", "transaction", "xaEnabled"]],
    ["http-enabled", ["spec", "http", "httpEnabled"]],
    ["http-port", ["spec", "http", "httpPort"]],
    ["https-port", ["spec", "http", "httpsPort"]],
    ["db", ["spec", "db", "vendor"]],
    ["db-username", ["spec", "db", "usernameSecret"]],
    ["db-password", ["spec", "db", "passwordSecret"]],
    ["db-url-database", ["spec", "db", "database"]],
    ["db-url-host", ["spec", "db", "host"]],
    ["db-url-port", ["spec", "db", "port"]],
    ["db-schema", ["spec", "db", "schema"]],
    ["db-url", ["spec", "db", "url"]],
    ["proxy-headers", ["spec", "proxy", "headers"]],
    ["http-management-port", ["spec", "httpManagement", "port"]]
  ];
  const out = [];
  for (const [option, field, applies = true] of fields) {
    if (!applies) continue;
    const entry = fieldOption(cr, option, field);
    if (entry) out.push(entry);
  }
  if (asString(valueAt(cr.value, ["spec", "http", "tlsSecret"]))) {
    for (const [option, file] of [
      ["https-certificate-file", "/mnt/certificates/tls.crt"],
      ["https-certificate-key-file", "/mnt/certificates/tls.key"]
    ]) {
      out.push({
        entry: { name: envName(option), value: file },
        origins: [{ path: [], from: ["spec", "http", "tlsSecret"] }]
      });
    }
  }
  const cacheFile = asObject(valueAt(cr.value, ["spec", "cache", "configMapFile"]));
  const key = asString(cacheFile?.key);
  if (key) {
    out.push({
      entry: { name: envName("cache-config-file"), value: `cache/${key}` },
      origins: [{ path: [], from: ["spec", "cache", "configMapFile"] }]
    });
  }
  return out;
}
function additionalOptions(cr, version) {
  const given = asArray(cr.spec.additionalOptions);
  const names = new Set(given.map((o) => asString(asObject(o)?.name)));
  const defaults = [
    ["health-enabled", "true"],
    ["cache", "ispn"]
  ];
  if (version && !atLeast(version, 26, 3)) defaults.push(["cache-stack", "kubernetes"]);
  const out = defaults.filter(([name]) => !names.has(name)).map(([name, value]) => ({
    entry: { name: envName(name), value },
    origins: [{ path: [], from: ["spec"], label: `the operator's default ${name}` }]
  }));
  given.forEach((raw, i) => {
    const option = asObject(raw);
    const name = asString(option?.name);
    if (!option || !name) return;
    const from = ["spec", "additionalOptions", i];
    const secret = asObject(option.secret);
    if (secret) {
      out.push({
        entry: { name: envName(name), valueFrom: { secretKeyRef: secret } },
        origins: [
          { path: [], from },
          { path: ["valueFrom", "secretKeyRef"], from: [...from, "secret"], verbatim: true }
        ]
      });
      return;
    }
    const value = option.value;
    if (value === void 0 || value === null) return;
    out.push({
      entry: { name: envName(name), value: String(value) },
      origins: [
        { path: [], from },
        { path: ["name"], from: [...from, "name"] },
        { path: ["value"], from: [...from, "value"], verbatim: typeof value === "string" }
      ]
    });
  });
  return out;
}
function crEnv(cr) {
  return asArray(cr.spec.env).flatMap((raw, i) => {
    const entry = asObject(raw);
    if (!entry || typeof entry.name !== "string") return [];
    const from = ["spec", "env", i];
    const secret = asObject(entry.secret);
    const value = secret ? { name: entry.name, valueFrom: { secretKeyRef: secret } } : { name: entry.name, value: String(entry.value ?? "") };
    return [
      {
        entry: value,
        origins: [
          { path: [], from },
          { path: ["value"], from: [...from, "value"], verbatim: true }
        ]
      }
    ];
  });
}
function statefulSet(cr, version) {
  const origins = [
    { path: ["spec", "replicas"], from: ["spec", "instances"] },
    { path: [...POD2, "metadata"], from: [...POD_TEMPLATE, "metadata"], verbatim: true }
  ];
  const template = structuredClone(asObject(valueAt(cr.value, POD_TEMPLATE)) ?? {});
  const metadata = asObject(template.metadata) ?? {};
  const labels = { ...stringRecord(metadata.labels), ...instanceLabels(cr) };
  const podSpec = asObject(template.spec) ?? {};
  const given = asArray(podSpec.containers);
  const container = structuredClone(asObject(given[0]) ?? {});
  for (const key of Object.keys(container))
    if (key !== "args" && key !== "env")
      origins.push({ path: [...CONTAINER, key], from: [...CR_CONTAINER, key], verbatim: true });
  for (const key of Object.keys(podSpec)) {
    if (key !== "containers")
      origins.push({
        path: [...POD2, "spec", key],
        from: [...POD_TEMPLATE, "spec", key],
        verbatim: true
      });
  }
  container.name = "keycloak";
  const image = asString(cr.spec.image);
  container.image = image ?? "quay.io/keycloak/keycloak";
  origins.push({
    path: [...CONTAINER, "image"],
    from: ["spec", "image"],
    verbatim: image !== void 0
  });
  const args = [];
  asArray(container.args).forEach((a, i) => {
    if (typeof a === "string")
      args.push({ text: a, from: [...CR_CONTAINER, "args", i], verbatim: true });
  });
  if (args.length === 0) {
    for (const text of ["--verbose", "start"]) args.push({ text, from: ["spec"], verbatim: false });
    const optimized = cr.spec.startOptimized;
    if (optimized === true || optimized === void 0 && image !== void 0) {
      args.push({ text: "--optimized", from: ["spec", "startOptimized"], verbatim: false });
    }
  }
  if (version && atLeast(version, 22) && !atLeast(version, 26, 3)) {
    const ns = cr.namespace ? `.${cr.namespace}` : "";
    args.unshift({
      text: `-Djgroups.dns.query=${cr.name}-discovery${ns}`,
      from: ["spec"],
      verbatim: false
    });
  }
  container.args = args.map((a) => a.text);
  args.forEach((a, i) => {
    origins.push({ path: [...CONTAINER, "args", i], from: a.from, verbatim: a.verbatim });
  });
  const env = [];
  const seen = /* @__PURE__ */ new Set();
  asArray(container.env).forEach((raw, i) => {
    const entry = asObject(raw);
    if (!entry || typeof entry.name !== "string" || seen.has(entry.name)) return;
    seen.add(entry.name);
    const at2 = [...CONTAINER, "env", env.length];
    origins.push({ path: at2, from: [...CR_CONTAINER, "env", i], verbatim: true });
    env.push(entry);
  });
  for (const { entry, origins: parts } of [
    ...firstClassOptions(cr, version),
    ...additionalOptions(cr, version),
    ...crEnv(cr)
  ]) {
    const name = entry.name;
    if (seen.has(name)) continue;
    seen.add(name);
    const at2 = [...CONTAINER, "env", env.length];
    for (const part of parts) origins.push({ ...part, path: [...at2, ...part.path] });
    env.push(entry);
  }
  container.env = env;
  const ports = asArray(container.ports);
  for (const [name, port] of [
    ["https", 8443],
    ["http", 8080],
    ["management", 9e3]
  ]) {
    ports.push({ name, containerPort: port, protocol: "TCP" });
  }
  container.ports = ports;
  const volumes = asArray(podSpec.volumes);
  const mounts = asArray(container.volumeMounts);
  const cacheFile = asObject(valueAt(cr.value, ["spec", "cache", "configMapFile"]));
  const cacheMap = asString(cacheFile?.name);
  if (cacheMap) {
    volumes.push({ name: "cache-config", configMap: { name: cacheMap } });
    mounts.push({ name: "cache-config", mountPath: "/opt/keycloak/conf/cache" });
  }
  const tls = asString(valueAt(cr.value, ["spec", "http", "tlsSecret"]));
  if (tls) {
    volumes.push({ name: "keycloak-tls-certificates", secret: { secretName: tls } });
    mounts.push({ name: "keycloak-tls-certificates", mountPath: "/mnt/certificates" });
  }
  container.volumeMounts = mounts;
  const value = {
    apiVersion: "apps/v1",
    kind: "StatefulSet",
    metadata: { name: cr.name, ...namespaceOf(cr), labels: instanceLabels(cr) },
    spec: {
      replicas: typeof cr.spec.instances === "number" ? cr.spec.instances : 1,
      serviceName: `${cr.name}-discovery`,
      selector: { matchLabels: instanceLabels(cr) },
      template: {
        metadata: { ...metadata, labels },
        spec: { ...podSpec, volumes, containers: [container, ...given.slice(1)] }
      }
    }
  };
  return new GeneratedResource(cr, "apps/v1", "StatefulSet", cr.name, value, origins);
}
function discoveryService(cr) {
  const name = `${cr.name}-discovery`;
  const value = {
    apiVersion: "v1",
    kind: "Service",
    metadata: { name, ...namespaceOf(cr), labels: instanceLabels(cr) },
    spec: {
      clusterIP: "None",
      publishNotReadyAddresses: true,
      selector: instanceLabels(cr),
      ports: [{ name: "tcp", port: 7800, protocol: "TCP" }]
    }
  };
  return new GeneratedResource(cr, "v1", "Service", name, value, []);
}
function service(cr, version) {
  const name = `${cr.name}-service`;
  const http = asObject(cr.spec.http) ?? {};
  const tls = typeof http.tlsSecret === "string" && http.tlsSecret !== "";
  const ports = [];
  if (!tls || http.httpEnabled === true) {
    const port = typeof http.httpPort === "number" ? http.httpPort : 8080;
    ports.push({ name: "http", port, targetPort: port, protocol: "TCP" });
  }
  if (tls) {
    const port = typeof http.httpsPort === "number" ? http.httpsPort : 8443;
    ports.push({ name: "https", port, targetPort: port, protocol: "TCP" });
  }
  if (version && atLeast(version, 25)) {
    ports.push({ name: "management", port: 9e3, targetPort: 9e3, protocol: "TCP" });
  }
  const metadata = {
    name,
    ...namespaceOf(cr),
    labels: { ...stringRecord(http.labels), ...instanceLabels(cr) }
  };
  if (asObject(http.annotations)) metadata.annotations = stringRecord(http.annotations);
  const value = {
    apiVersion: "v1",
    kind: "Service",
    metadata,
    spec: { type: "ClusterIP", selector: instanceLabels(cr), ports }
  };
  return new GeneratedResource(cr, "v1", "Service", name, value, [
    { path: ["metadata", "annotations"], from: ["spec", "http", "annotations"], verbatim: true },
    { path: ["metadata", "labels"], from: ["spec", "http", "labels"], verbatim: true }
  ]);
}
function ingressOf(cr) {
  const name = `${cr.name}-ingress`;
  const spec = asObject(cr.spec.ingress) ?? {};
  const http = asObject(cr.spec.http) ?? {};
  const tls = typeof http.tlsSecret === "string" && http.tlsSecret !== "";
  const annotations = {
    "nginx.ingress.kubernetes.io/backend-protocol": tls ? "HTTPS" : "HTTP",
    "route.openshift.io/termination": tls ? "passthrough" : "edge",
    ...stringRecord(spec.annotations)
  };
  const host = hostOf(asString(valueAt(cr.value, ["spec", "hostname", "hostname"])));
  const port = tls ? { name: "https" } : { name: "http" };
  const rule = {
    http: {
      paths: [
        {
          path: "/",
          pathType: "ImplementationSpecific",
          backend: { service: { name: `${cr.name}-service`, port } }
        }
      ]
    }
  };
  if (host) rule.host = host;
  const ingressSpec = { rules: [rule] };
  if (typeof spec.className === "string") ingressSpec.ingressClassName = spec.className;
  const secret = asString(spec.tlsSecret);
  if (tls || secret)
    ingressSpec.tls = [
      { ...host ? { hosts: [host] } : {}, ...secret ? { secretName: secret } : {} }
    ];
  const value = {
    apiVersion: "networking.k8s.io/v1",
    kind: "Ingress",
    metadata: {
      name,
      ...namespaceOf(cr),
      labels: { ...stringRecord(spec.labels), ...instanceLabels(cr) },
      annotations
    },
    spec: ingressSpec
  };
  const origins = [
    { path: ["metadata", "annotations"], from: ["spec", "ingress", "annotations"] },
    { path: ["spec", "ingressClassName"], from: ["spec", "ingress", "className"], verbatim: true },
    { path: ["spec"], from: ["spec", "ingress"] }
  ];
  for (const key of Object.keys(stringRecord(spec.annotations))) {
    const path = ["metadata", "annotations", key];
    origins.push({ path, from: ["spec", "ingress", "annotations", key], verbatim: true });
  }
  return new GeneratedResource(cr, "networking.k8s.io/v1", "Ingress", name, value, origins);
}
function networkPolicy(cr, version) {
  if (!version || !atLeast(version, 26, 1)) return void 0;
  const spec = asObject(cr.spec.networkPolicy) ?? {};
  const enabled = spec.enabled === true || spec.enabled !== false && atLeast(version, 26, 2);
  if (!enabled) return void 0;
  const http = asObject(cr.spec.http) ?? {};
  const tls = typeof http.tlsSecret === "string" && http.tlsSecret !== "";
  const peers = (key) => {
    const list2 = asArray(spec[key]);
    return list2.length > 0 ? { from: list2 } : {};
  };
  const ingress = [];
  if (!tls || http.httpEnabled === true) {
    const port = typeof http.httpPort === "number" ? http.httpPort : 8080;
    ingress.push({ ports: [{ protocol: "TCP", port }], ...peers("http") });
  }
  if (tls) {
    const port = typeof http.httpsPort === "number" ? http.httpsPort : 8443;
    ingress.push({ ports: [{ protocol: "TCP", port }], ...peers("https") });
  }
  const features = asArray(valueAt(cr.value, ["spec", "features", "enabled"])).map(String);
  if (!features.some((f) => f === "multi-site" || f === "clusterless")) {
    ingress.push({
      ports: [
        { protocol: "TCP", port: 7800 },
        { protocol: "TCP", port: 57800 }
      ],
      from: [{ podSelector: { matchLabels: instanceLabels(cr) } }]
    });
  }
  ingress.push({ ports: [{ protocol: "TCP", port: 9e3 }], ...peers("management") });
  const name = `${cr.name}-network-policy`;
  const value = {
    apiVersion: "networking.k8s.io/v1",
    kind: "NetworkPolicy",
    metadata: { name, ...namespaceOf(cr), labels: instanceLabels(cr) },
    spec: { podSelector: { matchLabels: instanceLabels(cr) }, policyTypes: ["Ingress"], ingress }
  };
  return new GeneratedResource(cr, "networking.k8s.io/v1", "NetworkPolicy", name, value, [
    { path: ["spec"], from: ["spec", "networkPolicy"] }
  ]);
}
function namespaceOf(cr) {
  return cr.explicitNamespace ? { namespace: cr.explicitNamespace } : {};
}
function stringRecord(value) {
  const out = {};
  for (const [k, v] of Object.entries(asObject(value) ?? {})) if (typeof v === "string") out[k] = v;
  return out;
}
function hostOf(hostname) {
  if (!hostname) return void 0;
  const match = /^[a-z][a-z0-9+.-]*:\/\/([^/:]+)/i.exec(hostname);
  return match ? match[1] : hostname.split("/")[0]?.split(":")[0];
}

// src/model/workload.ts
function podTemplateOf(resource) {
  if (!isKind(WORKLOAD_KINDS, resource.group, resource.kind)) return void 0;
  if (isKind(POD, resource.group, resource.kind)) {
    return { specPath: ["spec"], spec: resource.spec, labels: { ...resource.labels } };
  }
  const template = asObject(resource.spec.template);
  const spec = asObject(template?.spec);
  if (!template || !spec) return void 0;
  const labels = {};
  for (const [k, v] of Object.entries(asObject(asObject(template.metadata)?.labels) ?? {})) {
    if (typeof v === "string") labels[k] = v;
  }
  return { specPath: ["spec", "template", "spec"], spec, labels };
}
function replicasOf(resource, index) {
  if (isKind(DAEMON_SET, resource.group, resource.kind)) {
    return {
      count: void 0,
      clustered: true,
      at: resource.at(["spec"]),
      text: "one pod per node"
    };
  }
  if (isKind(POD, resource.group, resource.kind)) {
    return { count: 1, clustered: false, at: resource.at(["metadata", "name"]), text: "1 replica" };
  }
  const raw = resource.spec.replicas;
  const declared = typeof raw === "number" && Number.isInteger(raw) && !resource.isInvalid(["spec", "replicas"]) ? raw : 1;
  const at2 = resource.at(["spec", "replicas"]);
  const hpa = index.ofKind(HPA).find((h) => targets(h, resource));
  const max = hpa ? hpa.spec.maxReplicas : void 0;
  if (hpa && typeof max === "number" && max > declared) {
    return {
      count: max,
      clustered: max > 1,
      at: hpa.at(["spec", "maxReplicas"]),
      hpa,
      text: `up to ${max} replicas through HorizontalPodAutoscaler ${hpa.name}`
    };
  }
  return {
    count: declared,
    clustered: declared > 1,
    at: at2,
    text: `${declared} replica${declared === 1 ? "" : "s"}`
  };
}
function targets(hpa, resource) {
  const ref = asObject(hpa.spec.scaleTargetRef);
  return asString(ref?.kind) === resource.kind && asString(ref?.name) === resource.name && sameNamespace(hpa.namespace, resource.namespace);
}

// src/model/model.ts
function buildModel(documents, problems, files, options) {
  const patches = kustomizePatches(documents);
  const resources = [];
  const objectProblems = [];
  for (const document of documents) {
    if (patches.has(document.doc.file.displayPath)) continue;
    const found = resourcesOf(document, options.defaultNamespace);
    for (const resource of found.resources) resources.push(resource);
    for (const problem of found.problems) objectProblems.push(problem);
  }
  const shapeProblems = resources.flatMap(validateShape);
  for (const cr of resources.filter(isKeycloakCr)) {
    resources.push(...operatorObjects(cr, crVersion(cr, options.keycloakVersion)));
  }
  const index = new ResourceIndex(resources);
  const workloads = [];
  for (const resource of resources) {
    const template = podTemplateOf(resource);
    if (!template) continue;
    const keycloak2 = [];
    const workload = {
      resource,
      podSpecPath: template.specPath,
      podSpec: template.spec,
      podLabels: template.labels,
      replicas: replicasOf(resource, index),
      keycloak: keycloak2
    };
    for (const kc of keycloakContainersOf(workload, index, options)) keycloak2.push(kc);
    workloads.push(workload);
  }
  const servicesByLabel = /* @__PURE__ */ new Map();
  const selectorOf = (service2) => {
    const out = {};
    for (const [k, v] of Object.entries(asObject(service2.spec.selector) ?? {}))
      if (typeof v === "string") out[k] = v;
    return out;
  };
  for (const service2 of index.ofKind(SERVICE)) {
    const first = Object.entries(selectorOf(service2))[0];
    if (!first) continue;
    push(servicesByLabel, `${first[0]}=${first[1]}`, service2);
  }
  const workloadsByLabel = /* @__PURE__ */ new Map();
  for (const workload of workloads) {
    for (const [k, v] of Object.entries(workload.podLabels))
      push(workloadsByLabel, `${k}=${v}`, workload);
  }
  const selectingCache = /* @__PURE__ */ new Map();
  const servicesSelecting = (workload) => {
    const cached = selectingCache.get(workload);
    if (cached) return cached;
    const found = /* @__PURE__ */ new Set();
    for (const [k, v] of Object.entries(workload.podLabels)) {
      for (const service2 of servicesByLabel.get(`${k}=${v}`) ?? []) {
        if (sameNamespace(service2.namespace, workload.resource.namespace) && matchesServiceSelector(selectorOf(service2), workload.podLabels)) {
          found.add(service2);
        }
      }
    }
    const result = [...found];
    selectingCache.set(workload, result);
    return result;
  };
  const selectedCache = /* @__PURE__ */ new Map();
  const workloadsSelectedBy = (service2) => {
    const cached = selectedCache.get(service2);
    if (cached) return cached;
    const selector = selectorOf(service2);
    const first = Object.entries(selector)[0];
    const found = first ? (workloadsByLabel.get(`${first[0]}=${first[1]}`) ?? []).filter(
      (w) => sameNamespace(w.resource.namespace, service2.namespace) && matchesServiceSelector(selector, w.podLabels)
    ) : [];
    selectedCache.set(service2, found);
    return found;
  };
  const discovery = (kc) => {
    const query = kc.cluster.dnsQuery;
    if (!query) return void 0;
    const own = kc.workload.resource.namespace;
    const mismatch = query.namespace !== void 0 && own !== void 0 && query.namespace !== own ? query.namespace : void 0;
    let services = index.findAll(SERVICE, query.namespace ?? own, query.service);
    if (services.length === 0 && mismatch) services = index.findAll(SERVICE, own, query.service);
    const externals = options.externalResources ?? /* @__PURE__ */ new Set();
    const external = externals.has(`Service/${query.namespace ?? own ?? "*"}/${query.service}`) || externals.has(`Service/*/${query.service}`);
    return { query, services, namespaceMismatch: mismatch, external };
  };
  const keycloak = workloads.flatMap((w) => w.keycloak);
  const ingresses = buildIngressViews(index, workloadsSelectedBy, options.ingressClasses);
  const controllerNames = /* @__PURE__ */ new Set([
    "ingress-nginx-controller",
    // the Helm chart's name
    "nginx-configuration",
    // the static manifests' name
    ...options.ingressNginxConfigMaps ?? []
  ]);
  const nginxControllerConfigMaps = index.ofKind(CONFIG_MAP).filter((c) => controllerNames.has(c.name) || controllerNames.has(`${c.namespace}/${c.name}`));
  return {
    index,
    files,
    problems,
    objectProblems,
    shapeProblems,
    workloads,
    keycloak,
    ingresses,
    servicesSelecting,
    workloadsSelectedBy,
    discovery,
    isExternal: (kind2, namespace, name) => {
      const externals = options.externalResources ?? /* @__PURE__ */ new Set();
      return externals.has(`${kind2}/*/${name}`) || namespace !== void 0 && externals.has(`${kind2}/${namespace}/${name}`) || // An unspecified namespace may be any: an entry for any namespace matches it.
      namespace === void 0 && [...externals].some((e) => e.startsWith(`${kind2}/`) && e.endsWith(`/${name}`));
    },
    nginxControllerConfigMaps,
    // --no-inline-config audits everything the manifests themselves suppress.
    suppressions: options.inlineConfig === false ? [] : [
      ...[...documentsByFile(documents)].flatMap(
        ([file, docs]) => commentSuppressions(file, docs)
      ),
      ...resources.flatMap((r) => annotationSuppression(r) ?? [])
    ]
  };
}
function documentsByFile(documents) {
  const out = /* @__PURE__ */ new Map();
  for (const { doc } of documents) push(out, doc.file, doc);
  return out;
}
var KUSTOMIZATION_FILE = /(^|\/)(kustomization\.ya?ml|Kustomization)$/;
function kustomizePatches(documents) {
  const out = /* @__PURE__ */ new Set();
  for (const { doc, value } of documents) {
    const object = asObject(value);
    const isKustomization = KUSTOMIZATION_FILE.test(doc.file.displayPath) || object?.kind === "Kustomization" || object?.kind === "Component";
    if (!object || !isKustomization) continue;
    const dir = posix2.dirname(doc.file.displayPath);
    const paths = [
      ...asArray(object.patches).map((p) => asString(asObject(p)?.path)),
      ...asArray(object.patchesJson6902).map((p) => asString(asObject(p)?.path)),
      ...asArray(object.patchesStrategicMerge).map((p) => asString(p))
    ];
    for (const path of paths) {
      if (path && !path.includes("\n")) out.add(posix2.normalize(posix2.join(dir, path)));
    }
  }
  return out;
}

// src/lint.ts
var KEEP_TREES_BELOW = 1e6;
var TOOL = { name: "keycloak-lint", version: package_default.version };
var RULE_IDS = rules.map((r) => r.id);
function lint(options) {
  return lintTargets(options).report;
}
function lintTargets(options) {
  const cwd = options.cwd ?? process.cwd();
  const config = resolveConfig(options.config, cwd, RULE_IDS);
  const { model, errors, targets: targets2 } = loadModel({ ...options, cwd, config });
  const severities = {};
  for (const [id, setting] of Object.entries(config.rules))
    if (setting !== "off") severities[id] = setting;
  const rules2 = (options.rules ?? rules).filter((r) => config.rules[r.id] !== "off");
  const findings = runRules(model, rules2, { severities, knownRuleIds: RULE_IDS }).filter(
    (f) => targets2.has(f.file) || f.related.some((r) => targets2.has(r.file))
  );
  const counted = active(findings);
  const count = (severity) => counted.filter((f) => f.severity === severity).length;
  const report = {
    version: 1,
    tool: { ...TOOL },
    summary: {
      errors: count("error"),
      warnings: count("warning"),
      infos: count("info"),
      files: targets2.size,
      // Objects written in the target files: context and operator-generated ones are not.
      resources: model.index.all.filter((r) => !sourceOf(r) && targets2.has(r.doc.file.displayPath)).length,
      suppressed: findings.length - counted.length
    },
    findings,
    errors
  };
  return { report, targets: targets2 };
}
function loadModel(options) {
  const cwd = options.cwd ?? process.cwd();
  const config = resolveConfig(options.config, cwd, RULE_IDS);
  let keycloakVersion;
  const versionText = options.keycloakVersion ?? config.keycloakVersion;
  if (versionText !== void 0) {
    keycloakVersion = /^\d+\.\d+(\.\d+)?$/.test(versionText) ? parseVersion(versionText) : void 0;
    if (!keycloakVersion) {
      throw new ConfigError(
        `invalid Keycloak version "${versionText}": expected MAJOR.MINOR[.PATCH]`
      );
    }
  }
  const namespace = options.namespace ?? config.namespace;
  if (namespace !== void 0 && !/^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/.test(namespace)) {
    throw new ConfigError(`invalid namespace "${namespace}": expected a DNS label such as iam`);
  }
  const ignored = config.ignorePaths.length > 0 ? (0, import_picomatch.default)([...config.ignorePaths], { dot: true }) : void 0;
  const loaded = loadFiles({
    paths: options.paths,
    cwd,
    folderContext: options.folderContext ?? true,
    maxFileSize: options.maxFileSize ?? config.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
    ...options.read ? { read: options.read } : {},
    ...options.context ? { context: options.context } : {},
    ...options.stdin ? { stdin: { text: options.stdin.text, filename: options.stdin.filename ?? "<stdin>" } } : {},
    ...ignored ? {
      ignore: (absolute) => ignored(relative3(config.root, absolute).split(sep2).join("/"))
    } : {}
  });
  const documents = [];
  const problems = [...loaded.problems];
  const context = [];
  let size = 0;
  for (const file of loaded.files) size += file.text.length;
  const mode = {
    full: options.fullParse ?? process.env.KEYCLOAK_LINT_FULL_PARSE === "1",
    // Below this, memory is no concern and re-parsing for positions costs more than keeping.
    keep: options.keepTrees ?? size < KEEP_TREES_BELOW
  };
  for (const file of loaded.files) {
    if (file.binary) continue;
    const parsed = parseFile(file, mode);
    if (!file.target) {
      context.push(parsed.docs);
      continue;
    }
    for (const doc of parsed.docs) documents.push(doc);
    for (const problem of parsed.problems) problems.push(problem);
  }
  for (const docs of usableContext(documents, context)) for (const doc of docs) documents.push(doc);
  const model = buildModel(documents, problems, loaded.files.length, {
    defaultNamespace: namespace,
    keycloakVersion,
    externalResources: new Set(config.externalResources.map(externalKey)),
    ingressClasses: config.ingressClasses,
    ingressNginxConfigMaps: config.ingressNginxConfigMaps,
    inlineConfig: options.inlineConfig ?? true
  });
  const targets2 = new Set(loaded.files.filter((f) => f.target).map((f) => f.displayPath));
  return { model, errors: loaded.errors, files: loaded.files.length, targets: targets2 };
}
var SETUP_KINDS = [...WORKLOAD_KINDS, ...SERVICE, ...INGRESS, ...KEYCLOAK_CR];
function usableContext(targets2, context) {
  const identity = (r) => {
    const kind2 = isKind(WORKLOAD_KINDS, r.group, r.kind) ? "workload" : `${r.group}|${r.kind}`;
    return `${kind2}|${r.namespace ?? ""}|${r.name}`;
  };
  const definesSetup = (r) => isKind(SETUP_KINDS, r.group, r.kind) && sourceOf(r) === void 0;
  const ofSetup = (d) => resourcesOf(d).resources.filter(definesSetup);
  const defined = new Set(targets2.flatMap((d) => ofSetup(d).map(identity)));
  return context.filter(
    (docs) => !docs.some((d) => ofSetup(d).some((r) => defined.has(identity(r))))
  );
}

// src/index.ts
function lint2(options) {
  const paths = options?.paths;
  if (!Array.isArray(paths) || !paths.every((p) => typeof p === "string" && p !== "")) {
    throw new ConfigError("lint: paths must be a non-empty list of files or directories");
  }
  if (paths.length === 0) throw new ConfigError("lint: paths must name at least one path");
  const limit = options.maxFileSize;
  if (limit !== void 0 && !(Number.isSafeInteger(limit) && limit >= 0)) {
    throw new ConfigError("lint: maxFileSize must be a whole number of bytes (0: no limit)");
  }
  return lint(options);
}
export {
  ConfigError,
  lint2 as lint
};
