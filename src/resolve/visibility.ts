import type { Visibility } from '../syntax/ast.js';
import type { DefId, DefTable, ImportBinding } from './defs.js';
import { type Namespace, normalModule, type PathRes, resolveModulePath, resolvePath } from './paths.js';

/**
 * Where a definition may be named from: `null` for everywhere (`pub`, `pub(crate)` in a
 * one-crate program, the std model, enum variants, trait items), else the module whose
 * subtree sees it (rustc's `ty::Visibility::Restricted`).
 */
export type VisScope = DefId | null;

/** The scope a written visibility grants to an item declared in `module`. */
export function scopeOfVisibility(t: DefTable, vis: Visibility, module: DefId): VisScope {
  const home = normalModule(t, module);
  switch (vis.kind) {
    case 'pub':
    case 'crate':
      return null;
    case 'inherited':
      return home;
    case 'restricted': {
      const segs = vis.path.segments.map((s) => s.ident.name);
      if (segs.length === 1 && segs[0] === 'self') return home;
      if (segs.length === 1 && segs[0] === 'crate') return null;
      if (segs.every((s) => s === 'super')) {
        let m: DefId | null = home;
        for (let i = 0; i < segs.length && m !== null; i++) m = parentOf(t, m);
        return m === null || m === t.userRoot ? null : m;
      }
      // `pub(in path)`: a path the model cannot resolve grants everything, never an invented error.
      const target = resolveModulePath(t, home, segs, 'type');
      if (target === null || target === t.userRoot || t.defs[target]!.kind !== 'mod') return null;
      return target;
    }
    default: {
      const never: never = vis;
      return never;
    }
  }
}

/** The module a (non-block) module is declared in, null for a crate root. */
function parentOf(t: DefTable, m: DefId): DefId | null {
  const d = t.defs[m]!;
  if (d.node.kind === 'root') return null;
  return normalModule(t, d.module);
}

/** Whether code in module `from` may name something whose scope is `scope`. */
export function isAccessibleFrom(t: DefTable, scope: VisScope, from: DefId): boolean {
  if (scope === null) return true;
  let m: DefId | null = normalModule(t, from);
  while (m !== null) {
    if (m === scope) return true;
    m = parentOf(t, m);
  }
  return false;
}

/** The scope of a definition itself (an item, an associated item, a field, a variant). */
export function defScope(t: DefTable, def: DefId): VisScope {
  const d = t.defs[def]!;
  if (d.std) return null;
  switch (d.node.kind) {
    case 'root':
    case 'block':
    case 'variant':
      return null;
    case 'field': {
      // A variant's fields are as visible as the enum.
      const parent = d.parent === null ? null : t.defs[d.parent]!;
      if (parent !== null && parent.kind === 'variant') return null;
      return scopeOfVisibility(t, d.node.field.vis, d.module);
    }
    case 'item': {
      // A trait's items are as visible as the trait; an impl item's own visibility counts.
      const parent = d.parent === null ? null : t.defs[d.parent]!;
      if (parent !== null && parent.kind === 'trait') return null;
      // A trait impl's items have no visibility of their own (they follow the trait).
      if (parent !== null && parent.kind === 'impl' && parent.node.kind === 'item' && parent.node.item.kind === 'impl' && parent.node.item.trait !== null) return null;
      return scopeOfVisibility(t, d.node.item.vis, d.module);
    }
    default: {
      const never: never = d.node;
      return never;
    }
  }
}

/** The fields of a tuple or unit struct that code in `from` cannot name (its constructor is private if any). */
export function privateCtorFields(t: DefTable, struct: DefId, from: DefId): DefId[] {
  return (t.children.get(struct) ?? []).filter((f) => !isAccessibleFrom(t, defScope(t, f), from));
}

/** The scope of the binding `name` in `module`'s namespace `ns`, which names `def`: an import's own, else the item's. */
export function bindingScope(t: DefTable, module: DefId, name: string, ns: Namespace, def: DefId): VisScope {
  const imp = t.imports.get(module)?.get(`${ns}:${name}`);
  if (imp !== undefined) return scopeOfVisibility(t, imp.vis, module);
  return defScope(t, def);
}

/** The first segment of a path that code in its module may not name (rustc's E0603). */
export interface PrivateSegment {
  readonly index: number;
  readonly def: DefId;
  /** Set when the private binding is an import (`use self::inner::g;` in the module passed through). */
  readonly import: ImportBinding | null;
  /** Set when the struct is visible but its constructor is not: the fields that make it private. */
  readonly ctorFields: readonly DefId[] | null;
}

/** Resolves `segs` from `from` as `resolvePath` does, and finds its first private segment. */
export function resolvePathPrivacy(t: DefTable, from: DefId, segs: readonly string[], ns: Namespace, global = false): { readonly res: PathRes; readonly priv: PrivateSegment | null } {
  let priv: PrivateSegment | null = null;
  const res = resolvePath(t, from, segs, ns, global, (index, module, stepNs, def) => {
    if (priv !== null) return;
    const name = segs[index]!;
    const imp = t.imports.get(module)?.get(`${stepNs}:${name}`) ?? null;
    const visible = isAccessibleFrom(t, bindingScope(t, module, name, stepNs, def), from);
    // A tuple or unit struct named as a value is its constructor: private if any field is.
    const d = t.defs[def]!;
    if (stepNs === 'value' && d.kind === 'struct' && !d.std && (imp === null || visible)) {
      const hidden = privateCtorFields(t, def, from);
      if (!visible || hidden.length > 0) priv = { index, def, import: null, ctorFields: hidden };
      return;
    }
    if (!visible) priv = { index, def, import: imp, ctorFields: null };
  });
  return { res, priv };
}
