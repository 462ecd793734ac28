#!/usr/bin/env bash
# Issue 23's gate: the demo year's outputs (run, forms, tasks) open in Word, WPS and Excel
# without a repair, i.e. openxml-audit (PyPI, pinned, in a venv made here once) reports no
# finding of severity error in any .docx or .xlsx. Warnings are allowed. Needs python3.
set -euo pipefail
cd "$(dirname "$0")/.."
venv=${OOXML_VENV:-target/ooxml-venv}
[ -x "$venv/bin/openxml-audit" ] || {
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q openxml-audit==0.8.0
}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
bin=target/debug/duban
cargo build -q  # the binary cargo test built, never a stale one
for args in "run --quiet" "forms --period 2020三季度" "tasks"; do
  # shellcheck disable=SC2086
  "$bin" $args --input input --output "$out" >/dev/null || [ $? -eq 1 ]
done
# One directory, recursively (the tool takes one PATH); 历史版本 holds no files in a fresh run.
"$venv/bin/openxml-audit" -o json -m 0 -r "$out" | python3 -c '
import json, sys
res = json.load(sys.stdin)
res = res if isinstance(res, list) else [res]
files = [r for r in res if r["file"].endswith((".docx", ".xlsx"))]
bad = [(r["file"], e["part_uri"], e["description"]) for r in files for e in r.get("errors", []) if e.get("severity") == "error"]
for b in bad: print(*b, sep=" | ")
print(f"ooxml-gate: {len(files)} files, {len(bad)} errors")
sys.exit(1 if bad or not files else 0)'
