/**
 * A compact, generic rendering of AST nodes for text-case tests:
 * `binary[+](lit[1], binary[*](lit[2], lit[3]))`. Scalars go in brackets, children in
 * parentheses, in field order; spans and ids are left out. Null children are left out except
 * range bounds (shown as `_`), where position matters.
 */
export function sexp(v: unknown): string {
  if (v === null || v === undefined) return '_';
  if (typeof v !== 'object') return String(v);
  if (Array.isArray(v)) return v.map(sexp).join(', ');
  const o = v as Record<string, unknown>;
  if (isPath(o)) return pathStr(o);
  if (isNameLike(o)) return String(o['name']);
  const scalars: string[] = [];
  const children: string[] = [];
  for (const k of Object.keys(o)) {
    if (k === 'kind' || k === 'id' || k === 'span' || k === 'opSpan' || k === 'nodeCount' || k === 'open' || k === 'close') continue;
    const x = o[k];
    if (x === null || x === undefined) {
      if ((k === 'lo' || k === 'hi') && o['kind'] === 'range') children.push('_');
      continue;
    }
    if (typeof x === 'boolean') {
      if (x) scalars.push(k);
      continue;
    }
    if (x === '') continue;
    if (typeof x === 'string' || typeof x === 'number' || typeof x === 'bigint') {
      scalars.push(k === 'op' || k === 'name' || k === 'value' || k === 'path' || k === 'text' || k === 'macro' ? JSON.stringify(String(x)).slice(1, -1) : `${k}=${String(x)}`);
      continue;
    }
    if (x instanceof Uint8Array) {
      scalars.push(`${k}=${Array.from(x).join(' ')}`);
      continue;
    }
    if (k === 'token') {
      const t = x as { text: string };
      return `'${t.text}'`;
    }
    if (Array.isArray(x)) {
      if (x.length > 0) children.push(x.map(sexp).join(', '));
      continue;
    }
    if (isNameLike(x as Record<string, unknown>) || isPath(x as Record<string, unknown>)) {
      scalars.push(sexp(x));
      continue;
    }
    children.push(sexp(x));
  }
  const head = typeof o['kind'] === 'string' ? (o['kind'] as string) : 'node';
  return `${head}${scalars.length > 0 ? `[${scalars.join(' ')}]` : ''}${children.length > 0 ? `(${children.join(', ')})` : ''}`;
}

function isNameLike(o: Record<string, unknown>): boolean {
  const keys = Object.keys(o);
  return keys.length === 2 && typeof o['name'] === 'string' && 'span' in o;
}

function isPath(o: Record<string, unknown>): boolean {
  return Array.isArray(o['segments']) && typeof o['global'] === 'boolean';
}

function pathStr(o: Record<string, unknown>): string {
  const segs = o['segments'] as { ident: { name: string }; args: unknown }[];
  return (o['global'] ? '::' : '') + segs.map((s) => s.ident.name + (s.args === null ? '' : `<${sexp(s.args)}>`)).join('::');
}
