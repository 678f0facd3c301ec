import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isolatedChecker } from '../ui-runner/isolated-check.js';
import { expectedErrors, oracleCrateType, judgeDiagnostics, programLine, summarize, type ExpectedProgram, type ProgramResult } from './corpus-stats.js';

/**
 * `npm run corpus`: checks every program of the shared corpus (../shared/corpus beside the repo)
 * and prints how far borrowscope agrees with rustc 1.95's recorded verdicts, over the whole
 * corpus and over the subset listed in tests/corpus/subset.txt. Informational: exits 0 unless
 * its own arguments are wrong.
 *
 *   node dist/tests/corpus/run-corpus.js [--verbose] [--polonius] [--corpus DIR] [--subset FILE]
 */
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const args = process.argv.slice(2);
const verbose = args.includes('--verbose') || args.includes('-v');
const polonius = args.includes('--polonius');
const valueOf = (flag: string): string | null => {
  const i = args.indexOf(flag);
  return i >= 0 && i + 1 < args.length ? args[i + 1]! : null;
};
const corpusDir = resolve(valueOf('--corpus') ?? join(root, '..', 'shared', 'corpus'));
const subsetPath = resolve(valueOf('--subset') ?? join(root, 'tests', 'corpus', 'subset.txt'));

function readSubset(path: string): string[] {
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
}

async function run(): Promise<void> {
  const expectedPath = join(corpusDir, 'expected.json');
  if (!existsSync(expectedPath)) {
    console.log(`corpus: no corpus at ${corpusDir} (expected.json missing); nothing to compare`);
    return;
  }
  const expected = JSON.parse(readFileSync(expectedPath, 'utf8')) as { rustc: string; programs: Record<string, ExpectedProgram> };
  const results: ProgramResult[] = [];
  // Each program runs in a worker with a time limit, so a hang counts as a crash.
  const checker = isolatedChecker();
  let timedLines = 0;
  let totalMs = 0;
  let timeouts = 0;
  for (const name of Object.keys(expected.programs).sort()) {
    const exp = expected.programs[name]!;
    const path = join(corpusDir, 'programs', name);
    if (!existsSync(path)) continue;
    const text = readFileSync(path, 'utf8');
    const { diagnostics, ms, timedOut } = await checker.check({ name: `programs/${name}`, text }, { crateType: oracleCrateType(text), polonius });
    if (timedOut) timeouts++;
    else {
      totalMs += ms;
      timedLines += text.split('\n').length;
    }
    const { errors: exps, compiles } = expectedErrors(exp, polonius);
    results.push(judgeDiagnostics(name, text, diagnostics, exps, compiles, ms));
  }
  await checker.close();
  const mode = polonius ? ' (Polonius verdicts)' : '';
  console.log(`corpus ${corpusDir} vs ${expected.rustc}${mode}`);
  if (verbose) for (const r of results) console.log(programLine(r));
  console.log(summarize('all', results));
  const subset = readSubset(subsetPath);
  if (subset.length > 0) {
    const wanted = new Set(subset);
    const inSubset = results.filter((r) => wanted.has(r.name));
    const missing = subset.filter((s) => !results.some((r) => r.name === s));
    console.log(summarize(`subset (${subsetPath.slice(root.length + 1) || subsetPath}, ${subset.length} listed${missing.length > 0 ? `, ${missing.length} not in corpus` : ''})`, inSubset));
  }
  console.log(`time: ${totalMs.toFixed(0)} ms in check for ${timedLines} lines (${Math.round(timedLines / Math.max(totalMs / 1000, 1e-6))} lines/s), not counting ${timeouts} timed-out program${timeouts === 1 ? '' : 's'}`);
}

await run();
