import assert from 'node:assert/strict';
import { test } from 'node:test';
import { renderAll } from '../../src/diagnostics/human.js';
import { check } from '../../src/driver/check.js';
import { guard, missingMain } from '../../src/driver/phases.js';
import type { Diagnostic } from '../../src/util/diagnostic.js';

test('E0601 as rustc words it, at the end of the file', () => {
  const file = { name: 'nm2.rs', text: 'fn f() {\n    let x = 1;\n}\n' };
  assert.equal(
    renderAll([missingMain(file)], file),
    "error[E0601]: `main` function not found in crate `nm2`\n --> nm2.rs:3:2\n  |\n3 | }\n  |  ^ consider adding a `main` function to `nm2.rs`\n\nerror: aborting due to 1 previous error\n\nFor more information about this error, try `rustc --explain E0601`.\n",
  );
  const out = check(file, { crateType: 'bin' });
  assert.equal(out.diagnostics[0]?.code, 'E0601');
  assert.equal(check(file, { crateType: 'auto' }).crateType, 'lib');
  assert.ok(!check(file, { crateType: 'auto' }).diagnostics.some((d) => d.code === 'E0601'));
});

test('a throwing phase becomes one internal error, not a crash', () => {
  const diags: Diagnostic[] = [];
  const r = guard('testing', diags, () => {
    throw new Error('boom');
  });
  assert.equal(r, null);
  assert.equal(diags.length, 1);
  assert.equal(diags[0]!.message, 'internal: testing failed: boom');
  assert.equal(diags[0]!.code, null);
});

test('check never throws and never passes garbage silently', () => {
  const inputs = ['', 'fn', 'fn main() {', '}}}}', 'fn main() { let x: = ; }', '\u0000\u0001', 'fn main() { "unterminated }', 'struct S { a: }'];
  for (const text of inputs) {
    const out = check({ name: 'g.rs', text }, { crateType: 'bin' });
    assert.ok(out.diagnostics.some((d) => d.level === 'error'), `no error for ${JSON.stringify(text)}`);
  }
});
