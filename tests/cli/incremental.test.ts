import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { check, type CheckOptions } from '../../src/driver/check.js';
import { checkIncremental } from '../../src/driver/incremental.js';
import type { SourceFile } from '../../src/syntax/span.js';

const opts: CheckOptions = { crateType: 'auto' };

const PROGRAM = `struct Item { name: String, count: u32 }

fn first(items: &mut Vec<Item>) -> usize {
    let a = &items[0];
    items.push(Item { name: String::new(), count: 0 });
    a.count as usize
}

fn second(s: String) -> String {
    let t = s;
    println!("{}", s);
    t
}

fn third(v: Vec<u8>) -> usize {
    v.len()
}

fn main() {
    let mut v = Vec::new();
    first(&mut v);
    second(String::new());
    third(Vec::new());
}
`;

const file = (text: string): SourceFile => ({ name: 'inc.rs', text });

test('a re-check re-uses unchanged bodies and reports what a full check reports', () => {
  const base = checkIncremental(file(PROGRAM), opts, null);
  assert.deepEqual(base.diagnostics, check(file(PROGRAM), opts).diagnostics);
  assert.deepEqual(base.diagnostics.map((d) => d.code), ['E0502', 'E0382']);
  // Edit `third` so that it grows: the bodies before it keep their place, `main` moves down.
  const edited = PROGRAM.replace('    v.len()\n', '    let n = v.len();\n    n + 1\n');
  const again = checkIncremental(file(edited), opts, base);
  assert.equal(again.reused, 3);
  assert.deepEqual(again.diagnostics, check(file(edited), opts).diagnostics);
  // Edit `first` so the errors of `second` move: they are moved with it.
  const moved = edited.replace('    let a = &items[0];\n', '    let a = &items[0];\n    let _pad = 1;\n');
  const third = checkIncremental(file(moved), opts, again);
  assert.equal(third.reused, 3);
  assert.deepEqual(third.diagnostics, check(file(moved), opts).diagnostics);
});

test('a changed signature re-checks every body', () => {
  const base = checkIncremental(file(PROGRAM), opts, null);
  const edited = PROGRAM.replace('fn third(v: Vec<u8>) -> usize', 'fn third(v: Vec<u16>) -> usize');
  const again = checkIncremental(file(edited), opts, base);
  assert.equal(again.reused, 0);
  assert.deepEqual(again.diagnostics, check(file(edited), opts).diagnostics);
});

test('an interface with its own errors is never re-used', () => {
  const bad = `struct S { r: &str }\n${PROGRAM}`;
  const base = checkIncremental(file(bad), opts, null);
  const again = checkIncremental(file(bad.replace('    v.len()\n', '    v.len() + 0\n')), opts, base);
  assert.equal(again.reused, 0);
  assert.deepEqual(again.diagnostics, check(file(bad.replace('    v.len()\n', '    v.len() + 0\n')), opts).diagnostics);
});

test('re-checks agree with full checks on every UI test, edited inside a body and back', () => {
  const root = fileURLToPath(new URL('../../../tests/ui', import.meta.url));
  const files: string[] = [];
  const walk = (d: string): void => {
    for (const n of readdirSync(d).sort()) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else if (n.endsWith('.rs')) files.push(p);
    }
  };
  walk(root);
  assert.ok(files.length > 100);
  let reused = 0;
  for (const f of files) {
    const text = readFileSync(f, 'utf8');
    const fi = text.indexOf('fn ');
    const bi = fi < 0 ? -1 : text.indexOf('{', fi);
    const edited = bi < 0 ? `${text}\n` : `${text.slice(0, bi + 1)}\n    ${text.slice(bi + 1)}`;
    const a = checkIncremental({ name: f, text: edited }, opts, null);
    const b = checkIncremental({ name: f, text }, opts, a);
    assert.deepEqual(b.diagnostics, check({ name: f, text }, opts).diagnostics, f);
    const c = checkIncremental({ name: f, text: edited }, opts, b);
    assert.deepEqual(c.diagnostics, check({ name: f, text: edited }, opts).diagnostics, f);
    reused += b.reused + c.reused;
  }
  assert.ok(reused > files.length / 2, `only ${reused} bodies re-used`);
});
