import type { Tcx } from './tcx.js';
import { STD_FORWARDING_IMPLS, STD_TRAIT_IMPLS } from './std-impls.generated.js';
import type { Ty } from './ty.js';

const INTS = ['i8', 'i16', 'i32', 'i64', 'i128', 'isize', 'u8', 'u16', 'u32', 'u64', 'u128', 'usize'];
const FLOATS = ['f32', 'f64'];
/** Traits the compiler implements itself for these heads (not listed among std's impls). */
const BUILTIN_HEADS: Readonly<Record<string, ReadonlySet<string>>> = {
  Copy: new Set(['tuple', 'unit', 'array', 'never', 'fn', 'closure', 'fnDef']),
  Clone: new Set(['tuple', 'unit', 'array', 'never', 'fn', 'closure', 'fnDef']),
  Fn: new Set(['fn', 'closure', 'fnDef']),
  FnMut: new Set(['fn', 'closure', 'fnDef']),
  FnOnce: new Set(['fn', 'closure', 'fnDef']),
};

const cache = new Map<string, ReadonlySet<string>>();

function heads(trait: string): ReadonlySet<string> | null {
  const s = STD_TRAIT_IMPLS[trait];
  if (s === undefined) return null;
  let set = cache.get(trait);
  if (!set) cache.set(trait, (set = new Set(s.split(' ').filter((x) => x !== ''))));
  return set;
}

/** The names real std's docs give the outermost constructor of `t` (several for `{integer}`), or null when it has none. */
function headNames(tcx: Tcx, t: Ty): readonly string[] | null {
  switch (t.kind) {
    case 'adt': return tcx.info(t.def).std ? [tcx.info(t.def).name] : [];
    case 'int': return [t.int];
    case 'float': return [t.float];
    case 'infer': return t.flavor === 'int' ? INTS : t.flavor === 'float' ? FLOATS : null;
    case 'bool': return ['bool'];
    case 'char': return ['char'];
    case 'str': return ['str'];
    case 'slice': return ['slice'];
    case 'array': return ['array'];
    case 'tuple': return [t.elems.length === 0 ? 'unit' : 'tuple'];
    case 'never': return ['never'];
    case 'ptr': return ['pointer'];
    case 'ref': return ['reference'];
    case 'fnPtr': return ['fn'];
    case 'fnDef': return ['fnDef'];
    case 'closure': return ['closure'];
    case 'dyn': return ['dyn'];
    // A bare parameter gets std traits only through blanket impls.
    case 'param': return [];
    default: return null;
  }
}

/**
 * Whether real std may implement the std trait `trait` (by name) for a type like `t`, judged by
 * the outermost type constructor alone: when it cannot, the solver's "no" is the program's error
 * whatever the std model lacks. Any doubt answers true.
 */
export function stdMayImplement(tcx: Tcx, t: Ty, trait: string, blanket = true): boolean {
  const set = heads(trait);
  if (set === null || (blanket && set.has('*')) || trait === 'Sized' || trait === 'Send' || trait === 'Sync' || trait === 'Unpin') return true;
  // Only shared references are `Clone`/`Copy`: `&mut T` is unique.
  if (t.kind === 'ref' && t.mut && (trait === 'Clone' || trait === 'Copy')) return false;
  const names = headNames(tcx, t);
  if (names === null) return true;
  const builtin = BUILTIN_HEADS[trait];
  return names.some((n) => set.has(n) || builtin?.has(n) === true);
}

/**
 * Whether real std may make a type like `t` iterable (`IntoIterator`): its one blanket impl is
 * the one for iterators, so a type that is no iterator needs an impl of its own.
 */
export function stdMayIterate(tcx: Tcx, t: Ty): boolean {
  return stdMayImplement(tcx, t, 'Iterator') || stdMayImplement(tcx, t, 'IntoIterator', false);
}

/**
 * Whether every impl real std has of `trait` for the std type `t` asks the same trait of a type
 * parameter (`impl<T: Debug> Debug for Vec<T>`, unlike `impl<T> Debug for PoisonError<T>`): then
 * an argument's missing impl, not the model, is why `t` fails.
 */
export function stdImplsForward(tcx: Tcx, t: Ty, trait: string): boolean {
  if (t.kind !== 'adt' || !tcx.info(t.def).std) return false;
  const list = STD_FORWARDING_IMPLS[trait];
  return list !== undefined && list.split(' ').includes(tcx.info(t.def).name);
}
