import type { Path, QSelf, TypeExpr } from '../../syntax/ast.js';
import type { Span } from '../../syntax/span.js';
import type { DefId, Ty } from '../../types/ty.js';
import type { Operand } from '../mir.js';
import type { Builder } from './builder.js';

/**
 * A named constant as an operand. For an associated constant reached through a written type
 * (`A::<'a>::X`, `<A<'a> as Y>::X`), the lifetimes the selected impl fixes (`impl Y for
 * A<'static>`) ride along as rustc's user type annotation does: borrowck equates them.
 */
export function itemConst(b: Builder, def: DefId, at: { readonly qself: QSelf | null; readonly path: Path; readonly span: Span }, ty: Ty): Operand {
  if (b.tcx.defKind(def) !== 'assocConst' || b.tcx.assocConstUserRegions === undefined) return { kind: 'const', value: { kind: 'item', def }, ty };
  let self: TypeExpr | null = null;
  if (at.qself !== null) self = at.qself.ty;
  else if (at.path.segments.length >= 2) self = { kind: 'path', id: -1, qself: null, path: { global: at.path.global, segments: at.path.segments.slice(0, -1), span: at.path.span }, span: at.path.span };
  const userRegions = self === null ? null : b.tcx.assocConstUserRegions(b.types.owner, self, def);
  if (userRegions === null || userRegions.length === 0) return { kind: 'const', value: { kind: 'item', def }, ty };
  return { kind: 'const', value: { kind: 'item', def, userRegions, userSpan: at.span }, ty };
}
