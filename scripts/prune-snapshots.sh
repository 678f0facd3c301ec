#!/usr/bin/env bash
# Keeps a UI test's .stderr snapshot only when it is byte-for-byte what rustc 1.95 prints for
# the program (run from the repository root, as the UI runner names files). Needs rustc.
# Usage: scripts/prune-snapshots.sh [--dry-run]
set -u
cd "$(dirname "$0")/.."
kept=0; removed=0
for f in $(find tests/ui -name '*.stderr' | sort); do
  rs="${f%.stderr}.rs"
  [ -f "$rs" ] || continue
  flags="--edition 2021 --emit=metadata -o /tmp/prune-snapshot.rmeta"
  # As the UI runner: a file without `fn main` (or marked so) is a library.
  if grep -q '^//@ crate-type: lib' "$rs" || ! grep -qE '^\s*(pub )?fn main\s*\(' "$rs"; then flags="$flags --crate-type lib"; fi
  env=""
  grep -q '^//@ polonius' "$rs" && { flags="$flags -Zpolonius=next"; env="RUSTC_BOOTSTRAP=1"; }
  if env $env rustc $flags "$rs" 2>&1 | cmp -s - "$f"; then kept=$((kept+1)); else
    removed=$((removed+1)); echo "differs from rustc: $f"
    [ "${1:-}" = "--dry-run" ] || git rm -q "$f" 2>/dev/null || rm -f "$f"
  fi
done
echo "snapshots equal to rustc: $kept; removed: $removed"
