import assert from 'node:assert/strict';
import { test } from 'node:test';
import { renderAll } from '../../src/diagnostics/human.js';
import { at, error, find, insert, note, primary, secondary } from './helpers.js';

// Expected outputs are rustc 1.95's, recorded from `rustc --edition 2021 --emit=metadata -A warnings`
// on the same sources; the diagnostics are built by hand with rustc's spans and labels.

test('E0502 with labels on three lines, single-code summary', () => {
  const text = `fn main() {
    let mut v = vec![1, 2, 3];
    let first = &v[0];
    v.push(4);
    println!("{}", first);
}
`;
  const d = error('E0502', 'cannot borrow `v` as mutable because it is also borrowed as immutable', [
    primary(at(text, 4, 5, 9), 'mutable borrow occurs here'),
    secondary(at(text, 3, 18, 1), 'immutable borrow occurs here'),
    secondary(at(text, 5, 20, 5), 'immutable borrow later used here'),
  ]);
  assert.equal(
    renderAll([d], { name: 'h1.rs', text }),
    `error[E0502]: cannot borrow \`v\` as mutable because it is also borrowed as immutable
 --> h1.rs:4:5
  |
3 |     let first = &v[0];
  |                  - immutable borrow occurs here
4 |     v.push(4);
  |     ^^^^^^^^^ mutable borrow occurs here
5 |     println!("{}", first);
  |                    ----- immutable borrow later used here

error: aborting due to 1 previous error

For more information about this error, try \`rustc --explain E0502\`.
`,
  );
});

const H2 = `fn main() {
    let mut s = String::new();
    let r = &s;
    s.push_str(r);
    let x = 1;
    x = 2;
    println!("{x}");
}
fn f(v: &Vec<i32>) {
    v.push(1);
}
fn longest() -> &'static str {
    let s = String::from("a");
    let r: &str = &s;



    r
}
fn g() {
    let mut v: Vec<i32> = Vec::new();
    let first = &v;
    v.push(
        1,
    );
    first.len();
}
`;

test('nested labels, suggestions, wide gutters, `...`, multi-line spans, multi-code summary', () => {
  const t = H2;
  const diags = [
    error('E0502', 'cannot borrow `s` as mutable because it is also borrowed as immutable', [
      primary(find(t, 's.push_str(r)'), 'mutable borrow occurs here'),
      secondary(find(t, '&s'), 'immutable borrow occurs here'),
      secondary(find(t, 'push_str'), 'immutable borrow later used by call'),
    ]),
    error('E0384', 'cannot assign twice to immutable variable `x`', [primary(at(t, 6, 5, 5), 'cannot assign twice to immutable variable'), secondary(at(t, 5, 9, 1), 'first assignment to `x`')], [
      insert('consider making this binding mutable', find(t, 'x = 1').lo, 'mut '),
    ]),
    error('E0596', 'cannot borrow `*v` as mutable, as it is behind a `&` reference', [primary(at(t, 10, 5, 1), '`v` is a `&` reference, so it cannot be borrowed as mutable')], [
      insert('consider changing this to be a mutable reference', find(t, '&Vec').lo + 1, 'mut '),
    ]),
    error('E0515', 'cannot return value referencing local variable `s`', [primary(at(t, 18, 5, 1), 'returns a value referencing data owned by the current function'), secondary(at(t, 14, 19, 2), '`s` is borrowed here')]),
    error('E0502', 'cannot borrow `v` as mutable because it is also borrowed as immutable', [
      primary(find(t, 'v.push(\n        1,\n    )'), 'mutable borrow occurs here'),
      secondary(at(t, 22, 17, 2), 'immutable borrow occurs here'),
      secondary(at(t, 26, 5, 5), 'immutable borrow later used here'),
    ]),
  ];
  assert.equal(
    renderAll(diags, { name: 'h2.rs', text: t }),
    `error[E0502]: cannot borrow \`s\` as mutable because it is also borrowed as immutable
 --> h2.rs:4:5
  |
3 |     let r = &s;
  |             -- immutable borrow occurs here
4 |     s.push_str(r);
  |     ^^--------^^^
  |     | |
  |     | immutable borrow later used by call
  |     mutable borrow occurs here

error[E0384]: cannot assign twice to immutable variable \`x\`
 --> h2.rs:6:5
  |
5 |     let x = 1;
  |         - first assignment to \`x\`
6 |     x = 2;
  |     ^^^^^ cannot assign twice to immutable variable
  |
help: consider making this binding mutable
  |
5 |     let mut x = 1;
  |         +++

error[E0596]: cannot borrow \`*v\` as mutable, as it is behind a \`&\` reference
  --> h2.rs:10:5
   |
10 |     v.push(1);
   |     ^ \`v\` is a \`&\` reference, so it cannot be borrowed as mutable
   |
help: consider changing this to be a mutable reference
   |
 9 | fn f(v: &mut Vec<i32>) {
   |          +++

error[E0515]: cannot return value referencing local variable \`s\`
  --> h2.rs:18:5
   |
14 |     let r: &str = &s;
   |                   -- \`s\` is borrowed here
...
18 |     r
   |     ^ returns a value referencing data owned by the current function

error[E0502]: cannot borrow \`v\` as mutable because it is also borrowed as immutable
  --> h2.rs:23:5
   |
22 |       let first = &v;
   |                   -- immutable borrow occurs here
23 | /     v.push(
24 | |         1,
25 | |     );
   | |_____^ mutable borrow occurs here
26 |       first.len();
   |       ----- immutable borrow later used here

error: aborting due to 5 previous errors

Some errors have detailed explanations: E0384, E0502, E0515, E0596.
For more information about an error, try \`rustc --explain E0384\`.
`,
  );
});

test('spanless error with a `= note:` child (E0601 on an empty file)', () => {
  const d = error('E0601', '`main` function not found in crate `empty`', [], [note('consider adding a `main` function to `empty.rs`')]);
  assert.equal(
    renderAll([d], { name: 'empty.rs', text: '' }),
    `error[E0601]: \`main\` function not found in crate \`empty\`
  |
  = note: consider adding a \`main\` function to \`empty.rs\`

error: aborting due to 1 previous error

For more information about this error, try \`rustc --explain E0601\`.
`,
  );
});

test('colour only on request, with rustc\u2019s escapes', () => {
  const text = 'fn main() {\n    let x = 1;\n}\n';
  const d = error('E0384', 'm', [primary(find(text, 'x'), 'l')]);
  const out = renderAll([d], { name: 'c.rs', text }, { color: true });
  assert.ok(out.startsWith('\x1b[1m\x1b[91merror[E0384]\x1b[0m\x1b[1m: m\x1b[0m\n \x1b[1m\x1b[94m--> \x1b[0mc.rs:2:9\n'));
  assert.ok(!renderAll([d], { name: 'c.rs', text }).includes('\x1b'));
});

test('a note with its own spans, then a verbose suggestion (E0382)', () => {
  const text = `// \`name\` moves into \`greeting\`, so reading it afterwards is E0382.
fn shout(s: String) -> String {
    s.to_uppercase()
}

fn main() {
    let name = String::from("ferris");
    let greeting = shout(name);
    println!("{} {}", greeting, name.len());
}
`;
  const d = error(
    'E0382',
    'borrow of moved value: `name`',
    [
      secondary(at(text, 7, 9, 4), 'move occurs because `name` has type `String`, which does not implement the `Copy` trait'),
      secondary(at(text, 8, 26, 4), 'value moved here'),
      primary(at(text, 9, 33, 4), 'value borrowed here after move'),
    ],
    [
      note('consider changing this parameter type in function `shout` to borrow instead if owning the value isn\'t necessary', [
        secondary(at(text, 2, 4, 5), 'in this function'),
        primary(at(text, 2, 13, 6), 'this parameter takes ownership of the value'),
      ]),
      insert('consider cloning the value if the performance cost is acceptable', at(text, 8, 30, 0).lo, '.clone()'),
    ],
  );
  assert.equal(
    renderAll([d], { name: 'use_after_move.rs', text }),
    `error[E0382]: borrow of moved value: \`name\`
 --> use_after_move.rs:9:33
  |
7 |     let name = String::from("ferris");
  |         ---- move occurs because \`name\` has type \`String\`, which does not implement the \`Copy\` trait
8 |     let greeting = shout(name);
  |                          ---- value moved here
9 |     println!("{} {}", greeting, name.len());
  |                                 ^^^^ value borrowed here after move
  |
note: consider changing this parameter type in function \`shout\` to borrow instead if owning the value isn't necessary
 --> use_after_move.rs:2:13
  |
2 | fn shout(s: String) -> String {
  |    -----    ^^^^^^ this parameter takes ownership of the value
  |    |
  |    in this function
help: consider cloning the value if the performance cost is acceptable
  |
8 |     let greeting = shout(name.clone());
  |                              ++++++++

error: aborting due to 1 previous error

For more information about this error, try \`rustc --explain E0382\`.
`,
  );
});

test('a lone inline suggestion becomes a label; a replacement is shown as a diff', () => {
  const text = `fn main() {
    let pair = (String::new(), 1);
    let key = &pair[0];
}
`;
  const idx = at(text, 3, 20, 3);
  const inline = error('E0608', 'cannot index into a value of type `(String, {integer})`', [primary(idx)], [
    { level: 'help', message: 'to access tuple element `0`, use', spans: [], suggestions: [{ span: idx, replacement: '.0', applicability: 'MachineApplicable' }], style: 'inline' },
  ]);
  const verbose = { ...inline, children: [{ ...inline.children[0]!, style: 'verbose' as const }] };
  const cx = { name: 't.rs', text };
  assert.equal(
    renderAll([inline], cx).split('\n\n')[0],
    `error[E0608]: cannot index into a value of type \`(String, {integer})\`
 --> t.rs:3:20
  |
3 |     let key = &pair[0];
  |                    ^^^ help: to access tuple element \`0\`, use: \`.0\``,
  );
  assert.equal(
    renderAll([verbose], cx).split('\n\n')[0],
    `error[E0608]: cannot index into a value of type \`(String, {integer})\`
 --> t.rs:3:20
  |
3 |     let key = &pair[0];
  |                    ^^^
  |
help: to access tuple element \`0\`, use
  |
3 -     let key = &pair[0];
3 +     let key = &pair.0;
  |`,
  );
});

test('long lines: the left margin is cut and a very long span loses its middle', () => {
  const text = "fn main() {\n    let x: i32 = \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\";\n    let y: i32 = 1; let z: u8 = y; let w = 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1; let q: i32 = \"s\";\n}\n";
  const cx = { name: 'long.rs', text };
  const elided = error('E0308', 'mismatched types', [primary(at(text, 2, 18, 302), 'expected `i32`, found `&str`'), secondary(at(text, 2, 12, 3), 'expected due to this')]);
  assert.equal(renderAll([elided], cx).split('error: aborting')[0], "error[E0308]: mismatched types\n --> long.rs:2:18\n  |\n2 | ...x: i32 = \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa...aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\";\n  |       ---   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^...^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ expected `i32`, found `&str`\n  |       |\n  |       expected due to this\n\n");
  const cutLeft = error('E0308', 'mismatched types', [primary(at(text, 3, 296, 3), 'expected `i32`, found `&str`'), secondary(at(text, 3, 290, 3), 'expected due to this')]);
  assert.equal(renderAll([cutLeft], cx).split('error: aborting')[0], "error[E0308]: mismatched types\n --> long.rs:3:296\n  |\n3 | ...1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1; let q: i32 = \"s\";\n  |                                                  ---   ^^^ expected `i32`, found `&str`\n  |                                                  |\n  |                                                  expected due to this\n\n");
});
