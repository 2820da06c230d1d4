# Sourced by .ci/run: a throwaway PostgreSQL cluster for the storage suite, stopped on exit.
# Installs Debian's package when no server is present; runs the server as a non-root user.

pg_bin() {
  local dir
  for dir in /usr/lib/postgresql/*/bin; do
    [ -x "$dir/pg_ctl" ] && { echo "$dir"; return 0; }
  done
  return 1
}

pg_start() {
  local bin
  if ! bin=$(pg_bin); then
    if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
      echo "postgres: installing Debian's postgresql package"
      { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql >/dev/null; } || true
    fi
    bin=$(pg_bin) || { echo "postgres: no server available; PostgreSQL tests will skip"; return 0; }
  fi

  # initdb refuses root: run the cluster as the postgres user (or as ourselves when not root).
  local as=()
  PG_DIR=$(mktemp -d /tmp/storyline-pg.XXXXXX)
  if [ "$(id -u)" -eq 0 ]; then
    local user=postgres
    id "$user" >/dev/null 2>&1 || user=nobody
    chown "$user" "$PG_DIR"
    as=(runuser -u "$user" --)
  fi
  PG_AS=("${as[@]}")
  PG_BIN=$bin
  PG_PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  # A server that will not start costs the PostgreSQL tests (they skip), not the whole run.
  if ! "${as[@]}" "$bin/initdb" -D "$PG_DIR/data" -U storyline -A trust --no-sync -E UTF8 --locale=C.UTF-8 >/dev/null \
    || ! "${as[@]}" "$bin/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/log" -w \
      -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null; then
    echo "postgres: the throwaway cluster did not start; PostgreSQL tests will skip"
    rm -rf "$PG_DIR"
    PG_DIR=
    return 0
  fi
  export STORYLINE_PG="Host=127.0.0.1;Port=$PG_PORT;Username=storyline;Database=postgres;Pooling=false"
  echo "postgres: throwaway cluster on 127.0.0.1:$PG_PORT ($bin)"
  trap pg_stop EXIT
}

pg_stop() {
  [ -n "${PG_DIR:-}" ] || return 0
  "${PG_AS[@]}" "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$PG_DIR"
  PG_DIR=
}
