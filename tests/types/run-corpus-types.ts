// Runs `analyze` over every corpus program and prints per program: ok / unsupported(what) / type
// errors, comparing with rustc's verdicts (a type error rustc does not report is a bug).
// Usage: node dist/tests/types/run-corpus-types.js [/work/shared/corpus] [filter]
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '../../src/syntax/parser.js';
import { analyze } from '../../src/types/analyze.js';
import { primarySpan } from '../../src/util/diagnostic.js';

const root = process.argv[2] ?? '/work/shared/corpus';
const filter = process.argv[3] ?? '';
const expected = JSON.parse(readFileSync(join(root, 'expected.json'), 'utf8')) as { programs: Record<string, { errors: { code: string; line: number }[] }> };
const counts = { ok: 0, unsupported: 0, expectedTypeErr: 0, falseErr: 0, crash: 0 };
const TYPE_CODES = new Set(['E0308', 'E0599', 'E0425', 'E0433', 'E0412', 'E0061', 'E0282', 'E0369', 'E0614', 'E0608', 'E0277', 'E0204', 'E0106', 'E0184', 'E0040', 'E0746', 'E0133']);
for (const f of readdirSync(join(root, 'programs')).filter((x) => x.endsWith('.rs') && x.includes(filter)).sort()) {
  const text = readFileSync(join(root, 'programs', f), 'utf8');
  const file = { name: `src/main.rs`, text };
  const line = (off: number): number => text.slice(0, off).split('\n').length;
  try {
    const p = parse(file);
    const prog = analyze(p, file);
    const exp = expected.programs[f]?.errors ?? [];
    const expTypeErrs = exp.filter((e) => TYPE_CODES.has(e.code));
    const uns = prog.diagnostics.filter((d) => d.code === null);
    const errs = prog.diagnostics.filter((d) => d.code !== null);
    const fmt = (d: (typeof prog.diagnostics)[number]): string => `${d.code ?? ''}@${line(primarySpan(d)?.lo ?? 0)} ${d.message}`;
    const col = (off: number): number => off - text.lastIndexOf('\n', off - 1);
    const falseErrs = errs.filter((d) => !exp.some((e) => e.code === d.code && e.line === line(primarySpan(d)?.lo ?? 0)));
    for (const d of errs) {
      const m = exp.find((e) => e.code === d.code && e.line === line(primarySpan(d)?.lo ?? 0));
      const c = col(primarySpan(d)?.lo ?? 0);
      if (m && (m as { column?: number }).column !== c) console.log(`  column differs for ${d.code}: ours ${c}, rustc ${(m as { column?: number }).column}`);
      if (m && (m as { message?: string }).message !== d.message) console.log(`  message differs for ${d.code}: ours "${d.message}", rustc "${(m as { message?: string }).message}"`);
    }
    const tainted = prog.bodies.filter((b) => b.tainted).length;
    const silent: string[] = [];
    for (const b of prog.bodies) {
      if (b.tainted) continue;
      b.types.exprTypes.forEach((t, i) => {
        if (t && JSON.stringify(t, (_k, v) => (typeof v === 'bigint' ? String(v) : v)).includes('"error"')) silent.push(`expr#${i}:${prog.tcx.displayTy(t)}`);
      });
      b.types.bindingTypes.forEach((t, i) => {
        if (t && JSON.stringify(t, (_k, v) => (typeof v === 'bigint' ? String(v) : v)).includes('"error"')) silent.push(`binding#${i}`);
      });
    }
    if (silent.length) console.log(`  SILENT error types in ${f}: ${silent.slice(0, 6).join(', ')}`);
    let status: string;
    if (falseErrs.length > 0) {
      counts.falseErr++;
      status = 'FALSE-ERROR';
    } else if (uns.length > 0) {
      counts.unsupported++;
      status = 'unsupported';
    } else if (errs.length > 0) {
      counts.expectedTypeErr++;
      status = 'type-error(expected)';
    } else {
      counts.ok++;
      status = 'ok';
    }
    const missing = expTypeErrs.filter((e) => !errs.some((d) => d.code === e.code && line(primarySpan(d)?.lo ?? 0) === e.line));
    console.log(`${status.padEnd(22)} ${f}  bodies=${prog.bodies.length} tainted=${tainted}${[...uns, ...errs].length ? '  ' + [...uns, ...errs].map(fmt).join(' | ') : ''}${missing.length ? '  MISSING ' + missing.map((m) => `${m.code}@${m.line}`).join(',') : ''}`);
  } catch (e) {
    counts.crash++;
    console.log(`CRASH                  ${f}  ${e instanceof Error ? e.stack?.split('\n').slice(0, 4).join(' / ') : String(e)}`);
  }
}
console.log(JSON.stringify(counts));
