import type { Body } from '../mir/mir.js';
import type { TypeContext } from '../types/context.js';
import type { DefId, Ty } from '../types/ty.js';
import { jsonKey, substTy } from '../types/ty-ops.js';

/**
 * rustc's dropck_outlives overflow (E0320): the types whose drop a dropped value's drop may run
 * are gathered from a worklist, each new type one level deeper than the one that named it; a
 * non-regular recursive type (`FingerTree<T>` owning a `FingerTree<Node<T>>`) names ever new
 * types and passes the recursion limit. As in rustc an ADT's part is computed once, over its own
 * parameters, then instantiated, and types are compared interned (they share structure, so a
 * type doubling at each level stays small).
 */
const RECURSION_LIMIT = 128;

/** Std types that own values of their type parameters (their drop may drop them). */
const STD_OWNERS = new Set(['Box', 'Vec', 'VecDeque', 'LinkedList', 'Rc', 'Arc', 'Option', 'Result', 'HashMap', 'HashSet', 'BTreeMap', 'BTreeSet', 'BinaryHeap', 'Cell', 'RefCell', 'Mutex', 'RwLock', 'PhantomData']);

interface Cx {
  readonly tcx: TypeContext;
  /** Per ADT: the types its drop hands on, over its own parameters; null while computing (a cycle) or when undecidable. */
  readonly adts: Map<DefId, readonly Ty[] | null>;
  readonly ids: WeakMap<object, number>;
  readonly keys: Map<string, number>;
}

function intern(cx: Cx, t: Ty): number {
  const known = cx.ids.get(t);
  if (known !== undefined) return known;
  let key: string;
  switch (t.kind) {
    case 'adt': key = `adt${t.def}<${t.args.types.map((a) => intern(cx, a)).join(',')}>`; break;
    case 'ref': key = `ref${t.mut ? 'mut' : ''}(${intern(cx, t.inner)})`; break;
    case 'ptr': key = `ptr${t.mut ? 'mut' : ''}(${intern(cx, t.inner)})`; break;
    case 'tuple': key = `tuple(${t.elems.map((e) => intern(cx, e)).join(',')})`; break;
    case 'array': key = `array(${intern(cx, t.elem)};${jsonKey(t.len)})`; break;
    case 'slice': key = `slice(${intern(cx, t.elem)})`; break;
    default: key = jsonKey(t);
  }
  let id = cx.keys.get(key);
  if (id === undefined) { id = cx.keys.size; cx.keys.set(key, id); }
  cx.ids.set(t, id);
  return id;
}

/** The type the worklist overflowed on, or null when it ends (or when the walk cannot decide). */
function dropckOverflow(cx: Cx, root: Ty): Ty | null {
  const seen = new Set<number>([intern(cx, root)]);
  const stack: [Ty, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [ty, depth] = stack.pop()!;
    if (depth > RECURSION_LIMIT) return ty;
    const next: Ty[] = [];
    if (!components(cx, ty, next, 0)) return null;
    for (const t of next) {
      if (t.kind === 'param') continue;
      const id = intern(cx, t);
      if (seen.has(id)) continue;
      seen.add(id);
      stack.push([t, depth + 1]);
    }
  }
  return null;
}

/**
 * The types `ty`'s drop hands on to the worklist. False when the walk cannot decide (a type of
 * infinite size, rustc's E0072, which is not this check's to report).
 */
function components(cx: Cx, ty: Ty, out: Ty[], depth: number): boolean {
  if (depth > RECURSION_LIMIT) return false;
  switch (ty.kind) {
    case 'array': case 'slice': return components(cx, ty.elem, out, depth + 1);
    case 'tuple': return ty.elems.every((e) => components(cx, e, out, depth + 1));
    case 'closure': return ty.upvars.every((e) => components(cx, e, out, depth + 1));
    case 'param': out.push(ty); return true;
    case 'adt': {
      const own = adtComponents(cx, ty.def);
      if (own === null) return false;
      for (const t of own) out.push(substTy(t, ty.args));
      return true;
    }
    default: return true;
  }
}

function adtComponents(cx: Cx, def: DefId): readonly Ty[] | null {
  if (cx.adts.has(def)) return cx.adts.get(def)!;
  const { tcx } = cx;
  const adt = tcx.adt(def);
  const params: Ty[] = adt.typeParams.map((name, index): Ty => ({ kind: 'param', index, name }));
  if (adt.lang === 'ManuallyDrop') return [];
  if (tcx.defSpan(def) === null) {
    const r = STD_OWNERS.has(adt.lang ?? adt.name) ? params : [];
    cx.adts.set(def, r);
    return r;
  }
  cx.adts.set(def, null);
  const out: Ty[] = [];
  const ok = adt.variants.every((v) => v.fields.every((f) => components(cx, f.ty, out, 0)));
  const r = ok ? out : null;
  cx.adts.set(def, r);
  return r;
}

/** The locals the body drops whose drop-check overflows, with the type it overflowed on. */
export function dropckOverflowLocals(body: Body, tcx: TypeContext): { local: number; overflow: Ty }[] {
  const dropped = new Set<number>();
  for (const b of body.blocks) {
    const t = b.terminator.kind;
    if (t.kind === 'drop' && t.place.projection.length === 0) dropped.add(t.place.local);
  }
  const cx: Cx = { tcx, adts: new Map(), ids: new WeakMap(), keys: new Map() };
  const out: { local: number; overflow: Ty }[] = [];
  for (const l of [...dropped].sort((a, b) => a - b)) {
    const overflow = dropckOverflow(cx, body.locals[l]!.ty);
    if (overflow !== null) out.push({ local: l, overflow });
  }
  return out;
}

/** `ty` with what lies deeper than `depth` generic levels replaced by `...`, to show it short as rustc does. */
export function shallowTy(ty: Ty, depth: number): Ty {
  if (depth === 0) return { kind: 'param', index: -1, name: '...' };
  switch (ty.kind) {
    case 'adt': return { ...ty, args: { ...ty.args, types: ty.args.types.map((t) => shallowTy(t, depth - 1)) } };
    case 'ref': case 'ptr': return { ...ty, inner: shallowTy(ty.inner, depth - 1) };
    case 'tuple': return { ...ty, elems: ty.elems.map((t) => shallowTy(t, depth - 1)) };
    case 'array': case 'slice': return { ...ty, elem: shallowTy(ty.elem, depth - 1) };
    default: return ty;
  }
}
