import { test } from 'node:test';
import assert from 'node:assert/strict';
import { groundKey } from '../../src/types/traits.js';
import type { Ty } from '../../src/types/ty.js';
import { ERASED, STATIC, UNIT } from '../../src/types/ty.js';
import { errors } from './helpers.js';

// The trait solver answers projections of ground types once per crate (keyed by `groundKey`).

const usize: Ty = { kind: 'int', int: 'usize' };
const adt = (def: number, ...types: Ty[]): Ty => ({ kind: 'adt', def, args: { regions: [], types, consts: [] } });

test('groundKey tells apart types that differ anywhere, regions included', () => {
  const keys = [
    usize,
    { kind: 'int', int: 'u8' },
    UNIT,
    adt(3),
    adt(4),
    adt(3, usize),
    adt(3, adt(3)),
    { kind: 'ref', region: ERASED, mut: false, inner: usize },
    { kind: 'ref', region: ERASED, mut: true, inner: usize },
    { kind: 'ref', region: STATIC, mut: false, inner: usize },
    { kind: 'slice', elem: usize },
    { kind: 'array', elem: usize, len: { kind: 'value', value: 2n } },
    { kind: 'array', elem: usize, len: { kind: 'value', value: 3n } },
    { kind: 'tuple', elems: [usize, usize] },
    { kind: 'tuple', elems: [{ kind: 'tuple', elems: [usize] }, usize] },
  ].map((t) => groundKey(t as Ty));
  assert.ok(keys.every((k) => k !== null));
  assert.equal(new Set(keys).size, keys.length);
  assert.equal(groundKey(adt(3, usize)), groundKey(adt(3, usize)));
});

test('groundKey refuses types whose meaning depends on a body or an inference context', () => {
  const open: Ty[] = [
    { kind: 'infer', var: 0, flavor: 'general' },
    { kind: 'param', index: 0, name: 'T' },
    adt(3, { kind: 'infer', var: 1, flavor: 'int' }),
    { kind: 'ref', region: ERASED, mut: false, inner: { kind: 'param', index: 0, name: 'T' } },
    { kind: 'array', elem: usize, len: { kind: 'unknown' } },
    { kind: 'error' },
  ];
  for (const t of open) assert.equal(groundKey(t), null);
});

// rustc 1.95: a.rs is accepted; b.rs is E0599 at 7:31 (`u8` has no `len`). Both in one process,
// with `W` at the same DefId in both crates: the second must not see the first's answer.
const withTarget = (target: string, deref: string): string =>
  `use std::ops::Deref;\nstruct W;\nimpl Deref for W {\n    type Target = ${target};\n    fn deref(&self) -> &${target} { ${deref} }\n}\nfn len_of(w: &W) -> usize { w.len() }\nfn main() {\n    let w = W;\n    println!("{}", len_of(&w));\n}\n`;

test('projection answers are per crate: the same type name with another impl', () => {
  assert.deepEqual(errors(withTarget('String', 'unimplemented!()')), []);
  assert.deepEqual(errors(withTarget('u8', '&0')).map((e) => e.split(' ').slice(0, 2).join(' ')), ['E0599 7:31']);
  assert.deepEqual(errors(withTarget('String', 'unimplemented!()')), []);
});
