import type { DefId } from '../resolve/defs.js';
import type { Tcx } from './tcx.js';
import type { GenericArgsTy, Ty } from './ty.js';

/**
 * The trait arguments of the one user impl that can prove `args[0]: Trait<args[1..]>`, regions
 * ignored while matching (rustc selects impls modulo regions, then equates the impl's header with
 * the obligation, which is what ties its lifetimes): the impl's header as written, its lifetimes
 * its own parameters or `'static`. Null when no impl, several, or one that cannot be judged
 * (an inference hole, a projection or an opaque type on either side) might apply, or when the
 * trait is std's (its impls are modelled, not exact).
 */
export function selectUserImpl(tcx: Tcx, trait: DefId, args: GenericArgsTy): GenericArgsTy | null {
  if (tcx.info(trait).std) return null;
  // A trait method's arguments follow the trait's own: only Self and the trait's parameters count.
  const own = tcx.generics(trait).types.length;
  if (args.types.length < own) return null;
  const types = args.types.slice(0, own);
  let found: GenericArgsTy | null = null;
  for (const ii of tcx.traitImpls(trait)) {
    if (ii.def === null || ii.trait === null) return null;
    const header = ii.trait.args.types;
    if (header.length !== types.length) return null;
    const binds = new Map<number, Ty>();
    let verdict: Match = 'yes';
    for (let i = 0; i < header.length && verdict !== 'no'; i++) verdict = both(verdict, matchTy(header[i]!, types[i]!, binds));
    if (verdict === 'no') continue;
    if (verdict === 'maybe' || ii.negative || found !== null) return null;
    found = ii.trait.args;
  }
  return found;
}

type Match = 'yes' | 'no' | 'maybe';

function both(a: Match, b: Match): Match {
  return a === 'no' || b === 'no' ? 'no' : a === 'maybe' || b === 'maybe' ? 'maybe' : 'yes';
}

/** Does the impl's `pattern` (its type parameters binding) match the concrete `t`, regions ignored. */
function matchTy(pattern: Ty, t: Ty, binds: Map<number, Ty>): Match {
  // A caller's own type parameter may be proven by its where-clauses rather than an impl (rustc
  // prefers those): undecided, like the holes.
  const unknown = (x: Ty): boolean => x.kind === 'infer' || x.kind === 'error' || x.kind === 'projection' || x.kind === 'opaque' || x.kind === 'param';
  if (unknown(t) || (pattern.kind !== 'param' && unknown(pattern))) return 'maybe';
  const all = (ps: readonly Ty[], ts: readonly Ty[]): Match => {
    if (ps.length !== ts.length) return 'no';
    let m: Match = 'yes';
    for (let i = 0; i < ps.length && m !== 'no'; i++) m = both(m, matchTy(ps[i]!, ts[i]!, binds));
    return m;
  };
  switch (pattern.kind) {
    case 'param': {
      const prev = binds.get(pattern.index);
      if (prev === undefined) {
        binds.set(pattern.index, t);
        return 'yes';
      }
      // Both are the caller's (parameter-free) types: matching one against the other is equality.
      return matchTy(prev, t, new Map());
    }
    case 'bool': case 'char': case 'str': case 'never': return t.kind === pattern.kind ? 'yes' : 'no';
    case 'int': return t.kind === 'int' && t.int === pattern.int ? 'yes' : 'no';
    case 'float': return t.kind === 'float' && t.float === pattern.float ? 'yes' : 'no';
    case 'tuple': return t.kind === 'tuple' ? all(pattern.elems, t.elems) : 'no';
    case 'slice': return t.kind === 'slice' ? matchTy(pattern.elem, t.elem, binds) : 'no';
    case 'array': {
      if (t.kind !== 'array') return 'no';
      const e = matchTy(pattern.elem, t.elem, binds);
      if (pattern.len.kind !== 'value' || t.len.kind !== 'value') return both(e, 'maybe');
      return pattern.len.value === t.len.value ? e : 'no';
    }
    case 'ref': case 'ptr': return t.kind === pattern.kind && t.mut === pattern.mut ? matchTy(pattern.inner, t.inner, binds) : 'no';
    case 'adt': return t.kind === 'adt' && t.def === pattern.def ? all(pattern.args.types, t.args.types) : 'no';
    case 'dyn': {
      if (t.kind !== 'dyn') return 'no';
      if ((pattern.principal?.trait ?? -1) !== (t.principal?.trait ?? -1)) return 'no';
      if (pattern.autoTraits.length !== t.autoTraits.length || pattern.autoTraits.some((a) => !t.autoTraits.includes(a))) return 'no';
      if ((pattern.bindings?.length ?? 0) > 0 || (t.bindings?.length ?? 0) > 0) return 'maybe';
      return pattern.principal && t.principal ? all(pattern.principal.args.types.slice(1), t.principal.args.types.slice(1)) : 'yes';
    }
    case 'fnPtr': return t.kind === 'fnPtr' && t.sig.unsafe === pattern.sig.unsafe ? all([...pattern.sig.inputs, pattern.sig.output], [...t.sig.inputs, t.sig.output]) : 'no';
    // Types of bodies (closures, fn items) never appear in an impl header.
    case 'fnDef': case 'closure': case 'infer': case 'error': case 'projection': case 'opaque': return 'maybe';
    default: return 'maybe';
  }
}
