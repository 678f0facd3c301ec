import type {
  Attribute,
  Block,
  FieldDef,
  FnQualifiers,
  GenericBound,
  GenericParam,
  Generics,
  Ident,
  Item,
  Param,
  Path,
  SelfParam,
  TypeExpr,
  UseTree,
  Variant,
  VariantData,
  Visibility,
} from '../ast.js';
import type { Span } from '../span.js';
import type { TokenTree } from '../token.js';
import { isCfgStripped } from '../cfg.js';
import { isDocAttr, parseInnerAttrs, parseOuterAttrs, reportDanglingAttrs } from './attrs.js';
import { parseExpr } from './expr.js';
import { parseGenericParams, parseWhere } from './generics.js';
import { parseMacCallRange } from './macro-call.js';
import { parsePath } from './paths.js';
import { parsePatNoTop } from './patterns.js';
import { parseBlock } from './stmts.js';
import { parseDelimGroup } from './token-trees.js';
import { parseBounds, parseType } from './types.js';
import {
  at,
  bump,
  describe,
  eat,
  eatKw,
  enter,
  error,
  expect,
  foundSpan,
  identOf,
  isCloseDelim,
  isKw,
  isNameTok,
  isOpenDelim,
  isPunct,
  leave,
  nid,
  peek,
  skipTree,
  spanFrom,
  type Parser,
} from './state.js';

export type ItemCtx = 'mod' | 'block' | 'trait' | 'impl' | 'extern';

const INHERITED_VIS: Visibility = { kind: 'inherited' };

/** Whether an item (not an expression) starts here, for statements. */
export function atItemStart(p: Parser): boolean {
  return itemStartAt(p, 0);
}

function itemStartAt(p: Parser, k: number): boolean {
  const t = peek(p, k);
  if (t.kind !== 'ident') return false;
  const n1 = peek(p, k + 1);
  switch (t.text) {
    case 'fn': case 'struct': case 'enum': case 'trait': case 'impl': case 'type': case 'use': case 'mod': case 'pub':
      return true;
    case 'extern':
      return true;
    case 'static':
      return !(isPunct(n1, '|') || isPunct(n1, '||') || isKw(n1, 'move'));
    case 'const':
      if (isKw(n1, 'async')) {
        const n2 = peek(p, k + 2);
        return !(isPunct(n2, '{') || isPunct(n2, '|') || isPunct(n2, '||') || isKw(n2, 'move'));
      }
      return !(isPunct(n1, '{') || isPunct(n1, '|') || isPunct(n1, '||') || isKw(n1, 'move'));
    case 'unsafe':
      return isKw(n1, 'fn') || isKw(n1, 'impl') || isKw(n1, 'trait') || isKw(n1, 'extern') || isKw(n1, 'auto') || isKw(n1, 'mod');
    case 'async':
      return isKw(n1, 'fn') || (isKw(n1, 'unsafe') && isKw(peek(p, k + 2), 'fn'));
    case 'union':
    case 'auto':
      return n1.kind === 'ident' && (t.text === 'union' ? isNameTok(p, n1) : n1.text === 'trait');
    case 'macro_rules':
      return isPunct(n1, '!') && peek(p, k + 2).kind === 'ident';
    case 'macro':
      return n1.kind === 'ident';
    case 'crate':
      return isKw(n1, 'fn') || isKw(n1, 'struct');
    case 'default':
      return isKw(n1, 'fn') || isKw(n1, 'unsafe') || isKw(n1, 'type') || isKw(n1, 'const') || isKw(n1, 'async') || isKw(n1, 'impl');
    default:
      return false;
  }
}

/** A false `#[cfg]` outside, or `#![cfg]` inside a module. */
export function isItemCfgStripped(item: Item): boolean {
  return isCfgStripped(item.attrs) || (item.kind === 'mod' && isCfgStripped(item.innerAttrs));
}

/** Items until `}`/eof (the caller handles the braces). */
export function parseItems(p: Parser, ctx: ItemCtx): Item[] {
  const items: Item[] = [];
  while (peek(p).kind !== 'eof' && !at(p, '}')) {
    const before = p.pos;
    const lo = peek(p).span.lo;
    if (at(p, '#') && isPunct(peek(p, 1), '!') && isPunct(peek(p, 2), '[')) {
      const inner = parseInnerAttrs(p);
      error(p, 'an inner attribute is not permitted in this context', inner[0]!.span, null);
      continue;
    }
    const attrs = parseOuterAttrs(p);
    if (peek(p).kind === 'eof' || at(p, '}')) {
      const last = attrs[attrs.length - 1];
      if (last !== undefined && at(p, '}')) reportDanglingAttrs(p, attrs, 'expected item after attributes');
      else if (last !== undefined) {
        if (isDocAttr(last)) error(p, 'expected item after doc comment', last.span, "this doc comment doesn't document anything");
        else error(p, 'expected item after attributes', last.span, null);
      }
      break;
    }
    const item = parseItem(p, attrs, lo, ctx);
    if (item !== null && !isItemCfgStripped(item)) items.push(item);
    if (item === null || p.pos === before) recoverItem(p, before);
  }
  return items;
}

/** Skips to the next token that can start an item (at this nesting level). */
function recoverItem(p: Parser, before: number): void {
  if (p.pos === before) {
    const t = peek(p);
    if (isCloseDelim(t)) {
      error(p, `unexpected closing delimiter: \`${t.text}\``, t.span, 'unexpected closing delimiter');
      bump(p);
      return;
    }
    skipTree(p);
  }
  while (peek(p).kind !== 'eof' && !at(p, '}')) {
    const t = peek(p);
    if (itemStartAt(p, 0) || (isPunct(t, '#') && isPunct(peek(p, 1), '['))) return;
    if (isPunct(t, ';')) {
      bump(p);
      return;
    }
    skipTree(p);
  }
}

export function parseVisibility(p: Parser): Visibility {
  const t = peek(p);
  if (isKw(t, 'crate') && !isPunct(peek(p, 1), '::')) {
    bump(p);
    return { kind: 'crate', span: t.span };
  }
  if (!isKw(t, 'pub')) return INHERITED_VIS;
  bump(p);
  if (at(p, '(')) {
    const n1 = peek(p, 1);
    const n2 = peek(p, 2);
    if (isKw(n1, 'crate') && isPunct(n2, ')')) {
      bump(p);
      bump(p);
      bump(p);
      return { kind: 'crate', span: spanFrom(p, t.span.lo) };
    }
    if ((isKw(n1, 'self') || isKw(n1, 'super')) && isPunct(n2, ')')) {
      bump(p);
      const path = parsePath(p, 'mod');
      bump(p);
      return { kind: 'restricted', path, span: spanFrom(p, t.span.lo) };
    }
    if (isKw(n1, 'in')) {
      bump(p);
      bump(p);
      const path = parsePath(p, 'mod');
      expect(p, ')');
      return { kind: 'restricted', path, span: spanFrom(p, t.span.lo) };
    }
  }
  return { kind: 'pub', span: t.span };
}

function expectName(p: Parser, allowUnderscore = false): Ident {
  const t = peek(p);
  if (t.kind === 'ident' && (isNameTok(p, t) || (allowUnderscore && t.text === '_')) && (t.text !== '_' || allowUnderscore)) {
    bump(p);
    return identOf(t);
  }
  error(p, `expected identifier, found ${describe(t)}`, t.span, 'expected identifier');
  return { name: '<error>', span: { lo: t.span.lo, hi: t.span.lo } };
}

/**
 * One item after its outer attributes. Returns null (with an error) when no item starts here;
 * the caller recovers.
 */
export function parseItem(p: Parser, attrs: Attribute[], lo: number, ctx: ItemCtx): Item | null {
  // Items nest through modules, traits and impls: count them towards the nesting limit.
  if (!enter(p)) {
    skipToItemEnd(p);
    return null;
  }
  try {
    return parseItemInner(p, attrs, lo, ctx);
  } finally {
    leave(p);
  }
}

function skipToItemEnd(p: Parser): void {
  while (peek(p).kind !== 'eof' && !at(p, '}')) {
    const t = peek(p);
    if (isPunct(t, ';')) {
      bump(p);
      return;
    }
    const wasBrace = isPunct(t, '{');
    skipTree(p);
    if (wasBrace) return;
  }
}

function parseItemInner(p: Parser, attrs: Attribute[], lo: number, ctx: ItemCtx): Item | null {
  const vis = parseVisibility(p);
  const t = peek(p);
  if (t.kind === 'ident') {
    const n1 = peek(p, 1);
    switch (t.text) {
      case 'use': {
        bump(p);
        const tree = parseUseTree(p);
        expect(p, ';');
        return { kind: 'use', id: nid(p), attrs, vis, span: spanFrom(p, lo), tree };
      }
      case 'struct':
        return parseStruct(p, attrs, vis, lo);
      case 'enum':
        return parseEnum(p, attrs, vis, lo);
      case 'union':
        if (n1.kind === 'ident' && isNameTok(p, n1)) return parseUnion(p, attrs, vis, lo);
        break;
      case 'type':
        return parseTypeAlias(p, attrs, vis, lo);
      case 'mod':
        return parseMod(p, attrs, vis, lo);
      case 'trait':
        return parseTrait(p, attrs, vis, lo, false, false);
      case 'auto':
        if (isKw(n1, 'trait')) {
          bump(p);
          return parseTrait(p, attrs, vis, lo, false, true);
        }
        break;
      case 'impl':
        return parseImpl(p, attrs, vis, lo, false);
      case 'static':
        if (!(isPunct(n1, '|') || isPunct(n1, '||') || isKw(n1, 'move'))) return parseStatic(p, attrs, vis, lo);
        break;
      case 'const':
        if (n1.kind === 'ident' && (isNameTok(p, n1) || n1.text === '_') && !isKw(n1, 'fn') && !isKw(n1, 'unsafe') && !isKw(n1, 'async') && !isKw(n1, 'extern')) {
          return parseConst(p, attrs, vis, lo, ctx);
        }
        return parseFnItem(p, attrs, vis, lo, ctx);
      case 'fn': case 'async':
        return parseFnItem(p, attrs, vis, lo, ctx);
      case 'default':
        if (itemStartAt(p, 0)) {
          bump(p);
          return parseItem(p, attrs, lo, ctx);
        }
        break;
      case 'safe':
        if (ctx === 'extern' && (isKw(n1, 'fn') || isKw(n1, 'static'))) {
          bump(p);
          return parseItem(p, attrs, lo, ctx);
        }
        break;
      case 'unsafe':
        if (isKw(n1, 'impl')) {
          bump(p);
          return parseImpl(p, attrs, vis, lo, true);
        }
        if (isKw(n1, 'trait')) {
          bump(p);
          return parseTrait(p, attrs, vis, lo, true, false);
        }
        if (isKw(n1, 'auto')) {
          bump(p);
          bump(p);
          return parseTrait(p, attrs, vis, lo, true, true);
        }
        if (isKw(n1, 'extern') && (isPunct(peek(p, 2), '{') || (peek(p, 2).kind === 'str' && isPunct(peek(p, 3), '{')))) {
          bump(p);
          return parseExternBlock(p, attrs, vis, lo, true);
        }
        if (isKw(n1, 'mod')) {
          bump(p);
          return parseMod(p, attrs, vis, lo);
        }
        if (ctx === 'extern' && isKw(n1, 'static')) {
          bump(p);
          return parseStatic(p, attrs, vis, lo);
        }
        return parseFnItem(p, attrs, vis, lo, ctx);
      case 'extern': {
        if (isKw(n1, 'crate')) return parseExternCrate(p, attrs, vis, lo);
        if (isPunct(n1, '{') || (n1.kind === 'str' && isPunct(peek(p, 2), '{'))) return parseExternBlock(p, attrs, vis, lo, false);
        return parseFnItem(p, attrs, vis, lo, ctx);
      }
      case 'macro_rules':
        if (isPunct(n1, '!')) return parseMacroRules(p, attrs, vis, lo);
        break;
      case 'macro':
        if (n1.kind === 'ident') return parseDeclMacro(p, attrs, vis, lo);
        break;
      default:
        break;
    }
    // `path!(…)` macro invocation in item position.
    if ((isPunct(n1, '!') || isPunct(n1, '::')) && vis.kind === 'inherited') {
      const path = parsePath(p, 'mod');
      if (at(p, '!')) {
        const call = parseMacCallRange(p, path);
        const mac = call.mac;
        if (mac.delim !== '{' && !eat(p, ';')) {
          const open = call.open >= 0 ? p.toks[call.open]!.span.lo : mac.span.lo;
          error(p, 'macros that expand to items must be delimited with braces or followed by a semicolon', { lo: open, hi: mac.span.hi }, null);
        }
        return { kind: 'macroCall', id: nid(p), attrs, vis, span: spanFrom(p, lo), mac };
      }
    }
  }
  error(p, ctx === 'block' ? `expected statement, found ${describe(peek(p))}` : `expected item, found ${describe(peek(p))}`, peek(p).span, ctx === 'block' ? null : 'expected item');
  return null;
}

function parseUseTree(p: Parser): UseTree {
  const lo = peek(p).span.lo;
  const global = eat(p, '::');
  const segments: Path['segments'][number][] = [];
  for (;;) {
    const t = peek(p);
    if (isPunct(t, '*')) {
      bump(p);
      return { kind: 'glob', prefix: { global, segments, span: spanFrom(p, lo) }, span: spanFrom(p, lo) };
    }
    if (isPunct(t, '{')) {
      const prefix: Path = { global, segments, span: spanFrom(p, lo) };
      bump(p);
      const trees: UseTree[] = [];
      while (!at(p, '}') && peek(p).kind !== 'eof') {
        trees.push(parseUseTree(p));
        if (!eat(p, ',')) break;
      }
      expect(p, '}');
      return { kind: 'nested', prefix, trees, span: spanFrom(p, lo) };
    }
    if (t.kind !== 'ident' || !(isNameTok(p, t) || t.text === 'self' || t.text === 'super' || t.text === 'crate' || t.text === 'Self')) {
      error(p, `expected identifier, found ${describe(t)}`, t.span, 'expected identifier');
      return { kind: 'simple', path: { global, segments, span: spanFrom(p, lo) }, rename: null, span: spanFrom(p, lo) };
    }
    bump(p);
    segments.push({ ident: identOf(t), args: null });
    if (eat(p, '::')) continue;
    break;
  }
  const path: Path = { global, segments, span: spanFrom(p, lo) };
  let rename: Ident | null = null;
  if (eatKw(p, 'as')) rename = expectName(p, true);
  return { kind: 'simple', path, rename, span: spanFrom(p, lo) };
}

function genericsOf(p: Parser, params: GenericParam[], plo: number, phi: number, where: Generics['where']): Generics {
  const span: Span = where.length > 0 ? { lo: params.length > 0 ? plo : where[0]!.span.lo, hi: p.lastHi } : { lo: plo, hi: phi };
  return { params, where, span };
}

/** Generic parameters with their span (`<…>` or empty at the cursor). */
function parseGenericsHead(p: Parser): { params: GenericParam[]; lo: number; hi: number } {
  const lo = peek(p).span.lo;
  const params = parseGenericParams(p);
  return { params, lo, hi: params.length > 0 || p.lastHi > lo ? Math.max(lo, p.lastHi) : lo };
}

function parseStruct(p: Parser, attrs: Attribute[], vis: Visibility, lo: number): Item {
  bump(p); // struct
  const name = expectName(p);
  const g = parseGenericsHead(p);
  let where = parseWhere(p);
  let data: VariantData;
  if (at(p, '{')) data = { kind: 'named', fields: parseNamedFields(p) };
  else if (at(p, '(')) {
    data = { kind: 'tuple', fields: parseTupleFields(p) };
    if (where.length === 0) where = parseWhere(p);
    expect(p, ';');
  } else {
    data = { kind: 'unit' };
    if (!eat(p, ';')) {
      const msg = `expected \`where\`, \`{\`, \`(\`, or \`;\` after struct name, found ${describe(peek(p))}`;
      error(p, msg, foundSpan(p), 'expected `where`, `{`, `(`, or `;` after struct name');
    }
  }
  const generics = genericsOf(p, g.params, g.lo, g.hi, where);
  return { kind: 'struct', id: nid(p), attrs, vis, span: spanFrom(p, lo), name, generics, data };
}

function parseUnion(p: Parser, attrs: Attribute[], vis: Visibility, lo: number): Item {
  bump(p); // union
  const name = expectName(p);
  const g = parseGenericsHead(p);
  const where = parseWhere(p);
  const fields = parseNamedFields(p);
  const generics = genericsOf(p, g.params, g.lo, g.hi, where);
  return { kind: 'union', id: nid(p), attrs, vis, span: spanFrom(p, lo), name, generics, fields };
}

function parseNamedFields(p: Parser): FieldDef[] {
  const fields: FieldDef[] = [];
  if (!expect(p, '{')) return fields;
  while (!at(p, '}') && peek(p).kind !== 'eof') {
    const lo = peek(p).span.lo;
    const attrs = parseOuterAttrs(p);
    if (at(p, '}') && attrs.length > 0) {
      reportDanglingAttrs(p, attrs, 'expected identifier, found `}`');
      break;
    }
    const vis = parseVisibility(p);
    const name = expectName(p);
    if (name.name === '<error>') {
      while (!at(p, ',') && !at(p, '}') && peek(p).kind !== 'eof') skipTree(p);
      eat(p, ',');
      continue;
    }
    expect(p, ':');
    const ty = parseType(p, true);
    // Default field values `x: T = expr` (nightly) are parsed and dropped.
    if (eat(p, '=')) parseExpr(p);
    const field: FieldDef = { id: nid(p), attrs, vis, name, ty, span: spanFrom(p, lo) };
    if (!isCfgStripped(attrs)) fields.push(field);
    if (!eat(p, ',')) {
      if (at(p, '}')) break;
      // rustc: "help: try adding a comma" right after the field; then it reads on as if it were there.
      error(p, `expected \`,\`, or \`}\`, found ${describe(peek(p))}`, { lo: p.lastHi, hi: p.lastHi }, null);
      const t = peek(p);
      if (t.kind === 'ident' && isPunct(peek(p, 1), ':')) continue;
      while (!at(p, '}') && peek(p).kind !== 'eof') skipTree(p);
      break;
    }
  }
  expectCloseBrace(p);
  return fields;
}

function expectCloseBrace(p: Parser): void {
  if (eat(p, '}')) return;
  error(p, `expected \`}\`, found ${describe(peek(p))}`, peek(p).span, 'expected `}`');
  while (!at(p, '}') && peek(p).kind !== 'eof') skipTree(p);
  eat(p, '}');
}

function parseTupleFields(p: Parser): FieldDef[] {
  const fields: FieldDef[] = [];
  bump(p); // (
  while (!at(p, ')') && peek(p).kind !== 'eof') {
    const lo = peek(p).span.lo;
    const attrs = parseOuterAttrs(p);
    const vis = parseVisibility(p);
    const ty = parseType(p, true);
    const field: FieldDef = { id: nid(p), attrs, vis, name: null, ty, span: spanFrom(p, lo) };
    if (!isCfgStripped(attrs)) fields.push(field);
    if (!eat(p, ',')) break;
  }
  expect(p, ')');
  return fields;
}

function parseEnum(p: Parser, attrs: Attribute[], vis: Visibility, lo: number): Item {
  bump(p); // enum
  const name = expectName(p);
  const g = parseGenericsHead(p);
  const where = parseWhere(p);
  const variants: Variant[] = [];
  if (expect(p, '{')) {
    while (!at(p, '}') && peek(p).kind !== 'eof') {
      const vlo = peek(p).span.lo;
      const vattrs = parseOuterAttrs(p);
      parseVisibility(p);
      const vname = expectName(p);
      if (vname.name === '<error>') {
        while (!at(p, ',') && !at(p, '}') && peek(p).kind !== 'eof') skipTree(p);
        eat(p, ',');
        continue;
      }
      let data: VariantData = { kind: 'unit' };
      if (at(p, '{')) data = { kind: 'named', fields: parseNamedFields(p) };
      else if (at(p, '(')) data = { kind: 'tuple', fields: parseTupleFields(p) };
      const discriminant = eat(p, '=') ? parseExpr(p) : null;
      const variant: Variant = { id: nid(p), attrs: vattrs, name: vname, data, discriminant, span: spanFrom(p, vlo) };
      if (!isCfgStripped(vattrs)) variants.push(variant);
      if (!eat(p, ',')) {
        if (!at(p, '}')) error(p, `expected one of \`,\`, \`=\`, or \`}\`, found ${describe(peek(p))}`, peek(p).span, null);
        break;
      }
    }
    expectCloseBrace(p);
  }
  const generics = genericsOf(p, g.params, g.lo, g.hi, where);
  return { kind: 'enum', id: nid(p), attrs, vis, span: spanFrom(p, lo), name, generics, variants };
}

function parseTypeAlias(p: Parser, attrs: Attribute[], vis: Visibility, lo: number): Item {
  bump(p); // type
  const name = expectName(p);
  const g = parseGenericsHead(p);
  const bounds: GenericBound[] = eat(p, ':') ? parseBounds(p) : [];
  let where = parseWhere(p);
  let ty: TypeExpr | null = null;
  if (eat(p, '=')) ty = parseType(p, true);
  if (where.length === 0) where = parseWhere(p);
  expect(p, ';');
  const generics = genericsOf(p, g.params, g.lo, g.hi, where);
  return { kind: 'typeAlias', id: nid(p), attrs, vis, span: spanFrom(p, lo), name, generics, bounds, ty };
}

function parseMod(p: Parser, attrs: Attribute[], vis: Visibility, lo: number): Item {
  bump(p); // mod
  const name = expectName(p);
  if (eat(p, ';')) return { kind: 'mod', id: nid(p), attrs, vis, span: spanFrom(p, lo), name, items: null, innerAttrs: [] };
  if (!expect(p, '{')) return { kind: 'mod', id: nid(p), attrs, vis, span: spanFrom(p, lo), name, items: [], innerAttrs: [] };
  const innerAttrs = parseInnerAttrs(p);
  const items = parseItems(p, 'mod');
  expectCloseBrace(p);
  return { kind: 'mod', id: nid(p), attrs, vis, span: spanFrom(p, lo), name, items, innerAttrs };
}

function parseTrait(p: Parser, attrs: Attribute[], vis: Visibility, lo: number, unsafe: boolean, auto: boolean): Item {
  bump(p); // trait
  const name = expectName(p);
  const g = parseGenericsHead(p);
  let supertraits: GenericBound[] = [];
  if (eat(p, ':')) supertraits = parseBounds(p);
  if (eat(p, '=')) {
    // Trait alias (nightly): `trait A = B + C;` kept as a trait with supertraits and no items.
    supertraits = parseBounds(p);
    const where = parseWhere(p);
    expect(p, ';');
    const generics = genericsOf(p, g.params, g.lo, g.hi, where);
    return { kind: 'trait', id: nid(p), attrs, vis, span: spanFrom(p, lo), unsafe, auto, name, generics, supertraits, items: [] };
  }
  const where = parseWhere(p);
  const items = parseAssocItems(p, 'trait');
  const generics = genericsOf(p, g.params, g.lo, g.hi, where);
  return { kind: 'trait', id: nid(p), attrs, vis, span: spanFrom(p, lo), unsafe, auto, name, generics, supertraits, items };
}

function parseAssocItems(p: Parser, ctx: ItemCtx): Item[] {
  if (!expect(p, '{')) return [];
  parseInnerAttrs(p);
  const items = parseItems(p, ctx);
  expectCloseBrace(p);
  return items;
}

/** `impl<G> [!]Trait for Type` or `impl<G> Type`. */
function parseImpl(p: Parser, attrs: Attribute[], vis: Visibility, lo: number, unsafe: boolean): Item {
  bump(p); // impl
  let g = { params: [] as GenericParam[], lo: peek(p).span.lo, hi: peek(p).span.lo };
  if (at(p, '<') && implGenericsAhead(p)) g = parseGenericsHead(p);
  eatKw(p, 'const');
  // `impl ! {}` implements for the never type; `!` before anything else is a negative impl.
  const negative = at(p, '!') && !at(p, '!=') && !isPunct(peek(p, 1), '{') ? (bump(p), true) : false;
  const first = parseType(p, true); // `impl dyn Any + Send {}`
  let trait: Path | null = null;
  let selfTy: TypeExpr = first;
  if (eatKw(p, 'for')) {
    if (first.kind === 'path' && first.qself === null) {
      trait = first.path;
      // The trait was parsed as a type node that is not kept: give its id back (it is the newest).
      if (first.id === p.nextId - 1) p.nextId--;
    }
    else error(p, 'expected a trait, found type', first.span, 'not a trait');
    selfTy = parseType(p, true);
  }
  const where = parseWhere(p);
  const items = parseAssocItems(p, 'impl');
  const generics = genericsOf(p, g.params, g.lo, g.hi, where);
  return { kind: 'impl', id: nid(p), attrs, vis, span: spanFrom(p, lo), unsafe, generics, negative, trait, selfTy, items };
}

/** `impl<` starts generics unless it is `impl <T as Trait>::X {}` style (a qualified self type). */
function implGenericsAhead(p: Parser): boolean {
  const n1 = peek(p, 1);
  const n2 = peek(p, 2);
  if (isPunct(n1, '>') || isPunct(n1, '#') || n1.kind === 'lifetime' || isKw(n1, 'const')) return true;
  if (n1.kind === 'ident') return isPunct(n2, '>') || isPunct(n2, ',') || isPunct(n2, ':') || isPunct(n2, '=');
  return false;
}

function parseStatic(p: Parser, attrs: Attribute[], vis: Visibility, lo: number): Item {
  bump(p); // static
  const mut = eatKw(p, 'mut');
  const name = expectName(p);
  let ty: TypeExpr;
  if (eat(p, ':')) ty = parseType(p, true);
  else {
    error(p, `missing type for \`static\` item`, name.span, null);
    ty = { kind: 'infer', id: nid(p), span: name.span };
  }
  const expr = eat(p, '=') ? parseExpr(p) : null;
  expect(p, ';');
  return { kind: 'static', id: nid(p), attrs, vis, span: spanFrom(p, lo), mut, name, ty, expr };
}

function parseConst(p: Parser, attrs: Attribute[], vis: Visibility, lo: number, ctx: ItemCtx): Item {
  bump(p); // const
  const name = expectName(p, true);
  // Generic consts are nightly-only; accept and drop the parameters.
  parseGenericParams(p);
  const ty = eat(p, ':') ? parseType(p, true) : null;
  if (ty === null) error(p, 'missing type for `const` item', { lo: name.span.hi, hi: name.span.hi }, null);
  const expr = eat(p, '=') ? parseExpr(p) : null;
  parseWhere(p);
  expect(p, ';');
  if (expr === null && (ctx === 'mod' || ctx === 'block')) p.lateErrors.push({ message: 'free constant item without body', span: spanFrom(p, lo), label: null });
  if (ctx === 'extern') p.lateErrors.push({ message: 'extern items cannot be `const`', span: spanFrom(p, lo), label: null });
  return { kind: 'const', id: nid(p), attrs, vis, span: spanFrom(p, lo), name, ty, expr };
}

function parseExternCrate(p: Parser, attrs: Attribute[], vis: Visibility, lo: number): Item {
  bump(p); // extern
  bump(p); // crate
  const t = peek(p);
  let name: Ident;
  if (isKw(t, 'self')) {
    bump(p);
    name = identOf(t);
  } else name = expectName(p);
  const rename = eatKw(p, 'as') ? expectName(p, true) : null;
  expect(p, ';');
  return { kind: 'externCrate', id: nid(p), attrs, vis, span: spanFrom(p, lo), name, rename };
}

function parseExternBlock(p: Parser, attrs: Attribute[], vis: Visibility, lo: number, unsafe: boolean): Item {
  bump(p); // extern
  let abi: string | null = null;
  const s = peek(p);
  if (s.kind === 'str') {
    bump(p);
    abi = s.text.slice(1, -1);
  }
  const items = parseAssocItems(p, 'extern');
  return { kind: 'externBlock', id: nid(p), attrs, vis, span: spanFrom(p, lo), unsafe, abi, items };
}

function parseMacroRules(p: Parser, attrs: Attribute[], vis: Visibility, lo: number): Item {
  bump(p); // macro_rules
  bump(p); // !
  const name = expectName(p);
  let body: readonly TokenTree[] = [];
  if (isOpenDelim(peek(p))) {
    const g = parseDelimGroup(p);
    body = g.trees;
    if (g.delim !== '{') expect(p, ';');
  } else error(p, `expected one of \`(\`, \`[\`, or \`{\`, found ${describe(peek(p))}`, peek(p).span, null);
  return { kind: 'macroRules', id: nid(p), attrs, vis, span: spanFrom(p, lo), name, body };
}

function parseFnQualifiers(p: Parser): FnQualifiers {
  let isConst = false;
  let isAsync = false;
  let unsafe = false;
  let abi: string | null = null;
  for (;;) {
    const t = peek(p);
    if (isKw(t, 'const')) isConst = true;
    else if (isKw(t, 'async')) isAsync = true;
    else if (isKw(t, 'unsafe')) unsafe = true;
    else if (isKw(t, 'safe')) {
      /* `safe fn` in `unsafe extern` blocks */
    } else if (isKw(t, 'extern')) {
      bump(p);
      const s = peek(p);
      if (s.kind === 'str') {
        bump(p);
        abi = s.text.slice(1, -1);
      } else abi = 'C';
      continue;
    } else return { const: isConst, async: isAsync, unsafe, abi };
    bump(p);
  }
}

function parseFnItem(p: Parser, attrs: Attribute[], vis: Visibility, lo: number, ctx: ItemCtx): Item | null {
  const sigLo = peek(p).span.lo;
  const qualifiers = parseFnQualifiers(p);
  if (!eatKw(p, 'fn')) {
    error(p, `expected \`fn\`, found ${describe(peek(p))}`, peek(p).span, 'expected `fn`');
    return null;
  }
  const name = expectName(p);
  const g = parseGenericsHead(p);
  const { selfParam, params, variadic } = parseFnParams(p, ctx);
  let ret = eat(p, '->') ? parseType(p, true) : null;
  if (ret === null && at(p, ':') && !at(p, '::')) {
    // `fn f(): u8` — rustc's recovery: report and read the type anyway.
    error(p, 'return types are denoted using `->`', peek(p).span, null);
    bump(p);
    ret = parseType(p, true);
  }
  const where = parseWhere(p);
  const sigSpan = spanFrom(p, sigLo);
  let body: Block | null = null;
  if (at(p, '{')) body = parseBlock(p);
  else if (at(p, ';')) {
    bump(p);
    // rustc's AST validation: only trait and foreign functions may omit the body.
    if (ctx === 'mod' || ctx === 'block') p.lateErrors.push({ message: 'free function without a body', span: spanFrom(p, lo), label: null });
    else if (ctx === 'impl') p.lateErrors.push({ message: 'associated function in `impl` without body', span: spanFrom(p, lo), label: null });
  } else {
    const n = peek(p);
    const oneOf = ctx === 'trait' || ctx === 'extern' ? '`->`, `;`, `where`, or `{`' : '`->`, `where`, or `{`';
    error(p, `expected one of ${oneOf}, found ${describe(n)}`, foundSpan(p), null);
  }
  const generics = genericsOf(p, g.params, g.lo, g.hi, where);
  const sig = { qualifiers, selfParam, params, variadic, ret, span: sigSpan };
  return { kind: 'fn', id: nid(p), attrs, vis, span: spanFrom(p, lo), name, generics, sig, body };
}

function parseFnParams(p: Parser, ctx: ItemCtx): { selfParam: SelfParam | null; params: Param[]; variadic: boolean } {
  const params: Param[] = [];
  let selfParam: SelfParam | null = null;
  let variadic = false;
  if (!expect(p, '(')) return { selfParam, params, variadic };
  let first = true;
  while (!at(p, ')') && peek(p).kind !== 'eof') {
    const lo = peek(p).span.lo;
    const attrs = parseOuterAttrs(p);
    if (first) {
      selfParam = parseSelfParam(p);
      first = false;
      if (selfParam !== null) {
        if (!eat(p, ',')) break;
        continue;
      }
    }
    if (eat(p, '...')) {
      variadic = true;
      eat(p, ',');
      break;
    }
    const selfLo = peek(p).span.lo;
    const misplaced = parseSelfParam(p);
    if (misplaced !== null) {
      error(p, 'unexpected `self` parameter in function', spanFrom(p, selfLo), 'must be the first parameter of an associated function');
      if (!eat(p, ',')) break;
      continue;
    }
    const before = p.pos;
    let pat;
    if (p.edition === 2015 && ctx === 'trait' && !isPunct(peek(p, 1), ':') && !isPunct(peek(p, 1), '@')) {
      // 2015 trait methods may omit parameter names.
      pat = { kind: 'wild' as const, id: nid(p), span: { lo, hi: lo } };
    } else {
      pat = parsePatNoTop(p);
      if (!eat(p, ':')) {
        error(p, `expected one of \`:\`, \`@\`, or \`|\`, found ${describe(peek(p))}`, peek(p).span, 'expected one of `:`, `@`, or `|`');
      }
    }
    let ty: TypeExpr;
    if (eat(p, '...')) {
      variadic = true;
      ty = { kind: 'infer', id: nid(p), span: spanFrom(p, lo) };
    } else ty = parseType(p, true);
    const param: Param = { id: nid(p), attrs, pat, ty, span: spanFrom(p, lo) };
    if (!isCfgStripped(attrs)) params.push(param);
    if (!eat(p, ',')) {
      if (!at(p, ')')) {
        error(p, `expected one of \`)\` or \`,\`, found ${describe(peek(p))}`, peek(p).span, null);
        while (!at(p, ')') && peek(p).kind !== 'eof') skipTree(p);
      }
      break;
    }
    if (p.pos === before) break;
  }
  expect(p, ')');
  return { selfParam, params, variadic };
}

function parseSelfParam(p: Parser): SelfParam | null {
  const t = peek(p);
  const lo = t.span.lo;
  const notPath = (k: number): boolean => !isPunct(peek(p, k), '::');
  if (isKw(t, 'self') && notPath(1)) {
    bump(p);
    if (eat(p, ':')) {
      const ty = parseType(p, true);
      return { kind: 'typed', id: nid(p), mut: false, ty, span: spanFrom(p, lo) };
    }
    return { kind: 'value', id: nid(p), mut: false, span: spanFrom(p, lo) };
  }
  if (isKw(t, 'mut') && isKw(peek(p, 1), 'self') && notPath(2)) {
    bump(p);
    bump(p);
    if (eat(p, ':')) {
      const ty = parseType(p, true);
      return { kind: 'typed', id: nid(p), mut: true, ty, span: spanFrom(p, lo) };
    }
    return { kind: 'value', id: nid(p), mut: true, span: spanFrom(p, lo) };
  }
  if (isPunct(t, '&')) {
    let k = 1;
    const lt = peek(p, k);
    if (lt.kind === 'lifetime') k++;
    const isMut = isKw(peek(p, k), 'mut');
    if (isMut) k++;
    if (isKw(peek(p, k), 'self') && notPath(k + 1)) {
      bump(p);
      const lifetime = lt.kind === 'lifetime' ? (bump(p), { name: lt.text, span: lt.span }) : null;
      if (isMut) bump(p);
      bump(p);
      return { kind: 'ref', id: nid(p), lifetime, mut: isMut, span: spanFrom(p, lo) };
    }
  }
  return null;
}


/**
 * `macro name(args) { body }` / `macro name { rules }` (unstable declarative macros 2.0): kept as
 * a `macroRules` item with all its token trees, and reported as rustc's feature gate does.
 */
function parseDeclMacro(p: Parser, attrs: Attribute[], vis: Visibility, lo: number): Item {
  const kw = bump(p); // macro
  const name = expectName(p);
  const body: TokenTree[] = [];
  while (isOpenDelim(peek(p)) && body.length < 2) {
    const g = parseDelimGroup(p);
    body.push(g);
    if (g.delim === '{') break;
  }
  p.lateErrors.push({ message: '`macro` is experimental', span: spanFrom(p, kw.span.lo), label: null, code: 'E0658' });
  return { kind: 'macroRules', id: nid(p), attrs, vis, span: spanFrom(p, lo), name, body };
}
