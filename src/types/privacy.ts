import type { DefId } from '../resolve/defs.js';
import type { Namespace, PathRes } from '../resolve/paths.js';
import { defScope, isAccessibleFrom, type PrivateSegment, resolvePathPrivacy } from '../resolve/visibility.js';
import type { Item, Path, PathSegment, UseTree } from '../syntax/ast.js';
import type { Span } from '../syntax/span.js';
import type { Diagnostic } from '../util/diagnostic.js';
import { type PrivateKind, privacyMsg } from './messages.js';
import type { Tcx } from './tcx.js';

/**
 * Privacy as rustc's resolver and type checker see it: E0603 for a path segment naming an item the
 * path's module may not see (a resolve error: it leaves the body checked and borrow-checked),
 * E0616/E0624 for fields and associated items (type errors), E0451 for fields named in struct
 * expressions and patterns (rustc's late privacy pass, reported only when nothing else failed).
 */

/** Resolves a written path as `resolvePath` does and reports its first private segment (E0603). */
export function resolvePathChecked(tcx: Tcx, from: DefId, path: Path, names: readonly string[], ns: Namespace, global: boolean, sink: ((d: Diagnostic) => void) | null = null): PathRes {
  const { res, priv } = resolvePathPrivacy(tcx.table, from, names, ns, global);
  if (priv !== null && res.kind === 'def') {
    const d = privateSegmentError(tcx, path, names, priv, res);
    if (sink !== null) sink(d);
    else pushOnce(tcx, d);
  }
  return res;
}

/** Adds a diagnostic to the type context's own list unless the same one is there (paths are resolved more than once). */
export function pushOnce(tcx: Tcx, d: Diagnostic): void {
  const sp = d.spans[0]?.span;
  if (tcx.diags.some((x) => x.code === d.code && x.spans[0]?.span.lo === sp?.lo && x.message === d.message)) return;
  tcx.diags.push(d);
}

function privateSegmentError(tcx: Tcx, path: Path, names: readonly string[], priv: PrivateSegment, res: PathRes & { kind: 'def' }): Diagnostic {
  const seg = path.segments[priv.index]!;
  const def = priv.def;
  const name = names[priv.index]!;
  const kind = priv.ctorFields !== null ? ctorKind(tcx, def) : privateKind(tcx, def);
  // rustc names the item the path goes on to reach, when it does ("function `f` is not publicly re-exported").
  const last = names.length - 1;
  const reexport = priv.index < last && res.consumed === names.length ? { span: path.segments[last]!.ident.span, kind: privateKind(tcx, res.def), name: names[last]! } : null;
  let ctorFields: { all: Span; hidden: Span[] } | null = null;
  if (priv.ctorFields !== null) {
    const fields = (tcx.table.children.get(def) ?? []).map((f) => tcx.info(f).span).filter((s): s is Span => s !== null);
    const first = fields[0];
    const end = fields[fields.length - 1];
    const hidden = priv.ctorFields.map((f) => fieldDefSpan(tcx, f)).filter((s): s is Span => s !== null);
    if (first !== undefined && end !== undefined) ctorFields = { all: { lo: fieldDefSpan(tcx, (tcx.table.children.get(def) ?? [])[0]!)?.lo ?? first.lo, hi: end.hi }, hidden };
  }
  const via = priv.import !== null ? { span: priv.import.span, targetKind: kind, targetSpan: defHeadSpan(tcx, def, false) } : null;
  return privacyMsg.privateItem(seg.ident.span, kind, name, defHeadSpan(tcx, def, priv.ctorFields !== null), reexport, ctorFields, via);
}

/** The whole field definition (`pub x: i32`, `i32`), without attributes. */
function fieldDefSpan(tcx: Tcx, field: DefId): Span | null {
  const n = tcx.info(field).node;
  if (n.kind !== 'field') return null;
  const f = n.field;
  const lo = f.vis.kind !== 'inherited' ? f.vis.span.lo : f.name !== null ? f.name.span.lo : f.ty.span.lo;
  return { lo, hi: f.span.hi };
}

function ctorKind(tcx: Tcx, def: DefId): PrivateKind {
  const n = tcx.info(def).node;
  return n.kind === 'item' && n.item.kind === 'struct' && n.item.data.kind === 'unit' ? 'unit struct' : 'tuple struct constructor';
}

export function privateKind(tcx: Tcx, def: DefId): PrivateKind {
  const d = tcx.info(def);
  switch (d.kind) {
    case 'fn': return 'function';
    case 'assocFn': return 'associated function';
    case 'struct': return d.node.kind === 'item' && d.node.item.kind === 'struct' && d.node.item.data.kind === 'unit' ? 'unit struct' : 'struct';
    case 'union': return 'union';
    case 'enum': return 'enum';
    case 'variant': {
      const data = d.node.kind === 'variant' ? d.node.variant.data.kind : 'unit';
      return data === 'unit' ? 'unit variant' : data === 'tuple' ? 'tuple variant' : 'struct variant';
    }
    case 'trait': return 'trait';
    case 'typeAlias': return 'type alias';
    case 'assocType': return 'associated type';
    case 'const': return 'constant';
    case 'assocConst': return 'associated constant';
    case 'static': return 'static';
    case 'mod': return 'module';
    case 'macro': return 'macro';
    case 'impl': case 'typeParam': case 'field': case 'closure': return 'struct';
    default: {
      const never: never = d.kind;
      return never;
    }
  }
}

/**
 * rustc's `def_span` of an item: from its visibility or keyword (attributes excluded) to the end
 * of its signature (fn), its name and generics (struct with named fields, enum, union, trait,
 * module), or the whole item (tuple and unit structs, constants, statics, type aliases).
 */
export function defHeadSpan(tcx: Tcx, def: DefId, ctor: boolean): Span | null {
  const n = tcx.info(def).node;
  if (n.kind !== 'item') return tcx.info(def).span;
  const item = n.item;
  const lo = itemStart(tcx.file.text, item);
  switch (item.kind) {
    case 'fn': return { lo, hi: item.sig.span.hi };
    case 'struct':
      if (ctor || item.data.kind !== 'named') return { lo, hi: item.span.hi };
      return { lo, hi: item.generics.params.length > 0 ? item.generics.span.hi : item.name.span.hi };
    case 'enum': case 'union': case 'trait':
      return { lo, hi: item.generics.params.length > 0 ? item.generics.span.hi : item.name.span.hi };
    case 'mod': return { lo, hi: item.name.span.hi };
    default: return { lo, hi: item.span.hi };
  }
}

/** Where an item starts once its attributes (and the comments between) are skipped. */
function itemStart(text: string, item: Item): number {
  if (item.vis.kind !== 'inherited') return item.vis.span.lo;
  let pos = item.span.lo;
  for (const a of item.attrs) pos = Math.max(pos, a.span.hi);
  while (pos < item.span.hi) {
    const c = text.charCodeAt(pos);
    if (c === 32 || c === 9 || c === 10 || c === 13) pos++;
    else if (text.startsWith('//', pos)) {
      const nl = text.indexOf('\n', pos);
      pos = nl < 0 ? item.span.hi : nl + 1;
    } else if (text.startsWith('/*', pos)) {
      const end = text.indexOf('*/', pos + 2);
      pos = end < 0 ? item.span.hi : end + 2;
    } else break;
  }
  return pos;
}

/** Whether code in `from` may use `def` (a field, an associated item). */
export function accessible(tcx: Tcx, def: DefId, from: DefId): boolean {
  return isAccessibleFrom(tcx.table, defScope(tcx.table, def), from);
}

/**
 * E0603 in `use` items: each import path is resolved from its module in both namespaces, and its
 * first private segment reported (a tuple struct whose constructor is private imports just its type).
 */
export function checkUsePrivacy(tcx: Tcx, crateItems: readonly Item[]): void {
  const t = tcx.table;
  const visitItems = (items: readonly Item[], module: DefId): void => {
    for (const it of items) {
      if (it.kind === 'use') useTree(it.tree, [], false, module);
      else if (it.kind === 'mod' && it.items) {
        const m = t.userItemDefs.get(it.id);
        if (m !== undefined) visitItems(it.items, m);
      }
    }
  };
  const useTree = (tree: UseTree, prefix: readonly PathSegment[], global: boolean, module: DefId): void => {
    switch (tree.kind) {
      case 'simple': {
        const segs = [...prefix, ...tree.path.segments];
        if (segs.length > 0 && segs[segs.length - 1]!.ident.name === 'self') segs.pop();
        if (segs.length < 2) return;
        checkImport(segs, global || tree.path.global, module, true);
        return;
      }
      case 'glob': {
        const segs = [...prefix, ...tree.prefix.segments];
        if (segs.length >= 2) checkImport(segs, global || tree.prefix.global, module, false);
        return;
      }
      case 'nested':
        for (const sub of tree.trees) useTree(sub, [...prefix, ...tree.prefix.segments], global || tree.prefix.global, module);
        return;
      default: {
        const never: never = tree;
        return never;
      }
    }
  };
  const checkImport = (segs: readonly PathSegment[], global: boolean, module: DefId, both: boolean): void => {
    const names = segs.map((s) => s.ident.name);
    const path: Path = { global, segments: segs, span: { lo: segs[0]!.ident.span.lo, hi: segs[segs.length - 1]!.ident.span.hi } };
    const ty = resolvePathPrivacy(t, module, names, 'type', global);
    if (ty.res.kind === 'def' && ty.res.consumed === names.length) {
      if (ty.priv !== null) pushOnce(tcx, privateSegmentError(tcx, path, names, ty.priv, ty.res));
      return;
    }
    if (!both) return;
    const val = resolvePathPrivacy(t, module, names, 'value', global);
    if (val.res.kind === 'def' && val.res.consumed === names.length && val.priv !== null) pushOnce(tcx, privateSegmentError(tcx, path, names, val.priv, val.res));
  };
  visitItems(crateItems, t.userRoot);
  for (const [, m] of t.blockModules) {
    const node = t.defs[m]!.node;
    if (node.kind === 'block') visitItems(node.block.stmts.flatMap((s) => (s.kind === 'item' ? [s.item] : [])), m);
  }
}

/** Whether code in `from` may name field `index` of the struct, union or variant `owner`. */
export function fieldAccessible(tcx: Tcx, owner: DefId, index: number, from: DefId): boolean {
  const f = tcx.table.children.get(owner)?.[index];
  return f === undefined || accessible(tcx, f, from);
}
