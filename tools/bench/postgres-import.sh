#!/usr/bin/env bash
# Import benchmark on PostgreSQL, in one run: `crm import purchases` of the benchmark CSV into a new database,
# then `psql \copy` of the same file into an equivalent table (primary key on the purchase id, an index on
# customer and time) in another new database. Prints both times and the ratio of rows/s. crm's time is the whole
# process (JVM start included); both schemas are created before timing.
# Usage: tools/bench/postgres-import.sh CSV HOST PORT USER   (a server where USER may create databases and run
# CHECKPOINT: a superuser, or a member of pg_checkpoint)
set -euo pipefail
csv=$1 host=$2 port=$3 user=$4
rows=$(($(wc -l < "$csv") - 1))
run=$(date +%s%N)
psql -q -h "$host" -p "$port" -U "$user" -c "CREATE DATABASE crm_$run" -c "CREATE DATABASE copy_$run"
# Both sides load into an empty schema made before the clock starts (psql's table is created untimed below):
# a first command on the new database runs crm's schema migrations.
./crm --quiet --store "postgresql://$host:$port/crm_$run?user=$user" customers list --limit 1 > /dev/null
# Each side starts after a checkpoint, and crm's database is dropped before psql's turn: neither pays for the
# other's dirty pages or for autovacuum working through the other's new table.
psql -q -h "$host" -p "$port" -U "$user" -c "CHECKPOINT"
start=$(date +%s%N)
./crm --quiet --store "postgresql://$host:$port/crm_$run?user=$user" import purchases "$csv" > /dev/null
crm_ns=$(( $(date +%s%N) - start ))
psql -q -h "$host" -p "$port" -U "$user" -c "DROP DATABASE crm_$run"
psql -q -h "$host" -p "$port" -U "$user" -d "copy_$run" -c "CREATE TABLE purchase_csv (
    purchase_id VARCHAR(128) PRIMARY KEY, customer_id VARCHAR(64) NOT NULL, occurred_at VARCHAR(40) NOT NULL,
    amount NUMERIC NOT NULL, currency CHAR(3), channel VARCHAR(64));
  CREATE INDEX ON purchase_csv (customer_id, occurred_at);"
psql -q -h "$host" -p "$port" -U "$user" -c "CHECKPOINT"
start=$(date +%s%N)
psql -q -h "$host" -p "$port" -U "$user" -d "copy_$run" -c "\\copy purchase_csv FROM '$csv' WITH (FORMAT csv, HEADER true)"
copy_ns=$(( $(date +%s%N) - start ))
awk -v r="$rows" -v c="$crm_ns" -v p="$copy_ns" 'BEGIN {
  printf "crm import: %.2f s (%.0f rows/s); psql \\copy: %.2f s (%.0f rows/s); ratio %.2f\n",
    c/1e9, r/(c/1e9), p/1e9, r/(p/1e9), (r/(c/1e9))/(r/(p/1e9)) }'
psql -q -h "$host" -p "$port" -U "$user" -c "DROP DATABASE copy_$run"
