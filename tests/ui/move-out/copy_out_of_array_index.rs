fn main() {
    let nums = [1, 2, 3];
    let v = vec![1.5, 2.5];
    let r = &v;
    let a = nums[1];
    let b = r[0];
    let arr_ref = &nums;
    let c = *arr_ref;
    println!("{} {} {:?}", a, b, c);
}
