import { borrowck, type BorrowckError, type BorrowckResult } from '../borrowck/index.js';
import { pointName, ranges } from '../borrowck/polonius/dump.js';
import { studyBody, type BodyStudy } from '../borrowck/polonius/study.js';
import { loanReachesUniversal, nllPathToLive } from '../borrowck/polonius/why.js';
import { reportBorrowck } from '../diagnostics/borrowck-report.js';
import { buildLineIndex, position } from '../diagnostics/line-index.js';
import type { Body } from '../mir/mir.js';
import type { SourceFile } from '../syntax/span.js';
import type { TypeContext } from '../types/context.js';
import type { Diagnostic } from '../util/diagnostic.js';
import { bodiesOf, guard, internalError } from './phases.js';

export interface CompareOutput {
  /** The report: per body, the errors only one analysis reports, and why NLL keeps the loan. */
  readonly text: string;
  /** NLL's diagnostics (the exit status follows NLL's verdict). */
  readonly diagnostics: Diagnostic[];
}

/** `borrowscope check --compare`: where NLL and Polonius (`-Zpolonius=next`) disagree on a program, and why. */
export function compare(file: SourceFile): CompareOutput {
  const diags: Diagnostic[] = [];
  const out: string[] = [];
  const idx = buildLineIndex(file.text);
  const line = (lo: number): number => position(idx, lo).line;
  try {
    const got = bodiesOf(file, diags);
    const visit = (body: Body, tcx: TypeContext, nll: BorrowckResult, pol: BorrowckResult): void => {
      const key = (e: BorrowckError): string => `${e.kind}@${e.span.lo}:${e.span.hi}`;
      const polKeys = new Set(pol.errors.map(key));
      const nllKeys = new Set(nll.errors.map(key));
      const onlyNll = nll.errors.filter((e) => !polKeys.has(key(e)));
      const onlyPol = pol.errors.filter((e) => !nllKeys.has(key(e)));
      if (onlyNll.length > 0 || onlyPol.length > 0) {
        const study = guard(`studying \`${body.name}\``, diags, () => studyBody(body, tcx));
        const nllDiags = reportBorrowck({ ...nll, errors: onlyNll, children: [] }, body, tcx, file);
        const polDiags = reportBorrowck({ ...pol, errors: onlyPol, children: [] }, body, tcx, file);
        out.push(`\`${body.name}\`: ${onlyNll.length} error${onlyNll.length === 1 ? '' : 's'} only under NLL, ${onlyPol.length} only under Polonius`);
        onlyNll.forEach((e, i) => {
          const d = nllDiags[i];
          out.push(`  NLL only: error${d?.code !== null && d?.code !== undefined ? `[${d.code}]` : ''} line ${line(e.span.lo)}: ${d?.message ?? e.kind}`);
          if (study !== null && 'loan' in e) out.push(...explain(study, e.loan, e, line));
        });
        onlyPol.forEach((e, i) => {
          const d = polDiags[i];
          out.push(`  Polonius only: error${d?.code !== null && d?.code !== undefined ? `[${d.code}]` : ''} line ${line(e.span.lo)}: ${d?.message ?? e.kind}`);
        });
      }
      body.children.forEach((c, i) => { const a = nll.children[i], b = pol.children[i]; if (a !== undefined && b !== undefined) visit(c, tcx, a, b); });
    };
    if (got !== null) {
      for (const body of got.bodies) {
        const nll = guard(`borrow checking \`${body.name}\``, diags, () => borrowck(body, got.tcx, { polonius: false }));
        const pol = guard(`borrow checking \`${body.name}\` with Polonius`, diags, () => borrowck(body, got.tcx, { polonius: true }));
        if (nll === null || pol === null) continue;
        const found = guard('reporting', diags, () => reportBorrowck(nll, body, got.tcx, file));
        if (found !== null) diags.push(...found);
        visit(body, got.tcx, nll, pol);
      }
    }
  } catch (err) {
    diags.push(internalError('compare', err, null));
  }
  if (out.length === 0) out.push('NLL and Polonius agree on every body');
  return { text: out.join('\n') + '\n', diagnostics: diags };
}

/** Why NLL holds `loan` at the error and Polonius does not: NLL's constraint path to a live origin, Polonius' live points. */
function explain(s: BodyStudy, loan: number, e: BorrowckError, line: (lo: number) => number): string[] {
  const inp = s.result.input;
  const pt = (p: number): string => pointName(inp.blockStart, p);
  const l = s.loans[loan];
  if (l === undefined) return [];
  const lines: string[] = [];
  const issue = inp.loanPoint[loan]!;
  lines.push(`    loan bw${loan}: borrow at ${pt(issue)} (line ${line(l.span.lo)}), origin '?${l.region}`);
  // The points of the error: statements or terminators with the error's span.
  const errPoints: number[] = [];
  s.body.blocks.forEach((block, b) => {
    const base = inp.blockStart[b]!;
    block.statements.forEach((st, i) => { if (st.span.lo === e.span.lo && st.span.hi === e.span.hi) errPoints.push(base + i); });
    if (block.terminator.span.lo === e.span.lo && block.terminator.span.hi === e.span.hi) errPoints.push(base + block.statements.length);
  });
  const nllHolds = new Set(s.nllRegionPoints[loan] ?? []);
  const at = errPoints.find((p) => nllHolds.has(p) && !s.result.liveness.liveAt[loan]!.has(p)) ?? errPoints[0];
  if (at === undefined) return lines;
  const path = nllPathToLive(inp, loan, at);
  if (path !== null) {
    const steps = path.map((st, i) => (i === 0 ? `'?${st.origin}` : `'?${st.origin} (${st.at < 0 ? 'at every point' : `at ${pt(st.at)}`})`));
    const last = path[path.length - 1]!;
    const why = inp.universal[last.origin] ? 'a universal origin, live at every point' : `live at ${pt(at)}`;
    lines.push(`    NLL: the loan is in scope at ${pt(at)}: its origin flows, at any point, into '?${last.origin} (${why}):`);
    lines.push(`      ${steps.join(' -> ')}`);
  }
  const pts: number[] = [];
  s.result.liveness.liveAt[loan]!.forEach((p) => pts.push(p));
  lines.push(`    Polonius: the loan is live only at ${ranges(pts, pt)}; not at ${pt(at)}`);
  const u = loanReachesUniversal(inp, loan);
  if (u !== null) {
    const end = u[u.length - 1]!;
    lines.push(`      it reaches universal origin '?${end.origin} only at ${pt(end.point)} (line ${lineOfPoint(s, end.point, line)}), which does not flow to ${pt(at)}`);
  }
  return lines;
}

function lineOfPoint(s: BodyStudy, p: number, line: (lo: number) => number): number {
  const bs = s.result.input.blockStart;
  let b = 0;
  while (b + 1 < bs.length && bs[b + 1]! <= p) b++;
  const block = s.body.blocks[b]!;
  const i = p - bs[b]!;
  return line(i < block.statements.length ? block.statements[i]!.span.lo : block.terminator.span.lo);
}
