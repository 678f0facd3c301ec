import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parseArgs } from '../../src/cli/args.js';
import { main, type Io } from '../../src/cli/main.js';
import { check } from '../../src/driver/check.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

function run(argv: string[], env: Record<string, string | undefined> = {}, tty = false): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const io: Io = { stdout: (s) => (out += s), stderr: (s) => (err += s), stderrIsTty: tty, env };
  const code = main(argv, io);
  return { code, out, err };
}

test('argument parsing', () => {
  assert.deepEqual(parseArgs(['check', 'a.rs']), { kind: 'check', file: 'a.rs', errorFormat: 'human', crateType: 'auto', polonius: false, compare: false, color: 'auto', edition: null });
  assert.deepEqual(parseArgs(['check', '--error-format=json', 'a.rs', '--crate-type', 'lib', '--polonius']), {
    kind: 'check',
    file: 'a.rs',
    errorFormat: 'json',
    crateType: 'lib',
    polonius: true,
    compare: false,
    color: 'auto',
    edition: null,
  });
  assert.deepEqual(parseArgs(['check', '--compare', 'a.rs']), { kind: 'check', file: 'a.rs', errorFormat: 'human', crateType: 'auto', polonius: false, compare: true, color: 'auto', edition: null });
  assert.deepEqual(parseArgs(['facts', 'a.rs', '--json']), { kind: 'facts', file: 'a.rs', json: true });
  assert.deepEqual(parseArgs(['facts', 'a.rs']), { kind: 'facts', file: 'a.rs', json: false });
  assert.equal(parseArgs(['facts', '--polonius', 'a.rs']).kind, 'usageError');
  assert.equal((parseArgs(['check', '--edition=2018', 'a.rs']) as { edition: number }).edition, 2018);
  assert.equal(parseArgs(['check', '--edition', '2017', 'a.rs']).kind, 'usageError');
  assert.deepEqual(parseArgs(['parse', 'a.rs', 'b.rs', '--edition', '2015', '--print']), { kind: 'parse', files: ['a.rs', 'b.rs'], edition: 2015, print: true, color: 'auto' });
  assert.equal(parseArgs(['check', '--print', 'a.rs']).kind, 'usageError');
  assert.deepEqual(parseArgs(['check', '--error-format', 'json', 'a.rs']).kind, 'check');
  assert.deepEqual(parseArgs(['mir', 'a.rs']), { kind: 'mir', file: 'a.rs' });
  assert.equal(parseArgs(['check']).kind, 'usageError');
  assert.equal(parseArgs(['check', 'a.rs', 'b.rs']).kind, 'usageError');
  assert.equal(parseArgs(['check', '--error-format=xml', 'a.rs']).kind, 'usageError');
  assert.equal(parseArgs(['check', '--crate-type', 'dylib', 'a.rs']).kind, 'usageError');
  assert.equal(parseArgs(['frobnicate']).kind, 'usageError');
  assert.equal(parseArgs([]).kind, 'usageError');
  assert.equal(parseArgs(['mir', '--polonius', 'a.rs']).kind, 'usageError');
});

test('--version and --help exit 0 on stdout', () => {
  const v = run(['--version']);
  assert.equal(v.code, 0);
  assert.match(v.out, /^borrowscope \d+\.\d+\.\d+ \(checks as rustc 1\.95\.0\)\n$/);
  const h = run(['--help']);
  assert.equal(h.code, 0);
  assert.match(h.out, /borrowscope check FILE/);
});

test('usage errors exit 2', () => {
  const r = run(['check']);
  assert.equal(r.code, 2);
  assert.match(r.err, /^error: `check` needs a FILE\n/);
});

test('an unreadable file is reported in rustc\u2019s words, exit 1', () => {
  const r = run(['check', 'no/such/file.rs']);
  assert.equal(r.code, 1);
  assert.equal(r.err, "error: couldn't read `no/such/file.rs`: No such file or directory (os error 2)\n\nerror: aborting due to 1 previous error\n\n");
  const j = run(['check', '--error-format=json', 'no/such/file.rs']);
  const first = JSON.parse(j.err.split('\n')[0]!) as { message: string; level: string };
  assert.equal(first.message, "couldn't read `no/such/file.rs`: No such file or directory (os error 2)");
  const d = run(['check', root]);
  assert.match(d.err, /Is a directory \(os error 21\)/);
});

test('check always ends with an exit code and no stack trace', () => {
  const dir = mkdtempSync(join(tmpdir(), 'borrowscope-cli-'));
  const file = join(dir, 'weird.rs');
  writeFileSync(file, 'fn main() { let x = ; }\n');
  const r = run(['check', file]);
  assert.ok(r.code === 0 || r.code === 1);
  assert.ok(!/\n\s+at /.test(r.err), r.err);
});

test('colour follows the terminal and NO_COLOR', () => {
  const plain = run(['check', 'missing.rs'], {}, false);
  assert.ok(!plain.err.includes('\x1b['));
  const tty = run(['check', 'missing.rs'], {}, true);
  assert.ok(tty.err.includes('\x1b[1m\x1b[91merror'));
  const noColor = run(['check', 'missing.rs'], { NO_COLOR: '1' }, true);
  assert.ok(!noColor.err.includes('\x1b['));
});

test('bin/borrowscope.js runs the compiled CLI', () => {
  const r = spawnSync(process.execPath, [join(root, 'bin', 'borrowscope.js'), '--version'], { encoding: 'utf8' });
  assert.equal(r.status, 0);
  assert.match(r.stdout, /^borrowscope /);
  const bad = spawnSync(process.execPath, [join(root, 'bin', 'borrowscope.js'), 'check'], { encoding: 'utf8' });
  assert.equal(bad.status, 2);
});

test('mir prints the MIR of every body', () => {
  const r = run(['mir', join(root, 'examples', 'borrow_ends_early.rs')]);
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /^fn main\(\) -> \(\) \{\n/);
  assert.match(r.out, /bb0: \{/);
});

test('check on the examples: exit status and rustc-identical output', () => {
  const clean = run(['check', join(root, 'examples', 'borrow_ends_early.rs')]);
  assert.deepEqual([clean.code, clean.err], [0, '']);
  const rel = 'examples/push_while_borrowed.rs';
  const cwd = process.cwd();
  process.chdir(root);
  try {
    const bad = run(['check', rel]);
    assert.equal(bad.code, 1);
    // rustc 1.95's output for this file, recorded.
    assert.equal(
      bad.err,
      `error[E0502]: cannot borrow \`scores\` as mutable because it is also borrowed as immutable
 --> examples/push_while_borrowed.rs:5:5
  |
4 |     let best = &scores[0];
  |                 ------ immutable borrow occurs here
5 |     scores.push(40);
  |     ^^^^^^^^^^^^^^^ mutable borrow occurs here
6 |     println!("best score: {}", best);
  |                                ---- immutable borrow later used here

error: aborting due to 1 previous error

For more information about this error, try \`rustc --explain E0502\`.
`,
    );
  } finally {
    process.chdir(cwd);
  }
});

const PROBLEM_CASE_3 = `fn first_even(v: &mut Vec<u32>) -> &mut u32 {
    for s in v.iter_mut() {
        if *s % 2 == 0 {
            return s;
        }
    }
    v.push(0);
    v.last_mut().unwrap()
}
fn main() {
    let mut v = vec![1];
    *first_even(&mut v) += 1;
}
`;

function tempFile(name: string, text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'borrowscope-polonius-'));
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

test('check --polonius accepts problem case #3 that NLL rejects', () => {
  const f = tempFile('pc3.rs', PROBLEM_CASE_3);
  const nll = run(['check', f]);
  assert.equal(nll.code, 1);
  assert.equal((nll.err.match(/^error\[E0499\]/gm) ?? []).length, 2);
  const pol = run(['check', '--polonius', f]);
  assert.equal(pol.code, 0, pol.err);
  assert.equal(pol.err, '');
});

test('facts: one section per relation, and JSON with the same relations', () => {
  const f = tempFile('pc3.rs', PROBLEM_CASE_3);
  const text = run(['facts', f]);
  assert.equal(text.code, 0, text.err);
  assert.match(text.out, /^facts of `first_even`: \d+ points, \d+ origins, \d+ loans$/m);
  assert.match(text.out, /^facts of `main`:/m);
  for (const rel of ['loan_issued_at(origin, loan, point)', 'cfg_edge(point1, point2)', 'subset_base(origin1, origin2, point)', 'origin_live_on_entry(origin, points)', 'loan_invalidated_at(point, loan)', 'path_moved_at_base(path, point)']) {
    assert.ok(text.out.includes(`\n${rel}: `), rel);
  }
  const json = run(['facts', '--json', f]);
  assert.equal(json.code, 0);
  const parsed = JSON.parse(json.out) as { bodies: { body: string; relations: Record<string, { columns: string[]; rows: string[][] }> }[] };
  const fe = parsed.bodies.find((b) => b.body === 'first_even');
  assert.ok(fe !== undefined);
  assert.deepEqual(fe.relations['loan_issued_at']?.columns, ['origin', 'loan', 'point']);
  assert.ok((fe.relations['subset_base']?.rows.length ?? 0) > 0);
});

test('check --compare: which errors only NLL reports, which loan, and the constraint path that keeps it', () => {
  const f = tempFile('pc3.rs', PROBLEM_CASE_3);
  const r = run(['check', '--compare', f]);
  assert.equal(r.code, 1);
  assert.match(r.out, /^`first_even`: 2 errors only under NLL, 0 only under Polonius$/m);
  assert.match(r.out, /NLL only: error\[E0499\] line 7: cannot borrow `\*v` as mutable more than once at a time/);
  assert.match(r.out, /loan bw0: borrow at bb\d+\[\d+\] \(line 2\)/);
  assert.match(r.out, /NLL: the loan is in scope at bb\d+\[\d+\]: its origin flows, at any point, into '\?\d+ \(a universal origin, live at every point\):\n {6}'\?\d+ -> /);
  assert.match(r.out, /it reaches universal origin '\?\d+ only at bb\d+\[\d+\] \(line 4\)/);
  const agree = run(['check', '--compare', tempFile('ok.rs', 'fn main() { let mut x = 1; let r = &mut x; *r += 1; println!("{}", x); }\n')]);
  assert.equal(agree.code, 0);
  assert.equal(agree.out, 'NLL and Polonius agree on every body\n');
});

test('parse: many files, syntax errors as check reports them, exit 1 unless all parse', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bs-parse-'));
  const good = join(dir, 'good.rs');
  const bad = join(dir, 'bad.rs');
  writeFileSync(good, 'fn main() { let x = 1; }\n');
  writeFileSync(bad, 'fn main() {\n    let v = (1, [2;\n}\n');
  const ok = run(['parse', good]);
  assert.equal(ok.code, 0);
  assert.equal(ok.err, '');
  const r = run(['parse', good, bad]);
  assert.equal(r.code, 1);
  // rustc's exact report for a closer that matches an outer group.
  assert.equal(
    r.err,
    `error: mismatched closing delimiter: \`}\`\n --> ${bad}:2:17\n  |\n1 | fn main() {\n  |           - closing delimiter possibly meant for this\n2 |     let v = (1, [2;\n  |                 ^ unclosed delimiter\n3 | }\n  | ^ mismatched closing delimiter\n\nerror: aborting due to 1 previous error\n\n2 files parsed, 1 with errors (1 error)\n`,
  );
});

test('parse --print writes the tree back as source', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bs-print-'));
  const f = join(dir, 'a.rs');
  writeFileSync(f, 'fn   main( ) { let x=1 ; }');
  const r = run(['parse', '--print', f]);
  assert.equal(r.code, 0);
  assert.equal(r.out, 'fn main() {\n    let x = 1;\n}\n');
});

test('a crate parses under the edition its Cargo.toml names; --edition overrides it', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bs-edition-'));
  // `async` and `dyn` are identifiers in 2015 only.
  writeFileSync(join(dir, 'Cargo.toml'), '[package]\nname = "old"\nversion = "0.1.0"\nedition = "2015"\n\n[dependencies]\n');
  const src = join(dir, 'src');
  mkdirSync(src);
  const f = join(src, 'lib.rs');
  writeFileSync(f, 'pub fn async(dyn: u8) -> u8 { dyn }\n');
  assert.equal(run(['parse', f]).code, 0);
  assert.equal(run(['parse', '--edition', '2021', f]).code, 1);
  // No manifest above the file: 2021.
  const lone = mkdtempSync(join(tmpdir(), 'bs-edition-lone-'));
  const g = join(lone, 'a.rs');
  writeFileSync(g, 'pub fn async(dyn: u8) -> u8 { dyn }\n');
  assert.equal(run(['parse', g]).code, 1);
  assert.equal(run(['parse', '--edition', '2015', g]).code, 0);
});

test('#![crate_type = "lib"] makes a file without main a library, as rustc', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bs-crate-type-'));
  const lib = join(dir, 'lib.rs');
  writeFileSync(lib, '#![crate_type = "lib"]\npub fn f(v: &mut Vec<u8>) { v.push(1); }\n');
  assert.equal(run(['check', lib]).code, 0);
  // The corpus runners pass 'bin' as rustc's default; the attribute still decides.
  const text = '#![crate_type = "lib"]\npub fn f(v: &mut Vec<u8>) { v.push(1); }\n';
  assert.deepEqual(check({ name: 'lib.rs', text }, { crateType: 'bin' }).diagnostics, []);
  const bin = join(dir, 'bin.rs');
  writeFileSync(bin, 'pub fn f(v: &mut Vec<u8>) { v.push(1); }\n');
  assert.equal(run(['check', '--crate-type', 'bin', bin]).code, 1);
  assert.match(run(['check', '--crate-type', 'bin', bin]).err, /E0601/);
});
