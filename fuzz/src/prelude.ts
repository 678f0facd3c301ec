/**
 * Declarations a generated program may call. Only those a program mentions are printed, so a
 * program (and a shrunk finding) carries no dead helpers. Each helper is monomorphic on purpose:
 * generic helpers would test trait resolution rather than ownership.
 */
export interface Helper {
  readonly name: string;
  readonly text: string;
}

export const HELPERS: readonly Helper[] = [
  { name: 'Pair', text: '#[derive(Debug, Clone)]\nstruct Pair {\n    name: String,\n    n: i32,\n}' },
  { name: 'Pt', text: '#[derive(Debug, Clone, Copy)]\nstruct Pt {\n    x: i32,\n    y: i32,\n}' },
  { name: 'Guard', text: '#[derive(Debug)]\nstruct Guard {\n    s: String,\n}\n\nimpl Drop for Guard {\n    fn drop(&mut self) {}\n}' },
  // Closures passed straight to an `Fn*` bound get that kind (rustc's closure-kind deduction).
  { name: 'run_fn', text: 'fn run_fn<F: Fn()>(f: F) {\n    f();\n}' },
  { name: 'run_mut', text: 'fn run_mut<F: FnMut()>(mut f: F) {\n    f();\n}' },
  { name: 'run_once', text: 'fn run_once<F: FnOnce()>(f: F) {\n    f();\n}' },
  { name: 'make_s', text: 'fn make_s() -> String {\n    String::from("made")\n}' },
  { name: 'read_i', text: 'fn read_i(x: &i32) -> i32 {\n    *x\n}' },
  { name: 'write_i', text: 'fn write_i(x: &mut i32) {\n    *x += 1;\n}' },
  { name: 'take_i', text: 'fn take_i(x: i32) -> i32 {\n    x\n}' },
  { name: 'read_s', text: 'fn read_s(x: &String) -> i32 {\n    x.len() as i32\n}' },
  { name: 'write_s', text: "fn write_s(x: &mut String) {\n    x.push('w');\n}" },
  { name: 'take_s', text: 'fn take_s(x: String) -> i32 {\n    x.len() as i32\n}' },
  { name: 'read_v', text: 'fn read_v(x: &Vec<i32>) -> i32 {\n    x.len() as i32\n}' },
  { name: 'write_v', text: 'fn write_v(x: &mut Vec<i32>) {\n    x.push(1);\n}' },
  { name: 'take_v', text: 'fn take_v(x: Vec<i32>) -> i32 {\n    x.len() as i32\n}' },
  { name: 'read_b', text: 'fn read_b(x: &Box<i32>) -> i32 {\n    **x\n}' },
  { name: 'write_b', text: 'fn write_b(x: &mut Box<i32>) {\n    **x += 1;\n}' },
  { name: 'take_b', text: 'fn take_b(x: Box<i32>) -> i32 {\n    *x\n}' },
  { name: 'read_o', text: 'fn read_o(x: &Option<String>) -> i32 {\n    if x.is_some() { 1 } else { 0 }\n}' },
  { name: 'write_o', text: 'fn write_o(x: &mut Option<String>) {\n    *x = None;\n}' },
  { name: 'take_o', text: 'fn take_o(x: Option<String>) -> i32 {\n    match x {\n        Some(s) => s.len() as i32,\n        None => 0,\n    }\n}' },
  { name: 'read_p', text: 'fn read_p(x: &Pair) -> i32 {\n    x.n\n}' },
  { name: 'write_p', text: 'fn write_p(x: &mut Pair) {\n    x.n += 1;\n}' },
  { name: 'take_p', text: 'fn take_p(x: Pair) -> i32 {\n    x.n\n}' },
  { name: 'read_t', text: 'fn read_t(x: &Pt) -> i32 {\n    x.x\n}' },
  { name: 'write_t', text: 'fn write_t(x: &mut Pt) {\n    x.y += 1;\n}' },
  { name: 'take_t', text: 'fn take_t(x: Pt) -> i32 {\n    x.x + x.y\n}' },
  { name: 'read_g', text: 'fn read_g(x: &Guard) -> i32 {\n    x.s.len() as i32\n}' },
  { name: 'write_g', text: "fn write_g(x: &mut Guard) {\n    x.s.push('g');\n}" },
  { name: 'take_g', text: 'fn take_g(x: Guard) -> i32 {\n    x.s.len() as i32\n}' },
  { name: 'read_a', text: 'fn read_a(x: &[String; 2]) -> i32 {\n    x[0].len() as i32\n}' },
  { name: 'write_a', text: "fn write_a(x: &mut [String; 2]) {\n    x[1].push('a');\n}" },
  { name: 'take_a', text: 'fn take_a(x: [String; 2]) -> i32 {\n    x[0].len() as i32\n}' },
  { name: 'read_str', text: 'fn read_str(x: &str) -> i32 {\n    x.len() as i32\n}' },
  { name: 'pick_s', text: "fn pick_s<'a>(x: &'a String, y: &String) -> &'a String {\n    let _ = y;\n    x\n}" },
  { name: 'pick_v', text: "fn pick_v<'a>(x: &'a Vec<i32>, y: &Vec<i32>) -> &'a Vec<i32> {\n    let _ = y;\n    x\n}" },
  { name: 'pick_i', text: "fn pick_i<'a>(x: &'a i32, y: &i32) -> &'a i32 {\n    let _ = y;\n    x\n}" },
  { name: 'longest', text: "fn longest<'a>(x: &'a String, y: &'a String) -> &'a String {\n    if x.len() > y.len() { x } else { y }\n}" },
  { name: 'name_of', text: 'fn name_of(p: &Pair) -> &String {\n    &p.name\n}' },
  { name: 'name_mut', text: 'fn name_mut(p: &mut Pair) -> &mut String {\n    &mut p.name\n}' },
  { name: 'first_mut', text: 'fn first_mut(v: &mut Vec<i32>) -> &mut i32 {\n    &mut v[0]\n}' },
  { name: 'Rc', text: 'use std::rc::Rc;' },
  { name: 'RefCell', text: 'use std::cell::RefCell;' },
  { name: 'read_r', text: 'fn read_r(x: &Rc<RefCell<Vec<i32>>>) -> i32 {\n    x.borrow().len() as i32\n}' },
  { name: 'write_r', text: 'fn write_r(x: &mut Rc<RefCell<Vec<i32>>>) {\n    x.borrow_mut().push(1);\n}' },
  { name: 'take_r', text: 'fn take_r(x: Rc<RefCell<Vec<i32>>>) -> i32 {\n    x.borrow().len() as i32\n}' },
  { name: 'read_bs', text: 'fn read_bs(x: &Box<String>) -> i32 {\n    x.len() as i32\n}' },
  { name: 'write_bs', text: "fn write_bs(x: &mut Box<String>) {\n    x.push('b');\n}" },
  { name: 'take_bs', text: 'fn take_bs(x: Box<String>) -> i32 {\n    x.len() as i32\n}' },
  // Methods: `&self`/`&mut self` returning references tied to `self`, and a consuming one.
  { name: 'name_ref', text: 'impl Pair {\n    fn name_ref(&self) -> &String {\n        &self.name\n    }\n}' },
  { name: 'name_slot', text: 'impl Pair {\n    fn name_slot(&mut self) -> &mut String {\n        &mut self.name\n    }\n}' },
  { name: 'bump', text: 'impl Pair {\n    fn bump(&mut self) {\n        self.n += 1;\n    }\n}' },
  { name: 'into_name', text: 'impl Pair {\n    fn into_name(self) -> String {\n        self.name\n    }\n}' },
  { name: 'inner_of', text: 'fn inner_of(o: &Option<String>) -> &str {\n    match o {\n        Some(s) => s.as_str(),\n        None => "",\n    }\n}' },
];

/** The helpers `body` mentions, and those they mention in turn, in declaration order. */
export function helpersFor(body: string): Helper[] {
  const used = new Set<string>();
  let text = body;
  for (;;) {
    let grew = false;
    for (const h of HELPERS) {
      if (!used.has(h.name) && new RegExp(`\\b${h.name}\\b`).test(text)) {
        used.add(h.name);
        text += '\n' + h.text;
        grew = true;
      }
    }
    if (!grew) break;
  }
  return HELPERS.filter((h) => used.has(h.name));
}
