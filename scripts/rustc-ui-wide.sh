#!/usr/bin/env bash
# Builds a wider measuring corpus than ../shared/tools/rustc-ui-corpus.sh: rustc's own UI tests
# for traits, generics, patterns, consts, privacy, coherence, impl Trait and the `issues` folder
# (about 3,000 programs from Debian's rust-src), with the installed rustc's verdicts. It measures
# what borrowscope must never do on any program: invent an error, crash, or accept silently.
# These files are rustc's: measure on them, never copy them into the project.
#   usage: scripts/rustc-ui-wide.sh OUT_DIR     (then: npm run corpus -- --corpus OUT_DIR --subset /dev/null)
set -euo pipefail
out=${1:?usage: rustc-ui-wide.sh OUT_DIR}
ui=$(ls -d /usr/src/rustc-*/src/test/ui 2>/dev/null | head -1 || true)
[[ -n $ui ]] || { echo "rustc's UI tests are not installed: apt-get install -y rust-src" >&2; exit 2; }
oracle=$(cd "$(dirname "$0")/../.." && pwd)/shared/tools/oracle.mjs
mkdir -p "$out/programs"
n=0
for d in issues traits generics structs-enums array-slice-vec match pattern binding methods typeck unique self \
         for-loop-while privacy coherence impl-trait associated-types unboxed-closures mir threads-sendsync \
         or-patterns wf derives numbers-arithmetic unsafe error-codes statics consts; do
  for f in "$ui/$d"/*.rs; do
    [[ -f $f ]] || continue
    # standalone tests stable rustc compiles on its own, as rustc-ui-corpus.sh selects them
    if grep -q -E 'feature\(|aux-build|revisions|compile-flags|edition:2015|\bignore-|needs-|no_std|no_core|#!\[crate_type|extern crate' "$f"; then continue; fi
    cp "$f" "$out/programs/${d}__$(basename "$f")"
    n=$((n + 1))
  done
done
echo "copied $n programs; asking rustc about each (about 15 minutes)..." >&2
node "$oracle" --jobs 1 "$out/programs" > "$out/expected.json"
echo "wrote $out/expected.json" >&2
