// borrowscope fuzz finding: invented:E0499
// found by: npm run fuzz:rustc -- --seed 2026 --count 140 (program 139, generator seed 2628103044)
// shrunk from 29 to 23 statements in 100 tests
// rustc 1.95:  E0382@45, E0505@55, E0507@55
// borrowscope: E0382@45, E0502@47, E0502@48, E0502@52, E0502@54, E0507@55, E0505@55, E0499@60
// unsupported: none
//
#[derive(Debug, Clone)]
struct Pair {
    name: String,
    n: i32,
}

#[derive(Debug, Clone, Copy)]
struct Pt {
    x: i32,
    y: i32,
}

fn read_i(x: &i32) -> i32 {
    *x
}

fn read_s(x: &String) -> i32 {
    x.len() as i32
}

fn read_v(x: &Vec<i32>) -> i32 {
    x.len() as i32
}

fn read_p(x: &Pair) -> i32 {
    x.n
}

fn f0<'a>(x: &'a Pair, y: &Pt, z: Pair) -> &'a Pair {
    x
}

fn main() {
    let a0: &mut Pair = &mut (Pair { name: String::from("xy"), n: 1 });
    let a1 = a0;
    let mut a2: Option<String> = None;
    let mut a3: &mut Vec<i32> = &mut (vec![7, 9]);
    read_s(&a0.name);
    a3 = a3;
    if (*a3).is_empty() {
        read_v(a3);
    } else {
        read_p(a0);
    }
    if (*a3).is_empty() {
        a0.name.push('z');
        read_v(a3);
        let a4: &Pair = f0(&*a1, &(Pt { x: 9, y: 9 }), Pair { name: a1.name, n: a1.n });
        a0.n = ((a4.name.len() as i32)) + 4;
    } else {
        let mut i5: i32 = 0;
        while i5 < 3 {
            a3 = &mut *a3;
            let mut a6: &mut i32 = &mut a1.n;
            read_i(a6);
            i5 += 1;
        }
    }
}
