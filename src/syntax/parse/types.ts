import type { GenericBound, Lifetime, TypeExpr } from '../ast.js';
import { parseExpr } from './expr.js';
import { parseMacCall } from './macro-call.js';
import { atPathStart, parsePath, parseQPath } from './paths.js';
import {
  at,
  atKw,
  atSplit,
  bump,
  describe,
  eat,
  eatKw,
  eatSplit,
  enter,
  error,
  expect,
  expectSplit,
  isPunct,
  leave,
  nid,
  peek,
  skipTree,
  spanFrom,
  type Parser,
} from './state.js';

/** A type. `allowPlus` is false where `+` cannot continue a type (`&T`, `as T`, `-> T`). */
export function parseType(p: Parser, allowPlus: boolean): TypeExpr {
  const t = peek(p);
  const lo = t.span.lo;
  if (!enter(p)) {
    skipTree(p);
    return { kind: 'err', id: nid(p), span: spanFrom(p, lo) };
  }
  try {
    return parseTypeInner(p, allowPlus, lo);
  } finally {
    leave(p);
  }
}

function parseTypeInner(p: Parser, allowPlus: boolean, lo: number): TypeExpr {
  const t = peek(p);
  if (t.kind === 'punct') {
    switch (t.text) {
      case '(': {
        bump(p);
        if (eat(p, ')')) return { kind: 'tuple', id: nid(p), elems: [], span: spanFrom(p, lo) };
        const first = parseType(p, true);
        if (eat(p, ')')) {
          const paren: TypeExpr = { kind: 'paren', id: nid(p), inner: first, span: spanFrom(p, lo) };
          // `(Trait) + Send` in a bound list: keep the bounds as a bare trait object.
          if (allowPlus && at(p, '+') && first.kind === 'path') return bareTraitObject(p, lo, first);
          return paren;
        }
        const elems: TypeExpr[] = [first];
        while (eat(p, ',')) {
          if (at(p, ')')) break;
          elems.push(parseType(p, true));
        }
        expect(p, ')');
        return { kind: 'tuple', id: nid(p), elems, span: spanFrom(p, lo) };
      }
      case '!':
        bump(p);
        return { kind: 'never', id: nid(p), span: spanFrom(p, lo) };
      case '&':
      case '&&': {
        eatSplit(p, '&');
        if (atSplit(p, '&')) {
          // `&&T` is a reference to a reference; the inner one starts at the second `&`.
          const innerLo = peek(p).span.lo;
          eatSplit(p, '&');
          const inner = parseRefRest(p, innerLo);
          return { kind: 'ref', id: nid(p), lifetime: null, mut: false, inner, span: spanFrom(p, lo) };
        }
        return parseRefRest(p, lo);
      }
      case '*': {
        bump(p);
        let mut = false;
        if (eatKw(p, 'mut')) mut = true;
        else if (!eatKw(p, 'const')) error(p, 'expected `mut` or `const` keyword in raw pointer type', peek(p).span, 'expected `mut` or `const` in raw pointer type');
        const inner = parseType(p, false);
        return { kind: 'ptr', id: nid(p), mut, inner, span: spanFrom(p, lo) };
      }
      case '[': {
        bump(p);
        const elem = parseType(p, true);
        if (eat(p, ';')) {
          const len = parseExpr(p);
          expect(p, ']');
          return { kind: 'array', id: nid(p), elem, len, span: spanFrom(p, lo) };
        }
        expect(p, ']');
        return { kind: 'slice', id: nid(p), elem, span: spanFrom(p, lo) };
      }
      case '<':
      case '<<':
      case '::':
        return parsePathType(p, allowPlus, lo);
      case '?':
        // `?Sized` outside a bound list: parse as a bound-only trait object so that recovery is smooth.
        return { kind: 'dynTrait', id: nid(p), bounds: parseBounds(p), bare: true, span: spanFrom(p, lo) };
      default:
        break;
    }
  } else if (t.kind === 'ident') {
    switch (t.text) {
      case '_':
        bump(p);
        return { kind: 'infer', id: nid(p), span: spanFrom(p, lo) };
      case 'fn':
      case 'unsafe':
      case 'extern':
        return parseFnPtr(p, lo, []);
      case 'for': {
        const lifetimes = parseForLifetimes(p);
        if (atKw(p, 'fn') || atKw(p, 'unsafe') || atKw(p, 'extern')) return parseFnPtr(p, lo, lifetimes);
        const path = parsePath(p, 'type');
        const first: GenericBound = { kind: 'trait', modifier: 'none', forLifetimes: lifetimes, path, span: spanFrom(p, lo) };
        const bounds: GenericBound[] = [first];
        if (allowPlus) while (eatSplit(p, '+')) { if (!atBoundStart(p)) break; bounds.push(parseBound(p)); }
        return { kind: 'dynTrait', id: nid(p), bounds, bare: true, span: spanFrom(p, lo) };
      }
      case 'impl': {
        bump(p);
        const bounds = allowPlus ? parseBounds(p) : [parseBound(p)];
        return { kind: 'implTrait', id: nid(p), bounds, span: spanFrom(p, lo) };
      }
      case 'dyn':
        if (p.edition >= 2018 || atBoundStartAt(p, 1)) {
          bump(p);
          const bounds = allowPlus ? parseBounds(p) : [parseBound(p)];
          return { kind: 'dynTrait', id: nid(p), bounds, bare: false, span: spanFrom(p, lo) };
        }
        break;
      default:
        break;
    }
    if (atPathStart(p)) return parsePathType(p, allowPlus, lo);
  } else if (t.kind === 'lifetime' && allowPlus) {
    // `'a + Trait` as a bare trait object.
    return { kind: 'dynTrait', id: nid(p), bounds: parseBounds(p), bare: true, span: spanFrom(p, lo) };
  }
  error(p, `expected type, found ${describe(t)}`, t.span, 'expected type');
  return { kind: 'err', id: nid(p), span: { lo: t.span.lo, hi: t.span.lo } };
}

function parseRefRest(p: Parser, lo: number): TypeExpr {
  let lifetime: Lifetime | null = null;
  const lt = peek(p);
  if (lt.kind === 'lifetime') {
    bump(p);
    lifetime = { name: lt.text, span: lt.span };
  }
  const mut = eatKw(p, 'mut');
  const inner = parseType(p, false);
  return { kind: 'ref', id: nid(p), lifetime, mut, inner, span: spanFrom(p, lo) };
}

function parsePathType(p: Parser, allowPlus: boolean, lo: number): TypeExpr {
  const { qself, path } = parseQPath(p, 'type');
  if (qself === null && at(p, '!') && !at(p, '!=')) {
    const mac = parseMacCall(p, path);
    return { kind: 'macro', id: nid(p), mac, span: spanFrom(p, lo) };
  }
  const ty: TypeExpr = { kind: 'path', id: nid(p), qself, path, span: spanFrom(p, lo) };
  if (allowPlus && qself === null && at(p, '+')) return bareTraitObject(p, lo, ty);
  return ty;
}

/** `Trait + Send` without `dyn` (2015 style; 2021 rejects it later, not here). */
function bareTraitObject(p: Parser, lo: number, first: TypeExpr): TypeExpr {
  const path = first.kind === 'path' ? first.path : first.kind === 'paren' && first.inner.kind === 'path' ? first.inner.path : null;
  const bounds: GenericBound[] = [];
  if (path !== null) bounds.push({ kind: 'trait', modifier: 'none', forLifetimes: [], path, span: first.span });
  while (eatSplit(p, '+')) {
    if (!atBoundStart(p)) break;
    bounds.push(parseBound(p));
  }
  return { kind: 'dynTrait', id: nid(p), bounds, bare: true, span: spanFrom(p, lo) };
}

function parseFnPtr(p: Parser, lo: number, forLifetimes: Lifetime[]): TypeExpr {
  const unsafe = eatKw(p, 'unsafe');
  let abi: string | null = null;
  if (eatKw(p, 'extern')) {
    const s = peek(p);
    if (s.kind === 'str') {
      bump(p);
      abi = s.text.slice(1, -1);
    } else abi = 'C';
  }
  if (!eatKw(p, 'fn')) {
    error(p, `expected \`fn\`, found ${describe(peek(p))}`, peek(p).span, 'expected `fn`');
    return { kind: 'err', id: nid(p), span: spanFrom(p, lo) };
  }
  expect(p, '(');
  const inputs: TypeExpr[] = [];
  let variadic = false;
  while (!at(p, ')') && peek(p).kind !== 'eof') {
    if (eat(p, '...')) {
      variadic = true;
      eat(p, ',');
      break;
    }
    // Named parameters `fn(x: i32)` are allowed; the names are dropped.
    const t0 = peek(p);
    const t1 = peek(p, 1);
    if ((t0.kind === 'ident') && isPunct(t1, ':') ) {
      bump(p);
      bump(p);
    }
    inputs.push(parseType(p, true));
    if (!eat(p, ',')) break;
  }
  expect(p, ')');
  let output: TypeExpr | null = null;
  if (eat(p, '->')) output = parseType(p, false);
  return { kind: 'fn', id: nid(p), forLifetimes, unsafe, abi, inputs, variadic, output, span: spanFrom(p, lo) };
}

/** `for<'a, 'b>`; the cursor is at `for`. */
export function parseForLifetimes(p: Parser): Lifetime[] {
  bump(p); // for
  const out: Lifetime[] = [];
  expectSplit(p, '<');
  while (!atSplit(p, '>') && peek(p).kind !== 'eof') {
    const t = peek(p);
    if (t.kind !== 'lifetime') {
      error(p, `expected lifetime, found ${describe(t)}`, t.span, null);
      break;
    }
    bump(p);
    out.push({ name: t.text, span: t.span });
    // Bounds on higher-ranked lifetimes are not allowed, but skip them gracefully.
    if (eat(p, ':')) while (peek(p).kind === 'lifetime' || at(p, '+')) bump(p);
    if (!eat(p, ',')) break;
  }
  expectSplit(p, '>');
  return out;
}

export function atBoundStart(p: Parser): boolean {
  return atBoundStartAt(p, 0);
}

function atBoundStartAt(p: Parser, k: number): boolean {
  const t = peek(p, k);
  if (t.kind === 'lifetime') return true;
  if (t.kind === 'punct') return t.text === '?' || t.text === '(' || t.text === '::' || t.text === '~' || t.text === '<';
  if (t.kind !== 'ident') return false;
  return t.text === 'for' || t.text === 'const' || t.text === 'async' || t.text === 'use' || t.text === 'dyn' ||
    t.text === 'self' || t.text === 'Self' || t.text === 'super' || t.text === 'crate' || !isReservedForBound(t.text);
}

function isReservedForBound(s: string): boolean {
  return s === 'where' || s === 'fn' || s === 'impl' || s === 'mut' || s === 'as' || s === 'in' || s === 'let' || s === 'if';
}

/** `A + B + 'a`, possibly empty (e.g. `T:` followed by `,`). */
export function parseBounds(p: Parser): GenericBound[] {
  const out: GenericBound[] = [];
  for (;;) {
    if (!atBoundStart(p)) break;
    out.push(parseBound(p));
    if (!eatSplit(p, '+')) break;
  }
  return out;
}

export function parseBound(p: Parser): GenericBound {
  const t = peek(p);
  const lo = t.span.lo;
  if (t.kind === 'lifetime') {
    bump(p);
    return { kind: 'lifetime', lifetime: { name: t.text, span: t.span } };
  }
  if (isPunct(t, '(')) {
    bump(p);
    const inner = parseBound(p);
    expect(p, ')');
    return inner;
  }
  let forLifetimes: Lifetime[] = [];
  let modifier: 'none' | 'maybe' | 'const' | 'maybeConst' = 'none';
  if (atKw(p, 'for')) forLifetimes = parseForLifetimes(p);
  if (at(p, '~') && peek(p, 1).kind === 'ident' && peek(p, 1).text === 'const') {
    bump(p);
    bump(p);
    modifier = 'maybeConst';
  } else if (atKw(p, 'const')) {
    bump(p);
    modifier = 'const';
  }
  if (atKw(p, 'async')) bump(p);
  if (eat(p, '?')) modifier = 'maybe';
  if (atKw(p, 'for') && forLifetimes.length === 0) forLifetimes = parseForLifetimes(p);
  const path = parsePath(p, 'type');
  return { kind: 'trait', modifier, forLifetimes, path, span: spanFrom(p, lo) };
}
