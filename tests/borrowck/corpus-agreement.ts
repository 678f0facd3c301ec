/**
 * Borrowck agreement with rustc on the corpus (not a unit test: run by hand with
 * `node dist/tests/borrowck/corpus-agreement.js [filter]`). Loads the front end dynamically so
 * this file compiles before the other phases exist.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Body } from '../../src/mir/mir.js';
import type { SourceFile } from '../../src/syntax/span.js';
import type { Program } from '../../src/types/program.js';
import type { Diagnostic } from '../../src/util/diagnostic.js';
import { borrowck } from '../../src/borrowck/index.js';
import { reportBorrowck } from '../../src/diagnostics/borrowck-report.js';

const CORPUS = '/work/shared/corpus';
const BORROWCK_CODES = new Set(['E0382', 'E0381', 'E0499', 'E0502', 'E0503', 'E0505', 'E0506', 'E0507', 'E0508', 'E0509', 'E0510', 'E0597', 'E0716', 'E0515', 'E0373', 'E0384', 'E0596', 'E0594', 'E0500', 'E0501', 'E0521', 'E0713', 'E0621']);

interface Expected { readonly code: string; readonly line: number; readonly message: string }

type ParseFn = (f: SourceFile) => unknown;
type AnalyzeFn = (p: unknown, f: SourceFile) => Program;
type BuildFn = (p: Program) => { bodies: Body[]; diagnostics: Diagnostic[] };

async function main(): Promise<void> {
  const parse = (await import('../../src/syntax/parser.js' as string) as { parse: ParseFn }).parse;
  const analyze = (await import('../../src/types/analyze.js' as string) as { analyze: AnalyzeFn }).analyze;
  const buildMir = (await import('../../src/mir/build/index.js' as string) as { buildMir: BuildFn }).buildMir;
  const ui = process.argv[2] === 'ui';
  const expected = ui ? uiExpectations() : JSON.parse(readFileSync(join(CORPUS, 'expected.json'), 'utf8')) as { programs: Record<string, { errors: Expected[] }> };
  const filter = (ui ? process.argv[3] : process.argv[2]) ?? '';
  const files = ui ? Object.keys(expected.programs).sort() : readdirSync(join(CORPUS, 'programs')).sort().map((n) => join(CORPUS, 'programs', n));
  let tp = 0, fp = 0, fn = 0, crashes = 0, exact = 0, total = 0;
  for (const path of files) {
    const name = ui ? path : path.slice(path.lastIndexOf('/') + 1);
    if (!name.endsWith('.rs') || !name.includes(filter)) continue;
    const text = readFileSync(path, 'utf8');
    const file: SourceFile = { name, text };
    const want = (expected.programs[name]?.errors ?? []).filter((e) => BORROWCK_CODES.has(e.code) || e.message === 'lifetime may not live long enough');
    let got: { code: string; line: number; message: string }[] = [];
    let other: Diagnostic[] = [];
    try {
      const program = analyze(parse(file), file);
      other = [...program.diagnostics];
      // rustc stops before borrowck when resolution or type checking failed.
      if (program.diagnostics.some((d) => d.level === 'error')) { other = [...program.diagnostics]; }
      const built = other.some((d) => d.level === 'error') ? { bodies: [], diagnostics: [] } : buildMir(program);
      for (const d of built.diagnostics) console.log(`  ${name}:${text.slice(0, d.spans[0]?.span.lo ?? 0).split('\n').length}: MIR ${d.message}`);
      for (const body of built.bodies) {
        const r = borrowck(body, program.tcx);
        for (const d of reportBorrowck(r, body, program.tcx, file)) {
          const lo = d.spans[0]?.span.lo ?? 0;
          const line = text.slice(0, lo).split('\n').length;
          if (d.code === null && d.message.startsWith('unsupported')) console.log(`  ${name}:${line}: ${d.message}`);
          got.push({ code: d.code ?? d.message, line, message: d.message });
        }
      }
    } catch (e) {
      crashes++;
      console.log(`CRASH ${name}: ${(e as Error).stack?.split('\n').slice(0, 4).join(' | ')}`);
      continue;
    }
    got = got.filter((g) => BORROWCK_CODES.has(g.code) || g.message === 'lifetime may not live long enough');
    total++;
    const key = (e: { code: string; line: number; message: string }) => `${e.message === 'lifetime may not live long enough' ? 'lifetime' : e.code}@${e.line}`;
    const wantKeys = want.map(key), gotKeys = got.map(key);
    const remaining = [...wantKeys];
    const extra: string[] = [];
    for (const g of gotKeys) { const i = remaining.indexOf(g); if (i >= 0) { remaining.splice(i, 1); tp++; } else { extra.push(g); fp++; } }
    fn += remaining.length;
    if (remaining.length === 0 && extra.length === 0) exact++;
    else console.log(`${name}: missing [${remaining.join(', ')}] extra [${extra.join(', ')}]${other.length > 0 ? ` (front end: ${other.length} diagnostics: ${other.slice(0, 2).map((d) => d.message).join('; ')})` : ''}`);
  }
  console.log(`programs ${total} exact ${exact} | tp ${tp} fp ${fp} fn ${fn} | crashes ${crashes}`);
}

/** `//~ ERROR E0502` (this line), `//~^ ERROR` (one line up per `^`), `//~| ERROR` (same line as the previous one). */
function uiExpectations(): { programs: Record<string, { errors: Expected[] }> } {
  const programs: Record<string, { errors: Expected[] }> = {};
  const walk = (dir: string): void => {
    for (const ent of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, ent.name);
      if (ent.isDirectory()) { walk(p); continue; }
      if (!ent.name.endsWith('.rs')) continue;
      const errors: Expected[] = [];
      let prevLine = 0;
      readFileSync(p, 'utf8').split('\n').forEach((l, i) => {
        const m = /\/\/~(\^*|\|)?\s*ERROR\s+(E\d{4})/.exec(l);
        if (m === null) return;
        const mark = m[1] ?? '';
        const line = mark === '|' ? prevLine : i + 1 - mark.length;
        prevLine = line;
        errors.push({ code: m[2]!, line, message: '' });
      });
      programs[p] = { errors };
    }
  };
  walk('tests/ui');
  return { programs };
}

void main();
