#!/usr/bin/env bash
# The integration-test environment, started and stopped by the build (pre/post-integration-test):
#   - a real PostgreSQL server (binaries unpacked from Maven Central), with prepared transactions
#     enabled because an MDB's JMS receive and its JDBC work commit as one XA transaction;
#   - "citiverse-it": the prepared server in its production configuration (sign-in through
#     Keycloak), on that PostgreSQL (all ITs use it);
#   - "citiverse-embedded": the same server as `./mvnw liberty:run` has it (embedded H2 database,
#     development accounts), on the JDK in IT_EMBEDDED_JAVA_HOME when set;
#   - Keycloak (from Maven Central) with the citiverse realm (src/main/keycloak) and a second
#     realm for wrong-issuer tests (src/test/keycloak): portal sign-in and API bearer tokens;
#   - an Apache Artemis broker (from Maven Central) configured by src/main/artemis/broker.properties:
#     citiverse-it reaches the device layer through it, with the connector the build made;
#   - an SMTP server (GreenMail, from Maven Central) that keeps what it receives and shows it on a
#     small HTTP API: citiverse-it sends its e-mail there.
# Usage: environment.sh start|stop TARGET_DIR. Ports come from IT_* environment variables.
set -Eeuo pipefail

action=$1
target=$(cd "$2" && pwd)
wlp=$target/liberty/wlp
state=$target/it-environment
http_port=${IT_HTTP_PORT:-9180}
https_port=${IT_HTTPS_PORT:-9543}
embedded_http_port=${IT_EMBEDDED_HTTP_PORT:-9280}
embedded_https_port=${IT_EMBEDDED_HTTPS_PORT:-9643}
db_port=${IT_DB_PORT:-55432}
db_password=citiverse-it
keycloak_port=${IT_KEYCLOAK_PORT:-9380}
keycloak_home=$target/keycloak-dist/keycloak-${IT_KEYCLOAK_VERSION:-26.7.3}
artemis_port=${IT_ARTEMIS_PORT:-9480}
artemis_home=$target/artemis-dist/apache-artemis-${IT_ARTEMIS_VERSION:-2.56.0}
mail_port=${IT_MAIL_PORT:-9525}
mail_api_port=${IT_MAIL_API_PORT:-9526}
project=$(cd "$(dirname "$0")/../../.." && pwd)

# PostgreSQL refuses to run as root: run it as "nobody" in a directory that user owns.
as_db_user() {
  if [ "$(id -u)" = 0 ]; then runuser -u nobody -- "$@"; else "$@"; fi
}

# Runs a check once a second until it succeeds (then says what is ready) or the seconds run out
# (then shows the end of the log that tells why).
await() {
  local what=$1 seconds=$2 log=$3
  shift 3
  for _ in $(seq 1 "$seconds"); do
    if "$@"; then
      echo "$what"
      return 0
    fi
    sleep 1
  done
  echo "Not in time: $what; last log lines:" >&2
  tail -n 60 "$log" >&2 || true
  return 1
}

answers_ok() {
  [ "$(curl -s -o /dev/null -w '%{http_code}' "$1")" = 200 ]
}

start_postgresql() {
  local home
  home=$(mktemp -d "${TMPDIR:-/tmp}/citiverse-it-postgresql.XXXXXX")
  echo "$home" > "$state/postgresql-home"
  tar -xJf "$target/postgresql-dist/postgres-linux-x86_64.txz" -C "$home"
  printf '%s\n' "$db_password" > "$home/password"
  [ "$(id -u)" = 0 ] && chown -R nobody "$home"
  as_db_user "$home/bin/initdb" -D "$home/data" -U citiverse --pwfile="$home/password" \
    --auth=scram-sha-256 -E UTF8 --locale=C > "$state/postgresql-initdb.log"
  # The binaries ship no client tools: create the database in single-user mode before start.
  echo "CREATE DATABASE citiverse OWNER citiverse" | as_db_user "$home/bin/postgres" --single -D "$home/data" postgres \
    > "$state/postgresql-createdb.log"
  # The settings go into postgresql.conf (read again on a reload, which then has nothing to complain
  # of). shared_buffers as a city's database server would have it (PostgreSQL's default of 128 MB
  # sends half the reads of a million service requests to the operating system); commit timestamps
  # let the device benchmark time a report to its commit.
  cat >> "$home/data/postgresql.conf" <<EOF

# CitiVerse integration tests
port = $db_port
listen_addresses = '127.0.0.1'
unix_socket_directories = '$home'
max_prepared_transactions = 50
max_connections = 100
track_commit_timestamp = on
shared_buffers = 1GB
EOF
  as_db_user "$home/bin/pg_ctl" -D "$home/data" -l "$home/postgresql.log" -w -t 60 start
  echo "PostgreSQL started on 127.0.0.1:$db_port"
}

stop_postgresql() {
  [ -f "$state/postgresql-home" ] || return 0
  local home
  home=$(cat "$state/postgresql-home")
  if [ -d "$home/data" ]; then
    as_db_user "$home/bin/pg_ctl" -D "$home/data" -m fast -w stop || true
    cp "$home/postgresql.log" "$state/" 2>/dev/null || true
  fi
  rm -rf "$home" "$state/postgresql-home"
}

start_keycloak() {
  # One optimised build per unpacked distribution (about 30 s), then a fresh database per run.
  if [ ! -f "$keycloak_home/.citiverse-built" ]; then
    "$keycloak_home/bin/kc.sh" build --db=dev-file --health-enabled=true > "$state/keycloak-build.log" 2>&1
    touch "$keycloak_home/.citiverse-built"
  fi
  rm -rf "$keycloak_home/data"
  mkdir -p "$keycloak_home/data/import"
  cp "$project/src/main/keycloak/"*.json "$project/src/test/keycloak/"*.json "$keycloak_home/data/import/"
  # The demo realm lets the portal on 9180 sign people in; a test server on another port needs the same.
  sed -i "s#localhost:9180/#localhost:$http_port/#g" "$keycloak_home/data/import/"*.json
  # A fresh admin password per run, kept (owner-only) for the tests that act as the city's administrator.
  local admin_password
  admin_password=$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')
  (umask 077 && printf '%s\n' "$admin_password" > "$state/keycloak-admin-password")
  KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=$admin_password \
    nohup "$keycloak_home/bin/kc.sh" start --optimized --http-enabled=true --http-host=127.0.0.1 \
    --http-port="$keycloak_port" --hostname="http://localhost:$keycloak_port" \
    --http-management-port=$((keycloak_port + 1)) --import-realm > "$state/keycloak.log" 2>&1 &
  echo $! > "$state/keycloak.pid"
}

wait_keycloak() {
  await "Keycloak ready on port $keycloak_port" 120 "$state/keycloak.log" \
    answers_ok "http://localhost:$((keycloak_port + 1))/health/ready"
}

stop_keycloak() {
  [ -f "$state/keycloak.pid" ] || return 0
  local pid
  pid=$(cat "$state/keycloak.pid")
  # kc.sh starts the JVM as a child: stop the whole group of processes under it.
  pkill -TERM -P "$pid" 2>/dev/null || true
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
  rm -f "$state/keycloak.pid"
}

start_artemis() {
  local instance password
  instance=$(mktemp -d "${TMPDIR:-/tmp}/citiverse-it-artemis.XXXXXX")
  echo "$instance" > "$state/artemis-home"
  password=$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')
  (umask 077 && printf '%s\n' "$password" > "$state/artemis-password")
  "$artemis_home/bin/artemis" create "$instance/broker" --silent --force --user citiverse --password "$password" \
    --require-login --no-autocreate --no-web --no-amqp-acceptor --no-mqtt-acceptor --no-stomp-acceptor \
    --no-hornetq-acceptor --host 127.0.0.1 --default-port "$artemis_port" --java-memory 512M \
    > "$state/artemis-create.log" 2>&1
  # The platform's settings, with the test server's shorter redelivery limit and a queue of its own
  # for the device benchmark's broker baseline.
  { cat "$project/src/main/artemis/broker.properties"
    echo 'addressSettings."citiverse.device.#".maxDeliveryAttempts=2'
    echo 'addressConfigurations."citiverse.benchmark.baseline".routingTypes=ANYCAST'
    echo 'addressConfigurations."citiverse.benchmark.baseline".queueConfigs."citiverse.benchmark.baseline".routingType=ANYCAST'
  } > "$instance/broker.properties"
  nohup "$instance/broker/bin/artemis" run --properties "$instance/broker.properties" > "$state/artemis.log" 2>&1 &
  echo $! > "$state/artemis.pid"
  await "Artemis started on 127.0.0.1:$artemis_port" 60 "$state/artemis.log" grep -q 'AMQ221007' "$state/artemis.log"
}

stop_artemis() {
  if [ -f "$state/artemis.pid" ]; then
    local pid
    pid=$(cat "$state/artemis.pid")
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -KILL "$pid" 2>/dev/null || true
    rm -f "$state/artemis.pid"
  fi
  if [ -f "$state/artemis-home" ]; then
    rm -rf "$(cat "$state/artemis-home")" "$state/artemis-home"
  fi
}

start_mail() {
  local java=java
  if [ -n "${JAVA_HOME:-}" ]; then java=$JAVA_HOME/bin/java; fi
  nohup "$java" -Xmx128m -Dgreenmail.hostname=127.0.0.1 -Dgreenmail.smtp.port="$mail_port" -Dgreenmail.auth.disabled \
    -Dgreenmail.api.hostname=127.0.0.1 -Dgreenmail.api.port="$mail_api_port" \
    -jar "$target/greenmail-dist/greenmail-standalone.jar" > "$state/mail.log" 2>&1 &
  echo $! > "$state/mail.pid"
  await "Mail server ready on 127.0.0.1:$mail_port" 60 "$state/mail.log" answers_ok "http://127.0.0.1:$mail_api_port/api/user"
}

stop_mail() {
  if [ -f "$state/mail.pid" ]; then
    kill -TERM "$(cat "$state/mail.pid")" 2>/dev/null || true
    rm -f "$state/mail.pid"
  fi
}

# Clones the prepared server and writes its settings as bootstrap properties.
clone_server() {
  local name=$1 properties=$2
  rm -rf "${wlp:?}/usr/servers/$name"
  mkdir -p "$wlp/usr/servers/$name"
  (cd "$wlp/usr/servers/citiverse" && tar --exclude=./logs --exclude=./workarea --exclude=./data \
    --exclude=./messaging -cf - .) | (cd "$wlp/usr/servers/$name" && tar -xf -)
  printf '%s\n' "$properties" > "$wlp/usr/servers/$name/bootstrap.properties"
  mkdir -p "$wlp/usr/servers/$name/connectors"
  cp "$target/citiverse-artemis.rar" "$wlp/usr/servers/$name/connectors/"
}

wait_ready() {
  local name=$1 port=$2
  await "Server $name ready on port $port" 120 "$wlp/usr/servers/$name/logs/messages.log" \
    answers_ok "http://localhost:$port/health/ready" || {
    curl -s "http://localhost:$port/health/ready" >&2 || true
    return 1
  }
}

start_servers() {
  # The production configuration: people sign in through Keycloak, no local accounts.
  clone_server citiverse-it "citiverse.environment=production
portal.url=http://localhost:$http_port
oidc.client.secret=demo-portal-secret
oidc.https.required=false
http.port=$http_port
https.port=$https_port
db.url=jdbc:postgresql://127.0.0.1:$db_port/citiverse
db.user=citiverse
db.password=$db_password
db.driver.files=postgresql-*.jar
db.xa.datasource.class=org.postgresql.xa.PGXADataSource
db.product=PostgreSQL
jms.provider=artemis
jms.artemis.port=$artemis_port
jms.password=$(cat "$state/artemis-password")
oidc.issuer=http://localhost:$keycloak_port/realms/citiverse
api.token.clock.skew=1s
jms.ingress.retry.delay=200
jms.max.redelivery=2
twin.maintenance.interval=2
device.credentials.secret=integration-test-device-credentials
device.command.lifetime=6
device.command.sweep.seconds=1
notification.visit.answer.seconds=15
notification.sweep.seconds=1
notification.stream.heartbeat.seconds=2
complaint.rate.address.burst=100000
complaint.rate.address.per.minute=100000
mail.host=127.0.0.1
mail.port=$mail_port
mail.starttls=false
mail.from=citiverse@city.example"
  clone_server citiverse-embedded "citiverse.environment=development
http.port=$embedded_http_port
https.port=$embedded_https_port
jms.port=$((embedded_http_port + 1))
jms.ssl.port=$((embedded_http_port + 2))"
  "$wlp/bin/server" start citiverse-it
  # The embedded-default server runs on a second JDK when one is given (Java 25 on these
  # machines), so every test run proves both (EmbeddedDefaultIT restarts it the same way).
  local embedded_java=${JAVA_HOME:-}
  if [ -n "${IT_EMBEDDED_JAVA_HOME:-}" ] && [ -x "$IT_EMBEDDED_JAVA_HOME/bin/java" ]; then
    embedded_java=$IT_EMBEDDED_JAVA_HOME
    echo "citiverse-embedded runs on $("$embedded_java/bin/java" -version 2>&1 | head -n 1)"
  fi
  JAVA_HOME=$embedded_java "$wlp/bin/server" start citiverse-embedded
  wait_ready citiverse-it "$http_port"
  wait_ready citiverse-embedded "$embedded_http_port"
}

stop_servers() {
  for name in citiverse-it citiverse-embedded; do
    if [ -d "$wlp/usr/servers/$name" ]; then
      "$wlp/bin/server" stop "$name" > /dev/null 2>&1 || true
    fi
  done
}

case "$action" in
  start)
    mkdir -p "$state"
    stop_servers
    stop_keycloak
    stop_artemis
    stop_mail
    stop_postgresql
    trap 'echo "Test environment failed to start; stopping it." >&2; stop_servers; stop_keycloak; stop_artemis; stop_mail; stop_postgresql' ERR
    start_postgresql
    start_keycloak
    start_artemis
    start_mail
    start_servers
    wait_keycloak
    ;;
  stop)
    stop_servers
    stop_keycloak
    stop_artemis
    stop_mail
    stop_postgresql
    ;;
  *)
    echo "usage: $0 start|stop TARGET_DIR" >&2
    exit 2
    ;;
esac
