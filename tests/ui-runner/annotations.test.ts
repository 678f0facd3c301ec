import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compare, parseTest } from './annotations.js';

test('annotations: this line, lines above, same line as the previous one', () => {
  const src = [
    '//@ crate-type: lib',
    'fn f() {',
    '    a(); //~ ERROR E0502',
    '    b();',
    '    //~^ ERROR E0499',
    '    //~| ERROR E0502',
    '    c();',
    '',
    '    //~^^^ ERROR E0382',
  ].join('\n');
  const t = parseTest(src);
  assert.deepEqual(t.expected, [
    { code: 'E0502', line: 3 },
    { code: 'E0499', line: 4 },
    { code: 'E0502', line: 4 },
    { code: 'E0382', line: 6 },
  ]);
  assert.deepEqual(t.headers, { crateType: 'lib', knownBug: null, polonius: false });
  assert.equal(parseTest('//@ polonius\nfn main() {}\n').headers.polonius, true);
  assert.deepEqual(t.problems, []);
});

test('headers and malformed annotations', () => {
  const t = parseTest('//@ known-bug: two-phase borrows through Box\n//@ frobnicate\nfn main() {} //~ ERRROR E0502\n');
  assert.equal(t.headers.knownBug, 'two-phase borrows through Box');
  assert.equal(t.problems.length, 2);
});

test('comparison is on the multiset of (code, line); uncoded errors never match', () => {
  const m = compare(
    [
      { code: 'E0502', line: 3 },
      { code: 'E0502', line: 3 },
      { code: 'E0382', line: 9 },
    ],
    [
      { code: 'E0502', line: 3, message: 'a' },
      { code: 'E0499', line: 3, message: 'b' },
      { code: null, line: 9, message: 'unsupported: x' },
    ],
  );
  assert.deepEqual(m.missing, [
    { code: 'E0502', line: 3 },
    { code: 'E0382', line: 9 },
  ]);
  assert.deepEqual(
    m.unexpected.map((u) => u.message),
    ['b', 'unsupported: x'],
  );
});

test('an error without a code is annotated by its message and matches only that message', () => {
  const t = parseTest('fn f() {\n    x //~ ERROR lifetime may not live long enough\n}\n');
  assert.deepEqual(t.expected, [{ code: '-', line: 2, message: 'lifetime may not live long enough' }]);
  const m = compare(t.expected, [
    { code: null, line: 2, message: 'lifetime may not live long enough' },
    { code: null, line: 2, message: 'unsupported: x' },
  ]);
  assert.deepEqual(m.missing, []);
  assert.deepEqual(m.unexpected.map((u) => u.message), ['unsupported: x']);
});
