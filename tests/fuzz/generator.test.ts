import assert from 'node:assert/strict';
import { test } from 'node:test';
import { generate, generateText, render } from '../../fuzz/src/gen.js';
import { HELPERS } from '../../fuzz/src/prelude.js';
import { programSeed } from '../../fuzz/src/rng.js';
import { countNodes } from '../../fuzz/src/tree.js';

const SEEDS = Array.from({ length: 150 }, (_, i) => programSeed(7, i));

/** Strips string and char literals so brackets inside them do not count. */
function code(text: string): string {
  return text.replace(/"(?:[^"\\]|\\.)*"/g, '""').replace(/'(?:[^'\\]|\\.)'/g, "''");
}

function balanced(text: string): boolean {
  const open: string[] = [];
  const pairs: Record<string, string> = { ')': '(', ']': '[', '}': '{' };
  for (const ch of code(text)) {
    if (ch === '(' || ch === '[' || ch === '{') open.push(ch);
    else if (ch in pairs) {
      if (open.pop() !== pairs[ch]) return false;
    }
  }
  return open.length === 0;
}

test('a seed always gives the same program', () => {
  for (const s of SEEDS.slice(0, 20)) assert.equal(generateText(s), generateText(s));
  assert.equal(programSeed(1, 0), programSeed(1, 0));
  assert.notEqual(programSeed(1, 0), programSeed(1, 1));
  assert.notEqual(programSeed(1, 0), programSeed(2, 0));
});

test('different seeds give different programs', () => {
  const texts = new Set(SEEDS.slice(0, 50).map((s) => generateText(s)));
  assert.ok(texts.size >= 45, `only ${texts.size} distinct programs of 50`);
});

test('programs are bracket-balanced and have a main', () => {
  for (const s of SEEDS) {
    const t = generateText(s);
    assert.ok(balanced(t), `unbalanced program for seed ${s}:\n${t}`);
    assert.equal(t.match(/^fn main\(\) \{$/gm)?.length, 1, `seed ${s}`);
  }
});

test('every helper a program calls is declared, and no other', () => {
  const names = new Set(HELPERS.map((h) => h.name));
  for (const s of SEEDS) {
    const t = generateText(s);
    for (const m of t.matchAll(/\b(\w+)\(/g)) {
      const n = m[1] ?? '';
      // Methods (`impl Pair { fn bump(..) }`) are declared indented.
      if (names.has(n)) assert.match(t, new RegExp(`^\\s*fn ${n}\\b`, 'm'), `seed ${s}: ${n} used, not declared`);
    }
    for (const m of t.matchAll(/^(?:fn|struct) (\w+)/gm)) {
      const n = m[1] ?? '';
      // A helper is printed only if something else in the program names it.
      if (names.has(n)) assert.ok((t.match(new RegExp(`\\b${n}\\b`, 'g'))?.length ?? 0) > 1, `seed ${s}: ${n} declared, not used`);
    }
  }
});

test('generated locals are declared before they are mentioned', () => {
  for (const s of SEEDS) {
    const t = generateText(s);
    const main = t.slice(t.indexOf('fn main'));
    const declared = new Set<string>();
    for (const l of main.split('\n')) {
      // Bindings introduced on this line: `let`, `let ref [mut]`, `for`, `Some(x)` and `[x, ..]` patterns, closures.
      const intro = [...l.matchAll(/(?:\blet (?:ref )?(?:mut )?|\bfor |\bSome\(|\[)([acikx]\d+)\b/g)].map((m) => m[1] ?? '');
      const used = [...code(l).matchAll(/\b(?!i32\b)([acikx]\d+)\b/g)].map((m) => m[1] ?? '');
      for (const u of used) assert.ok(declared.has(u) || intro.includes(u), `seed ${s}: ${u} used before declaration in: ${l}`);
      for (const i of intro) declared.add(i);
    }
  }
});

test('programs vary in size and constructs', () => {
  const all = SEEDS.map((s) => generateText(s)).join('\n');
  for (const construct of ['while ', 'loop {', 'for ', 'match ', 'if ', '|| {', '&mut ', 'drop(', 'pick_', '.push(', 'let mut ', 'while let ', 'Rc::new(RefCell::new(', '.borrow()', 'Box<String>', '.name_ref()', '.name_slot()', '.bump()', '.into_name()', 'return;', 'return ']) {
    assert.ok(all.includes(construct), `no program uses ${construct}`);
  }
  const sizes = SEEDS.map((s) => countNodes(generate(s).items));
  assert.ok(Math.min(...sizes) < 10 && Math.max(...sizes) > 15, `sizes ${Math.min(...sizes)}..${Math.max(...sizes)}`);
});

test('render of generate is generateText', () => {
  const s = SEEDS[3] ?? 1;
  assert.equal(render(generate(s).items), generateText(s));
});
