import type { Body, Place } from '../mir/mir.js';

/**
 * A place as rustc prints it in borrowck messages: `v`, `s.field`, `*r`, `v[..]`; derefs that
 * precede a field or index are implicit (`(*r).f` prints `r.f`); captured variables print by
 * name. Null when the place is rooted in an unnamed temporary.
 */
export function describePlace(body: Body, place: Place): string | null {
  const proj = place.projection;
  let start = 0;
  let buf: string | null = null;
  if (body.closure !== null && place.local === 1) {
    // (*_1).i or _1.i, then a deref when captured by reference.
    let i = 0;
    if (proj[i]?.kind === 'deref') i++;
    const f = proj[i];
    if (f !== undefined && f.kind === 'field') {
      buf = body.closure.upvarNames[f.index] ?? null;
      i++;
      const byRef = body.closure.upvarByRef[f.index] !== 'value';
      if (byRef && proj[i]?.kind === 'deref') i++;
      start = i;
    }
  }
  if (buf === null) {
    const decl = body.locals[place.local];
    if (decl === undefined || decl.name === null) return null;
    buf = decl.name;
  }
  // A field of an enum variant has no name rustc prints (`value`).
  if (proj.slice(start).some((e) => e.kind === 'downcast')) return null;
  let lastSolid = -1;
  for (let i = start; i < proj.length; i++) {
    const k = proj[i]!.kind;
    if (k !== 'deref' && k !== 'downcast') lastSolid = i;
  }
  for (let i = start; i < proj.length; i++) {
    const e = proj[i]!;
    switch (e.kind) {
      // A guard's reference to a binding (rustc's `RefForGuard`) prints as the binding itself.
      case 'deref': if (i > lastSolid && !(i === 0 && body.locals[place.local]?.bindingMode === 'refForGuard')) buf = `*${buf}`; break;
      case 'field': buf = `${buf}.${e.name}`; break;
      // `v[i]` names a user index variable; a computed index prints as `_` (rustc's describe_place).
      case 'index': buf = `${buf}[${body.locals[e.local]?.kind === 'user' ? body.locals[e.local]!.name ?? '_' : '_'}]`; break;
      case 'constantIndex': case 'subslice': buf = `${buf}[..]`; break;
      case 'downcast': break;
      default: { const never: never = e; return never; }
    }
  }
  return buf;
}

/** "`x`" or the fallback word rustc uses for unnamed places ("value"). */
export function quotedPlace(body: Body, place: Place, fallback = 'value'): string {
  const d = describePlace(body, place);
  return d === null ? fallback : `\`${d}\``;
}
