import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { renderAll } from '../../src/diagnostics/human.js';
import { buildLineIndex, position } from '../../src/diagnostics/line-index.js';
import { primarySpan } from '../../src/util/diagnostic.js';
import { compare, describeMismatch, parseTest, type Actual } from './annotations.js';
import { isolatedChecker } from './isolated-check.js';

/**
 * The UI suite: every tests/ui/**\/*.rs is checked in process; its (code, line) errors must equal
 * the `//~ ERROR` annotations, and its rendered output must equal `X.stderr` when that exists.
 *
 *   BLESS=1 npm test          rewrite X.stderr of passing and known-bug tests
 *   UPDATE_BASELINE=1 npm test  rewrite baseline-failures.txt with today's failures
 *
 * `//@ known-bug: reason` tests assert their recorded (wrong) output and count as FIXMEs. Tests in
 * baseline-failures.txt (the pipeline does not handle them yet) run as node:test `todo` tests:
 * reported, counted, never silently skipped, and not failing the run.
 */
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const uiDir = join(root, 'tests', 'ui');
const baselinePath = join(root, 'tests', 'ui-runner', 'baseline-failures.txt');
const bless = process.env['BLESS'] === '1';
const updateBaseline = process.env['UPDATE_BASELINE'] === '1';

function collect(dir: string, out: string[]): string[] {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) collect(p, out);
    else if (name.endsWith('.rs')) out.push(p);
  }
  return out;
}

function readBaseline(): Set<string> {
  if (!existsSync(baselinePath)) return new Set();
  return new Set(
    readFileSync(baselinePath, 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== '' && !l.startsWith('#')),
  );
}

interface Outcome {
  readonly ok: boolean;
  readonly report: string;
  readonly rendered: string;
}

async function runOne(path: string): Promise<Outcome & { knownBug: string | null; stderrPath: string }> {
  const rel = relative(root, path).split('\\').join('/');
  const text = readFileSync(path, 'utf8');
  const parsed = parseTest(text);
  const file = { name: rel, text };
  const { diagnostics } = await checker.check(file, { crateType: parsed.headers.crateType ?? 'bin', polonius: parsed.headers.polonius });
  const idx = buildLineIndex(text);
  const actual: Actual[] = diagnostics
    .filter((d) => d.level === 'error')
    .map((d) => {
      const sp = primarySpan(d);
      return { code: d.code, line: sp === null ? 0 : position(idx, sp.lo).line, message: d.message };
    });
  const rendered = diagnostics.length === 0 ? '' : renderAll(diagnostics, file);
  const stderrPath = path.replace(/\.rs$/, '.stderr');
  const problems = [...parsed.problems];
  const mismatch = compare(parsed.expected, actual);
  if (mismatch.missing.length > 0 || mismatch.unexpected.length > 0) problems.push(describeMismatch(mismatch));
  if (existsSync(stderrPath) && parsed.headers.knownBug === null && !bless) {
    const recorded = readFileSync(stderrPath, 'utf8');
    if (recorded !== rendered) problems.push(`  rendered output differs from ${relative(root, stderrPath)}:\n${rendered}`);
  }
  return { ok: problems.length === 0, report: problems.join('\n'), rendered, knownBug: parsed.headers.knownBug, stderrPath };
}

const files = collect(uiDir, []);
// Each file is checked in a worker with a time limit: an endless loop fails one test, not the run.
const checker = isolatedChecker();
const baseline = readBaseline();
const counts = { passed: 0, failed: 0, knownBug: 0, baseline: 0, fixed: [] as string[] };
const nowFailing: string[] = [];

for (const path of files) {
  const rel = relative(uiDir, path).split('\\').join('/');
  const inBaseline = baseline.has(rel);
  const options = inBaseline && !updateBaseline ? { todo: 'in tests/ui-runner/baseline-failures.txt' } : {};
  test(`ui/${rel}`, options, async (t) => {
    const r = await runOne(path);
    if (r.knownBug !== null) {
      // FIXME(known-bug): the recorded output is today's, known to differ from rustc's.
      counts.knownBug++;
      if (bless) {
        writeFileSync(r.stderrPath, r.rendered);
        return;
      }
      assert.ok(existsSync(r.stderrPath), `known-bug test needs its current output recorded: run BLESS=1 npm test (${r.knownBug})`);
      assert.equal(r.rendered, readFileSync(r.stderrPath, 'utf8'), `known-bug test's output changed (${r.knownBug}); if it is now right, drop the header`);
      return;
    }
    if (!r.ok) {
      nowFailing.push(rel);
      if (inBaseline && !updateBaseline) {
        // A todo test's failure would not fail the run anyway; a one-line note keeps the log short.
        counts.baseline++;
        t.diagnostic(r.report.split('\n').slice(0, 2).join(' | ').trim());
        return;
      }
      counts.failed++;
      assert.fail(`${rel}\n${r.report}`);
    }
    if (inBaseline) counts.fixed.push(rel);
    counts.passed++;
    if (bless) {
      if (r.rendered === '') rmSync(r.stderrPath, { force: true });
      else writeFileSync(r.stderrPath, r.rendered);
    }
  });
}

after(async () => {
  await checker.close();
  if (updateBaseline) {
    const header = '# UI tests the pipeline does not pass yet (run as node:test todo tests).\n# Regenerate: UPDATE_BASELINE=1 npm test\n';
    writeFileSync(baselinePath, header + nowFailing.sort().map((l) => l + '\n').join(''));
  }
  const fixedNote = updateBaseline
    ? `; baseline rewritten with ${nowFailing.length} entries`
    : counts.fixed.length > 0
      ? `; ${counts.fixed.length} baseline entries now pass (remove them: UPDATE_BASELINE=1 npm test)`
      : '';
  console.log(`ui: ${counts.passed} passed, ${counts.failed} failed, ${counts.knownBug} known-bug (FIXME), ${counts.baseline} baseline-failing (todo)${fixedNote}`);
});
