#!/bin/bash
# compare-records.sh OLD_DOSSIER NEW_DOSSIER: the answer records two builds give, byte for
# byte: the bundled pack's questions (../shared/questions/dev.jsonl) in a fresh store, and
# the questions of ../shared/documents in a fresh store holding its documents. Prints each
# build's scores and whether the records are identical; exits 1 when they differ.
set -eu
OLD=$(readlink -f "$1"); NEW=$(readlink -f "$2")
SHARED=$(readlink -f "$(dirname "$0")/../../shared" 2>/dev/null || true)
if [ ! -f "$SHARED/questions/dev.jsonl" ] || [ ! -f "$SHARED/documents/questions.jsonl" ]; then
  echo "compare-records: skipped (needs ../shared beside the project, with questions/ and documents/)"; exit 0
fi
WORK=$(mktemp -d); trap 'rm -rf "$WORK"' EXIT
status=0
for side in old new; do
  binary=$OLD; [ $side = new ] && binary=$NEW
  mkdir -p "$WORK/$side-dev" "$WORK/$side-docs"
  jq -r .question "$SHARED/questions/dev.jsonl" |
    XDG_DATA_HOME=$WORK/$side-dev XDG_STATE_HOME=$WORK/$side-dev "$binary" --json > "$WORK/$side-dev.jsonl" 2>/dev/null
  (cd "$SHARED/documents" && XDG_DATA_HOME=$WORK/$side-docs XDG_STATE_HOME=$WORK/$side-docs "$binary" ingest *.txt >/dev/null)
  jq -r .question "$SHARED/documents/questions.jsonl" |
    XDG_DATA_HOME=$WORK/$side-docs XDG_STATE_HOME=$WORK/$side-docs "$binary" --json > "$WORK/$side-docs.jsonl" 2>/dev/null
  echo "$side: dev $(python3 "$SHARED/tools/score.py" "$SHARED/questions/dev.jsonl" "$WORK/$side-dev.jsonl" | tail -1);" \
    "documents $(python3 "$SHARED/tools/score.py" "$SHARED/documents/questions.jsonl" "$WORK/$side-docs.jsonl" | tail -1)"
done
for set in dev docs; do
  if cmp -s "$WORK/old-$set.jsonl" "$WORK/new-$set.jsonl"; then echo "$set records: identical"
  else echo "$set records: DIFFER"; diff "$WORK/old-$set.jsonl" "$WORK/new-$set.jsonl" | head -6; status=1; fi
done
exit $status
