import type { Ident, NodeId, SyntaxError } from '../ast.js';
import type { Span } from '../span.js';
import type { Token, TokenTree } from '../token.js';

/**
 * The parser's mutable context, passed explicitly to every parsing function. `toks` is owned by
 * the parser: splitting a compound token (`>>` closing two generic lists) replaces the current
 * token by its remainder, so the parser never backtracks over a split.
 */
export interface Parser {
  readonly text: string;
  readonly toks: Token[];
  pos: number;
  /** Tokens at or after `end` read as `eof` (macro arguments are parsed in place). */
  end: number;
  eof: Token;
  nextId: number;
  /** Where errors go now: parse errors, or (while expanding built-in macros) `lateErrors`. */
  errors: SyntaxError[];
  /**
   * Errors rustc reports after the whole crate is parsed: built-in macro expansion (format
   * strings, macro arguments) and AST validation. They follow the parse errors in the result.
   */
  readonly lateErrors: SyntaxError[];
  depth: number;
  readonly edition: 2015 | 2018 | 2021 | 2024;
  /** For an opening delimiter's token index, the index of its closing partner (or -1). */
  readonly closeOf: Int32Array;
  /** End offset of the last consumed token. */
  lastHi: number;
  /** Start offset of the last consumed token (rustc points "found `<eof>`" errors at it). */
  lastLo: number;
  /** Set while parsing a cast's type when `<` after it must be a comparison, not generic arguments. */
  noAngleArgs: boolean;
  /**
   * Token-tree groups already built, by the token index of their opening delimiter: a macro call
   * nested in another macro's arguments shares the outer call's subtree instead of copying it.
   */
  readonly groups: Map<number, TokenTree & { kind: 'group' }>;
  /** Errors at token positions before this index are not reported (see `abandonWindow`). */
  quietUntil: number;
  /** Set once the nesting limit is hit: the rest is skipped and later errors are consequences of it. */
  bailed: boolean;
}

/** Nesting depth beyond which the parser refuses to descend, so deep input cannot overflow the JS stack. */
export const MAX_DEPTH = 512;

export function nid(p: Parser): NodeId {
  return p.nextId++;
}

export function peek(p: Parser, k = 0): Token {
  const i = p.pos + k;
  return i < p.end ? p.toks[i]! : p.eof;
}

export function bump(p: Parser): Token {
  const t = peek(p);
  if (p.pos < p.end) {
    p.pos++;
    p.lastHi = t.span.hi;
    p.lastLo = t.span.lo;
  }
  return t;
}

export function atEof(p: Parser): boolean {
  return p.pos >= p.end;
}

export function isPunct(t: Token, s: string): boolean {
  return t.kind === 'punct' && t.text === s;
}

export function at(p: Parser, s: string): boolean {
  const t = peek(p);
  return t.kind === 'punct' && t.text === s;
}

export function atKw(p: Parser, kw: string, k = 0): boolean {
  const t = peek(p, k);
  return t.kind === 'ident' && t.text === kw;
}

export function isKw(t: Token, kw: string): boolean {
  return t.kind === 'ident' && t.text === kw;
}

export function eat(p: Parser, s: string): boolean {
  if (at(p, s)) {
    bump(p);
    return true;
  }
  return false;
}

export function eatKw(p: Parser, kw: string): boolean {
  if (atKw(p, kw)) {
    bump(p);
    return true;
  }
  return false;
}

/**
 * Consumes the first character(s) `s` of the current punctuation token when it starts with them:
 * `>` out of `>>`, `>=`, `>>=`; `&` out of `&&`; `|` out of `||`; `<` out of `<<`, `<=`.
 */
export function eatSplit(p: Parser, s: string): boolean {
  const t = peek(p);
  if (t.kind !== 'punct') return false;
  if (t.text === s) {
    bump(p);
    return true;
  }
  if (t.text.length > s.length && t.text.startsWith(s) && p.pos < p.end) {
    const lo = t.span.lo + s.length;
    p.toks[p.pos] = { kind: 'punct', text: t.text.slice(s.length), span: { lo, hi: t.span.hi }, spaceBefore: false };
    p.lastHi = lo;
    return true;
  }
  return false;
}

export function atSplit(p: Parser, s: string): boolean {
  const t = peek(p);
  return t.kind === 'punct' && t.text.startsWith(s);
}

export function spanFrom(p: Parser, lo: number): Span {
  return { lo, hi: Math.max(lo, p.lastHi) };
}

export function lo(p: Parser): number {
  return peek(p).span.lo;
}

const STRICT_KEYWORDS = new Set([
  'as', 'break', 'const', 'continue', 'crate', 'else', 'enum', 'extern', 'false', 'fn', 'for', 'if', 'impl', 'in', 'let',
  'loop', 'match', 'mod', 'move', 'mut', 'pub', 'ref', 'return', 'self', 'Self', 'static', 'struct', 'super', 'trait',
  'true', 'type', 'unsafe', 'use', 'where', 'while', 'async', 'await', 'dyn',
]);
const RESERVED_KEYWORDS = new Set([
  'abstract', 'become', 'box', 'do', 'final', 'macro', 'override', 'priv', 'typeof', 'unsized', 'virtual', 'yield', 'try',
]);

export function isKeywordText(s: string, edition: number): boolean {
  if (STRICT_KEYWORDS.has(s)) return edition >= 2018 || (s !== 'async' && s !== 'await' && s !== 'dyn');
  if (s === 'try') return edition >= 2018;
  return RESERVED_KEYWORDS.has(s);
}

/** An identifier token usable as a name (not a keyword; raw identifiers always are). */
export function isNameTok(p: Parser, t: Token): boolean {
  return t.kind === 'ident' && !isKeywordText(t.text, p.edition);
}

export function identOf(t: Token): Ident {
  return { name: t.text.startsWith('r#') ? t.text.slice(2) : t.text, span: t.span };
}

/** rustc's description of a token in "expected …, found …" messages. */
export function describe(t: Token): string {
  switch (t.kind) {
    case 'eof':
      // The end of a delimited window is its closing delimiter.
      return t.text === '' ? '`<eof>`' : `\`${t.text}\``;
    case 'docComment':
      return 'doc comment';
    case 'ident':
      if (t.text === 'self' || t.text === 'Self' || t.text === 'super' || t.text === 'crate' || t.text === '_') {
        return t.text === '_' ? '`_`' : `keyword \`${t.text}\``;
      }
      if (STRICT_KEYWORDS.has(t.text)) return `keyword \`${t.text}\``;
      if (RESERVED_KEYWORDS.has(t.text)) return `reserved keyword \`${t.text}\``;
      return `\`${t.text}\``;
    default:
      return `\`${t.text}\``;
  }
}

export function error(p: Parser, message: string, sp: Span, label: string | null = null): void {
  if (p.bailed || p.pos <= p.quietUntil) return;
  // One error per position: recovery can revisit the same token, and rustc reports it once.
  const last = p.errors.length > 0 ? p.errors[p.errors.length - 1]! : null;
  if (last !== null && last.span.lo === sp.lo && last.span.hi === sp.hi) return;
  if (label === null && message.startsWith('expected one of ')) {
    const found = message.lastIndexOf(', found ');
    label = labelFor(message.slice('expected '.length, found >= 0 ? found : message.length));
  }
  p.errors.push({ message, span: sp, label });
}

/** Reports "expected X, found Y" at the current token. */
export function errorExpected(p: Parser, what: string): void {
  const t = peek(p);
  error(p, `expected ${what}, found ${describe(t)}`, foundSpan(p), labelFor(what));
}

/** Where a "found X" error points: the token, or at the end of input the last real token. */
export function foundSpan(p: Parser): Span {
  const t = peek(p);
  if (t.kind === 'eof' && p.pos >= p.toks.length - 1 && p.lastHi > 0) return { lo: p.lastLo, hi: p.lastHi };
  return t.span;
}

/** rustc lists up to six expected tokens in the label and counts them beyond that. */
export function labelFor(what: string): string {
  if (what.startsWith('one of ')) {
    const count = (what.match(/`[^`]*`/g) ?? []).length + (what.endsWith('an operator') ? 1 : 0);
    if (count > 6) return `expected one of ${count} possible tokens`;
  }
  return `expected ${what}`;
}

export function expect(p: Parser, s: string): boolean {
  if (eat(p, s)) return true;
  errorExpected(p, `\`${s}\``);
  return false;
}

/** Like `expect` but also accepts the first part of a compound token (`>` from `>>`). */
export function expectSplit(p: Parser, s: string): boolean {
  if (eatSplit(p, s)) return true;
  errorExpected(p, `\`${s}\``);
  return false;
}

export function isOpenDelim(t: Token): boolean {
  return t.kind === 'punct' && (t.text === '(' || t.text === '[' || t.text === '{');
}

export function isCloseDelim(t: Token): boolean {
  return t.kind === 'punct' && (t.text === ')' || t.text === ']' || t.text === '}');
}

/** Skips the delimited group starting at the current token (which must be an opening delimiter). */
export function skipGroup(p: Parser): void {
  const close = p.closeOf[p.pos] ?? -1;
  if (close < 0 || close >= p.end) {
    p.pos = p.end;
    p.lastHi = p.eof.span.lo;
    return;
  }
  p.pos = close;
  bump(p);
}

/** Skips one token, or a whole delimited group. */
export function skipTree(p: Parser): void {
  if (isOpenDelim(peek(p))) skipGroup(p);
  else bump(p);
}

/** Enters one nesting level; returns false (after reporting once) when the limit is reached. */
export function enter(p: Parser): boolean {
  if (p.depth >= MAX_DEPTH) {
    const t = peek(p);
    error(p, 'recursion limit reached while parsing: nesting is too deep', t.span, null);
    p.bailed = true;
    p.pos = p.end;
    return false;
  }
  p.depth++;
  return true;
}

export function leave(p: Parser): void {
  p.depth--;
}

/**
 * After some errors rustc gives up on the rest of the enclosing block (`x++`): skip to the end of
 * the current window (the block's closing brace) without reporting anything on the way.
 */
export function abandonWindow(p: Parser): void {
  p.quietUntil = Math.max(p.quietUntil, p.end);
  p.pos = p.end;
}
