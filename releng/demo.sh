# The demo of ./bulwark: two management servers with embedded databases fetching components from one simulated
# update source, then the console listing both.
# Sourced by ./bulwark, which provides say, die, select_jdk, ensure_packages, build_if_needed, require_display.

DEMO_PIDS=()

demo_usage() {
    cat <<'EOF'
Usage: ./bulwark demo [--state DIR]

Builds what is out of date, starts a simulated update source and two management servers on free loopback ports,
each server with an embedded H2 database under the state folder and fetching components from that source, then
opens the console listing both. The source publishes new component versions every 10 minutes. Ctrl-C (or closing
the console) stops everything the demo started. State survives between runs, so the servers keep their identity
and certificates.

  --state DIR   where servers and console keep their data (default: ./state/demo)
EOF
}

# Stops every process the demo started; servers get SIGTERM and a few seconds to close their databases.
demo_stop() {
    local pid
    for pid in "${DEMO_PIDS[@]:-}"; do
        [ -n "$pid" ] && kill -TERM "$pid" 2>/dev/null || true
    done
    for pid in "${DEMO_PIDS[@]:-}"; do
        [ -n "$pid" ] && wait "$pid" 2>/dev/null || true
    done
    DEMO_PIDS=()
}

# Starts the simulated update source the servers share and sets DEMO_SOURCE_URL once it listens.
demo_start_update_source() {
    local data=$1 log=$1.log
    mkdir -p "$data"
    "$JAVA_HOME/bin/java" -jar "$SERVER_JAR" update-source --port 0 --data "$data" --publish-every 600 \
        >"$log" 2>&1 &
    DEMO_PIDS+=($!)
    local pid=$! waited=0 url=""
    while [ -z "$url" ]; do
        url=$(sed -n 's/^update source listening on \(http:\/\/[^ ]*\).*/\1/p' "$log" | head -n 1)
        [ -n "$url" ] && break
        kill -0 "$pid" 2>/dev/null || die "the update source stopped before listening; see $log"
        [ "$waited" -ge 600 ] && die "the update source did not listen within 60 s; see $log"
        sleep 0.1
        waited=$((waited + 1))
    done
    DEMO_SOURCE_URL=$url
}

# Starts one server in this shell (so Ctrl-C can stop it) and sets DEMO_URL once it listens.
demo_start_server() {
    local name=$1 data=$2 password=$3 log=$2.log
    mkdir -p "$data"
    "$JAVA_HOME/bin/java" -jar "$SERVER_JAR" --port 0 --data "$data" --root-password "$password" \
        --name "$name" --update-source "$DEMO_SOURCE_URL" >"$log" 2>&1 &
    DEMO_PIDS+=($!)
    local pid=$! waited=0 url=""
    while [ -z "$url" ]; do
        url=$(sed -n 's/^listening on \(https\{0,1\}:\/\/[^ ]*\).*/\1/p' "$log" | head -n 1)
        [ -n "$url" ] && break
        kill -0 "$pid" 2>/dev/null || die "server '$name' stopped before listening; see $log"
        [ "$waited" -ge 600 ] && die "server '$name' did not listen within 60 s; see $log"
        sleep 0.1
        waited=$((waited + 1))
    done
    DEMO_URL=$url
}

demo_password() {
    local file=$1/root-password
    if [ ! -s "$file" ]; then
        (umask 077 && head -c 18 /dev/urandom | base64 | tr -d '/+=' >"$file.tmp" && mv "$file.tmp" "$file")
    fi
    cat "$file"
}

cmd_demo() {
    local state="$ROOT/state/demo"
    while [ $# -gt 0 ]; do
        case "$1" in
            -h | --help) demo_usage; return 0 ;;
            --state) state=$2; shift 2 ;;
            *) die "demo: unknown option '$1' (see ./bulwark demo --help)" ;;
        esac
    done
    require_display
    select_jdk
    ensure_packages
    build_if_needed
    mkdir -p "$state"
    state=$(cd "$state" && pwd)

    trap 'demo_stop; exit 130' INT TERM
    trap 'demo_stop' EXIT
    local password url_a url_b
    password=$(demo_password "$state")
    demo_start_update_source "$state/update-source"
    say "simulated update source listening on $DEMO_SOURCE_URL"
    demo_start_server "Head office" "$state/server-a" "$password"
    url_a=$DEMO_URL
    demo_start_server "Remote site" "$state/server-b" "$password"
    url_b=$DEMO_URL
    say "server 'Head office' listening on $url_a"
    say "server 'Remote site' listening on $url_b"
    say "root password of both servers: in $state/root-password"
    say "starting the console; close it or press Ctrl-C to stop the demo"

    BULWARK_JAVA="$JAVA_HOME/bin/java" BULWARK_SERVERS="Head office=$url_a,Remote site=$url_b" \
        "$PRODUCT_DIR/bulwark-console" -data "$state/console" &
    DEMO_PIDS+=($!)
    wait "$!" || true
}
