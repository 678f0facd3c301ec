/**
 * `npm run fuzz:rustc -- [--seed N] [--count N] [--start N] [--jobs N] [--rustc-only] [--no-shrink]
 *   [--shrink-tests N] [--per-key N] [--findings DIR] [--work DIR] [--bs worker|cli] [--timeout MS] [--polonius] [--verbose]`
 *
 * `--polonius` compares `borrowscope check --polonius` with `rustc -Zpolonius=next`.
 *
 * Differential fuzzing of borrowscope against rustc: generate well-typed programs, let rustc
 * judge them, discard those it rejects for anything but borrow checking (generator bugs, which
 * are counted), compare borrowscope's verdict, codes and lines, and shrink each disagreement
 * into fuzz/findings/.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { borrowscopeCli, BsWorker, type BsMode, type BsResult } from './borrowscope.js';
import { compare, outcomeKey, type Outcome } from './compare.js';
import { generate, render } from './gen.js';
import type { Reported } from './report.js';
import { programSeed } from './rng.js';
import { rustc, type RustcVerdict } from './rustc.js';
import { shrink } from './shrink.js';
import { countNodes, type Node } from './tree.js';

interface Options {
  readonly seed: number;
  readonly count: number;
  /** First program index: `--start 57 --count 1` re-runs program 57 of a campaign alone. */
  readonly start: number;
  readonly jobs: number;
  readonly rustcOnly: boolean;
  readonly shrink: boolean;
  readonly shrinkTests: number;
  readonly perKey: number;
  readonly findings: string;
  readonly work: string;
  readonly verbose: boolean;
  readonly bs: BsMode;
  readonly timeoutMs: number;
  readonly polonius: boolean;
}

/** What one job (of `--jobs N`) uses to run borrowscope. */
interface Job {
  readonly bs: (file: string) => Promise<BsResult>;
}

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

function parseOptions(argv: readonly string[]): Options {
  const o = {
    seed: 1,
    count: 100,
    start: 0,
    jobs: 1,
    rustcOnly: false,
    shrink: true,
    shrinkTests: 150,
    perKey: 2,
    findings: join(ROOT, 'fuzz', 'findings'),
    work: join(tmpdir(), `borrowscope-fuzz-${process.pid}`),
    verbose: false,
    bs: 'worker' as BsMode,
    timeoutMs: 30_000,
    polonius: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    const [flag, inline] = a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const val = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new Error(`${flag} needs a value`);
      return v;
    };
    const num = (): number => {
      const v = Number(val());
      if (!Number.isInteger(v) || v < 0) throw new Error(`${flag} needs a non-negative integer`);
      return v;
    };
    switch (flag) {
      case '--seed': o.seed = num(); break;
      case '--count': o.count = num(); break;
      case '--start': o.start = num(); break;
      case '--jobs': o.jobs = Math.max(1, num()); break;
      case '--rustc-only': o.rustcOnly = true; break;
      case '--no-shrink': o.shrink = false; break;
      case '--shrink-tests': o.shrinkTests = num(); break;
      case '--per-key': o.perKey = num(); break;
      case '--findings': o.findings = resolve(val()); break;
      case '--work': o.work = resolve(val()); break;
      case '--verbose': o.verbose = true; break;
      case '--polonius': o.polonius = true; break;
      case '--timeout': o.timeoutMs = num(); break;
      case '--bs': {
        const v = val();
        if (v !== 'cli' && v !== 'worker') throw new Error('--bs is cli or worker');
        o.bs = v;
        break;
      }
      default: throw new Error(`unknown option ${a}`);
    }
  }
  return o;
}

interface Stats {
  generated: number;
  accepted: number;
  rejected: number;
  invalid: Map<string, number>;
  rustcCodes: Map<string, number>;
  outcomes: Map<Outcome['kind'], number>;
  keys: Map<string, number>;
  unsupported: Map<string, number>;
  findings: string[];
}

function bump<K>(m: Map<K, number>, k: K, by = 1): void {
  m.set(k, (m.get(k) ?? 0) + by);
}

function fmtErrors(es: readonly Reported[]): string {
  return es.length === 0 ? 'accepts' : es.map((e) => `${e.code ?? `[${e.message.slice(0, 60)}]`}@${e.line}`).join(', ');
}

interface Judged {
  readonly rustc: RustcVerdict;
  readonly bs: BsResult | null;
  readonly outcome: Outcome | null;
}

async function judge(text: string, path: string, opts: Options, job: Job): Promise<Judged> {
  writeFileSync(path, text);
  const rv = await rustc(path, path.replace(/\.rs$/, '.rmeta'), opts.polonius);
  if (rv.kind === 'invalid' || opts.rustcOnly) return { rustc: rv, bs: null, outcome: null };
  const bs = await job.bs(path);
  return { rustc: rv, bs, outcome: compare(rv.kind === 'reject' ? rv.errors : [], bs) };
}

const HEADER_LINES = 7;

async function saveFinding(items: readonly Node[], key: string, origin: string, shrunkNote: string, opts: Options, job: Job, scratch: string): Promise<string> {
  const body = render(items);
  const hash = createHash('sha1').update(body).digest('hex').slice(0, 10);
  const file = join(opts.findings, `${hash}.rs`);
  const header = (r: string, b: string, u: string): string =>
    [
      `// borrowscope fuzz finding: ${key}`,
      `// found by: ${origin}`,
      `// ${shrunkNote}`,
      `// rustc 1.95:  ${r}`,
      `// borrowscope: ${b}`,
      `// unsupported: ${u}`,
      '//',
    ].join('\n') + '\n';
  // Write once to learn the lines both tools report in the file as saved, header included.
  const placeholder = header('', '', '') + body;
  const j = await judge(placeholder, scratch, { ...opts, rustcOnly: false }, job);
  const rText = j.rustc.kind === 'accept' ? 'accepts' : fmtErrors(j.rustc.errors);
  const bText = j.bs === null ? '(not run)' : j.bs.failure ?? fmtErrors([...j.bs.errors, ...j.bs.internal]);
  const uText = j.bs === null ? '' : j.bs.unsupported.map((u) => `${u.message.slice(0, 80)}@${u.line}`).join('; ') || 'none';
  mkdirSync(opts.findings, { recursive: true });
  const text = header(rText, bText, uText) + body;
  if (text.split('\n').length - body.split('\n').length !== HEADER_LINES) throw new Error('finding header must stay 7 lines');
  writeFileSync(file, text);
  return file;
}

async function runOne(index: number, opts: Options, stats: Stats, job: Job): Promise<void> {
  const seed = programSeed(opts.seed, index);
  const gen = generate(seed);
  const text = render(gen.items);
  const path = join(opts.work, `p${index}.rs`);
  const j = await judge(text, path, opts, job);
  stats.generated += 1;
  switch (j.rustc.kind) {
    case 'invalid':
      bump(stats.invalid, j.rustc.reason);
      if (opts.verbose) process.stderr.write(`invalid (${j.rustc.reason}): ${path}\n`);
      return;
    case 'accept':
      stats.accepted += 1;
      break;
    case 'reject':
      stats.rejected += 1;
      for (const e of j.rustc.errors) bump(stats.rustcCodes, e.code ?? '?');
      break;
  }
  const o = j.outcome;
  if (o === null) return;
  bump(stats.outcomes, o.kind);
  if (o.kind === 'unsupported') bump(stats.unsupported, o.what);
  const key = outcomeKey(o);
  if (key === null) return;
  bump(stats.keys, key);
  if (opts.verbose) process.stderr.write(`${o.kind} ${key}: ${path}\n`);
  if (!opts.shrink || (stats.keys.get(key) ?? 0) > opts.perKey) return;
  const scratch = join(opts.work, `s${index}.rs`);
  const interesting = async (items: readonly Node[]): Promise<boolean> => {
    const c = await judge(render(items), scratch, opts, job);
    return c.outcome !== null && outcomeKey(c.outcome) === key;
  };
  const before = countNodes(gen.items);
  // A hang costs a whole timeout per test: keep such programs as they are.
  const s = o.kind === 'crash' && key.startsWith('failure:timed out') ? { items: gen.items, tests: 0 } : await shrink(gen.items, interesting, opts.shrinkTests);
  const origin = `npm run fuzz:rustc -- --seed ${opts.seed} --start ${index} --count 1${opts.polonius ? ' --polonius' : ''} (generator seed ${seed})`;
  const note = `shrunk from ${before} to ${countNodes(s.items)} statements in ${s.tests} tests`;
  const file = await saveFinding(s.items, key, origin, note, opts, job, scratch);
  stats.findings.push(`${key}  ${file}`);
  process.stderr.write(`finding ${key} -> ${file}\n`);
}

function pct(n: number, d: number): string {
  return d === 0 ? '-' : `${((100 * n) / d).toFixed(1)}%`;
}

function sorted(m: Map<string, number>): string {
  return [...m.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([k, v]) => `    ${String(v).padStart(5)}  ${k}`)
    .join('\n');
}

function progress(stats: Stats, total: number): string {
  const inv = [...stats.invalid.values()].reduce((a, b) => a + b, 0);
  const o = (k: Outcome['kind']): number => stats.outcomes.get(k) ?? 0;
  return `[${stats.generated}/${total}] rustc: accept ${stats.accepted} reject ${stats.rejected} invalid ${inv} | borrowscope: exact ${o('exact')} lines ${o('lines')} codes ${o('codes')} verdict ${o('verdict')} unsupported ${o('unsupported')} crash ${o('crash')} | findings ${stats.findings.length}`;
}

function summary(stats: Stats, opts: Options): string {
  const inv = [...stats.invalid.values()].reduce((a, b) => a + b, 0);
  const valid = stats.accepted + stats.rejected;
  const o = (k: Outcome['kind']): number => stats.outcomes.get(k) ?? 0;
  const judged = o('exact') + o('lines') + o('codes') + o('verdict');
  const lines = [
    `programs generated: ${stats.generated} (seed ${opts.seed})`,
    `rustc: accepted ${stats.accepted} (${pct(stats.accepted, valid)} of valid), rejected on borrow checking ${stats.rejected} (${pct(stats.rejected, valid)}), invalid ${inv} (generator bugs, ${pct(inv, stats.generated)})`,
  ];
  if (inv > 0) lines.push('  invalid by reason:', sorted(stats.invalid));
  if (stats.rustcCodes.size > 0) lines.push('  rustc error codes:', sorted(stats.rustcCodes));
  if (!opts.rustcOnly) {
    lines.push(
      `borrowscope on ${valid} valid programs: judged ${judged}, unsupported ${o('unsupported')}, crashed/internal ${o('crash')}`,
      `  verdict agreement: ${judged - o('verdict')}/${judged} (${pct(judged - o('verdict'), judged)})`,
      `  code agreement:    ${o('exact') + o('lines')}/${judged} (${pct(o('exact') + o('lines'), judged)})`,
      `  code+line exact:   ${o('exact')}/${judged} (${pct(o('exact'), judged)})`,
    );
    if (stats.unsupported.size > 0) lines.push('  unsupported by what:', sorted(stats.unsupported));
    if (stats.keys.size > 0) lines.push(`  disagreements by key (${[...stats.keys.values()].reduce((a, b) => a + b, 0)}):`, sorted(stats.keys));
    lines.push(`findings written: ${stats.findings.length}`, ...stats.findings.map((f) => `    ${f}`));
  }
  return lines.join('\n') + '\n';
}

async function main(): Promise<void> {
  const opts = parseOptions(process.argv.slice(2));
  mkdirSync(opts.work, { recursive: true });
  const stats: Stats = { generated: 0, accepted: 0, rejected: 0, invalid: new Map(), rustcCodes: new Map(), outcomes: new Map(), keys: new Map(), unsupported: new Map(), findings: [] };
  let next = opts.start;
  let lastPrint = Date.now();
  const worker = async (): Promise<void> => {
    const w = opts.bs === 'worker' ? new BsWorker(opts.timeoutMs, opts.polonius) : null;
    const job: Job = { bs: (f) => (w !== null ? w.check(f) : borrowscopeCli(f, opts.timeoutMs, opts.polonius)) };
    while (next < opts.start + opts.count) {
      const i = next++;
      try {
        await runOne(i, opts, stats, job);
      } catch (err) {
        process.stderr.write(`program ${i}: fuzzer error: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
        bump(stats.invalid, 'fuzzer error');
        stats.generated += 1;
      }
      if (Date.now() - lastPrint > 5000 || stats.generated === opts.count) {
        lastPrint = Date.now();
        process.stderr.write(progress(stats, opts.count) + '\n');
      }
    }
    w?.stop();
  };
  await Promise.all(Array.from({ length: opts.jobs }, worker));
  process.stdout.write(summary(stats, opts));
  process.stdout.write(`work files: ${opts.work}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`fuzz: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 2;
});
