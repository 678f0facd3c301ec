import type { Attribute, GenericParam, Generics, Lifetime, WherePredicate } from '../ast.js';
import { parseOuterAttrs } from './attrs.js';
import { parseConstArg } from './expr.js';
import { parseBounds, parseForLifetimes, parseType } from './types.js';
import {
  at,
  atKw,
  atSplit,
  bump,
  describe,
  eat,
  eatKw,
  eatSplit,
  error,
  expect,
  expectSplit,
  identOf,
  isNameTok,
  isPunct,
  nid,
  peek,
  spanFrom,
  type Parser,
} from './state.js';

const EMPTY_GENERICS_PARAMS: readonly GenericParam[] = [];

/** `<'a, T: Bound = D, const N: usize>` if present (no where clause; see `parseWhereInto`). */
export function parseGenericParams(p: Parser): GenericParam[] {
  if (!atSplit(p, '<')) return EMPTY_GENERICS_PARAMS as GenericParam[];
  eatSplit(p, '<');
  const params: GenericParam[] = [];
  while (!atSplit(p, '>') && peek(p).kind !== 'eof') {
    const lo = peek(p).span.lo;
    const attrs = parseOuterAttrs(p);
    const t = peek(p);
    if (t.kind === 'lifetime') {
      bump(p);
      const bounds: Lifetime[] = [];
      if (eat(p, ':')) parseLifetimeBounds(p, bounds);
      params.push({ kind: 'lifetime', id: nid(p), attrs, lifetime: { name: t.text, span: t.span }, bounds, span: spanFrom(p, lo) });
    } else if (atKw(p, 'const')) {
      bump(p);
      const name = peek(p);
      if (!isNameTok(p, name)) error(p, `expected identifier, found ${describe(name)}`, name.span, 'expected identifier');
      else bump(p);
      expect(p, ':');
      const ty = parseType(p, true);
      const def = eat(p, '=') ? parseConstArg(p) : null;
      params.push({ kind: 'const', id: nid(p), attrs, name: identOf(name), ty, default: def, span: spanFrom(p, lo) });
    } else if (t.kind === 'ident' && isNameTok(p, t)) {
      bump(p);
      const bounds = eat(p, ':') ? parseBounds(p) : [];
      const def = eat(p, '=') ? parseType(p, true) : null;
      params.push({ kind: 'type', id: nid(p), attrs: attrs as Attribute[], name: identOf(t), bounds, default: def, span: spanFrom(p, lo) });
    } else {
      error(p, `expected one of \`#\`, \`>\`, \`const\`, identifier, or lifetime, found ${describe(t)}`, t.span, 'expected one of `#`, `>`, `const`, identifier, or lifetime');
      break;
    }
    if (!eat(p, ',')) break;
  }
  expectSplit(p, '>');
  return params;
}

function parseLifetimeBounds(p: Parser, out: Lifetime[]): void {
  for (;;) {
    const t = peek(p);
    if (t.kind !== 'lifetime') return;
    bump(p);
    out.push({ name: t.text, span: t.span });
    if (!eatSplit(p, '+')) return;
  }
}

/** `where A: B, 'a: 'b` if present. */
export function parseWhere(p: Parser): WherePredicate[] {
  const preds: WherePredicate[] = [];
  if (!eatKw(p, 'where')) return preds;
  for (;;) {
    const t = peek(p);
    const lo = t.span.lo;
    if (t.kind === 'eof' || isPunct(t, '{') || isPunct(t, ';') || isPunct(t, '=')) break;
    if (t.kind === 'lifetime') {
      bump(p);
      expect(p, ':');
      const bounds: Lifetime[] = [];
      parseLifetimeBounds(p, bounds);
      preds.push({ kind: 'region', lifetime: { name: t.text, span: t.span }, bounds, span: spanFrom(p, lo) });
    } else {
      const forLifetimes = atKw(p, 'for') ? parseForLifetimes(p) : [];
      const ty = parseType(p, false);
      if (!eat(p, ':')) {
        error(p, `expected \`:\`, found ${describe(peek(p))}`, peek(p).span, 'expected `:`');
        break;
      }
      const bounds = parseBounds(p);
      preds.push({ kind: 'bound', forLifetimes, ty, bounds, span: spanFrom(p, lo) });
    }
    if (!eat(p, ',')) break;
  }
  return preds;
}

export function makeGenerics(params: GenericParam[], where: WherePredicate[], lo: number, p: Parser): Generics {
  return { params, where, span: params.length === 0 && where.length === 0 ? { lo, hi: lo } : spanFrom(p, lo) };
}

export function atGenericsOpen(p: Parser): boolean {
  return at(p, '<');
}
