import type { DefId, DefTable, ModuleScope } from './defs.js';

export type Namespace = 'type' | 'value';

export const PRIMITIVE_TYPES: ReadonlySet<string> = new Set([
  'i8', 'i16', 'i32', 'i64', 'i128', 'isize', 'u8', 'u16', 'u32', 'u64', 'u128', 'usize', 'f32', 'f64', 'bool', 'char', 'str',
]);

/**
 * The outcome of resolving a path's leading segments through modules and enums: `consumed`
 * segments name `res`; any segments left are type-relative (`Vec::new`, `T::default`).
 */
export type PathRes =
  | { readonly kind: 'def'; readonly def: DefId; readonly consumed: number }
  | { readonly kind: 'prim'; readonly name: string; readonly consumed: number }
  | { readonly kind: 'none'; readonly failedAt: number };

function scopeOf(t: DefTable, m: DefId): ModuleScope | undefined {
  return t.modules.get(m);
}

/** The nearest real (non-block) module. */
export function normalModule(t: DefTable, m: DefId): DefId {
  let cur = m;
  for (;;) {
    const s = scopeOf(t, cur);
    if (!s || s.lexicalParent === null) return cur;
    cur = s.lexicalParent;
  }
}

/** Looks a single name up lexically: block scopes, the module, then (std) all of std, then the prelude. */
export function lookupName(t: DefTable, module: DefId, name: string, ns: Namespace): DefId | null {
  let cur: DefId | null = module;
  let std = false;
  while (cur !== null) {
    const s = scopeOf(t, cur);
    if (!s) break;
    std = s.std;
    const hit = (ns === 'type' ? s.types : s.values).get(name);
    if (hit !== undefined) return hit;
    // An import the model cannot resolve still shadows the prelude (`use std::io::Result;`).
    if (t.unmodelledImports.get(cur)?.has(name)) return null;
    cur = s.lexicalParent;
  }
  const p = (ns === 'type' ? t.prelude.types : t.prelude.values).get(name);
  if (p !== undefined) return p;
  if (std) {
    const hit = (ns === 'type' ? t.stdGlobal.types : t.stdGlobal.values).get(name);
    if (hit !== undefined) return hit;
  }
  return null;
}

function parentModule(t: DefTable, m: DefId): DefId | null {
  const d = t.defs[normalModule(t, m)]!;
  if (d.node.kind === 'root') return d.std && d.id !== t.stdRoot ? t.stdRoot : null;
  return d.module;
}

/** A segment found in a module's scope: `segs[index]` named `def` in module `module` (namespace `ns`). */
export type ModuleStep = (index: number, module: DefId, ns: Namespace, def: DefId) => void;

/**
 * Resolves as many leading segments as name modules, items and enum variants. `onStep` sees each
 * segment after the first that is looked up in a module's scope (privacy applies to those).
 */
export function resolvePath(t: DefTable, module: DefId, segs: readonly string[], ns: Namespace, global = false, onStep: ModuleStep | null = null): PathRes {
  if (segs.length === 0) return { kind: 'none', failedAt: 0 };
  let cur: DefId | null = null;
  let i = 0;
  const first = segs[0]!;
  const last = segs.length === 1;
  const inStd = scopeOf(t, module)?.std ?? false;
  if (global) {
    if (first === 'std' || first === 'core' || first === 'alloc') cur = t.stdRoot;
    else {
      cur = lookupIn(t, t.userRoot, first, last ? ns : 'type');
      if (cur !== null) onStep?.(0, t.userRoot, last ? ns : 'type', cur);
    }
    i = 1;
  } else if (first === 'crate') {
    cur = inStd ? t.stdRoot : t.userRoot;
    i = 1;
  } else if (first === 'self' && !last) {
    cur = normalModule(t, module);
    i = 1;
  } else if (first === 'super') {
    cur = parentModule(t, module);
    i = 1;
    while (cur !== null && segs[i] === 'super') {
      cur = parentModule(t, cur);
      i++;
    }
  } else {
    cur = lookupName(t, module, first, last ? ns : 'type');
    if (cur === null && !last) cur = lookupName(t, module, first, 'value');
    if (cur === null && (first === 'std' || first === 'core' || first === 'alloc')) cur = t.stdRoot;
    if (cur === null) {
      if (PRIMITIVE_TYPES.has(first) && (!last || ns === 'type')) return { kind: 'prim', name: first, consumed: 1 };
      return { kind: 'none', failedAt: 0 };
    }
    i = 1;
  }
  if (cur === null) return { kind: 'none', failedAt: i - 1 };
  let at: DefId = cur;
  for (; i < segs.length; i++) {
    const d = t.defs[at]!;
    const name = segs[i]!;
    const isLast = i === segs.length - 1;
    if (d.kind === 'mod') {
      let stepNs: Namespace = isLast ? ns : 'type';
      let next: DefId | null = lookupIn(t, at, name, stepNs);
      if (next === null && !isLast) {
        stepNs = 'value';
        next = lookupIn(t, at, name, 'value');
      }
      if (next === null) return { kind: 'none', failedAt: i };
      onStep?.(i, at, stepNs, next);
      at = next;
    } else if (d.kind === 'enum') {
      const v: DefId | undefined = (t.children.get(at) ?? []).find((k) => t.defs[k]!.name === name);
      if (v === undefined) return { kind: 'def', def: at, consumed: i };
      at = v;
    } else return { kind: 'def', def: at, consumed: i };
  }
  return { kind: 'def', def: at, consumed: segs.length };
}

function lookupIn(t: DefTable, m: DefId, name: string, ns: Namespace): DefId | null {
  const s = scopeOf(t, m);
  if (!s) return null;
  return (ns === 'type' ? s.types : s.values).get(name) ?? null;
}

/** For `use`: the whole path must resolve. */
export function resolveModulePath(t: DefTable, module: DefId, segs: readonly string[], ns: Namespace): DefId | null {
  if (segs.length === 0) return null;
  const r = resolvePath(t, module, segs, ns);
  if (r.kind !== 'def' || r.consumed !== segs.length) return null;
  return r.def;
}

/**
 * For a path that did not resolve: the std path it names when the failure may be the std model's
 * (a path through `std`/`core`/`alloc`, or through an import of a std item the model lacks),
 * else null (a real resolution error).
 */
export function unmodelledStdPath(t: DefTable, module: DefId, segs: readonly string[], global = false): string | null {
  const first = segs[0];
  if (first === undefined) return null;
  // `::std::…` names the extern crate directly, whatever the module has in scope.
  if (global) return first === 'std' || first === 'core' || first === 'alloc' ? segs.join('::') : null;
  const d = lookupName(t, module, first, 'type') ?? lookupName(t, module, first, 'value');
  if (d !== null) return t.defs[d]!.std && segs.length > 1 ? [t.defs[d]!.path, ...segs.slice(1)].join('::') : null;
  let cur: DefId | null = module;
  while (cur !== null) {
    const s = scopeOf(t, cur);
    if (!s) break;
    const hit = t.unmodelledImports.get(cur)?.get(first);
    if (hit !== undefined) return [hit, ...segs.slice(1)].join('::');
    if (t.unmodelledGlobs.has(cur)) return segs.join('::');
    cur = s.lexicalParent;
  }
  if (first === 'std' || first === 'core' || first === 'alloc') return segs.join('::');
  return null;
}
