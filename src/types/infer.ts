import type { Ty } from './ty.js';
import { ERROR } from './ty.js';
import { foldTy } from './ty-ops.js';

/** Type inference variables of one body: a substitution table with snapshots for probing. */
export interface InferCtxt {
  vals: (Ty | null)[];
  flavors: ('general' | 'int' | 'float')[];
  /** Undo log of bindings (variable, previous value), so a snapshot costs O(1) and a rollback O(bindings since). */
  undoVars: number[];
  undoOld: (Ty | null)[];
}

export function newInfer(): InferCtxt {
  return { vals: [], flavors: [], undoVars: [], undoOld: [] };
}

function setVal(icx: InferCtxt, v: number, t: Ty | null): void {
  icx.undoVars.push(v);
  icx.undoOld.push(icx.vals[v] ?? null);
  icx.vals[v] = t;
}

export function freshVar(icx: InferCtxt, flavor: 'general' | 'int' | 'float' = 'general'): Ty {
  const v = icx.vals.length;
  icx.vals.push(null);
  icx.flavors.push(flavor);
  return { kind: 'infer', var: v, flavor };
}

export function shallow(icx: InferCtxt, t: Ty): Ty {
  let cur = t;
  while (cur.kind === 'infer') {
    const v = icx.vals[cur.var];
    if (v === null || v === undefined) {
      const flavor = icx.flavors[cur.var] ?? cur.flavor;
      return flavor === cur.flavor ? cur : { kind: 'infer', var: cur.var, flavor };
    }
    cur = v;
  }
  return cur;
}

export function resolveTy(icx: InferCtxt, t: Ty): Ty {
  return foldTy(t, {
    ty: (x) => {
      if (x.kind !== 'infer') return undefined;
      const s = shallow(icx, x);
      return s.kind === 'infer' ? s : resolveTy(icx, s);
    },
  });
}

export interface Snapshot {
  readonly mark: number;
}

export function snapshot(icx: InferCtxt): Snapshot {
  return { mark: icx.undoVars.length };
}

/** Undo bindings made since the snapshot. Variables created since stay allocated (unbound), so no index is ever reused. */
export function rollback(icx: InferCtxt, s: Snapshot): void {
  while (icx.undoVars.length > s.mark) {
    const v = icx.undoVars.pop()!;
    icx.vals[v] = icx.undoOld.pop()!;
  }
}

function occurs(icx: InferCtxt, v: number, t: Ty): boolean {
  let found = false;
  foldTy(t, {
    ty: (x) => {
      if (x.kind === 'infer') {
        const s = shallow(icx, x);
        if (s.kind === 'infer') {
          if (s.var === v) found = true;
          return x;
        }
        if (occurs(icx, v, s)) found = true;
        return x;
      }
      return undefined;
    },
  });
  return found;
}

/** Structural unification (regions are ignored: bodies carry erased regions). */
export function unify(icx: InferCtxt, a0: Ty, b0: Ty): boolean {
  const a = shallow(icx, a0);
  const b = shallow(icx, b0);
  if (a === b) return true;
  if (a.kind === 'error' || b.kind === 'error') return true;
  if (a.kind === 'infer' && b.kind === 'infer') {
    if (a.var === b.var) return true;
    if (a.flavor === 'general') return bind(icx, a.var, b);
    if (b.flavor === 'general') return bind(icx, b.var, a);
    if (a.flavor !== b.flavor) return false;
    return bind(icx, a.var, b);
  }
  if (a.kind === 'infer') return bindChecked(icx, a.var, a.flavor, b);
  if (b.kind === 'infer') return bindChecked(icx, b.var, b.flavor, a);
  switch (a.kind) {
    case 'bool': case 'char': case 'str': case 'never':
      return b.kind === a.kind;
    case 'int': return b.kind === 'int' && b.int === a.int;
    case 'float': return b.kind === 'float' && b.float === a.float;
    case 'tuple': return b.kind === 'tuple' && b.elems.length === a.elems.length && a.elems.every((e, i) => unify(icx, e, b.elems[i]!));
    case 'array': return b.kind === 'array' && unify(icx, a.elem, b.elem) && (a.len.kind !== 'value' || b.len.kind !== 'value' || a.len.value === b.len.value);
    case 'slice': return b.kind === 'slice' && unify(icx, a.elem, b.elem);
    case 'ref': return b.kind === 'ref' && a.mut === b.mut && unify(icx, a.inner, b.inner);
    case 'ptr': return b.kind === 'ptr' && a.mut === b.mut && unify(icx, a.inner, b.inner);
    case 'adt': return b.kind === 'adt' && a.def === b.def && unifyList(icx, a.args.types, b.args.types);
    case 'fnDef': return b.kind === 'fnDef' && a.def === b.def && unifyList(icx, a.args.types, b.args.types);
    case 'fnPtr': return b.kind === 'fnPtr' && unifyList(icx, a.sig.inputs, b.sig.inputs) && unify(icx, a.sig.output, b.sig.output);
    case 'closure': return b.kind === 'closure' && a.node === b.node;
    case 'dyn':
      // `dyn A<T>` and `dyn A<U>` are the same type only when their trait arguments are.
      return b.kind === 'dyn' && (a.principal?.trait ?? -1) === (b.principal?.trait ?? -1)
        && (a.principal === null || b.principal === null || unifyList(icx, a.principal.args.types, b.principal.args.types));
    case 'param': return b.kind === 'param' && a.index === b.index;
    case 'projection': return b.kind === 'projection' && a.name === b.name && a.trait.trait === b.trait.trait && unify(icx, a.self, b.self);
    case 'opaque': return b.kind === 'opaque' && a.def === b.def && a.index === b.index;
    default: return false;
  }
}

/**
 * Fast reject (rustc's `DeepRejectCtxt`): false only when `unify(p, goal)` must fail, where `p` is
 * `pattern` with each `param` replaced by a fresh variable (an impl's self type, a method's
 * declared receiver). Compares type constructors without binding or allocating anything, so
 * most candidate impls and methods are skipped before they are instantiated.
 */
export function mayUnify(icx: InferCtxt, pattern: Ty, goal0: Ty): boolean {
  if (pattern.kind === 'param' || pattern.kind === 'infer' || pattern.kind === 'error' || pattern.kind === 'projection') return true;
  const goal = shallow(icx, goal0);
  switch (goal.kind) {
    case 'error': case 'projection': return true;
    case 'infer': return goal.flavor === 'general' || (goal.flavor === 'int' ? pattern.kind === 'int' : pattern.kind === 'float');
    case 'bool': case 'char': case 'str': case 'never': return pattern.kind === goal.kind;
    case 'int': return pattern.kind === 'int' && pattern.int === goal.int;
    case 'float': return pattern.kind === 'float' && pattern.float === goal.float;
    case 'tuple': return pattern.kind === 'tuple' && pattern.elems.length === goal.elems.length && mayUnifyList(icx, pattern.elems, goal.elems);
    case 'array': return pattern.kind === 'array' && mayUnify(icx, pattern.elem, goal.elem);
    case 'slice': return pattern.kind === 'slice' && mayUnify(icx, pattern.elem, goal.elem);
    case 'ref': case 'ptr': return pattern.kind === goal.kind && pattern.mut === goal.mut && mayUnify(icx, pattern.inner, goal.inner);
    case 'adt': case 'fnDef': return pattern.kind === goal.kind && pattern.def === goal.def && mayUnifyArgs(icx, pattern.args.types, goal.args.types);
    case 'fnPtr': return pattern.kind === 'fnPtr';
    case 'closure': return pattern.kind === 'closure' && pattern.node === goal.node;
    case 'dyn': return pattern.kind === 'dyn' && (pattern.principal?.trait ?? -1) === (goal.principal?.trait ?? -1);
    case 'param': return false;
    case 'opaque': return pattern.kind === 'opaque' && pattern.def === goal.def && pattern.index === goal.index;
    default: {
      const never: never = goal;
      return never;
    }
  }
}

function mayUnifyList(icx: InferCtxt, a: readonly Ty[], b: readonly Ty[]): boolean {
  for (let i = 0; i < a.length; i++) if (!mayUnify(icx, a[i]!, b[i]!)) return false;
  return true;
}

/** As `unifyList`: lists of different lengths unify only when one is empty. */
function mayUnifyArgs(icx: InferCtxt, a: readonly Ty[], b: readonly Ty[]): boolean {
  if (a.length !== b.length) return a.length === 0 || b.length === 0;
  return mayUnifyList(icx, a, b);
}

function unifyList(icx: InferCtxt, a: readonly Ty[], b: readonly Ty[]): boolean {
  if (a.length !== b.length) return a.length === 0 || b.length === 0;
  return a.every((x, i) => unify(icx, x, b[i]!));
}

function bindChecked(icx: InferCtxt, v: number, flavor: 'general' | 'int' | 'float', t: Ty): boolean {
  if (flavor === 'int' && t.kind !== 'int') return false;
  if (flavor === 'float' && t.kind !== 'float') return false;
  return bind(icx, v, t);
}

function bind(icx: InferCtxt, v: number, t: Ty): boolean {
  if (occurs(icx, v, t)) return false;
  setVal(icx, v, t);
  return true;
}

/** Unresolved general variables become `error`; integer/float ones their defaults. */
export function defaultVars(icx: InferCtxt): void {
  for (let v = 0; v < icx.vals.length; v++) {
    if (icx.vals[v] !== null) continue;
    const f = icx.flavors[v];
    if (f === 'int') setVal(icx, v, { kind: 'int', int: 'i32' });
    else if (f === 'float') setVal(icx, v, { kind: 'float', float: 'f64' });
  }
}

export function hasUnresolved(icx: InferCtxt, t: Ty): boolean {
  let found = false;
  foldTy(resolveTy(icx, t), { ty: (x) => (x.kind === 'infer' ? ((found = true), x) : undefined) });
  return found;
}

export const ERR = ERROR;
