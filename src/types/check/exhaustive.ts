import type { Block, Expr, Pat } from '../../syntax/ast.js';
import { walkBody } from '../../syntax/walk.js';
import type { Span } from '../../syntax/span.js';
import { assertNever } from '../../util/assert.js';
import type { Diagnostic } from '../../util/diagnostic.js';
import type { BodyTypes } from '../results.js';
import type { Tcx } from '../tcx.js';
import type { IntTy, Ty } from '../ty.js';
import { ERROR } from '../ty.js';
import { someTy, substTy } from '../ty-ops.js';

/**
 * Exhaustiveness of `match` (E0004) and irrefutability of `let` and `for` patterns (E0005), as
 * rustc's pattern analysis does it after type checking: patterns are deconstructed into
 * constructors and fields, and the usefulness of a wildcard against the arms' matrix yields the
 * values no arm covers (the witnesses rustc names). Integers and chars are split into the ranges
 * the patterns' boundaries make; slices into the lengths their patterns distinguish. A body
 * whose answer would rest on a constant's value (rustc evaluates it; we do not) or on a pattern
 * we cannot deconstruct is reported `unsupported` instead of guessed.
 */

type Ctor =
  | { readonly kind: 'single' } // struct, tuple, reference, box, array of known length
  | { readonly kind: 'variant'; readonly index: number }
  | { readonly kind: 'bool'; readonly value: boolean }
  | { readonly kind: 'range'; readonly lo: bigint; readonly hi: bigint } // inclusive, integers and chars
  | { readonly kind: 'slice'; readonly prefix: number; readonly suffix: number; readonly varLen: boolean } // fixed length prefix when !varLen
  | { readonly kind: 'str'; readonly value: string }
  | { readonly kind: 'opaque' } // a constant or float: covers nothing for sure
  | { readonly kind: 'wild' }
  | { readonly kind: 'or' };

interface DPat {
  readonly ctor: Ctor;
  readonly fields: readonly DPat[];
  readonly ty: Ty;
}

/** A column: its type and whether it is reached through a reference (no uninhabitedness there). */
interface Col {
  readonly ty: Ty;
  readonly inRef: boolean;
}

const WILD_CTOR: Ctor = { kind: 'wild' };
const wild = (ty: Ty): DPat => ({ ctor: WILD_CTOR, fields: [], ty });

class Unjudgeable extends Error {
  constructor(readonly span: Span, readonly what: string) {
    super(what);
  }
}

const MAX_WITNESS_ROWS = 64;

export function checkPatterns(tcx: Tcx, root: Block | Expr, params: readonly { readonly pat: Pat; readonly ty: Ty }[], t: BodyTypes): Diagnostic[] {
  const out: Diagnostic[] = [];
  const cx: Cx = { tcx, t, usedConst: false };
  const refutable = (pat: Pat, ty: Ty, what: string): void => {
    if (someTy(ty, (x) => x.kind === 'error' || x.kind === 'infer')) return;
    try {
      cx.usedConst = false;
      const w = witnesses(cx, [{ pats: [lower(cx, pat, ty)], guarded: false }], [{ ty, inRef: false }]);
      if (w.length === 0) return;
      if (cx.usedConst) throw new Unjudgeable(pat.span, 'a pattern whose refutability depends on a constant');
      const names = w.map((x) => show(cx, x[0]!));
      out.push({ level: 'error', code: 'E0005', message: `refutable pattern in ${what}`, spans: [{ span: pat.span, label: `${plural(names)} not covered`, primary: true }], children: [] });
    } catch (e) {
      if (!(e instanceof Unjudgeable)) throw e;
      out.push(unsupported(e.span, e.what));
    }
  };
  const match = (e: Expr & { kind: 'match' }): void => {
    const ty = t.exprTypes[e.scrutinee.id];
    if (ty === undefined || someTy(ty, (x) => x.kind === 'error' || x.kind === 'infer')) return;
    try {
      cx.usedConst = false;
      const rows: Row[] = e.arms.map((a) => ({ pats: [lower(cx, a.pat, ty)], guarded: a.guard !== null }));
      const w = witnesses(cx, rows, [{ ty, inRef: false }]);
      if (w.length === 0) return;
      if (cx.usedConst) throw new Unjudgeable(e.scrutinee.span, 'a `match` whose exhaustiveness depends on a constant');
      const names = w.map((x) => show(cx, x[0]!));
      const shown = names.length > 4 ? [...names.slice(0, 3), `${names.length - 3} more`] : names;
      const list = shown.length === 1 ? `\`${shown[0]}\`` : `${shown.slice(0, -1).map((n) => `\`${n}\``).join(', ')} and ${names.length > 4 ? shown[shown.length - 1] : `\`${shown[shown.length - 1]}\``}`;
      out.push({
        level: 'error',
        code: 'E0004',
        message: e.arms.length === 0 ? `non-exhaustive patterns: type \`${tcx.displayTy(ty)}\` is non-empty` : `non-exhaustive patterns: ${list} not covered`,
        spans: [{ span: e.scrutinee.span, label: e.arms.length === 0 ? null : `${plural(names)} not covered`, primary: true }],
        children: [{ level: 'note', message: `the matched value is of type \`${tcx.displayTy(ty)}\``, spans: [], suggestions: [] }],
      });
    } catch (err) {
      if (!(err instanceof Unjudgeable)) throw err;
      out.push(unsupported(err.span, err.what));
    }
  };
  for (const p of params) refutable(p.pat, p.ty, 'function argument');
  walkBody(root, {
    match,
    letStmt: (s) => {
      if (s.else !== null) return;
      const ty = t.patTypes[s.pat.id] ?? t.bindingTypes[s.pat.id];
      if (ty !== undefined) refutable(s.pat, patScrutineeTy(t, s.pat, ty), 'local binding');
    },
    forPat: (p) => {
      const ty = t.patTypes[p.id];
      if (ty !== undefined) refutable(p, patScrutineeTy(t, p, ty), '`for` loop binding');
    },
  });
  return out;
}

/** The type a pattern is matched against: before the references match ergonomics peeled. */
function patScrutineeTy(t: BodyTypes, p: Pat, ty: Ty): Ty {
  const adj = t.patAdjustments[p.id];
  return adj !== undefined && adj.length > 0 ? adj[0]! : ty;
}

function plural(names: readonly string[]): string {
  if (names.length === 1) return `pattern \`${names[0]}\``;
  const shown = names.length > 4 ? names.slice(0, 3) : names;
  const tail = names.length > 4 ? ` and ${names.length - 3} more` : ` and \`${shown[shown.length - 1]}\``;
  const head = names.length > 4 ? shown : shown.slice(0, -1);
  return `patterns ${head.map((n) => `\`${n}\``).join(', ')}${tail}`;
}

function unsupported(span: Span, what: string): Diagnostic {
  return { level: 'error', code: null, message: `unsupported: ${what}`, spans: [{ span, label: null, primary: true }], children: [] };
}

interface Cx {
  readonly tcx: Tcx;
  readonly t: BodyTypes;
  usedConst: boolean;
}

// ---------------------------------------------------------------------------------------------
// Deconstruction

function lower(cx: Cx, p: Pat, ty: Ty): DPat {
  const adj = cx.t.patAdjustments[p.id] ?? [];
  let inner = lowerInner(cx, p, adj.length > 0 ? (cx.t.patTypes[p.id] ?? derefOf(adj[adj.length - 1]!)) : ty);
  for (let i = adj.length - 1; i >= 0; i--) inner = { ctor: { kind: 'single' }, fields: [inner], ty: adj[i]! };
  return inner;
}

function derefOf(t: Ty): Ty {
  return t.kind === 'ref' ? t.inner : ERROR;
}

function lowerInner(cx: Cx, p: Pat, ty: Ty): DPat {
  const t = cx.t;
  switch (p.kind) {
    case 'wild': case 'rest': return wild(ty);
    case 'ident': {
      const r = t.resolutions[p.id];
      if (r !== undefined && r.kind === 'ctor') return { ctor: ctorOfVariant(cx, ty, r.variant), fields: [], ty };
      if (r !== undefined && r.kind === 'def') return constPat(cx, ty, r.def, r.args.types[0] ?? null);
      return p.sub === null ? wild(ty) : lower(cx, p.sub, ty);
    }
    case 'lit': return litPat(cx, p.expr, ty);
    case 'range': {
      const lo = p.lo === null ? null : scalarOf(cx, p.lo, ty);
      const hi = p.hi === null ? null : scalarOf(cx, p.hi, ty);
      if ((p.lo !== null && lo === null) || (p.hi !== null && hi === null)) return opaqueConst(cx, ty);
      const dom = domain(ty);
      if (dom === null) throw new Unjudgeable(p.span, 'a range pattern of this type');
      const l = lo ?? dom.lo;
      const h = hi === null ? dom.hi : p.inclusive ? hi : hi - 1n;
      return { ctor: { kind: 'range', lo: l, hi: h }, fields: [], ty };
    }
    case 'tuple': {
      const elems = ty.kind === 'tuple' ? ty.elems : [];
      return { ctor: { kind: 'single' }, fields: positional(cx, p.elems, elems), ty };
    }
    case 'tupleStruct': case 'struct': case 'path': {
      const r = t.resolutions[p.id];
      if (r !== undefined && r.kind === 'def') return constPat(cx, ty, r.def, r.args.types[0] ?? null);
      if (r === undefined || r.kind !== 'ctor' || ty.kind !== 'adt') throw new Unjudgeable(p.span, 'a pattern without a resolved constructor');
      const ctor = ctorOfVariant(cx, ty, r.variant);
      const ftys = variantFieldTys(cx, ty, r.variant);
      if (p.kind === 'path') return { ctor, fields: ftys.map(wild), ty };
      if (p.kind === 'tupleStruct') return { ctor, fields: positional(cx, p.elems, ftys), ty };
      const fields = ftys.map(wild);
      for (const f of p.fields) {
        const i = t.fieldIndices[f.id];
        if (i !== undefined && i < fields.length) fields[i] = lower(cx, f.pat, ftys[i]!);
      }
      return { ctor, fields, ty };
    }
    case 'ref': return { ctor: { kind: 'single' }, fields: [lower(cx, p.inner, derefOf(ty))], ty };
    case 'box': {
      const inner = ty.kind === 'adt' ? (ty.args.types[0] ?? ERROR) : ERROR;
      return { ctor: { kind: 'single' }, fields: [lower(cx, p.inner, inner)], ty };
    }
    case 'slice': {
      const elem = ty.kind === 'array' || ty.kind === 'slice' ? ty.elem : ERROR;
      const restAt = p.elems.findIndex((e) => e.kind === 'rest' || (e.kind === 'ident' && e.sub?.kind === 'rest'));
      const parts = p.elems.filter((_, i) => i !== restAt).map((e) => lower(cx, e, elem));
      if (ty.kind === 'array') {
        const n = ty.len.kind === 'value' ? Number(ty.len.value) : -1;
        if (n < 0) throw new Unjudgeable(p.span, 'a slice pattern on an array of unknown length');
        if (restAt < 0) return { ctor: { kind: 'single' }, fields: parts, ty };
        const fields: DPat[] = [...parts.slice(0, restAt)];
        while (fields.length < n - (parts.length - restAt)) fields.push(wild(elem));
        fields.push(...parts.slice(restAt));
        return { ctor: { kind: 'single' }, fields, ty };
      }
      if (restAt < 0) return { ctor: { kind: 'slice', prefix: parts.length, suffix: 0, varLen: false }, fields: parts, ty };
      return { ctor: { kind: 'slice', prefix: restAt, suffix: parts.length - restAt, varLen: true }, fields: parts, ty };
    }
    case 'or': return { ctor: { kind: 'or' }, fields: p.alts.map((a) => lower(cx, a, ty)), ty };
    case 'paren': return lower(cx, p.inner, ty);
    case 'macro': case 'err': throw new Unjudgeable(p.span, 'a pattern borrowscope cannot deconstruct');
    default: return assertNever(p);
  }
}

function positional(cx: Cx, pats: readonly Pat[], tys: readonly Ty[]): DPat[] {
  const restAt = pats.findIndex((e) => e.kind === 'rest');
  const out: DPat[] = tys.map(wild);
  pats.forEach((e, i) => {
    if (e.kind === 'rest') return;
    const idx = restAt >= 0 && i > restAt ? tys.length - (pats.length - i) : i;
    if (idx >= 0 && idx < tys.length) out[idx] = lower(cx, e, tys[idx]!);
  });
  return out;
}

/** A named constant as a pattern: its value when it is a literal we can read, else opaque. */
function constPat(cx: Cx, ty: Ty, def: number, self: Ty | null): DPat {
  if (ty.kind === 'int' || ty.kind === 'char') {
    const v = constDefValue(cx, def, self, ty);
    if (v !== null) return { ctor: { kind: 'range', lo: v, hi: v }, fields: [], ty };
  }
  if (ty.kind === 'bool') {
    const n = cx.tcx.info(def).node;
    const init = n.kind === 'item' && n.item.kind === 'const' ? n.item.expr : null;
    if (init !== null && init.kind === 'lit' && init.lit.kind === 'bool') return { ctor: { kind: 'bool', value: init.lit.value }, fields: [], ty };
  }
  return opaqueConst(cx, ty);
}

function opaqueConst(cx: Cx, ty: Ty): DPat {
  cx.usedConst = true;
  return { ctor: { kind: 'opaque' }, fields: [], ty };
}

function litPat(cx: Cx, e: Expr, ty: Ty): DPat {
  const inner = ty.kind === 'ref' ? ty.inner : ty;
  if (e.kind === 'lit') {
    const l = e.lit;
    if (l.kind === 'bool') return { ctor: { kind: 'bool', value: l.value }, fields: [], ty };
    if (l.kind === 'str') {
      const str: DPat = { ctor: { kind: 'str', value: l.value }, fields: [], ty: inner };
      // A string literal matches `&str`: the reference is its own constructor, as in rustc.
      return ty.kind === 'ref' ? { ctor: { kind: 'single' }, fields: [str], ty } : str;
    }
    if (l.kind === 'float') return { ctor: { kind: 'opaque' }, fields: [], ty };
    if (l.kind === 'byteStr' || l.kind === 'cStr') return { ctor: { kind: 'opaque' }, fields: [], ty };
  }
  const v = scalarOf(cx, e, ty);
  if (v === null) return { ctor: { kind: 'opaque' }, fields: [], ty };
  return { ctor: { kind: 'range', lo: v, hi: v }, fields: [], ty };
}

/**
 * The value of an integer/char/byte literal (possibly negated), or of a constant whose
 * initialiser is one (also through a trait impl, and `MIN`/`MAX` of integers); null otherwise.
 */
function scalarOf(cx: Cx, e: Expr, ty: Ty): bigint | null {
  if (e.kind === 'path') {
    const r = cx.t.resolutions[e.id];
    return r !== undefined && r.kind === 'def' ? constDefValue(cx, r.def, r.args.types[0] ?? null, ty) : null;
  }
  return literalValue(e);
}

function literalValue(e: Expr): bigint | null {
  if (e.kind === 'paren') return literalValue(e.inner);
  if (e.kind === 'unary' && e.op === 'neg') {
    const v = literalValue(e.operand);
    return v === null ? null : -v;
  }
  if (e.kind !== 'lit') return null;
  const l = e.lit;
  switch (l.kind) {
    case 'int': return l.value;
    case 'char': return BigInt(l.value.codePointAt(0) ?? 0);
    case 'byte': return BigInt(l.value);
    default: return null;
  }
}

function constDefValue(cx: Cx, def: number, self: Ty | null, ty: Ty): bigint | null {
  const tcx = cx.tcx;
  const info = tcx.info(def);
  if (info.kind !== 'const' && info.kind !== 'assocConst') return null;
  const parent = info.parent;
  if (info.std && parent !== null && (info.name === 'MIN' || info.name === 'MAX') && ty.kind === 'int') {
    // usize/isize have real bounds as values, though exhaustiveness treats their domain as open.
    if (ty.int === 'usize') return info.name === 'MIN' ? 0n : (1n << 64n) - 1n;
    if (ty.int === 'isize') return info.name === 'MIN' ? -(1n << 63n) : (1n << 63n) - 1n;
    const dom = domain(ty)!;
    return info.name === 'MIN' ? dom.lo : dom.hi;
  }
  const initOf = (d: number): Expr | null => {
    const n = tcx.info(d).node;
    if (n.kind !== 'item') return null;
    const it = n.item as { kind: string; expr?: Expr | null; default?: Expr | null };
    return it.kind === 'const' ? (it.expr ?? it.default ?? null) : null;
  };
  // An associated constant of a trait: the impl for the constant's Self type decides.
  if (parent !== null && tcx.info(parent).kind === 'trait' && self !== null && self.kind === 'adt') {
    for (const ii of tcx.traitImpls(parent)) {
      if (ii.selfTy.kind !== 'adt' || ii.selfTy.def !== self.def) continue;
      const m = ii.items.get(info.name);
      const init = m === undefined ? null : initOf(m);
      if (init !== null) return literalValue(init);
    }
  }
  const init = initOf(def);
  return init === null ? null : literalValue(init);
}

const INT_BITS: Record<IntTy, number> = { i8: 8, i16: 16, i32: 32, i64: 64, i128: 128, isize: 64, u8: 8, u16: 16, u32: 32, u64: 64, u128: 128, usize: 64 };
/** usize/isize have no fixed maximum for exhaustiveness: their domain reaches past any literal. */
const BEYOND = 1n << 200n;

function domain(ty: Ty): { lo: bigint; hi: bigint } | null {
  if (ty.kind === 'char') return { lo: 0n, hi: 0x10ffffn };
  if (ty.kind !== 'int') return null;
  const bits = BigInt(INT_BITS[ty.int]);
  const signed = ty.int.startsWith('i');
  if (ty.int === 'usize') return { lo: 0n, hi: BEYOND };
  if (ty.int === 'isize') return { lo: -BEYOND, hi: BEYOND };
  return signed ? { lo: -(1n << (bits - 1n)), hi: (1n << (bits - 1n)) - 1n } : { lo: 0n, hi: (1n << bits) - 1n };
}

function ctorOfVariant(cx: Cx, ty: Ty, variant: number): Ctor {
  if (ty.kind === 'adt' && cx.tcx.adt(ty.def).kind === 'enum') return { kind: 'variant', index: variant };
  return { kind: 'single' };
}

function variantFieldTys(cx: Cx, ty: Ty, variant: number): Ty[] {
  if (ty.kind !== 'adt') return [];
  const v = cx.tcx.adt(ty.def).variants[variant];
  return v === undefined ? [] : v.fields.map((f) => substTy(f.ty, ty.args));
}

// ---------------------------------------------------------------------------------------------
// Usefulness

/** The column types a constructor's fields have. */
function fieldCols(cx: Cx, c: Ctor, col: Col): Col[] {
  const ty = col.ty;
  switch (c.kind) {
    case 'single':
      if (ty.kind === 'tuple') return ty.elems.map((e) => ({ ty: e, inRef: col.inRef }));
      if (ty.kind === 'ref') return [{ ty: ty.inner, inRef: true }];
      if (ty.kind === 'array') return Array.from({ length: ty.len.kind === 'value' ? Number(ty.len.value) : 0 }, () => ({ ty: ty.elem, inRef: col.inRef }));
      if (ty.kind === 'adt' && cx.tcx.adt(ty.def).isBox) return [{ ty: ty.args.types[0] ?? ERROR, inRef: col.inRef }];
      if (ty.kind === 'adt') return variantFieldTys(cx, ty, 0).map((f) => ({ ty: f, inRef: col.inRef }));
      return [];
    case 'variant': return variantFieldTys(cx, ty, c.index).map((f) => ({ ty: f, inRef: col.inRef }));
    case 'slice': {
      const elem = ty.kind === 'slice' || ty.kind === 'array' ? ty.elem : ERROR;
      return Array.from({ length: c.prefix + c.suffix }, () => ({ ty: elem, inRef: col.inRef }));
    }
    case 'bool': case 'range': case 'str': case 'opaque': case 'wild': case 'or': return [];
    default: return assertNever(c);
  }
}

/** `p`'s fields when it is matched as constructor `c` (null when it cannot match `c`). */
function specialize(p: DPat, c: Ctor, cols: readonly Col[]): DPat[] | null {
  const pc = p.ctor;
  if (pc.kind === 'wild') return cols.map((x) => wild(x.ty));
  if (!covers(pc, c)) return null;
  if (pc.kind !== 'slice' || !pc.varLen || c.kind !== 'slice') return [...p.fields];
  // A variable-length pattern at length constructor `c`: its prefix, wildcards, its suffix.
  const n = c.prefix + c.suffix;
  const out: DPat[] = [...p.fields.slice(0, pc.prefix)];
  while (out.length < n - pc.suffix) out.push(wild(cols[out.length]?.ty ?? ERROR));
  out.push(...p.fields.slice(pc.prefix));
  return out;
}

interface Row {
  readonly pats: readonly DPat[];
  readonly guarded: boolean;
}

function expandOr(rows: readonly Row[]): Row[] {
  const out: Row[] = [];
  const push = (r: Row): void => {
    const h = r.pats[0];
    if (h !== undefined && h.ctor.kind === 'or') for (const alt of h.fields) push({ pats: [alt, ...r.pats.slice(1)], guarded: r.guarded });
    else out.push(r);
  };
  for (const r of rows) push(r);
  return out;
}

/** What the constructors of a column are, split so each is covered wholly or not at all by every head. */
function splitCtors(cx: Cx, col: Col, heads: readonly DPat[]): { readonly all: readonly Ctor[]; readonly infinite: boolean } {
  const ty = col.ty;
  const tcx = cx.tcx;
  switch (ty.kind) {
    case 'bool': return { all: [{ kind: 'bool', value: false }, { kind: 'bool', value: true }], infinite: false };
    case 'tuple': case 'ref': return { all: [{ kind: 'single' }], infinite: false };
    case 'array': return { all: [{ kind: 'single' }], infinite: false };
    case 'never': return { all: col.inRef ? [{ kind: 'opaque' }] : [], infinite: col.inRef };
    case 'adt': {
      const adt = tcx.adt(ty.def);
      if (adt.kind !== 'enum') return { all: [{ kind: 'single' }], infinite: false };
      const all: Ctor[] = [];
      adt.variants.forEach((v, i) => {
        // min_exhaustive_patterns: a variant with a visibly uninhabited field needs no arm, unless behind a reference.
        if (!col.inRef && v.fields.some((f) => uninhabited(cx, substTy(f.ty, ty.args), 0))) return;
        all.push({ kind: 'variant', index: i });
      });
      // Behind a reference even an empty enum needs an arm (rustc: "type `&Void` is non-empty").
      if (all.length === 0 && col.inRef) return { all: [{ kind: 'opaque' }], infinite: true };
      const nonExhaustive = tcx.info(ty.def).std && !TRUSTED_STD_ENUMS.has(adt.name);
      return { all: nonExhaustive ? [...all, { kind: 'opaque' }] : all, infinite: nonExhaustive };
    }
    case 'int': case 'char': {
      const dom = domain(ty)!;
      const cuts = new Set<bigint>([dom.lo, dom.hi + 1n]);
      for (const h of heads) if (h.ctor.kind === 'range') {
        cuts.add(h.ctor.lo < dom.lo ? dom.lo : h.ctor.lo);
        cuts.add((h.ctor.hi > dom.hi ? dom.hi : h.ctor.hi) + 1n);
      }
      if (ty.kind === 'char') {
        cuts.add(0xd800n);
        cuts.add(0xe000n);
      }
      const sorted = [...cuts].filter((c) => c >= dom.lo && c <= dom.hi + 1n).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      const all: Ctor[] = [];
      for (let i = 0; i + 1 < sorted.length; i++) {
        const lo = sorted[i]!;
        const hi = sorted[i + 1]! - 1n;
        if (ty.kind === 'char' && lo >= 0xd800n && hi < 0xe000n) continue; // surrogates are not chars
        all.push({ kind: 'range', lo, hi });
      }
      return { all, infinite: false };
    }
    case 'slice': {
      let maxFixed = -1;
      let maxPre = 0;
      let maxSuf = 0;
      let anyVar = false;
      for (const h of heads) if (h.ctor.kind === 'slice') {
        if (h.ctor.varLen) {
          anyVar = true;
          maxPre = Math.max(maxPre, h.ctor.prefix);
          maxSuf = Math.max(maxSuf, h.ctor.suffix);
        } else maxFixed = Math.max(maxFixed, h.ctor.prefix);
      }
      // rustc's split: lengths below L individually, then "L or more" (L large enough that every pattern is decided).
      const L = Math.max(maxFixed + 1, anyVar ? maxPre + maxSuf : 0);
      const all: Ctor[] = [];
      for (let n = 0; n < L; n++) all.push({ kind: 'slice', prefix: n, suffix: 0, varLen: false });
      all.push({ kind: 'slice', prefix: L, suffix: 0, varLen: true });
      return { all, infinite: false };
    }
    case 'str': case 'float': case 'ptr': case 'fnPtr': case 'fnDef': case 'closure': case 'dyn': case 'param': case 'opaque': case 'projection': case 'infer': case 'error':
      return { all: [{ kind: 'opaque' }], infinite: true };
    default: return { all: [{ kind: 'opaque' }], infinite: true };
  }
}

/** Enums whose every variant the std model declares (others may have more, or be `#[non_exhaustive]`). */
const TRUSTED_STD_ENUMS: ReadonlySet<string> = new Set(['Option', 'Result', 'Ordering', 'TryLockError', 'Bound', 'ControlFlow']);

function uninhabited(cx: Cx, t: Ty, depth: number): boolean {
  if (depth > 8) return false;
  switch (t.kind) {
    case 'never': return true;
    case 'tuple': return t.elems.some((e) => uninhabited(cx, e, depth + 1));
    case 'array': return t.len.kind === 'value' && t.len.value > 0n && uninhabited(cx, t.elem, depth + 1);
    case 'adt': {
      const adt = cx.tcx.adt(t.def);
      if (adt.kind === 'enum') return adt.variants.length === 0 || adt.variants.every((v) => v.fields.some((f) => uninhabited(cx, substTy(f.ty, t.args), depth + 1)));
      if (adt.kind === 'struct' && !cx.tcx.info(t.def).std) return adt.variants[0]?.fields.some((f) => uninhabited(cx, substTy(f.ty, t.args), depth + 1)) ?? false;
      return false;
    }
    default: return false;
  }
}

/** Whether a pattern's constructor matches every value of the split constructor `c`. */
function covers(head: Ctor, c: Ctor): boolean {
  switch (c.kind) {
    case 'single': return head.kind === 'single';
    case 'variant': return head.kind === 'variant' && head.index === c.index;
    case 'bool': return head.kind === 'bool' && head.value === c.value;
    case 'range': return head.kind === 'range' && head.lo <= c.lo && c.hi <= head.hi;
    case 'slice':
      if (head.kind !== 'slice') return false;
      // A fixed length matches only itself; a variable one every length its prefix and suffix fit in.
      return head.varLen ? head.prefix + head.suffix <= c.prefix + c.suffix : !c.varLen && head.prefix === c.prefix;
    case 'str': return head.kind === 'str' && head.value === c.value;
    case 'opaque': case 'wild': case 'or': return false;
    default: return assertNever(c);
  }
}

/**
 * The value vectors (as patterns) no row matches: rustc's usefulness of a wildcard row. Where a
 * column misses constructors, only those are reported (with wildcards after), as rustc does.
 */
function witnesses(cx: Cx, rows0: readonly Row[], cols: readonly Col[]): DPat[][] {
  if (cols.length === 0) return rows0.some((r) => !r.guarded) ? [] : [[]];
  const rows = expandOr(rows0);
  const col = cols[0]!;
  // Guarded arms still split the constructors (rustc names only the ones no arm mentions).
  const heads = rows.map((r) => r.pats[0]!).filter((h) => h.ctor.kind !== 'wild');
  const split = splitCtors(cx, col, heads);
  const missing = split.all.filter((c) => !heads.some((h) => covers(h.ctor, c)));
  if (missing.length > 0) {
    const defaults = rows.filter((r) => r.pats[0]!.ctor.kind === 'wild').map((r) => ({ pats: r.pats.slice(1), guarded: r.guarded }));
    const rest = witnesses(cx, defaults, cols.slice(1));
    if (rest.length === 0) return [];
    // Only the missing constructors are named; when every constructor is missing a single `_` stands for them.
    const shown: DPat[] = heads.length === 0 || split.infinite || missing.some((m) => m.kind === 'opaque') ? [wild(col.ty)] : mergeRanges(missing).map((m) => ({ ctor: m, fields: fieldCols(cx, m, col).map((f) => wild(f.ty)), ty: col.ty }));
    const out: DPat[][] = [];
    for (const r of rest) for (const s of shown) {
      out.push([s, ...r]);
      if (out.length >= MAX_WITNESS_ROWS) return out;
    }
    return out;
  }
  const out: DPat[][] = [];
  for (const c of split.all) {
    const fc = fieldCols(cx, c, col);
    const sub: Row[] = [];
    for (const r of rows) {
      const s = specialize(r.pats[0]!, c, fc);
      if (s !== null) sub.push({ pats: [...s, ...r.pats.slice(1)], guarded: r.guarded });
    }
    for (const w of witnesses(cx, sub, [...fc, ...cols.slice(1)])) {
      out.push([{ ctor: c, fields: w.slice(0, fc.length), ty: col.ty }, ...w.slice(fc.length)]);
      if (out.length >= MAX_WITNESS_ROWS) return out;
    }
  }
  return out;
}

function mergeRanges(cs: readonly Ctor[]): Ctor[] {
  const out: Ctor[] = [];
  for (const c of cs) {
    const last = out[out.length - 1];
    if (c.kind === 'range' && last !== undefined && last.kind === 'range' && last.hi + 1n === c.lo) out[out.length - 1] = { kind: 'range', lo: last.lo, hi: c.hi };
    else out.push(c);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Witnesses as rustc prints them

function show(cx: Cx, p: DPat): string {
  const tcx = cx.tcx;
  const c = p.ctor;
  const ty = p.ty;
  switch (c.kind) {
    case 'wild': case 'opaque': case 'or': return '_';
    case 'bool': return String(c.value);
    case 'str': return JSON.stringify(c.value);
    case 'range': return showRange(ty, c.lo, c.hi);
    case 'slice': {
      const parts = p.fields.map((f) => show(cx, f));
      if (c.varLen) parts.push('..');
      return `[${parts.join(', ')}]`;
    }
    case 'single':
      if (ty.kind === 'ref') return `&${show(cx, p.fields[0] ?? wild(ERROR))}`;
      if (ty.kind === 'tuple') return `(${p.fields.map((f) => show(cx, f)).join(', ')}${p.fields.length === 1 ? ',' : ''})`;
      if (ty.kind === 'array') return `[${p.fields.map((f) => show(cx, f)).join(', ')}]`;
      if (ty.kind === 'adt' && tcx.adt(ty.def).isBox) return `deref!(${show(cx, p.fields[0] ?? wild(ERROR))})`;
      if (ty.kind === 'adt') return showVariant(cx, ty, 0, p.fields, tcx.adt(ty.def).name);
      return '_';
    case 'variant': {
      if (ty.kind !== 'adt') return '_';
      const adt = tcx.adt(ty.def);
      const v = adt.variants[c.index]!;
      const bare = adt.lang === 'Option' || adt.lang === 'Result';
      return showVariant(cx, ty, c.index, p.fields, bare ? v.name : `${adt.name}::${v.name}`);
    }
    default: return assertNever(c);
  }
}

function showVariant(cx: Cx, ty: Ty & { kind: 'adt' }, variant: number, fields: readonly DPat[], name: string): string {
  const v = cx.tcx.adt(ty.def).variants[variant]!;
  if (v.ctor === 'unit') return name;
  if (v.ctor === 'tuple') return `${name}(${fields.map((f) => show(cx, f)).join(', ')})`;
  const named = v.fields.map((f, i) => ({ name: f.name, pat: fields[i] })).filter((x) => x.pat !== undefined && x.pat.ctor.kind !== 'wild');
  if (named.length === 0) return `${name} { .. }`;
  const all = named.length === v.fields.length;
  return `${name} { ${named.map((x) => `${x.name}: ${show(cx, x.pat!)}`).join(', ')}${all ? '' : ', ..'} }`;
}

function showRange(ty: Ty, lo: bigint, hi: bigint): string {
  if (ty.kind === 'char') {
    const ch = (v: bigint): string => `'${printable(Number(v)) ? String.fromCodePoint(Number(v)) : `\\u{${v.toString(16)}}`}'`;
    return lo === hi ? ch(lo) : `${ch(lo)}..=${ch(hi)}`;
  }
  if (ty.kind !== 'int') return '_';
  const dom = domain(ty)!;
  const name = ty.int;
  const val = (v: bigint): string => (v === dom.lo && dom.lo !== 0n && v > -BEYOND ? `${name}::MIN` : v === dom.hi && dom.hi < BEYOND ? `${name}::MAX` : `${v}_${name}`);
  if (lo === hi) return val(lo);
  if (hi >= BEYOND) return lo === (name === 'usize' ? 1n << 64n : 1n << 63n) ? `${name}::MAX..` : `${val(lo)}..`;
  if (lo <= -BEYOND) return hi === -(1n << 63n) - 1n ? `..${name}::MIN` : `..=${val(hi)}`;
  return `${val(lo)}..=${val(hi)}`;
}

/** Roughly `char::escape_debug`'s printable set: controls, unassigned edges and private use are escaped. */
function printable(cp: number): boolean {
  if (cp < 0x20 || (cp >= 0x7f && cp <= 0x9f) || cp === 0x2028 || cp === 0x2029) return false;
  if ((cp >= 0xd7fc && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xf8ff) || (cp >= 0xfff0 && cp <= 0xffff) || cp >= 0xf0000) return false;
  return cp !== 0x27 && cp !== 0x5c;
}
