#!/usr/bin/env bash
# How long `refresh` takes between two MariaDB servers, against plain `mariadb-dump | mariadb`
# of the same databases: generates the four AMRIT databases (`synth --amrit`, SIZE in all),
# starts a "replica" and a "UAT" server on 127.0.0.1 in WORK, loads the replica, times the
# plain copy, then a full `refresh --confirm-overwrite`, and prints each step's wall time.
#
#   benches/refresh.sh [SIZE] [WORK]      # defaults: 1G /tmp/amrit-refresh-bench
#   GATE2=full benches/refresh.sh         # gate 2 reads every backup again (default: evidence)
#
# Also prints the CPU seconds each side used: both servers (from /proc) and the client
# processes (the plain copy's `mariadb-dump` and `mariadb`; `refresh` with its children).
#
# Needs mariadbd, mariadb-install-db, mariadb, mariadb-dump and ../shared/amrit-schema.
set -euo pipefail

size=${1:-1G}
work=${2:-/tmp/amrit-refresh-bench}
root=$(cd "$(dirname "$0")/.." && pwd)
cargo build --release --manifest-path "$root/Cargo.toml" >&2
bin=$root/target/release/amrit-stream
dbs=(db_identity db_1097_identity db_iemr db_reporting)

rm -rf "$work"
mkdir -p "$work"
export AMRIT_STREAM_KEY=AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=
export AMRIT_STREAM_ENC_KEY=ICEiIyQlJicoKSorLC0uLzAxMjM0NTY3ODk6Ozw9Pj8=
export AMRIT_BENCH_PW=

echo "generating $size" >&2
"$bin" synth --amrit --size "$size" --seed 3 --schema "$root/../shared/amrit-schema" -o "$work/data" >&2

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

pids=()
stop() {
    for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
    wait 2>/dev/null || true
}
trap stop EXIT

start() { # name port
    local d=$work/$1
    mkdir -p "$d/tmp"
    mariadb-install-db --no-defaults --datadir="$d/data" --tmpdir="$d/tmp" \
        --auth-root-authentication-method=normal --skip-test-db --user="$(id -un)" >/dev/null
    mariadbd --no-defaults --datadir="$d/data" --socket="$d/sock" --pid-file="$d/pid" \
        --log-error="$d/err.log" --tmpdir="$d/tmp" --port="$2" --bind-address=127.0.0.1 \
        --user="$(id -un)" --max-allowed-packet=256M --character-set-server=utf8mb4 \
        --innodb-buffer-pool-size=1G --innodb-flush-log-at-trx-commit=0 --innodb-doublewrite=0 \
        --innodb-strict-mode=0 --skip-log-bin &
    pids+=($!)
    for _ in $(seq 100); do
        mariadb --protocol=TCP -h127.0.0.1 -P"$2" -uroot -e 'SELECT 1' >/dev/null 2>&1 && return
        sleep 0.2
    done
    echo "$1 did not start; see $d/err.log" >&2
    exit 1
}

replica=$(free_port)
start replica "$replica"
uat=$(free_port)
start uat "$uat"
sql() { mariadb --protocol=TCP -h127.0.0.1 -P"$1" -uroot "${@:2}"; }

now() { date +%s.%N; }
elapsed() { awk "BEGIN { printf \"%.1f\", $(now) - $1 }"; }
t0=$(now)
for db in "${dbs[@]}"; do
    sql "$replica" -e "CREATE DATABASE $db"
    sql "$replica" "$db" <"$work/data/$db.sql"
done
echo "load of the replica: $(elapsed "$t0") s" >&2

# CPU seconds of a server process, and of this shell's children so far.
server_cpu() { awk '{ printf "%.1f", ($14 + $15) / 100 }' "/proc/$1/stat"; }
# (`times` in this shell, not in a command substitution's subshell, which has no children.)
children_cpu() {
    times >"$work/times"
    awk 'NR == 2 { split($1, u, "m"); split($2, s, "m"); printf "%.1f", u[1] * 60 + u[2] + s[1] * 60 + s[2] }' "$work/times"
}
r0=$(server_cpu "${pids[0]}"); u0=$(server_cpu "${pids[1]}"); children_cpu >"$work/c0"; c0=$(cat "$work/c0")
t0=$(now)
for db in "${dbs[@]}"; do
    sql "$uat" -e "CREATE DATABASE $db"
    mariadb-dump --protocol=TCP -h127.0.0.1 -P"$replica" -uroot --single-transaction --quick \
        --routines --triggers --events "$db" | sql "$uat" "$db"
done
plain=$(elapsed "$t0")
r1=$(server_cpu "${pids[0]}"); u1=$(server_cpu "${pids[1]}"); children_cpu >"$work/c1"; c1=$(cat "$work/c1")

cat >"$work/refresh.yaml" <<EOF
source:   {host: 127.0.0.1, port: $replica, user: root, password_env: AMRIT_BENCH_PW,
           databases: [db_identity, db_1097_identity, db_iemr, db_reporting]}
targets:
  uat:    {environment: UAT, host: 127.0.0.1, port: $uat, user: root, password_env: AMRIT_BENCH_PW,
           database_map: {db_identity: db_identity, db_1097_identity: db_1097_identity,
                          db_iemr: db_iemr, db_reporting: db_reporting}}
backup_dir: $work/backups
rules: builtin
gate2: ${GATE2:-evidence}
EOF
t0=$(now)
/usr/bin/time -f 'peak RSS %M KiB, CPU %U s user %S s system' "$bin" refresh --config "$work/refresh.yaml" --target uat \
    --confirm-overwrite -q 2>"$work/refresh.err" || { cat "$work/refresh.err" >&2; exit 1; }
total=$(elapsed "$t0")
r2=$(server_cpu "${pids[0]}"); u2=$(server_cpu "${pids[1]}")

echo "plain mariadb-dump | mariadb: ${plain} s; CPU: clients $(awk "BEGIN { print $c1 - $c0 }") s, source server $(awk "BEGIN { print $r1 - $r0 }") s, target server $(awk "BEGIN { print $u1 - $u0 }") s"
echo "refresh (gate2: ${GATE2:-evidence}): ${total} s ($(awk "BEGIN { printf \"%.2f\", $total / $plain }")x), $(tail -1 "$work/refresh.err"); CPU: source server $(awk "BEGIN { print $r2 - $r1 }") s, target server $(awk "BEGIN { print $u2 - $u1 }") s"
python3 - "$work/backups/latest_refresh.json" <<'EOF'
import json, sys
for s in json.load(open(sys.argv[1]))["steps"]:
    print(f"  {s['step']:<28} {s['seconds']:8.1f} s")
EOF
