import { assertNever } from '../util/assert.js';
import type { Tcx } from './tcx.js';
import { STD_METHODS } from './std-methods.generated.js';
import type { Ty } from './ty.js';

/** Methods std gives every type through blanket impls the model may lack (Any, Borrow, ToOwned, …). */
const BLANKET = new Set(['type_id', 'borrow', 'borrow_mut', 'from', 'into', 'try_from', 'try_into', 'to_owned', 'clone_into', 'to_string']);

/** Smart pointers whose pointee's methods are reachable by autoderef. */
const DEREFS = new Set(['Box', 'Rc', 'Arc', 'Ref', 'RefMut', 'MutexGuard', 'RwLockReadGuard', 'RwLockWriteGuard', 'Cow', 'ManuallyDrop', 'Pin']);

const cache = new Map<string, ReadonlySet<string>>();

function methodsOf(name: string): ReadonlySet<string> {
  let s = cache.get(name);
  if (!s) cache.set(name, (s = new Set((STD_METHODS[name] ?? '').split(' '))));
  return s;
}

/**
 * Whether real std may give a value of type `t` a method (or associated fn) `name` the std model
 * does not declare: then "no method found" would be the model's gap, not the program's error.
 * Conservative: any doubt answers true.
 */
export function stdMayHaveMethod(tcx: Tcx, t: Ty, name: string, depth = 0): boolean {
  if (BLANKET.has(name) || depth > 6) return true;
  const has = (page: string): boolean => methodsOf(page).has(name);
  switch (t.kind) {
    case 'ref': case 'ptr':
      return has(t.kind === 'ref' ? 'reference' : 'pointer') || stdMayHaveMethod(tcx, t.inner, name, depth + 1);
    case 'adt': {
      const info = tcx.info(t.def);
      // A user type gets std methods only from the std traits it implements.
      if (!info.std) return STD_TRAITS.some((k) => has(k) && implementsStd(tcx, t.def, k));
      // A model-only name (no std page) is not known well enough to call anything missing.
      if (STD_METHODS[info.name] === undefined || has(info.name)) return true;
      return DEREFS.has(info.name) && t.args.types.some((a) => stdMayHaveMethod(tcx, a, name, depth + 1));
    }
    case 'int': return has(t.int);
    case 'float': return has(t.float);
    case 'bool': return has('bool');
    case 'char': return has('char');
    case 'str': return has('str');
    case 'slice': return has('slice');
    case 'array': return has('array') || has('slice');
    case 'tuple': return has(t.elems.length === 0 ? 'unit' : 'tuple');
    case 'never': return has('never');
    case 'fnDef': case 'fnPtr': case 'closure': return has('fn') || traitsHave(name);
    // Bounds may name std traits whose model lacks the method.
    case 'param': case 'opaque': case 'projection': case 'dyn': case 'error':
      return traitsHave(name);
    // Still unknown after selection: most likely an impl the model lacks.
    case 'infer':
      return true;
    default:
      return assertNever(t);
  }
}

function implementsStd(tcx: Tcx, adt: number, traitName: string): boolean {
  const tr = tcx.lang(traitName);
  if (tr < 0) return false;
  return tcx.traitImpls(tr).some((ii) => ii.selfTy.kind === 'adt' && ii.selfTy.def === adt);
}

const STD_TRAITS = ['Iterator', 'DoubleEndedIterator', 'ExactSizeIterator', 'IntoIterator', 'Clone', 'PartialEq', 'PartialOrd', 'Ord', 'Hash', 'Hasher', 'Debug', 'Display', 'Default', 'Deref', 'DerefMut', 'AsRef', 'AsMut', 'Fn', 'FnMut', 'FnOnce', 'Read', 'Write', 'Error', 'Any', 'Borrow', 'BorrowMut', 'ToOwned', 'ToString', 'From', 'Into', 'Add', 'Sub', 'Mul', 'Div', 'Rem', 'Neg', 'Not', 'Index', 'IndexMut', 'Drop', 'Extend', 'FromIterator', 'Sum', 'Product', 'FromStr', 'Future'];

let traitMethods: Set<string> | null = null;

function traitsHave(name: string): boolean {
  if (!traitMethods) {
    traitMethods = new Set();
    for (const k of STD_TRAITS) for (const m of (STD_METHODS[k] ?? '').split(' ')) if (m) traitMethods.add(m);
  }
  return traitMethods.has(name);
}
