import type { SyntaxError } from './ast.js';
import type { Token, TokenKind } from './token.js';
import { litFromToken } from './literals.js';

/**
 * Index-based scanner over UTF-16 code units. It never fails: malformed input produces a token of
 * the nearest kind plus an error, so the parser always sees a complete stream ending in `eof`.
 */
export interface LexResult {
  readonly tokens: Token[];
  readonly errors: SyntaxError[];
  /** Unterminated literals and comments stop rustc after lexing; the parser's errors are then dropped. */
  readonly fatal: boolean;
}

const C_NL = 10;
const C_CR = 13;
const C_SPACE = 32;
const C_TAB = 9;
const C_DQUOTE = 34;
const C_HASH = 35;
const C_QUOTE = 39;
const C_STAR = 42;
const C_DOT = 46;
const C_SLASH = 47;
const C_0 = 48;
const C_9 = 57;
const C_BACKSLASH = 92;
const C_UNDERSCORE = 95;

export function isIdentStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === C_UNDERSCORE || (c > 127 && isUnicodeIdent(c, true));
}

export function isIdentContinue(c: number): boolean {
  return (
    (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= C_0 && c <= C_9) || c === C_UNDERSCORE || (c > 127 && isUnicodeIdent(c, false))
  );
}

const ID_START = /\p{XID_Start}/u;
const ID_CONT = /\p{XID_Continue}/u;

// Only reached for non-ASCII code units; surrogate halves count as identifier characters so that
// astral-plane letters are not split (rare enough not to check the pair precisely).
function isUnicodeIdent(c: number, start: boolean): boolean {
  if (c >= 0xd800 && c <= 0xdfff) return true;
  return (start ? ID_START : ID_CONT).test(String.fromCharCode(c));
}

function isWhitespace(c: number): boolean {
  return (
    c === C_SPACE || c === C_NL || c === C_TAB || c === C_CR || c === 11 || c === 12 || c === 0x85 || c === 0x200e || c === 0x200f || c === 0x2028 || c === 0x2029
  );
}

function isDigit(c: number): boolean {
  return c >= C_0 && c <= C_9;
}

function isHexDigit(c: number): boolean {
  return (c >= C_0 && c <= C_9) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
}

/**
 * Length of the punctuation token at `i` (0 if none). Joined forms: `::` `->` `=>` `==` `!=`
 * `<=` `>=` `&&` `||` `op=` `<<` `>>` `<<=` `>>=` `..` `...` `..=`.
 */
function punctLen(text: string, i: number, c: number): number {
  const d = text.charCodeAt(i + 1);
  switch (c) {
    case 58: // :
      return d === 58 ? 2 : 1;
    case 45: // -
      return d === 62 || d === 61 ? 2 : 1;
    case 61: // =
      return d === 61 || d === 62 ? 2 : 1;
    case 33: // !
      return d === 61 ? 2 : 1;
    case 60: // <
    case 62: // >
      if (d === c) return text.charCodeAt(i + 2) === 61 ? 3 : 2;
      return d === 61 ? 2 : 1;
    case 38: // &
    case 124: // |
      return d === c || d === 61 ? 2 : 1;
    case 43: case 42: case 47: case 37: case 94: // + * / % ^
      return d === 61 ? 2 : 1;
    case 46: // .
      if (d !== 46) return 1;
      return text.charCodeAt(i + 2) === 46 || text.charCodeAt(i + 2) === 61 ? 3 : 2;
    case 64: case 44: case 59: case 35: case 36: case 63: case 126: // @ , ; # $ ? ~
    case 40: case 41: case 91: case 93: case 123: case 125: // ( ) [ ] { }
      return 1;
    default:
      return 0;
  }
}

export function lex(text: string): LexResult {
  const tokens: Token[] = [];
  const errors: SyntaxError[] = [];
  const n = text.length;
  let i = 0;
  let space = false;

  const push = (kind: TokenKind, lo: number, hi: number): void => {
    const tok: Token = { kind, text: text.slice(lo, hi), span: { lo, hi }, spaceBefore: space };
    tokens.push(tok);
    space = false;
    // Escapes and non-ASCII bytes are checked while lexing, as rustc does (before any parse error).
    if ((kind === 'str' || kind === 'byteStr' || kind === 'cStr' || kind === 'char' || kind === 'byte') && needsCheck(tok)) {
      litFromToken(tok, (m, a, b, l) => errors.push({ message: m, span: { lo: a, hi: b }, label: l ?? null }));
    }
  };
  let fatal = false;
  const err = (message: string, lo: number, hi: number): void => {
    const code = FATAL_CODES.get(message);
    if (code !== undefined) {
      if (fatal) return;
      fatal = true;
      errors.push({ message, span: { lo, hi }, label: null, code });
      return;
    }
    errors.push({ message, span: { lo, hi }, label: null });
  };

  // Byte-order mark and shebang (`#!` not followed by `[`, which would be an inner attribute).
  if (n > 0 && text.charCodeAt(0) === 0xfeff) i = 1;
  if (text.startsWith('#!', i)) {
    let j = i + 2;
    while (j < n && (text.charCodeAt(j) === C_SPACE || text.charCodeAt(j) === C_TAB)) j++;
    if (text.charCodeAt(j) !== 91 /* [ */) {
      while (i < n && text.charCodeAt(i) !== C_NL) i++;
      space = true;
    }
  }

  while (i < n) {
    const c = text.charCodeAt(i);
    if (isWhitespace(c)) {
      i++;
      // Indentation runs are common: consume them in one go.
      while (i < n && isWhitespace(text.charCodeAt(i))) i++;
      space = true;
      continue;
    }
    const start = i;
    if (c === C_SLASH) {
      const c1 = text.charCodeAt(i + 1);
      if (c1 === C_SLASH) {
        let j = text.indexOf('\n', i + 2);
        if (j < 0) j = n;
        const c2 = text.charCodeAt(i + 2);
        const doc = (c2 === C_SLASH && text.charCodeAt(i + 3) !== C_SLASH) || c2 === 33; /* ! */
        if (doc) {
          // A trailing \r belongs to the line ending, not to the comment.
          const hi = j > i && text.charCodeAt(j - 1) === C_CR ? j - 1 : j;
          push('docComment', start, hi);
        } else space = true;
        i = j;
        continue;
      }
      if (c1 === C_STAR) {
        let j = i + 2;
        let depth = 1;
        while (j < n && depth > 0) {
          const d = text.charCodeAt(j);
          if (d === C_SLASH && text.charCodeAt(j + 1) === C_STAR) {
            depth++;
            j += 2;
          } else if (d === C_STAR && text.charCodeAt(j + 1) === C_SLASH) {
            depth--;
            j += 2;
          } else j++;
        }
        if (depth > 0) err('unterminated block comment', start, n);
        const c2 = text.charCodeAt(i + 2);
        // `/**/` and `/***…` are ordinary comments; `/** …*/` and `/*! …*/` are doc comments.
        const doc = (c2 === C_STAR && text.charCodeAt(i + 3) !== C_STAR && j - i > 4) || c2 === 33;
        if (doc && depth === 0) push('docComment', start, j);
        else space = true;
        i = j;
        continue;
      }
    }

    if (isIdentStart(c)) {
      // Prefixed literals: b'x', b"…", br"…", r"…", r#"…"#, c"…", cr"…", and raw identifiers r#x.
      const c1 = text.charCodeAt(i + 1);
      if (c === 114 /* r */) {
        if (c1 === C_DQUOTE || (c1 === C_HASH && rawStringAhead(text, i + 1))) {
          i = lexRawString(text, i + 1, start, err);
          push('str', start, i);
          continue;
        }
        if (c1 === C_HASH && isIdentStart(text.charCodeAt(i + 2))) {
          let j = i + 3;
          while (j < n && isIdentContinue(text.charCodeAt(j))) j++;
          i = j;
          push('ident', start, i);
          continue;
        }
      } else if (c === 98 /* b */) {
        if (c1 === C_QUOTE && text.charCodeAt(i + 2) === C_QUOTE && text.charCodeAt(i + 3) === C_QUOTE) {
          err("byte constant must be escaped: `'`", i + 2, i + 3);
          i += 4;
          push('byte', start, i);
          continue;
        }
        if (c1 === C_QUOTE) {
          i = lexQuoted(text, i + 2, C_QUOTE, start, err, 'unterminated byte constant');
          push('byte', start, i);
          continue;
        }
        if (c1 === C_DQUOTE) {
          i = lexQuoted(text, i + 2, C_DQUOTE, start, err, 'unterminated double quote byte string');
          push('byteStr', start, i);
          continue;
        }
        if (c1 === 114 && (text.charCodeAt(i + 2) === C_DQUOTE || (text.charCodeAt(i + 2) === C_HASH && rawStringAhead(text, i + 2)))) {
          i = lexRawString(text, i + 2, start, err);
          push('byteStr', start, i);
          continue;
        }
      } else if (c === 99 /* c */) {
        if (c1 === C_DQUOTE) {
          i = lexQuoted(text, i + 2, C_DQUOTE, start, err);
          push('cStr', start, i);
          continue;
        }
        if (c1 === 114 && (text.charCodeAt(i + 2) === C_DQUOTE || (text.charCodeAt(i + 2) === C_HASH && rawStringAhead(text, i + 2)))) {
          i = lexRawString(text, i + 2, start, err);
          push('cStr', start, i);
          continue;
        }
      }
      let j = i + 1;
      while (j < n && isIdentContinue(text.charCodeAt(j))) j++;
      i = j;
      push('ident', start, i);
      continue;
    }

    if (isDigit(c)) {
      const prev = tokens.length > 0 ? tokens[tokens.length - 1]! : null;
      // After `.`, a number is a tuple index: `x.0.1` lexes as `x . 0 . 1`, not `x . 0.1`.
      const afterDot = prev !== null && prev.kind === 'punct' && prev.text === '.';
      const r = lexNumber(text, i, afterDot);
      if (r.error !== undefined) {
        // `0x1.0`: rustc reports it and reads the whole literal; skip the fraction too.
        let j = r.end + 1;
        while (j < n && isIdentContinue(text.charCodeAt(j))) j++;
        err(r.error, start, j);
        i = j;
        push('int', start, r.end);
        continue;
      }
      i = r.end;
      push(r.float ? 'float' : 'int', start, i);
      continue;
    }

    if (c === C_QUOTE) {
      // Lifetime or char literal. `'a'` and `'\n'` are chars; `'a` and `'static` are lifetimes.
      const c1 = text.charCodeAt(i + 1);
      if (c1 === C_BACKSLASH) {
        i = lexQuoted(text, i + 1, C_QUOTE, start, err);
        push('char', start, i);
        continue;
      }
      const cpLen = c1 >= 0xd800 && c1 <= 0xdbff ? 2 : 1;
      if (text.charCodeAt(i + 1 + cpLen) === C_QUOTE && i + 1 < n) {
        if (c1 === C_QUOTE || c1 === C_NL || c1 === C_TAB || c1 === C_CR) {
          const shown = c1 === C_QUOTE ? "'" : c1 === C_NL ? '\\n' : c1 === C_TAB ? '\\t' : '\\r';
          err(`character constant must be escaped: \`${shown}\``, i + 1, i + 2);
        }
        i = i + 2 + cpLen;
        push('char', start, i);
        continue;
      }
      if (isIdentStart(c1) || (c1 === 114 && text.charCodeAt(i + 2) === C_HASH)) {
        let j = i + 2;
        if (c1 === 114 && text.charCodeAt(j) === C_HASH) j++;
        while (j < n && isIdentContinue(text.charCodeAt(j))) j++;
        if (text.charCodeAt(j) === C_QUOTE) {
          // `'ab'`: a char literal with several code points (reported when its value is checked).
          i = j + 1;
          push('char', start, i);
          continue;
        }
        i = j;
        push('lifetime', start, i);
        continue;
      }
      // `'1'`-style chars of digits are handled above; anything else is malformed.
      err('unterminated character literal', start, Math.min(n, i + 2));
      i = Math.min(n, i + 1 + cpLen);
      push('char', start, i);
      continue;
    }

    if (c === C_DQUOTE) {
      i = lexQuoted(text, i + 1, C_DQUOTE, start, err);
      push('str', start, i);
      continue;
    }

    const plen = punctLen(text, i, c);
    if (plen > 0) {
      i += plen;
      push('punct', start, i);
      continue;
    }
    const cpLen = c >= 0xd800 && c <= 0xdbff ? 2 : 1;
    err(`unknown start of token: ${describeChar(text.slice(i, i + cpLen))}`, i, i + cpLen);
    i += cpLen;
    space = true;
  }
  tokens.push({ kind: 'eof', text: '', span: { lo: n, hi: n }, spaceBefore: space });
  // rustc stops lexing at a fatal error: nothing after it is reported.
  const firstFatal = errors.findIndex((e) => e.code !== undefined);
  if (firstFatal >= 0) errors.length = firstFatal + 1;
  return { tokens, errors, fatal };
}

const FATAL_CODES = new Map([
  ['unterminated double quote string', 'E0765'],
  ['unterminated double quote byte string', 'E0766'],
  ['unterminated character literal', 'E0762'],
  ['unterminated byte constant', 'E0763'],
  ['unterminated block comment', 'E0758'],
  ['unterminated raw string', 'E0748'],
]);

/** Rust's `char::escape_default`, which rustc uses in "unknown start of token". */
function describeChar(ch: string): string {
  const cp = ch.codePointAt(0) ?? 0;
  if (cp === 9) return '\\t';
  if (cp === 10) return '\\n';
  if (cp === 13) return '\\r';
  if (cp < 32 || cp > 126) return `\\u{${cp.toString(16)}}`;
  return ch;
}

function rawStringAhead(text: string, i: number): boolean {
  let j = i;
  while (text.charCodeAt(j) === C_HASH) j++;
  return text.charCodeAt(j) === C_DQUOTE;
}

/** `i` points at the first `#` or the `"` after the `r`; returns the end of the literal. */
function lexRawString(text: string, i: number, start: number, err: (m: string, lo: number, hi: number) => void): number {
  let hashes = 0;
  let j = i;
  while (text.charCodeAt(j) === C_HASH) {
    hashes++;
    j++;
  }
  j++; // the opening quote
  const n = text.length;
  while (j < n) {
    if (text.charCodeAt(j) === C_DQUOTE) {
      let k = 0;
      while (k < hashes && text.charCodeAt(j + 1 + k) === C_HASH) k++;
      if (k === hashes) return j + 1 + hashes;
    }
    j++;
  }
  err('unterminated raw string', start, n);
  return n;
}

/** Scans a quoted literal body from just after the opening quote; returns the end (after the close). */
function lexQuoted(text: string, i: number, quote: number, start: number, err: (m: string, lo: number, hi: number) => void, message?: string): number {
  const n = text.length;
  let j = i;
  while (j < n) {
    const d = text.charCodeAt(j);
    if (d === C_BACKSLASH) {
      j += 2;
      continue;
    }
    if (d === quote) return j + 1;
    if (quote === C_QUOTE && d === C_NL) break;
    j++;
  }
  if (quote === C_DQUOTE) {
    err(message ?? 'unterminated double quote string', start, n);
    return n;
  }
  err(message ?? 'unterminated character literal', start, j);
  return j;
}

interface NumberScan {
  readonly end: number;
  readonly float: boolean;
  readonly error?: string;
}

function lexNumber(text: string, i: number, afterDot: boolean): NumberScan {
  const n = text.length;
  let j = i;
  let float = false;
  const c0 = text.charCodeAt(j);
  const c1 = text.charCodeAt(j + 1);
  if (c0 === C_0 && (c1 === 120 || c1 === 111 || c1 === 98) /* x o b */) {
    j += 2;
    while (j < n && (isHexDigit(text.charCodeAt(j)) || text.charCodeAt(j) === C_UNDERSCORE)) j++;
    // Hex digits swallow `e`/`f`; a suffix such as `u8` continues as an identifier.
    while (j < n && isIdentContinue(text.charCodeAt(j))) j++;
    if (!afterDot && text.charCodeAt(j) === C_DOT && isDigit(text.charCodeAt(j + 1)) && c1 !== 120) {
      return { end: j, float: false, error: `${c1 === 111 ? 'octal' : 'binary'} float literal is not supported` };
    }
    if (!afterDot && text.charCodeAt(j) === C_DOT && isDigit(text.charCodeAt(j + 1))) {
      return { end: j, float: false, error: 'hexadecimal float literal is not supported' };
    }
    return { end: j, float: false };
  }
  while (j < n && (isDigit(text.charCodeAt(j)) || text.charCodeAt(j) === C_UNDERSCORE)) j++;
  if (!afterDot && text.charCodeAt(j) === C_DOT) {
    const d = text.charCodeAt(j + 1);
    // `1.` is a float unless followed by `.` (a range) or an identifier (a method call `1.max(2)`).
    if (d !== C_DOT && !isIdentStart(d)) {
      float = true;
      j++;
      while (j < n && (isDigit(text.charCodeAt(j)) || text.charCodeAt(j) === C_UNDERSCORE)) j++;
    }
  }
  if (!afterDot) {
    const e = text.charCodeAt(j);
    if (e === 101 || e === 69) {
      // Exponent only if digits follow (after an optional sign and underscores).
      let k = j + 1;
      const s = text.charCodeAt(k);
      if (s === 43 || s === 45) k++;
      while (text.charCodeAt(k) === C_UNDERSCORE) k++;
      if (isDigit(text.charCodeAt(k))) {
        float = true;
        j = k;
        while (j < n && (isDigit(text.charCodeAt(j)) || text.charCodeAt(j) === C_UNDERSCORE)) j++;
      }
    }
  }
  // Suffix (`u8`, `f64`, `_usize`) is part of the literal token.
  if (j < n && isIdentStart(text.charCodeAt(j))) {
    while (j < n && isIdentContinue(text.charCodeAt(j))) j++;
  }
  return { end: j, float };
}

/** Only literals with escapes or non-ASCII bytes can hold an error (plain ones are skipped for speed). */
function needsCheck(tok: Token): boolean {
  const t = tok.text;
  if (t.indexOf('\\') >= 0) return true;
  if (tok.kind === 'byte' || tok.kind === 'byteStr' || tok.kind === 'char') return /[^\x00-\x7f]/.test(t) || tok.kind === 'char';
  return false;
}
