# The demo of ./bulwark: two management servers with embedded databases fetching components from one simulated
# update source, a fleet of real agents for each, then the console connected to both servers.
# Sourced by ./bulwark, which provides say, die, select_jdk, ensure_packages, build_if_needed, require_display and
# SERVER_JAVA_OPTIONS.

DEMO_PIDS=()

demo_usage() {
    cat <<'EOF'
Usage: ./bulwark demo [--state DIR]

Builds what is out of date, starts a simulated update source and two management servers on free loopback ports,
each server with an embedded H2 database under the state folder and fetching components from that source, and a
fleet of simulated agents for each (a few hundred agents heartbeating every second or two, some offline, some
roaming), then opens the console, which connects to both servers and shows their agents. The source publishes new component versions every 10
minutes. Ctrl-C (or closing the console) stops everything the demo started. State survives between runs, so the
servers keep their identity and certificates and the fleets keep their agents.

  --state DIR   where servers and console keep their data (default: ./state/demo)
EOF
}

# Stops every process the demo started; servers and fleets get SIGTERM and a few seconds to save their state.
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
    : >"$log" # exists before the program starts, so waiting for its first line never reads a missing file
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

# Starts one server in this shell (so Ctrl-C can stop it) and sets DEMO_URL and DEMO_FINGERPRINT once it listens.
demo_start_server() {
    local name=$1 data=$2 password=$3 log=$2.log
    mkdir -p "$data"
    : >"$log"
    "$JAVA_HOME/bin/java" ${SERVER_JAVA_OPTIONS[@]+"${SERVER_JAVA_OPTIONS[@]}"} -jar "$SERVER_JAR" --port 0 \
        --data "$data" --root-password "$password" --name "$name" --update-source "$DEMO_SOURCE_URL" >"$log" 2>&1 &
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
    DEMO_FINGERPRINT=$(sed -n 's/^certificate fingerprint SHA-256 \([0-9A-F:]*\).*/\1/p' "$log" | head -n 1)
}

# Starts a fleet of simulated agents for one server, pinned to the fingerprint the server printed. Each demo run picks
# free ports, so a fleet finds its server at a new URL and registers its agents there again, under the same ids.
demo_start_fleet() {
    local name=$1 url=$2 fingerprint=$3 state=$4 agents=$5 interval=$6 seed=$7 log=$4.log
    mkdir -p "$state"
    : >"$log"
    "$JAVA_HOME/bin/java" -jar "$FLEET_JAR" --server "$url" --server-fingerprint "$fingerprint" --state "$state" \
        --agents "$agents" --interval "$interval" --offline-ratio 0.08 --roaming-ratio 0.05 --seed "$seed" \
        >"$log" 2>&1 &
    DEMO_PIDS+=($!)
    local pid=$! waited=0
    until grep -q '^fleet started' "$log"; do
        kill -0 "$pid" 2>/dev/null || die "the fleet of '$name' stopped; see $log"
        [ "$waited" -ge 600 ] && die "the fleet of '$name' did not start within 60 s; see $log"
        sleep 0.1
        waited=$((waited + 1))
    done
    say "fleet of '$name': $agents agents every $interval s (log: $log)"
}

# Prints a secret kept in a file of the state folder (mode 600), generating it on first use.
demo_secret() {
    local file=$1
    if [ ! -s "$file" ]; then
        (umask 077 && head -c 18 /dev/urandom | base64 | tr -d '/+=' >"$file.tmp" && mv "$file.tmp" "$file")
    fi
    cat "$file"
}

demo_password() {
    demo_secret "$1/root-password"
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
    local password url_a url_b fingerprint_a fingerprint_b
    password=$(demo_password "$state")
    demo_start_update_source "$state/update-source"
    say "simulated update source listening on $DEMO_SOURCE_URL"
    demo_start_server "Head office" "$state/server-a" "$password"
    url_a=$DEMO_URL
    fingerprint_a=$DEMO_FINGERPRINT
    demo_start_server "Remote site" "$state/server-b" "$password"
    url_b=$DEMO_URL
    fingerprint_b=$DEMO_FINGERPRINT
    say "server 'Head office' listening on $url_a"
    say "server 'Remote site' listening on $url_b"
    demo_start_fleet "Head office" "$url_a" "$fingerprint_a" "$state/fleet-a" 300 2 11
    demo_start_fleet "Remote site" "$url_b" "$fingerprint_b" "$state/fleet-b" 150 0.5 22
    say "root password of both servers: in $state/root-password"
    say "starting the console; close it or press Ctrl-C to stop the demo"

    # The console connects unattended: the start-up list pins the fingerprints the servers printed and names the root
    # account, the root password reaches secure storage from its file (never on a command line), and secure storage is
    # unlocked by a master password kept in the state folder. The servers get new ports every run, so the console starts
    # from a fresh workspace (server list and secure storage) each time.
    demo_secret "$state/master-password" >/dev/null
    rm -rf "$state/console"
    BULWARK_JAVA="$JAVA_HOME/bin/java" \
        BULWARK_SERVERS="Head office=$url_a;fingerprint=$fingerprint_a;user=root,Remote site=$url_b;fingerprint=$fingerprint_b;user=root" \
        BULWARK_MASTER_PASSWORD_FILE="$state/master-password" BULWARK_STARTUP_PASSWORD_FILE="$state/root-password" \
        "$PRODUCT_DIR/bulwark-console" -data "$state/console" &
    DEMO_PIDS+=($!)
    wait "$!" || true
}
