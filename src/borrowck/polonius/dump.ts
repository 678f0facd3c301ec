import type { BodyStudy } from './study.js';

/**
 * The fact tables as text (one section per relation) or as JSON (relation → rows of printed
 * values), for `borrowscope facts`. Ids print as rustc prints them: `'?3`, `bw0`, `bb1[2]`, `_4`, `mp2`.
 */
export function pointName(blockStart: Int32Array, p: number): string {
  let b = 0;
  while (b + 1 < blockStart.length && blockStart[b + 1]! <= p) b++;
  return `bb${b}[${p - blockStart[b]!}]`;
}

type Cell = string;
interface Table { readonly name: string; readonly columns: readonly string[]; readonly rows: readonly (readonly Cell[])[] }

export function factTablesOf(s: BodyStudy): Table[] {
  const f = s.facts;
  const pt = (p: number): string => pointName(s.result.input.blockStart, p);
  const o = (x: number): string => `'?${x}`;
  const bw = (x: number): string => `bw${x}`;
  const loc = (x: number): string => `_${x}`;
  const mp = (x: number): string => `mp${x}`;
  const t = (name: string, columns: string[], rows: Cell[][]): Table => ({ name, columns, rows });
  const live = s.result.liveness.liveAt;
  const loanLive: Cell[][] = [];
  live.forEach((set, l) => { const ps: number[] = []; set.forEach((p) => ps.push(p)); loanLive.push([bw(l), ranges(ps, pt)]); });
  const outOfScope: Cell[][] = [];
  s.result.outOfScope.forEach((ls, p) => { if (ls !== undefined) for (const l of ls) outOfScope.push([bw(l), pt(p)]); });
  const liveByOrigin = new Map<number, number[]>();
  for (const [x, p] of f.originLiveOnEntry) { let ps = liveByOrigin.get(x); if (ps === undefined) { ps = []; liveByOrigin.set(x, ps); } ps.push(p); }
  return [
    t('loan_issued_at', ['origin', 'loan', 'point'], f.loanIssuedAt.map(([a, l, p]) => [o(a), bw(l), pt(p)])),
    t('cfg_edge', ['point1', 'point2'], f.cfgEdge.map(([p, q]) => [pt(p), pt(q)])),
    t('subset_base', ['origin1', 'origin2', 'point'], f.subsetBase.map(([a, b, p]) => [o(a), o(b), pt(p)])),
    t('subset_all_points', ['origin1', 'origin2'], f.subsetAll.map(([a, b]) => [o(a), o(b)])),
    t('origin_live_on_entry', ['origin', 'points'], [...liveByOrigin].sort((a, b) => a[0] - b[0]).map(([x, ps]) => [o(x), ranges(ps, pt)])),
    t('origin_flow', ['origin', 'direction'], f.originFlow.map(([x, d]) => [o(x), d])),
    t('placeholder', ['origin', 'lifetime'], f.placeholder.map(([x, n]) => [o(x), n])),
    t('known_placeholder_subset', ['origin1', 'origin2'], f.knownPlaceholderSubset.map(([a, b]) => [o(a), o(b)])),
    t('loan_killed_at', ['loan', 'point'], f.loanKilledAt.map(([l, p]) => [bw(l), pt(p)])),
    t('loan_invalidated_at', ['point', 'loan'], f.loanInvalidatedAt.map(([p, l]) => [pt(p), bw(l)])),
    t('var_defined_at', ['local', 'point'], f.varDefinedAt.map(([v, p]) => [loc(v), pt(p)])),
    t('var_used_at', ['local', 'point'], f.varUsedAt.map(([v, p]) => [loc(v), pt(p)])),
    t('var_dropped_at', ['local', 'point'], f.varDroppedAt.map(([v, p]) => [loc(v), pt(p)])),
    t('use_of_var_derefs_origin', ['local', 'origin'], f.useOfVarDerefsOrigin.map(([v, x]) => [loc(v), o(x)])),
    t('drop_of_var_derefs_origin', ['local', 'origin'], f.dropOfVarDerefsOrigin.map(([v, x]) => [loc(v), o(x)])),
    t('path_is_var', ['path', 'local'], f.pathIsVar.map(([m, v]) => [mp(m), loc(v)])),
    t('child_path', ['child', 'parent'], f.childPath.map(([a, b]) => [mp(a), mp(b)])),
    t('path_assigned_at_base', ['path', 'point'], f.pathAssignedAtBase.map(([m, p]) => [mp(m), pt(p)])),
    t('path_moved_at_base', ['path', 'point'], f.pathMovedAtBase.map(([m, p]) => [mp(m), pt(p)])),
    t('path_accessed_at_base', ['path', 'point'], f.pathAccessedAtBase.map(([m, p]) => [mp(m), pt(p)])),
    // Outputs of the analysis, for reading beside its inputs.
    t('loan_live_at (output)', ['loan', 'points'], loanLive),
    t('loan_out_of_scope_at (output)', ['loan', 'point'], outOfScope),
  ];
}

/** `bb0[2..=4], bb1[0]`: sorted points as runs within a block. */
export function ranges(points: readonly number[], pt: (p: number) => string): string {
  const sorted = [...points].sort((a, b) => a - b);
  const out: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    const block = (p: number): string => pt(p).replace(/\[.*$/, '');
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1 && block(sorted[j + 1]!) === block(sorted[i]!)) j++;
    const a = pt(sorted[i]!), b = pt(sorted[j]!);
    out.push(i === j ? a : `${a.replace(/\]$/, '')}..=${b.replace(/^.*\[/, '')}`);
    i = j + 1;
  }
  return out.length === 0 ? '(none)' : out.join(', ');
}

export function printFactsText(s: BodyStudy): string {
  const lines: string[] = [`facts of \`${s.body.name}\`: ${s.result.input.numPoints} points, ${s.result.input.numOrigins} origins, ${s.loans.length} loans`];
  for (const t of factTablesOf(s)) {
    lines.push('', `${t.name}(${t.columns.join(', ')}): ${t.rows.length} row${t.rows.length === 1 ? '' : 's'}`);
    const widths = t.columns.map((_, i) => Math.max(0, ...t.rows.map((r) => (i < r.length - 1 ? r[i]!.length : 0))));
    for (const r of t.rows) lines.push(`    ${r.map((c, i) => (i < r.length - 1 ? c.padEnd(widths[i]!) : c)).join('  ')}`);
  }
  return lines.join('\n') + '\n';
}

export function factsJson(s: BodyStudy): Record<string, unknown> {
  const rel: Record<string, unknown> = {};
  for (const t of factTablesOf(s)) rel[t.name] = { columns: t.columns, rows: t.rows };
  return { body: s.body.name, points: s.result.input.numPoints, origins: s.result.input.numOrigins, loans: s.loans.length, relations: rel };
}
