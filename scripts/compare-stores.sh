#!/bin/bash
# compare-stores.sh OLD_DOSSIER NEW_DOSSIER [DOCUMENT...]: ingests the same documents with
# two builds, each into a fresh store, and compares what the stores hold: every table's rows
# (sorted), documents without their ingest time, and readings with their word counts taken
# out of JSON (whose key order follows Swift's per-process hashing). For changes meant to
# speed ingest up without changing what it stores. Default documents: the 10k-fact synthetic
# corpus (`dossier-bench corpus DIR 10000`), written to a temporary folder.
set -eu
OLD=$(readlink -f "$1"); NEW=$(readlink -f "$2"); shift 2
WORK=$(mktemp -d); trap 'rm -rf "$WORK"' EXIT
if [ $# -eq 0 ]; then
  BENCH=$(dirname "$NEW")/dossier-bench
  [ -x "$BENCH" ] || { echo "compare-stores: no documents given and no $BENCH to write the synthetic corpus" >&2; exit 2; }
  "$BENCH" corpus "$WORK/corpus" 10000 >/dev/null
  set -- "$WORK"/corpus/*
fi
dump() {
  local db=$1/dossier/store.sqlite t
  for t in $(sqlite3 "$db" "select name from sqlite_master where type='table' and name not like '%fts%' and name not like 'sqlite_%'
      and name not in ('grdb_migrations', 'reading_image', 'document', 'fact_reading', 'passage_reading')"); do
    echo "== $t"; sqlite3 "$db" "select * from $t" | LC_ALL=C sort
  done
  echo "== document"; sqlite3 "$db" "select source, path, contentHash, text, byteCount, characterCount from document" | LC_ALL=C sort
  for t in fact passage; do
    echo "== ${t}_reading"; sqlite3 "$db" "select $t, reading, words from ${t}_reading" | LC_ALL=C sort
    echo "== ${t}_reading counted"; sqlite3 "$db" "select r.$t, c.key, c.value from ${t}_reading r, json_each(r.counted) c" | LC_ALL=C sort
  done
}
for side in old new; do
  binary=$OLD; [ $side = new ] && binary=$NEW
  mkdir -p "$WORK/$side"
  XDG_DATA_HOME=$WORK/$side XDG_STATE_HOME=$WORK/$side "$binary" ingest "$@" >/dev/null
  dump "$WORK/$side" > "$WORK/$side.txt"
done
if cmp -s "$WORK/old.txt" "$WORK/new.txt"; then
  echo "stores identical ($(wc -l < "$WORK/old.txt") lines compared)"
else
  echo "stores differ:"; diff "$WORK/old.txt" "$WORK/new.txt" | head -40; exit 1
fi
