import type { DefTable } from '../resolve/defs.js';
import { unmodelledStdPath } from '../resolve/paths.js';
import type { GenericArgs, GenericBound, Generics, Item, TypeExpr } from '../syntax/ast.js';
import { assertNever } from '../util/assert.js';
import { msg, unmodelledStd } from './messages.js';
import { privateKind, pushOnce, resolvePathChecked } from './privacy.js';
import type { Tcx } from './tcx.js';

/**
 * rustc's resolver judges every trait path in a bound (generic parameters, where clauses,
 * supertraits, `impl Trait` and `dyn Trait` in signatures, the trait of an impl): E0405 when it
 * names nothing, E0404 when it names something that is not a trait, E0603 when it is private.
 * The type context lowers bounds silently (they are asked for from many places), so this pass
 * is where those errors come from.
 */
export function checkBoundPaths(tcx: Tcx, table: DefTable): void {
  for (const d of table.defs) {
    if (d.std || d.node.kind !== 'item') continue;
    const item = d.node.item;
    const module = d.module;
    const bound = (b: GenericBound): void => {
      if (b.kind !== 'trait') return;
      const names = b.path.segments.map((s) => s.ident.name);
      const r = resolvePathChecked(tcx, module, b.path, names, 'type', b.path.global);
      for (const s of b.path.segments) args(s.args);
      if (r.kind === 'none') {
        const std = unmodelledStdPath(table, module, names, b.path.global);
        const seg = b.path.segments[r.failedAt] ?? b.path.segments[0]!;
        if (std !== null) pushOnce(tcx, unmodelledStd(b.path.span, std));
        else if (r.failedAt === names.length - 1) pushOnce(tcx, msg.unresolvedTrait(seg.ident.span, seg.ident.name, r.failedAt === 0 ? null : names[r.failedAt - 1]!));
        return;
      }
      if (r.kind === 'prim') {
        if (r.consumed === names.length) pushOnce(tcx, msg.notATrait(b.path.span, 'builtin type', names[0]!));
        return;
      }
      if (r.consumed !== names.length) return;
      const k = tcx.info(r.def).kind;
      if (k === 'trait') return;
      // A trait alias or a macro the model does not know is not judged.
      if (k === 'struct' || k === 'enum' || k === 'union' || k === 'typeAlias') pushOnce(tcx, msg.notATrait(b.path.span, k === 'struct' ? 'struct' : privateKind(tcx, r.def), names[names.length - 1]!));
    };
    const args = (a: GenericArgs | null): void => {
      if (a === null) return;
      if (a.kind === 'paren') {
        a.inputs.forEach(ty);
        if (a.output) ty(a.output);
        return;
      }
      for (const g of a.args) {
        if (g.kind === 'type' || g.kind === 'binding') ty(g.ty);
        else if (g.kind === 'constraint') g.bounds.forEach(bound);
      }
    };
    const ty = (t: TypeExpr): void => {
      switch (t.kind) {
        case 'path':
          if (t.qself) ty(t.qself.ty);
          for (const s of t.path.segments) args(s.args);
          return;
        case 'ref': case 'ptr': case 'paren': ty(t.inner); return;
        case 'slice': case 'array': ty(t.elem); return;
        case 'tuple': t.elems.forEach(ty); return;
        case 'fn': t.inputs.forEach(ty); if (t.output) ty(t.output); return;
        case 'implTrait': case 'dynTrait': t.bounds.forEach(bound); return;
        case 'never': case 'infer': case 'macro': case 'err': return;
        default: assertNever(t);
      }
    };
    const generics = (g: Generics): void => {
      for (const p of g.params) if (p.kind === 'type') p.bounds.forEach(bound);
      for (const w of g.where) if (w.kind === 'bound') {
        ty(w.ty);
        w.bounds.forEach(bound);
      }
    };
    visitItem(item, generics, bound, ty);
  }
}

function visitItem(item: Item, generics: (g: Generics) => void, bound: (b: GenericBound) => void, ty: (t: TypeExpr) => void): void {
  switch (item.kind) {
    case 'fn':
      generics(item.generics);
      for (const p of item.sig.params) ty(p.ty);
      if (item.sig.ret) ty(item.sig.ret);
      return;
    case 'struct': case 'union': case 'enum': generics(item.generics); return;
    case 'trait': generics(item.generics); item.supertraits.forEach(bound); return;
    case 'impl':
      generics(item.generics);
      if (item.trait) bound({ kind: 'trait', modifier: 'none', forLifetimes: [], path: item.trait, span: item.trait.span });
      return;
    case 'typeAlias': generics(item.generics); item.bounds.forEach(bound); return;
    default: return;
  }
}
