import type { Attribute } from '../ast.js';
import type { Token, TokenTree } from '../token.js';
import { at, bump, error, expect, identOf, peek, spanFrom, type Parser } from './state.js';
import type { Span } from '../span.js';
import { parseTreesUntil } from './token-trees.js';
import { expandCfgAttr } from '../cfg.js';

/** Outer attributes `#[…]` and outer doc comments (`///` and block doc comments). */
export function parseOuterAttrs(p: Parser): Attribute[] {
  let out: Attribute[] | null = null;
  for (;;) {
    const t = peek(p);
    if (t.kind === 'docComment') {
      if (isInnerDoc(t)) {
        error(p, 'expected outer doc comment', t.span, null);
        bump(p);
        continue;
      }
      bump(p);
      (out ??= []).push(docAttr(t, 'outer'));
      continue;
    }
    if (t.kind === 'punct' && t.text === '#' && isPunctAt(p, 1, '[')) {
      pushAttr((out ??= []), parseAttr(p, 'outer'));
      continue;
    }
    return out ?? (EMPTY as Attribute[]);
  }
}

const EMPTY: readonly Attribute[] = [];

/** Inner attributes `#![…]` and `//!` doc comments, at the start of a file, module, block or impl. */
export function parseInnerAttrs(p: Parser): Attribute[] {
  let out: Attribute[] | null = null;
  for (;;) {
    const t = peek(p);
    if (t.kind === 'docComment' && isInnerDoc(t)) {
      bump(p);
      (out ??= []).push(docAttr(t, 'inner'));
      continue;
    }
    if (t.kind === 'punct' && t.text === '#' && isPunctAt(p, 1, '!') && isPunctAt(p, 2, '[')) {
      pushAttr((out ??= []), parseAttr(p, 'inner'));
      continue;
    }
    return out ?? (EMPTY as Attribute[]);
  }
}

/** `#[cfg_attr(…)]` stands for the attributes it selects, as after rustc's expansion. */
function pushAttr(out: Attribute[], a: Attribute): void {
  const expanded = a.path === 'cfg_attr' ? expandCfgAttr(a) : null;
  if (expanded === null) out.push(a);
  else out.push(...expanded);
}

function isPunctAt(p: Parser, k: number, s: string): boolean {
  const t = peek(p, k);
  return t.kind === 'punct' && t.text === s;
}

function isInnerDoc(t: Token): boolean {
  return t.text.charCodeAt(2) === 33; /* ! */
}

function parseAttr(p: Parser, style: 'outer' | 'inner'): Attribute {
  const lo = bump(p).span.lo; // #
  if (style === 'inner') bump(p); // !
  const openIdx = p.pos;
  const closeIdx = p.closeOf[openIdx] ?? -1;
  bump(p); // [
  // `unsafe(no_mangle)` wraps the path in Rust 2024; keep the inner path.
  const pathParts: string[] = [];
  if (peek(p).kind === 'ident') {
    pathParts.push(identOf(bump(p)).name);
    while (at(p, '::') && peek(p, 1).kind === 'ident') {
      bump(p);
      pathParts.push(identOf(bump(p)).name);
    }
  } else if (at(p, '::')) {
    bump(p);
    if (peek(p).kind === 'ident') pathParts.push(identOf(bump(p)).name);
  } else {
    error(p, `expected identifier, found ${peek(p).text === '' ? '`<eof>`' : '`' + peek(p).text + '`'}`, peek(p).span, 'expected identifier');
  }
  const end = closeIdx >= 0 && closeIdx <= p.end ? closeIdx : p.end;
  const args = parseTreesUntil(p, end);
  expect(p, ']');
  return { style, path: pathParts.join('::'), args, span: spanFrom(p, lo) };
}

function docAttr(t: Token, style: 'outer' | 'inner'): Attribute {
  const text = t.text;
  const body = text.startsWith('//') ? text.slice(3) : text.slice(3, text.length - 2);
  const eq: Token = { kind: 'punct', text: '=', span: t.span, spaceBefore: true };
  const str: Token = { kind: 'str', text: quoteRust(body), span: t.span, spaceBefore: true };
  const args: TokenTree[] = [
    { kind: 'token', token: eq },
    { kind: 'token', token: str },
  ];
  return { style, path: 'doc', args, span: t.span };
}

// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /["\\\u0000-\u001f\u007f]/;

/** A Rust string literal whose value is `s`. */
export function quoteRust(s: string): string {
  // Most doc comments need no escaping at all.
  if (!NEEDS_ESCAPE.test(s)) return '"' + s + '"';
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 34) out += '\\"';
    else if (c === 92) out += '\\\\';
    else if (c === 10) out += '\\n';
    else if (c === 13) out += '\\r';
    else if (c === 9) out += '\\t';
    else if (c < 32 || c === 127) out += `\\u{${c.toString(16)}}`;
    else out += s[i];
  }
  return out + '"';
}

export function isDocAttr(a: Attribute): boolean {
  // Doc-comment attributes share their span object with their synthesized `=` token.
  return a.path === 'doc' && a.args.length === 2 && a.args[0]!.kind === 'token' && a.args[0]!.token.span === a.span;
}

/**
 * Outer attributes with nothing after them (before a closing brace): rustc's E0585 for a doc
 * comment, otherwise `otherwise`.
 */
export function reportDanglingAttrs(p: Parser, attrs: readonly Attribute[], otherwise: string): void {
  const last = attrs[attrs.length - 1];
  if (last === undefined) return;
  if (isDocAttr(last)) {
    const sp: Span = last.span;
    if (!p.bailed) p.errors.push({ message: "found a documentation comment that doesn't document anything", span: sp, label: null, code: 'E0585' });
  } else error(p, otherwise, last.span, null);
}
