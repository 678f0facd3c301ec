import type { Pat, Path } from '../../syntax/ast.js';
import { lookupName, type PathRes, resolvePath, unmodelledStdPath } from '../../resolve/paths.js';
import { fieldAccessible, resolvePathChecked } from '../privacy.js';
import { unify } from '../infer.js';
import type { BindingMode } from '../results.js';
import type { DefId, Region, Ty } from '../ty.js';
import { ERASED, ERROR, STATIC, STR } from '../ty.js';
import { eraseTy, someTy, substTy } from '../ty-ops.js';
import { msg, privacyMsg, unmodelledStd } from '../messages.js';
import type { Fcx } from './fcx.js';
import { curModule, err, fresh, normalize, register, res, sh, show, unsup } from './fcx.js';
import { probeAssoc } from './method.js';
import { checkExpr } from './expr.js';
import { primTy } from '../tcx.js';

type DefaultMode = 'move' | 'ref' | 'refMut';

/** Declares a binding in the innermost scope. */
export function declare(fcx: Fcx, name: string, id: number, mut: boolean): void {
  fcx.scopes[fcx.scopes.length - 1]!.set(name, id);
  fcx.bindingDepth.set(id, fcx.closureStack.length);
  fcx.bindingClosure.set(id, fcx.closureStack.length > 0 ? fcx.closureStack[fcx.closureStack.length - 1]!.node : -1);
  fcx.bindingMut.set(id, mut);
  fcx.bindingNames.set(id, name);
}

/** Resolves a path in a pattern to a constructor (variant or struct) with fresh ADT args. */
function patCtor(fcx: Fcx, names: string[], span: { lo: number; hi: number }, path: Path | null): { adt: number; variant: number; ty: Ty; ctor: 'unit' | 'tuple' | 'named' } | null {
  const tcx = fcx.tcx;
  const resolve = (ns: 'value' | 'type'): PathRes => (path === null ? resolvePath(tcx.table, curModule(fcx), names, ns) : resolvePathChecked(tcx, curModule(fcx), path, names, ns, path.global));
  let r = resolve('value');
  if (r.kind !== 'def' || r.consumed !== names.length) r = resolve('type');
  if (r.kind === 'def' && r.consumed === names.length - 1 && names[0] === 'Self') r = { kind: 'none', failedAt: 0 };
  let def: number | null = r.kind === 'def' && r.consumed === names.length ? r.def : null;
  if (def === null && names[0] === 'Self' && fcx.lowerEnv.selfTy?.kind === 'adt') {
    const st = fcx.lowerEnv.selfTy;
    if (names.length === 1) def = st.def;
    else def = (tcx.table.children.get(st.def) ?? []).find((v) => tcx.info(v).name === names[1]) ?? null;
  }
  if (def === null) {
    const std = unmodelledStdPath(tcx.table, curModule(fcx), names);
    err(fcx, std !== null ? unmodelledStd(span, std) : msg.unresolvedPath(span, names.join('::')));
    return null;
  }
  const d = tcx.info(def);
  const adtDef = d.kind === 'variant' ? d.parent! : def;
  if (d.kind !== 'variant' && d.kind !== 'struct') return null;
  const a = tcx.adt(adtDef);
  const variant = d.kind === 'variant' ? a.variants.findIndex((v) => v.def === def) : 0;
  const g = tcx.generics(adtDef);
  const ty: Ty = { kind: 'adt', def: adtDef, args: { regions: g.regions.map(() => ({ kind: 'erased' as const })), types: g.types.map(() => fresh(fcx)), consts: [] } };
  return { adt: adtDef, variant, ty, ctor: a.variants[variant]!.ctor };
}

function peel(fcx: Fcx, p: Pat, expected: Ty, mode: DefaultMode): { ty: Ty; mode: DefaultMode } {
  let t = sh(fcx, expected);
  const peeled: Ty[] = [];
  while (t.kind === 'ref') {
    peeled.push(t);
    mode = t.mut ? (mode === 'ref' ? 'ref' : 'refMut') : 'ref';
    t = sh(fcx, t.inner);
  }
  if (peeled.length > 0) fcx.t.patAdjustments[p.id] = peeled;
  return { ty: t, mode };
}

export function checkPat(fcx: Fcx, p: Pat, expected: Ty, mode: DefaultMode = 'move'): void {
  const tcx = fcx.tcx;
  switch (p.kind) {
    case 'wild':
    case 'rest':
      fcx.t.patTypes[p.id] = expected;
      return;
    case 'ident': {
      if (!p.byRef && !p.mut && p.sub === null) {
        const v = lookupName(tcx.table, curModule(fcx), p.name.name, 'value');
        if (v !== null) {
          const k = tcx.info(v).kind;
          if (k === 'variant' || k === 'struct' || k === 'const' || k === 'static' || k === 'assocConst') {
            if (k === 'const' || k === 'assocConst' || k === 'static') {
              fcx.t.patTypes[p.id] = expected;
              fcx.t.resolutions[p.id] = { kind: 'def', def: v, args: { regions: [], types: [], consts: [] } };
              // A constant pattern is not peeled (rustc's AdjustMode::Pass): its type is the scrutinee's.
              const ct = eraseTy(tcx.constTy(v));
              if (!unify(fcx.icx, expected, ct)) {
                const d = msg.mismatched(p.span, show(fcx, expected), show(fcx, ct));
                err(fcx, k === 'static' ? d : { ...d, spans: [...d.spans, { span: p.span, label: `\`${p.name.name}\` is interpreted as a constant, not a new binding`, primary: false }] });
              }
              return;
            }
            const pk = peel(fcx, p, expected, mode);
            const c = patCtor(fcx, [p.name.name], p.span, null);
            if (c && c.ctor === 'unit') {
              fcx.t.patTypes[p.id] = pk.ty;
              if (!unify(fcx.icx, c.ty, pk.ty)) err(fcx, msg.mismatched(p.span, show(fcx, pk.ty), show(fcx, c.ty)));
              fcx.t.resolutions[p.id] = { kind: 'ctor', adt: c.adt, variant: c.variant, ctor: 'unit', args: (c.ty as Ty & { kind: 'adt' }).args };
              return;
            }
          }
        }
      }
      fcx.t.patTypes[p.id] = expected;
      let bm: BindingMode;
      if (p.byRef) bm = p.mut ? 'refMut' : 'ref';
      else bm = mode === 'move' ? 'move' : mode;
      if (!p.byRef && p.mut && mode !== 'move') bm = 'move';
      fcx.t.bindingModes[p.id] = bm;
      const vt: Ty = bm === 'ref' || bm === 'refMut' ? { kind: 'ref', region: { kind: 'erased' }, mut: bm === 'refMut', inner: expected } : expected;
      fcx.t.bindingTypes[p.id] = vt;
      if (p.sub) checkPat(fcx, p.sub, expected, mode);
      // `ref mut x` declares an immutable variable holding a `&mut` (only `mut x` is mutable).
      declare(fcx, p.name.name, p.id, p.mut && !p.byRef);
      fcx.bindingSpans.set(p.id, p.span);
      return;
    }
    case 'lit': {
      let lt = checkExpr(fcx, p.expr, null);
      const isStrLit = p.expr.kind === 'lit' && (p.expr.lit.kind === 'str' || p.expr.lit.kind === 'byteStr');
      let t = expected;
      if (!isStrLit) t = peel(fcx, p, expected, mode).ty;
      else {
        // A string literal pattern may match `&str` behind further references.
        let s = sh(fcx, expected);
        const peeled: Ty[] = [];
        while (s.kind === 'ref' && sh(fcx, s.inner).kind === 'ref') {
          peeled.push(s);
          s = sh(fcx, s.inner);
        }
        if (peeled.length) fcx.t.patAdjustments[p.id] = peeled;
        t = s;
      }
      fcx.t.patTypes[p.id] = t;
      // A byte string pattern denotes a slice too where one is matched (rustc's `check_pat_lit`).
      const ts = sh(fcx, t);
      if (p.expr.kind === 'lit' && p.expr.lit.kind === 'byteStr' && ts.kind === 'ref' && sh(fcx, ts.inner).kind === 'slice') lt = { kind: 'ref', region: STATIC, mut: false, inner: { kind: 'slice', elem: { kind: 'int', int: 'u8' } } };
      if (!unify(fcx.icx, t, lt)) err(fcx, msg.mismatched(p.span, show(fcx, t), show(fcx, lt)));
      return;
    }
    case 'range': {
      const pk = peel(fcx, p, expected, mode);
      fcx.t.patTypes[p.id] = pk.ty;
      for (const e of [p.lo, p.hi]) if (e) unify(fcx.icx, pk.ty, checkExpr(fcx, e, pk.ty));
      return;
    }
    case 'tuple': {
      const pk = peel(fcx, p, expected, mode);
      fcx.t.patTypes[p.id] = pk.ty;
      const restAt = p.elems.findIndex((e) => e.kind === 'rest');
      let t = sh(fcx, pk.ty);
      if (t.kind !== 'tuple') {
        if (restAt >= 0) {
          unsup(fcx, p.span, 'rest pattern against an unknown tuple type');
          return;
        }
        const elems = p.elems.map(() => fresh(fcx));
        if (!unify(fcx.icx, t, { kind: 'tuple', elems })) {
          err(fcx, msg.mismatched(p.span, show(fcx, t), `(${elems.map(() => '_').join(', ')})`));
          return;
        }
        t = sh(fcx, t);
      }
      const elems = t.kind === 'tuple' ? t.elems : [];
      const n = p.elems.length - (restAt >= 0 ? 1 : 0);
      if (restAt < 0 && n !== elems.length) {
        err(fcx, msg.mismatched(p.span, show(fcx, t), 'tuple'));
        return;
      }
      p.elems.forEach((e, i) => {
        if (e.kind === 'rest') {
          fcx.t.patTypes[e.id] = ERROR;
          return;
        }
        const idx = restAt >= 0 && i > restAt ? elems.length - (p.elems.length - i) : i;
        checkPat(fcx, e, elems[idx] ?? ERROR, pk.mode);
      });
      return;
    }
    case 'tupleStruct':
    case 'struct':
    case 'path': {
      if (p.qself) {
        qualifiedConstPat(fcx, p, expected);
        return;
      }
      if (p.kind === 'path' && typeAssocConstPat(fcx, p, expected)) return;
      const pk = peel(fcx, p, expected, mode);
      fcx.t.patTypes[p.id] = pk.ty;
      const c = patCtor(fcx, p.path.segments.map((s) => s.ident.name), p.path.span, p.path);
      if (!c) {
        if (p.kind === 'path') {
          const r = resolvePath(tcx.table, curModule(fcx), p.path.segments.map((s) => s.ident.name), 'value');
          if (r.kind === 'def' && r.consumed === p.path.segments.length && (tcx.info(r.def).kind === 'const' || tcx.info(r.def).kind === 'assocConst')) {
            fcx.t.resolutions[p.id] = { kind: 'def', def: r.def, args: { regions: [], types: [], consts: [] } };
            fcx.t.patTypes[p.id] = expected;
            const ct = eraseTy(tcx.constTy(r.def));
            if (!unify(fcx.icx, expected, ct)) err(fcx, msg.mismatched(p.span, show(fcx, expected), show(fcx, ct)));
            fcx.tainted = fcx.tainted || false;
            return;
          }
        }
        fcx.tainted = true;
        bindAllErr(fcx, p);
        return;
      }
      if (!unify(fcx.icx, c.ty, pk.ty)) {
        err(fcx, msg.mismatched(p.span, show(fcx, pk.ty), show(fcx, c.ty)));
        bindAllErr(fcx, p);
        return;
      }
      const args = (c.ty as Ty & { kind: 'adt' }).args;
      fcx.t.resolutions[p.id] = { kind: 'ctor', adt: c.adt, variant: c.variant, ctor: c.ctor, args };
      const v = tcx.adt(c.adt).variants[c.variant]!;
      const ft = (i: number): Ty => normalize(fcx, eraseTy(substTy(v.fields[i]!.ty, args)));
      if (p.kind === 'tupleStruct') {
        const restAt = p.elems.findIndex((e) => e.kind === 'rest');
        p.elems.forEach((e, i) => {
          if (e.kind === 'rest') return;
          const idx = restAt >= 0 && i > restAt ? v.fields.length - (p.elems.length - i) : i;
          if (idx >= v.fields.length) {
            unsup(fcx, e.span, 'pattern arity');
            return;
          }
          checkPat(fcx, e, ft(idx), pk.mode);
        });
      } else if (p.kind === 'struct') {
        for (const f of p.fields) {
          const idx = v.fields.findIndex((x) => x.name === f.name.name);
          if (idx < 0) {
            err(fcx, msg.noField(f.name.span, f.name.name, show(fcx, pk.ty)));
            continue;
          }
          fcx.t.fieldIndices[f.id] = idx;
          if (!fieldAccessible(tcx, v.def, idx, curModule(fcx))) {
            const a = tcx.adt(c.adt);
            fcx.diags.push(privacyMsg.privateFieldInit(f.name.span, f.name.name, a.kind === 'union' ? 'union' : 'struct', a.name));
          }
          checkPat(fcx, f.pat, ft(idx), pk.mode);
        }
      }
      return;
    }
    case 'ref': {
      const t = sh(fcx, expected);
      const inner = fresh(fcx);
      if (!unify(fcx.icx, t, { kind: 'ref', region: { kind: 'erased' }, mut: p.mut, inner })) {
        err(fcx, msg.mismatched(p.span, show(fcx, t), p.mut ? '&mut _' : '&_'));
        return;
      }
      fcx.t.patTypes[p.id] = t;
      checkPat(fcx, p.inner, inner, 'move');
      return;
    }
    case 'or': {
      fcx.t.patTypes[p.id] = expected;
      const first = p.alts[0];
      if (!first) return;
      checkPat(fcx, first, expected, mode);
      // Later alternatives bind the same names: check them in a throwaway scope, then restore the first's bindings.
      const firstTys = new Map<string, Ty>();
      for (const b of bindingsOf(first)) {
        const t = fcx.t.bindingTypes[b.id];
        if (t !== undefined) firstTys.set(b.name.name, t);
      }
      for (const alt of p.alts.slice(1)) {
        fcx.scopes.push(new Map());
        checkPat(fcx, alt, expected, mode);
        fcx.scopes.pop();
        // rustc's `check_binding_alt_eq_ty`: a name bound in every alternative has one type
        // (`Ok(y) | Err(y)` makes the error type the value type).
        for (const b of bindingsOf(alt)) {
          const t = fcx.t.bindingTypes[b.id];
          const t0 = firstTys.get(b.name.name);
          if (t !== undefined && t0 !== undefined && !unify(fcx.icx, t0, t)) err(fcx, msg.mismatched(b.span, show(fcx, t0), show(fcx, t)));
        }
      }
      return;
    }
    case 'paren':
      fcx.t.patTypes[p.id] = expected;
      checkPat(fcx, p.inner, expected, mode);
      return;
    case 'slice': {
      const pk = peel(fcx, p, expected, mode);
      fcx.t.patTypes[p.id] = pk.ty;
      const t = sh(fcx, pk.ty);
      if (t.kind !== 'array' && t.kind !== 'slice') {
        unsup(fcx, p.span, 'slice pattern against this type');
        return;
      }
      // The rest of an array is an array of the remaining length (`[T; N - k]`), of a slice a slice.
      const others = p.elems.filter((e) => e.kind !== 'rest' && !(e.kind === 'ident' && e.sub?.kind === 'rest')).length;
      if (t.kind === 'array' && t.len.kind === 'value') {
        const len = Number(t.len.value);
        const rest = others !== p.elems.length;
        if (!rest && others !== len) err(fcx, msg.arrayPatternLength(p.span, others, len, false));
        else if (rest && others > len) err(fcx, msg.arrayPatternLength(p.span, others, len, true));
      }
      const restTy: Ty = t.kind === 'array' && t.len.kind === 'value' && t.len.value >= BigInt(others)
        ? { kind: 'array', elem: t.elem, len: { kind: 'value', value: t.len.value - BigInt(others) } }
        : { kind: 'slice', elem: t.elem };
      for (const e of p.elems) {
        if (e.kind === 'rest') {
          fcx.t.patTypes[e.id] = restTy;
          continue;
        }
        if (e.kind === 'ident' && e.sub?.kind === 'rest') {
          checkPat(fcx, e, restTy, pk.mode);
          continue;
        }
        checkPat(fcx, e, t.elem, pk.mode);
      }
      return;
    }
    case 'box':
    case 'macro':
      unsup(fcx, p.span, p.kind === 'box' ? 'box pattern' : 'macro in pattern position');
      bindAllErr(fcx, p);
      return;
    case 'err':
      fcx.tainted = true;
      return;
    default: {
      const never: never = p;
      return never;
    }
  }
}

/** The binding patterns of `p` (an or-pattern's first alternative stands for all). */
function bindingsOf(p: Pat): (Pat & { kind: 'ident' })[] {
  const out: (Pat & { kind: 'ident' })[] = [];
  const walk = (q: Pat): void => {
    switch (q.kind) {
      case 'ident': out.push(q); if (q.sub) walk(q.sub); return;
      case 'tuple': case 'tupleStruct': case 'slice': q.elems.forEach(walk); return;
      case 'struct': q.fields.forEach((f) => walk(f.pat)); return;
      case 'ref': case 'box': case 'paren': walk(q.inner); return;
      case 'or': if (q.alts[0]) walk(q.alts[0]); return;
      default: return;
    }
  };
  walk(p);
  return out;
}

function bindAllErr(fcx: Fcx, p: Pat): void {
  const walk = (q: Pat): void => {
    fcx.t.patTypes[q.id] = ERROR;
    switch (q.kind) {
      case 'ident':
        fcx.t.bindingTypes[q.id] = ERROR;
        fcx.t.bindingModes[q.id] = 'move';
        declare(fcx, q.name.name, q.id, q.mut && !q.byRef);
        if (q.sub) walk(q.sub);
        return;
      case 'tuple': case 'tupleStruct': case 'slice': q.elems.forEach(walk); return;
      case 'struct': q.fields.forEach((f) => walk(f.pat)); return;
      case 'ref': case 'box': case 'paren': walk(q.inner); return;
      case 'or': if (q.alts[0]) walk(q.alts[0]); return;
      default: return;
    }
  };
  walk(p);
}

export const STR_TY = STR;
export { res };

/**
 * `<T as Trait>::C` / `<T>::C` as a pattern: an associated constant compared with the scrutinee.
 * A constant whose type names a lifetime would need rustc's user-type ascription on the pattern
 * to be related region by region; that is left `unsupported` rather than checked loosely.
 */
function qualifiedConstPat(fcx: Fcx, p: Pat & { kind: 'path' | 'tupleStruct' | 'struct' }, expected: Ty): void {
  const tcx = fcx.tcx;
  const qself = p.qself!;
  const names = p.path.segments.map((s) => s.ident.name);
  if (p.kind !== 'path') {
    unsup(fcx, p.span, 'qualified path pattern');
    return;
  }
  const self = tcx.lowerTy(fcx.lowerEnv, qself.ty);
  let found: { def: DefId; parentArgs: Ty[] } | null = null;
  let regions: Region[] = [];
  if (qself.position === 0 && names.length === 1) found = probeAssoc(fcx, self, names[0]!, p.span);
  else if (qself.position >= 1 && names.length === qself.position + 1) {
    const r = resolvePath(tcx.table, curModule(fcx), names.slice(0, qself.position), 'type');
    const m = r.kind === 'def' && tcx.info(r.def).kind === 'trait' ? tcx.assocItems(r.def).get(names[names.length - 1]!) : undefined;
    if (r.kind === 'def' && m !== undefined) {
      const g = tcx.generics(r.def);
      const parentArgs: Ty[] = [self];
      for (let i = 1; i < g.types.length; i++) parentArgs.push(fresh(fcx));
      register(fcx, { self, trait: r.def, args: parentArgs.slice(1), bindings: [] }, p.span);
      found = { def: m, parentArgs };
      // The trait's lifetime arguments as written: only `'static` is known here.
      const ta = p.path.segments[qself.position - 1]!.args;
      if (ta !== null && ta.kind === 'angle') regions = ta.args.flatMap((a) => (a.kind === 'lifetime' ? [a.lifetime.name === "'static" ? STATIC : ERASED] : []));
    }
  }
  assocConstPat(fcx, p, expected, found, regions);
}

/** `Type::C` as a pattern (a path whose prefix names a type, not a module): an associated constant. */
function typeAssocConstPat(fcx: Fcx, p: Pat & { kind: 'path' }, expected: Ty): boolean {
  const tcx = fcx.tcx;
  const segs = p.path.segments;
  if (segs.length < 2) return false;
  const names = segs.map((s) => s.ident.name);
  const r = resolvePath(tcx.table, curModule(fcx), names.slice(0, -1), 'type');
  if (r.kind === 'prim' && r.consumed === names.length - 1) {
    // `usize::MAX`: a primitive's associated constant.
    const found = probeAssoc(fcx, primTy(r.name), names[names.length - 1]!, p.span);
    if (found === null || tcx.info(found.def).kind !== 'assocConst') return false;
    assocConstPat(fcx, p, expected, found, []);
    return true;
  }
  if (r.kind !== 'def' || r.consumed !== names.length - 1) return false;
  const k = tcx.info(r.def).kind;
  if (k !== 'struct' && k !== 'enum' && k !== 'union' && k !== 'typeAlias') return false;
  if (k === 'enum' && (tcx.table.children.get(r.def) ?? []).some((v) => tcx.info(v).name === names[names.length - 1])) return false;
  const self = tcx.lowerTy({ ...fcx.lowerEnv, infer: () => fresh(fcx) }, { kind: 'path', id: -1, qself: null, path: { global: p.path.global, segments: segs.slice(0, -1), span: p.path.span }, span: p.path.span });
  const found = probeAssoc(fcx, self, names[names.length - 1]!, p.span);
  if (found === null || tcx.info(found.def).kind !== 'assocConst') return false;
  assocConstPat(fcx, p, expected, found, []);
  return true;
}

function assocConstPat(fcx: Fcx, p: Pat & { kind: 'path' }, expected: Ty, found: { def: DefId; parentArgs: Ty[] } | null, regions: Region[]): void {
  const tcx = fcx.tcx;
  const node = found === null ? null : tcx.info(found.def).node;
  if (found === null || tcx.info(found.def).kind !== 'assocConst' || node === null || node.kind !== 'item' || node.item.kind !== 'const' || !node.item.ty) {
    unsup(fcx, p.span, 'qualified path pattern');
    return;
  }
  const declared = substTy(tcx.lowerTy({ ...tcx.lowerEnvFor(found.def), report: false }, node.item.ty), { regions, types: found.parentArgs, consts: [] });
  if (!staticCovariant(fcx, declared)) {
    unsup(fcx, p.span, 'constant pattern whose type has lifetimes');
    return;
  }
  // A constant pattern is not peeled (rustc's AdjustMode::Pass): its type is the scrutinee's.
  const ct = eraseTy(declared);
  fcx.t.patTypes[p.id] = expected;
  if (!unify(fcx.icx, ct, expected)) {
    err(fcx, msg.mismatched(p.span, show(fcx, expected), show(fcx, ct)));
    return;
  }
  fcx.t.resolutions[p.id] = { kind: 'def', def: found.def, args: { regions: [], types: found.parentArgs, consts: [] } };
}

/**
 * A constant's type whose lifetimes are all `'static` and only behind shared references,
 * tuples, arrays, slices and `Option`: such a constant is a subtype of the scrutinee's type
 * whatever the scrutinee's lifetimes, so the ascription rustc makes adds no requirement.
 */
function staticCovariant(fcx: Fcx, t: Ty): boolean {
  switch (t.kind) {
    case 'bool': case 'char': case 'int': case 'float': case 'str': case 'never': return true;
    case 'ref': return !t.mut && t.region.kind === 'static' && staticCovariant(fcx, t.inner);
    case 'tuple': return t.elems.every((e) => staticCovariant(fcx, e));
    case 'array': case 'slice': return staticCovariant(fcx, t.elem);
    case 'adt':
      if (t.def === fcx.tcx.lang('Option') && t.args.regions.length === 0) return t.args.types.every((a) => staticCovariant(fcx, a));
      return !someTy(t, (x) => x.kind === 'ref' || x.kind === 'dyn' || (x.kind === 'adt' && x.args.regions.length > 0));
    default: return !someTy(t, (x) => x.kind === 'ref' || x.kind === 'dyn' || (x.kind === 'adt' && x.args.regions.length > 0));
  }
}
