#!/bin/bash
# bench-peers.sh DOSSIER: Dossier beside Mycroft's Adapt parser (../shared/peers), in one run:
# warm questions/s (Adapt routing only; Dossier answering in batch mode) and exec to exit.
# Needs a Python with adapt-parser 1.0.0: ADAPT_PYTHON, else /tmp/adapt-venv/bin/python.
set -eu
DOSSIER=$(readlink -f "$1")
PEERS=$(readlink -f "$(dirname "$0")/../../shared/peers" 2>/dev/null || true)
P=${ADAPT_PYTHON:-/tmp/adapt-venv/bin/python}
QUESTIONS="$PEERS/../questions/dev.jsonl"
if [ ! -f "$PEERS/adapt_router.py" ] || ! "$P" -c 'import adapt' 2>/dev/null; then
  echo "peers: skipped (needs ../shared/peers and a Python with adapt-parser==1.0.0 at $P:"
  echo "  python3 -m venv /tmp/adapt-venv && /tmp/adapt-venv/bin/pip install adapt-parser==1.0.0)"
  exit 0
fi
HOME_DIR=$(mktemp -d); trap 'rm -rf "$HOME_DIR"' EXIT
export XDG_DATA_HOME=$HOME_DIR/data XDG_STATE_HOME=$HOME_DIR/state
QUESTION="when did Russia open its embassy?"
echo "$QUESTION" | "$DOSSIER" --json > /dev/null   # creates the store
adapt_rate=$(cd "$PEERS" && "$P" adapt_router.py --bench 200 "$QUESTIONS" | grep -Eo '= [0-9,]+ q/s' | tr -d '=, q/s')
jq -r .question "$QUESTIONS" > "$HOME_DIR/q.txt"
for _ in $(seq 200); do cat "$HOME_DIR/q.txt"; done > "$HOME_DIR/batch.txt"
lines=$(wc -l < "$HOME_DIR/batch.txt")
start=$(date +%s.%N); "$DOSSIER" --json < "$HOME_DIR/batch.txt" > /dev/null; end=$(date +%s.%N)
dossier_rate=$(echo "$lines / ($end - $start)" | bc -l)
adapt_cold=$(cd "$PEERS" && "$P" coldstart.py 5 "$P" adapt_router.py --one "$QUESTION" | grep -Eo 'median of [0-9]+: [0-9]+' | grep -Eo '[0-9]+$')
dossier_cold=$(cd "$PEERS" && "$P" coldstart.py 5 "$DOSSIER" ask "$QUESTION" | grep -Eo 'median of [0-9]+: [0-9]+' | grep -Eo '[0-9]+$')
printf 'peers: Adapt routes %.0f q/s, Dossier answers %.0f q/s (ratio %.2f, target >= 1)\n' "$adapt_rate" "$dossier_rate" \
  "$(echo "$dossier_rate / $adapt_rate" | bc -l)"
printf 'peers: exec to exit, Adapt %s ms, Dossier %s ms (ratio %.2f, target <= 0.6)\n' "$adapt_cold" "$dossier_cold" \
  "$(echo "$dossier_cold / $adapt_cold" | bc -l)"
