import type { Lit } from './ast.js';
import type { Token } from './token.js';

/**
 * Decodes a literal token's value. Errors (bad escapes) are reported through `err`; the lexer
 * calls this once per text literal to report them as rustc's lexer does, so the parser passes a
 * no-op for those and reports only number-literal errors.
 */
export type LitErr = (message: string, lo: number, hi: number, label?: string) => void;

/** For text literals in the parser: the lexer already reported their errors. */
export const ignoreLitError: LitErr = () => {};

const INT_SUFFIXES = new Set(['u8', 'u16', 'u32', 'u64', 'u128', 'usize', 'i8', 'i16', 'i32', 'i64', 'i128', 'isize']);
const FLOAT_SUFFIXES = new Set(['f32', 'f64', 'f16', 'f128']);

export function litFromToken(tok: Token, err: LitErr): Lit {
  switch (tok.kind) {
    case 'int':
    case 'float':
      return numberLit(tok, err);
    case 'str': {
      const raw = tok.text.charCodeAt(0) === 114; /* r */
      return { kind: 'str', value: raw ? rawBody(tok.text, 1) : unescape(tok.text.slice(1, -1), tok.span.lo + 1, false, err), raw };
    }
    case 'byteStr': {
      const raw = tok.text.charCodeAt(1) === 114;
      const s = raw ? rawBody(tok.text, 2) : unescape(tok.text.slice(2, -1), tok.span.lo + 2, true, err, true);
      if (raw) reportNonAscii(tok.text, tok.span.lo, 'non-ASCII character in raw byte string literal', err);
      return { kind: 'byteStr', value: latin1Bytes(s), raw };
    }
    case 'cStr': {
      const raw = tok.text.charCodeAt(1) === 114;
      const s = raw ? rawBody(tok.text, 2) : unescape(tok.text.slice(2, -1), tok.span.lo + 2, false, err);
      return { kind: 'cStr', value: new TextEncoder().encode(s), raw };
    }
    case 'char': {
      const body = tok.text.endsWith("'") && tok.text.length >= 3 ? tok.text.slice(1, -1) : tok.text.slice(1);
      const v = unescape(body, tok.span.lo + 1, false, err);
      const cp = v.codePointAt(0);
      if (cp === undefined) err('empty character literal', tok.span.lo, tok.span.hi);
      else if (v.length > (cp > 0xffff ? 2 : 1)) err('character literal may only contain one codepoint', tok.span.lo, tok.span.hi);
      return { kind: 'char', value: cp === undefined ? '\0' : String.fromCodePoint(cp) };
    }
    case 'byte': {
      const v = unescape(tok.text.slice(2, -1), tok.span.lo + 2, true, err);
      if (/[^\x00-\x7f]/.test(tok.text)) err('non-ASCII character in byte literal', tok.span.lo + 2, tok.span.hi - 1, 'must be ASCII');

      return { kind: 'byte', value: v.length > 0 ? v.charCodeAt(0) & 0xff : 0 };
    }
    default:
      return { kind: 'bool', value: tok.text === 'true' };
  }
}

function latin1Bytes(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i) & 0xff;
  return out;
}

function rawBody(text: string, prefix: number): string {
  let h = 0;
  while (text.charCodeAt(prefix + h) === 35) h++;
  return text.slice(prefix + h + 1, text.length - 1 - h);
}

function numberLit(tok: Token, err: LitErr): Lit {
  const t = tok.text;
  // Fast path: short plain decimal integers (`0`, `42`), by far the most common literal.
  if (tok.kind === 'int' && t.length < 10) {
    let v = 0;
    let i = 0;
    for (; i < t.length; i++) {
      const c = t.charCodeAt(i);
      if (c < 48 || c > 57) break;
      v = v * 10 + (c - 48);
    }
    if (i === t.length) return { kind: 'int', value: BigInt(v), suffix: null };
  }
  const isRadix = t.length > 2 && t.charCodeAt(0) === 48 && (t[1] === 'x' || t[1] === 'o' || t[1] === 'b');
  // Split off the suffix: the first identifier character that is not a digit of the literal.
  let end = t.length;
  let i = isRadix ? 2 : 0;
  for (; i < t.length; i++) {
    const c = t.charCodeAt(i);
    const digit = c === 95 || (c >= 48 && c <= 57) || (isRadix && t[1] === 'x' && ((c >= 97 && c <= 102) || (c >= 65 && c <= 70)));
    if (digit) continue;
    if (!isRadix && (c === 46 || c === 101 || c === 69 || c === 43 || c === 45)) {
      // `.`, exponent and its sign belong to a float body; `e` may also start a suffix only if
      // the lexer did not treat it as an exponent, which it did iff a digit follows.
      if (c === 101 || c === 69) {
        let k = i + 1;
        if (t[k] === '+' || t[k] === '-') k++;
        while (t[k] === '_') k++;
        const d = t.charCodeAt(k);
        if (!(d >= 48 && d <= 57)) break;
      }
      continue;
    }
    break;
  }
  end = i;
  let suffix: string | null = t.slice(end) || null;
  // In `0x1f32`, `f32` is hex digits, handled above; in `1_f32` the underscore is a separator.
  const body = t.slice(0, end).replace(/_/g, '');
  const isFloat = tok.kind === 'float' || (suffix !== null && FLOAT_SUFFIXES.has(suffix) && !isRadix);
  if (suffix !== null && !INT_SUFFIXES.has(suffix) && !FLOAT_SUFFIXES.has(suffix)) {
    err(`invalid suffix \`${suffix}\` for ${isFloat ? 'float' : 'number'} literal`, tok.span.lo, tok.span.hi);
    suffix = null;
  }
  if (isFloat) return { kind: 'float', value: Number(body), suffix };
  let value = 0n;
  try {
    value = BigInt(body === '' ? '0' : body);
  } catch {
    err(`invalid digit in number literal`, tok.span.lo, tok.span.hi);
  }
  return { kind: 'int', value, suffix };
}

/**
 * Interprets escapes. `bytes` restricts `\x` to 00-FF and forbids `\u`; offsets for errors are
 * relative to `base` (the first character after the opening quote).
 */
export function unescape(s: string, base: number, bytes: boolean, err: LitErr, byteString = false): string {
  if (s.indexOf('\\') < 0) return s.indexOf('\r\n') < 0 ? s : s.replace(/\r\n/g, '\n');
  let out = '';
  let i = 0;
  const n = s.length;
  while (i < n) {
    const c = s[i]!;
    if (c !== '\\') {
      if (c === '\r' && s[i + 1] === '\n') {
        i++;
        continue;
      }
      if (bytes && c.charCodeAt(0) > 0x7f) {
        const len = c.charCodeAt(0) >= 0xd800 && c.charCodeAt(0) <= 0xdbff ? 2 : 1;
        if (byteString) err('non-ASCII character in byte string literal', base + i, base + i + len, 'must be ASCII');
      }
      out += c;
      i++;
      continue;
    }
    const e = s[i + 1];
    const at = base + i;
    switch (e) {
      case 'n': out += '\n'; i += 2; break;
      case 'r': out += '\r'; i += 2; break;
      case 't': out += '\t'; i += 2; break;
      case '\\': out += '\\'; i += 2; break;
      case '0': out += '\0'; i += 2; break;
      case "'": out += "'"; i += 2; break;
      case '"': out += '"'; i += 2; break;
      case 'x': {
        const hex = s.slice(i + 2, i + 4);
        const v = /^[0-9a-fA-F]{2}$/.test(hex) ? parseInt(hex, 16) : NaN;
        if (Number.isNaN(v)) err('invalid character in numeric character escape', at, at + 4);
        else if (!bytes && v > 0x7f) err('out of range hex escape', at, at + 4);
        out += String.fromCharCode(Number.isNaN(v) ? 0 : v);
        i += 4;
        break;
      }
      case 'u': {
        const close = s.indexOf('}', i);
        const digits = s[i + 2] === '{' && close > 0 ? s.slice(i + 3, close).replace(/_/g, '') : '';
        const v = /^[0-9a-fA-F]{1,6}$/.test(digits) ? parseInt(digits, 16) : NaN;
        if (bytes) err('unicode escape in byte string', at, close + base + 1);
        if (Number.isNaN(v) || v > 0x10ffff || (v >= 0xd800 && v <= 0xdfff)) {
          err('invalid unicode character escape', at, (close > 0 ? close : i + 2) + base + 1, 'invalid escape');
          out += '\ufffd';
        } else out += String.fromCodePoint(v);
        i = close > 0 ? close + 1 : i + 2;
        break;
      }
      case '\n':
      case '\r': {
        // Line continuation: skip the newline and following whitespace.
        i += 1;
        while (i < n && (s[i] === ' ' || s[i] === '\n' || s[i] === '\t' || s[i] === '\r')) i++;
        break;
      }
      default: {
        const shown = e === undefined ? '' : e;
        err(`unknown ${bytes ? 'byte' : 'character'} escape: \`${shown}\``, at + 1, at + 2, `unknown ${bytes ? 'byte' : 'character'} escape`);
        out += shown;
        i += 2;
      }
    }
  }
  return out;
}

function reportNonAscii(text: string, base: number, message: string, err: LitErr): void {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 0x7f) {
      const len = c >= 0xd800 && c <= 0xdbff ? 2 : 1;
      err(message, base + i, base + i + len, 'must be ASCII');
      i += len - 1;
    }
  }
}
