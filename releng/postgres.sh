# A private, throwaway PostgreSQL for the server tests, which run against both H2 and PostgreSQL.
# Sourced by ./bulwark, which provides say and die.
#
# ensure_postgres installs Debian's postgresql when missing (as root; otherwise it prints the apt-get line), creates a
# cluster in a temporary folder, starts it on a free port of 127.0.0.1 with its socket in that folder, and stops and
# deletes it when the shell exits. A system cluster, if any, is neither used nor touched. It exports:
#   BULWARK_TEST_POSTGRES_URL       jdbc:postgresql://127.0.0.1:PORT/bulwark_test (a database tests may connect to)
#   BULWARK_TEST_POSTGRES_USER      a role allowed to create databases, one per test
#   BULWARK_TEST_POSTGRES_PASSWORD  its password

POSTGRES_DIR=""
POSTGRES_BIN=""
POSTGRES_RUN_AS=()

# Sets POSTGRES_BIN to the newest installed PostgreSQL's bin folder; false if there is none.
find_postgres() {
    local candidate
    POSTGRES_BIN=""
    for candidate in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V); do
        [ -x "$candidate/initdb" ] && [ -x "$candidate/pg_ctl" ] && POSTGRES_BIN=$candidate
    done
    [ -n "$POSTGRES_BIN" ]
}

# Runs a PostgreSQL program as the cluster's owner: postgres refuses to run as root.
postgres_run() {
    "${POSTGRES_RUN_AS[@]}" "$@"
}

stop_postgres() {
    [ -n "$POSTGRES_DIR" ] || return 0
    if [ -f "$POSTGRES_DIR/data/postmaster.pid" ]; then
        postgres_run "$POSTGRES_BIN/pg_ctl" -D "$POSTGRES_DIR/data" -m fast -w stop >/dev/null 2>&1 ||
            say "could not stop the test PostgreSQL in $POSTGRES_DIR (see $POSTGRES_DIR/postgres.log)"
    fi
    rm -rf "$POSTGRES_DIR"
    POSTGRES_DIR=""
}

ensure_postgres() {
    if ! find_postgres; then
        if [ "$(id -u)" -eq 0 ]; then
            say "installing PostgreSQL for the server tests: apt-get install -y postgresql"
            DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
            DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
            find_postgres || die "apt-get installed postgresql, but no initdb/pg_ctl under /usr/lib/postgresql/*/bin"
        else
            die "the server tests also run against PostgreSQL, which is not installed. Install it with:
  sudo apt-get install -y postgresql
then run ./bulwark test again (a private cluster is started for the tests; the system one is not used)."
        fi
    fi

    POSTGRES_RUN_AS=()
    if [ "$(id -u)" -eq 0 ]; then
        id postgres >/dev/null 2>&1 || die "running as root, but there is no 'postgres' user to run PostgreSQL as"
        POSTGRES_RUN_AS=(runuser -u postgres --)
    fi

    POSTGRES_DIR=$(mktemp -d "${TMPDIR:-/tmp}/bulwark-postgres.XXXXXX")
    trap stop_postgres EXIT
    trap 'stop_postgres; exit 130' INT
    trap 'stop_postgres; exit 143' TERM
    local password port
    password=$(head -c 18 /dev/urandom | base64 | tr -d '+/=')
    printf '%s\n' "$password" >"$POSTGRES_DIR/pwfile"
    [ "$(id -u)" -eq 0 ] && chown -R postgres: "$POSTGRES_DIR"
    chmod 700 "$POSTGRES_DIR"

    postgres_run "$POSTGRES_BIN/initdb" -D "$POSTGRES_DIR/data" -U bulwark_test --pwfile="$POSTGRES_DIR/pwfile" \
        -A scram-sha-256 -E UTF8 --locale=C.UTF-8 --no-sync >"$POSTGRES_DIR/initdb.log" 2>&1 ||
        die "initdb of the test PostgreSQL failed: $(cat "$POSTGRES_DIR/initdb.log")"
    # PostgreSQL cannot pick a free port itself: try random ones nobody listens on until one binds.
    local attempt started=""
    for attempt in 1 2 3 4 5; do
        port=$((20000 + RANDOM % 30000))
        (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && continue
        if postgres_run "$POSTGRES_BIN/pg_ctl" -D "$POSTGRES_DIR/data" -l "$POSTGRES_DIR/postgres.log" -w -t 60 \
            -o "-c listen_addresses=127.0.0.1 -p $port -k $POSTGRES_DIR -c fsync=off -c max_connections=200" \
            start >/dev/null; then
            started=yes
            break
        fi
    done
    [ -n "$started" ] || die "the test PostgreSQL did not start: $(cat "$POSTGRES_DIR/postgres.log" 2>/dev/null)"
    PGPASSWORD=$password "$POSTGRES_BIN/psql" -X -q -h 127.0.0.1 -p "$port" -U bulwark_test -d postgres \
        -v ON_ERROR_STOP=1 -c "CREATE DATABASE bulwark_test" >/dev/null ||
        die "could not create the test database in the test PostgreSQL"

    export BULWARK_TEST_POSTGRES_URL="jdbc:postgresql://127.0.0.1:$port/bulwark_test"
    export BULWARK_TEST_POSTGRES_USER=bulwark_test
    export BULWARK_TEST_POSTGRES_PASSWORD=$password
    say "PostgreSQL $("$POSTGRES_BIN/postgres" --version | awk '{print $3}') for the tests on 127.0.0.1:$port" \
        "(private cluster in $POSTGRES_DIR, removed when the tests end)"
}
