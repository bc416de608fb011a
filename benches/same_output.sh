#!/usr/bin/env bash
# Do two builds write the same bytes? Runs both binaries over every dump of ../shared/corpus
# (under starter rules from `rules init`, and under tests/data/corpus.yaml) and the bundled
# samples (built-in AMRIT rules; rules/synthetic.yaml for samples/people.sql) with one fixed
# key, and compares exit status and output hash per run.
#   benches/same_output.sh OLD_BINARY NEW_BINARY
set -uo pipefail
cd "$(dirname "$0")/.."
old=$1 new=$2
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
"$new" keygen "$work/key" >/dev/null 2>&1
mkdir -p "$work/rules"
run() { # OUT LABEL BINARY ARGS... : one line, "HASH LABEL EXIT"
  local out=$1 label=$2; shift 2
  "$@" > "$work/bytes" 2>/dev/null
  local rc=$?
  echo "$(sha256sum < "$work/bytes" | cut -c1-64) $label $rc" >> "$out"
}
sums() { # BINARY OUT
  local bin=$1 out=$2 f n
  : > "$out"
  for f in $(find ../shared/corpus -name '*.sql' -o -name '*.sql.zst' | sort); do
    n=$(echo "$f" | tr / _)
    [ -f "$work/rules/$n.yaml" ] || "$new" rules init --schema "$f" > "$work/rules/$n.yaml" 2>/dev/null
    run "$out" "rules-init:$f" "$bin" transform -q --key-file "$work/key" --rules "$work/rules/$n.yaml" --allow-unmatched -j2 "$f"
    run "$out" "corpus.yaml:$f" "$bin" transform -q --key-file "$work/key" --rules tests/data/corpus.yaml --allow-unmatched -j2 "$f"
  done
  for f in samples/amrit/*.sql; do
    run "$out" "builtin:$f" "$bin" transform -q --key-file "$work/key" -j2 "$f"
  done
  run "$out" "synthetic:samples/people.sql" "$bin" transform -q --key-file "$work/key" --rules rules/synthetic.yaml samples/people.sql
}
sums "$old" "$work/old.txt"
sums "$new" "$work/new.txt"
echo "$(wc -l < "$work/new.txt") runs compared"
if diff "$work/old.txt" "$work/new.txt"; then echo "same bytes and exit status in every run"; else exit 1; fi
