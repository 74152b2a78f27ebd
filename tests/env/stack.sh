#!/usr/bin/env bash
# Local WordPress + WooCommerce stack for Kundeportal, without Docker.
#
#   bash tests/env/stack.sh start [--fresh]   install what is missing, start services, install/configure/seed the site
#   bash tests/env/stack.sh stop              stop every service (pid files in .stack/run)
#   bash tests/env/stack.sh status            show what runs
#   bash tests/env/stack.sh reset-test-db     create/empty the PHPUnit database (kundeportal_test)
#
# Services (all bound to the loopback interface, state under .stack/ in the repo):
#   MariaDB  socket .stack/run/mysqld.sock and 127.0.0.1:3307 (users root/"" and kundeportal/kundeportal)
#   php-fpm  socket .stack/run/php-fpm.sock (own pool)
#   nginx    http://localhost:8888 (site root .stack/wordpress)
#   maildev  SMTP 127.0.0.1:1025, web/REST API http://127.0.0.1:1080 (nginx proxy; GET /email lists messages)
#
# Environment: KUNDEPORTAL_WP_DIR, KUNDEPORTAL_WC_DIR (local copies of WordPress core / WooCommerce),
# KUNDEPORTAL_DB (site database, default kundeportal), KUNDEPORTAL_OFFLINE=1 (never download).
# Ports (defaults are the contract's; change them only to run a second stack, e.g. in another clone):
# KUNDEPORTAL_HTTP_PORT, KUNDEPORTAL_DB_PORT, KUNDEPORTAL_SMTP_PORT, KUNDEPORTAL_MAIL_PORT, KUNDEPORTAL_MAILDEV_PORT.
set -euo pipefail

# ---------------------------------------------------------------------------
# Pinned versions: the ONE place they are defined (README, .wp-env.json follow these).
WP_VERSION="7.0.4"
WC_VERSION="11.0.1"
# ---------------------------------------------------------------------------

HTTP_PORT="${KUNDEPORTAL_HTTP_PORT:-8888}"
DB_PORT="${KUNDEPORTAL_DB_PORT:-3307}"
SMTP_PORT="${KUNDEPORTAL_SMTP_PORT:-1025}"
MAIL_WEB_PORT="${KUNDEPORTAL_MAIL_PORT:-1080}"
# maildev 3 serves its REST API under /api; nginx on MAIL_WEB_PORT proxies to it and keeps the
# maildev 2 paths (GET /email, GET /email/:id, DELETE /email/all) the contract and tests use.
MAILDEV_PORT="${KUNDEPORTAL_MAILDEV_PORT:-$((MAIL_WEB_PORT + 1))}"
SITE_URL="http://localhost:${HTTP_PORT}"
SITE_TITLE="Staut Arbeidsklær"
TEST_DB="${KUNDEPORTAL_TEST_DB:-kundeportal_test}"  # PHPUnit; override to run two suites side by side
DB_NAME="${KUNDEPORTAL_DB:-kundeportal}"
PHP_VERSION="8.2"
PACKAGES=(mariadb-server nginx "php${PHP_VERSION}-fpm" "php${PHP_VERSION}-cli" "php${PHP_VERSION}-mysql" "php${PHP_VERSION}-curl"
	"php${PHP_VERSION}-gd" "php${PHP_VERSION}-zip" "php${PHP_VERSION}-bcmath" "php${PHP_VERSION}-mbstring" "php${PHP_VERSION}-xml"
	"php${PHP_VERSION}-intl" curl)

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
STACK="${ROOT}/.stack"
RUN="${STACK}/run"
LOGS="${STACK}/logs"
CONF="${STACK}/conf"
SITE="${STACK}/wordpress"
# The plugins folder lives outside the repo (.stack/wordpress/wp-content/plugins links to it). Were
# it inside, every plugin path would start with the repo's real path, which is also where the
# kundeportal symlink resolves to, and WordPress's plugin_basename() could rewrite WooCommerce's
# asset URLs into /plugins/kundeportal/.stack/... (it does whenever the clone's path sorts before
# the WooCommerce copy's, e.g. a clone under /check). One folder per clone, named by its path.
PLUGINS_DIR="${KUNDEPORTAL_PLUGINS_DIR:-/var/tmp/kundeportal-plugins-$(printf '%s' "$ROOT" | md5sum | cut -c1-12)}"
DATADIR="${STACK}/mysql"
CACHE="${XDG_CACHE_HOME:-${HOME}/.cache}/kundeportal"
SOCK="${RUN}/mysqld.sock"
PHP_BIN="$(command -v "php${PHP_VERSION}" 2>/dev/null || command -v php 2>/dev/null || echo php)"

if [ -t 1 ]; then BOLD=$'\e[1m'; RED=$'\e[31m'; YEL=$'\e[33m'; GRN=$'\e[32m'; OFF=$'\e[0m'; else BOLD=; RED=; YEL=; GRN=; OFF=; fi
log() { printf '%s==>%s %s\n' "$BOLD" "$OFF" "$*"; }
warn() { printf '%sWARNING:%s %s\n' "$YEL" "$OFF" "$*" >&2; }
die() { printf '%sERROR:%s %s\n' "$RED" "$OFF" "$*" >&2; exit 1; }

as_root() {
	if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null 2>&1; then sudo "$@"; else die "need root for: $*"; fi
}

pid_alive() { # pid_alive <pidfile>
	local pid
	[ -f "$1" ] || return 1
	pid="$(tr -dc '0-9' <"$1" 2>/dev/null || true)"
	[ -n "$pid" ] && kill -0 "$pid" 2>/dev/null
}

port_busy() { # port_busy <port>
	if command -v ss >/dev/null 2>&1; then
		ss -ltnH "sport = :$1" 2>/dev/null | grep -q .
	else
		(exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
	fi
}

wait_for() { # wait_for <seconds> <description> <command...>
	local secs="$1" what="$2" i
	shift 2
	for ((i = 0; i < secs * 5; i++)); do
		if "$@" >/dev/null 2>&1; then return 0; fi
		sleep 0.2
	done
	return 1
}

sql() { # sql <statements>  (as root over the socket)
	mariadb --no-defaults --protocol=socket --socket="$SOCK" -uroot -N -B -e "$1"
}

# --- packages ---------------------------------------------------------------
ensure_packages() {
	local missing=() p
	command -v dpkg-query >/dev/null 2>&1 || { warn "no dpkg: make sure MariaDB, nginx and PHP ${PHP_VERSION} (fpm, mysql, curl, gd, zip, bcmath) are installed"; return 0; }
	for p in "${PACKAGES[@]}"; do
		dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
	done
	[ "${#missing[@]}" -eq 0 ] && return 0
	log "Installing Debian packages: ${missing[*]}"
	if ! as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"; then
		as_root env DEBIAN_FRONTEND=noninteractive apt-get update
		as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
	fi
}

# --- WordPress / WooCommerce sources ---------------------------------------
online() {
	[ "${KUNDEPORTAL_OFFLINE:-0}" = 1 ] && return 1
	curl -fsSI --max-time 8 "https://wordpress.org/" >/dev/null 2>&1
}

wp_version_of() { sed -n "s/^\$wp_version = '\([^']*\)';/\1/p" "$1/wp-includes/version.php" 2>/dev/null; }
wc_version_of() { sed -n 's/^ \* Version: *\(.*\)$/\1/p' "$1/woocommerce.php" 2>/dev/null | head -n1; }

find_wp() {
	local dir
	for dir in "${KUNDEPORTAL_WP_DIR:-}" "${CACHE}/wordpress"; do
		[ -n "$dir" ] && [ -f "$dir/wp-includes/version.php" ] && { WP_SRC="$(cd "$dir" && pwd)"; return 0; }
	done
	[ -n "${KUNDEPORTAL_WP_DIR:-}" ] && die "KUNDEPORTAL_WP_DIR=${KUNDEPORTAL_WP_DIR} is not a WordPress core directory"
	if online; then
		log "Downloading WordPress ${WP_VERSION} into ${CACHE}"
		mkdir -p "$CACHE"
		curl -fsSL "https://wordpress.org/wordpress-${WP_VERSION}.tar.gz" | tar xz -C "$CACHE"
		WP_SRC="${CACHE}/wordpress"
		return 0
	fi
	return 1
}

find_wc() {
	local dir zip
	for dir in "${KUNDEPORTAL_WC_DIR:-}" "${CACHE}/woocommerce"; do
		[ -n "$dir" ] && [ -f "$dir/woocommerce.php" ] && { WC_SRC="$(cd "$dir" && pwd)"; return 0; }
	done
	[ -n "${KUNDEPORTAL_WC_DIR:-}" ] && die "KUNDEPORTAL_WC_DIR=${KUNDEPORTAL_WC_DIR} is not a WooCommerce plugin directory"
	if online; then
		log "Downloading WooCommerce ${WC_VERSION} into ${CACHE}"
		mkdir -p "$CACHE"
		zip="${CACHE}/woocommerce.${WC_VERSION}.zip"
		curl -fsSL -o "$zip" "https://downloads.wordpress.org/plugin/woocommerce.${WC_VERSION}.zip"
		"$PHP_BIN" -r '$z = new ZipArchive(); if ( true !== $z->open( $argv[1] ) || ! $z->extractTo( $argv[2] ) ) { exit( 1 ); }' "$zip" "$CACHE"
		rm -f "$zip"
		WC_SRC="${CACHE}/woocommerce"
		return 0
	fi
	return 1
}

# Prints why WordPress is unavailable, or nothing (exit 0) when both copies can be found.
# Used by tests/run.sh to decide whether the WordPress-backed suites can run.
check_sources() {
	local why=()
	find_wp || why+=("WordPress ${WP_VERSION} not found (KUNDEPORTAL_WP_DIR or ${CACHE}/wordpress) and wordpress.org unreachable")
	find_wc || why+=("WooCommerce ${WC_VERSION} not found (KUNDEPORTAL_WC_DIR or ${CACHE}/woocommerce) and wordpress.org unreachable")
	if [ "${#why[@]}" -gt 0 ]; then printf '%s\n' "${why[@]}"; return 1; fi
}

# --- services ----------------------------------------------------------------
start_mariadb() {
	if pid_alive "${RUN}/mysqld.pid"; then log "MariaDB already running (pid $(cat "${RUN}/mysqld.pid"))"; return 0; fi
	port_busy "$DB_PORT" && die "port ${DB_PORT} is taken by another process; MariaDB of the stack cannot start"
	if [ ! -d "${DATADIR}/mysql" ]; then
		log "Initialising MariaDB data directory ${DATADIR#"$ROOT"/}"
		rm -rf "$DATADIR"
		mkdir -p "$DATADIR"
		mariadb-install-db --no-defaults --datadir="$DATADIR" --user="$(id -un)" --auth-root-authentication-method=normal \
			--skip-test-db >"${LOGS}/mysql-install.log" 2>&1 || { cat "${LOGS}/mysql-install.log" >&2; die "mariadb-install-db failed"; }
	fi
	local mariadbd
	mariadbd="$(command -v mariadbd || command -v mysqld || echo /usr/sbin/mariadbd)"
	[ -x "$mariadbd" ] || die "mariadbd not found"
	rm -f "$SOCK" "${RUN}/mysqld.pid"
	log "Starting MariaDB (127.0.0.1:${DB_PORT}, socket .stack/run/mysqld.sock)"
	setsid nohup "$mariadbd" --no-defaults --datadir="$DATADIR" --user="$(id -un)" \
		--socket="$SOCK" --port="$DB_PORT" --bind-address=127.0.0.1 --pid-file="${RUN}/mysqld.pid" \
		--log-error="${LOGS}/mysqld.err" --skip-name-resolve --skip-log-bin \
		--character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci \
		--innodb-buffer-pool-size=256M --innodb-flush-log-at-trx-commit=2 --max-connections=300 \
		</dev/null >>"${LOGS}/mysqld.out" 2>&1 &
	if ! wait_for 60 "MariaDB" mariadb-admin --no-defaults --socket="$SOCK" -uroot ping; then
		tail -n 30 "${LOGS}/mysqld.err" >&2 || true
		die "MariaDB did not come up (log: .stack/logs/mysqld.err)"
	fi
	sql "CREATE USER IF NOT EXISTS 'root'@'127.0.0.1' IDENTIFIED BY '';
		GRANT ALL PRIVILEGES ON *.* TO 'root'@'127.0.0.1' WITH GRANT OPTION;
		CREATE USER IF NOT EXISTS 'kundeportal'@'localhost' IDENTIFIED BY 'kundeportal';
		CREATE USER IF NOT EXISTS 'kundeportal'@'127.0.0.1' IDENTIFIED BY 'kundeportal';
		GRANT ALL PRIVILEGES ON *.* TO 'kundeportal'@'localhost';
		GRANT ALL PRIVILEGES ON *.* TO 'kundeportal'@'127.0.0.1';
		CREATE DATABASE IF NOT EXISTS \`${DB_NAME}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
		CREATE DATABASE IF NOT EXISTS \`${TEST_DB}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
		FLUSH PRIVILEGES;"
}

fpm_bin() { command -v "php-fpm${PHP_VERSION}" || command -v php-fpm || echo "/usr/sbin/php-fpm${PHP_VERSION}"; }

# install_conf <new file> <target> : moves new into place; returns 0 when the content changed.
install_conf() {
	if [ -f "$2" ] && cmp -s "$1" "$2"; then rm -f "$1"; return 1; fi
	mv -f "$1" "$2"
}

write_fpm_conf() {
	local user group
	user="$(id -un)"
	group="$(id -gn)"
	cat >"${CONF}/php-fpm.conf.new" <<EOF
; Generated by tests/env/stack.sh. Do not edit; it is rewritten on every start.
[global]
pid = ${RUN}/php-fpm.pid
error_log = ${LOGS}/php-fpm.log
daemonize = yes

[kundeportal]
user = ${user}
group = ${group}
listen = ${RUN}/php-fpm.sock
listen.mode = 0666
pm = static
pm.max_children = 6
pm.max_requests = 500
request_terminate_timeout = 300
catch_workers_output = yes
decorate_workers_output = no
clear_env = yes
env[PATH] = /usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
env[KUNDEPORTAL_DB] = ${DB_NAME}
php_admin_value[error_log] = ${LOGS}/php-error.log
php_admin_flag[log_errors] = on
php_admin_value[memory_limit] = 512M
php_value[upload_max_filesize] = 64M
php_value[post_max_size] = 64M
php_value[max_execution_time] = 300
EOF
	install_conf "${CONF}/php-fpm.conf.new" "${CONF}/php-fpm.conf"
}

start_fpm() {
	if pid_alive "${RUN}/php-fpm.pid"; then
		if write_fpm_conf; then
			log "php-fpm configuration changed; reloading"
			kill -USR2 "$(cat "${RUN}/php-fpm.pid")"
			sleep 1
		else
			log "php-fpm already running (pid $(cat "${RUN}/php-fpm.pid"))"
		fi
		return 0
	fi
	write_fpm_conf || true
	local bin args=()
	bin="$(fpm_bin)"
	[ -x "$bin" ] || die "php-fpm${PHP_VERSION} not found"
	[ "$(id -u)" -eq 0 ] && args+=(-R)
	rm -f "${RUN}/php-fpm.sock" "${RUN}/php-fpm.pid"
	log "Starting php-fpm${PHP_VERSION} (6 workers, socket .stack/run/php-fpm.sock)"
	"$bin" "${args[@]}" --fpm-config "${CONF}/php-fpm.conf" </dev/null >>"${LOGS}/php-fpm.out" 2>&1 \
		|| { tail -n 20 "${LOGS}/php-fpm.log" >&2 || true; die "php-fpm failed to start"; }
	wait_for 15 "php-fpm" test -S "${RUN}/php-fpm.sock" || die "php-fpm socket did not appear (log: .stack/logs/php-fpm.log)"
}

write_nginx_conf() {
	local user_line="" ipv6_listen=""
	[ "$(id -u)" -eq 0 ] && user_line="user root;"
	# Also answer on [::1] so clients that resolve localhost to IPv6 first get the site.
	if [ -f /proc/net/if_inet6 ] && grep -q '^0\{31\}1 ' /proc/net/if_inet6; then ipv6_listen="listen [::1]:${HTTP_PORT};"; fi
	mkdir -p "${STACK}/tmp/nginx"
	cat >"${CONF}/nginx.conf.new" <<EOF
# Generated by tests/env/stack.sh. Do not edit; it is rewritten on every start.
${user_line}
worker_processes 2;
pid ${RUN}/nginx.pid;
error_log ${LOGS}/nginx-error.log warn;
events { worker_connections 1024; }
http {
	include /etc/nginx/mime.types;
	default_type application/octet-stream;
	access_log ${LOGS}/nginx-access.log;
	sendfile on;
	client_max_body_size 64m;
	client_body_temp_path ${STACK}/tmp/nginx/body;
	fastcgi_temp_path ${STACK}/tmp/nginx/fastcgi;
	proxy_temp_path ${STACK}/tmp/nginx/proxy;
	uwsgi_temp_path ${STACK}/tmp/nginx/uwsgi;
	scgi_temp_path ${STACK}/tmp/nginx/scgi;
	server {
		listen 127.0.0.1:${HTTP_PORT};
		${ipv6_listen}
		server_name localhost;
		root ${SITE};
		index index.php;
		# The plugin is this repository (symlinked); never serve its tooling/state.
		location ~ ^/wp-content/plugins/kundeportal/(\.stack|\.git|node_modules|vendor|tests)/ { deny all; }
		location / { try_files \$uri \$uri/ /index.php?\$args; }
		location ~ \.php\$ {
			try_files \$uri =404;
			# Own parameter list: distributions' fastcgi_params differ (some drop the port from HTTP_HOST,
			# which sends WordPress into a canonical-redirect loop on :8888).
			fastcgi_param QUERY_STRING \$query_string;
			fastcgi_param REQUEST_METHOD \$request_method;
			fastcgi_param CONTENT_TYPE \$content_type;
			fastcgi_param CONTENT_LENGTH \$content_length;
			fastcgi_param SCRIPT_NAME \$fastcgi_script_name;
			fastcgi_param SCRIPT_FILENAME \$document_root\$fastcgi_script_name;
			fastcgi_param REQUEST_URI \$request_uri;
			fastcgi_param DOCUMENT_URI \$document_uri;
			fastcgi_param DOCUMENT_ROOT \$document_root;
			fastcgi_param SERVER_PROTOCOL \$server_protocol;
			fastcgi_param REQUEST_SCHEME \$scheme;
			fastcgi_param GATEWAY_INTERFACE CGI/1.1;
			fastcgi_param SERVER_SOFTWARE nginx/\$nginx_version;
			fastcgi_param REMOTE_ADDR \$remote_addr;
			fastcgi_param REMOTE_PORT \$remote_port;
			fastcgi_param SERVER_ADDR \$server_addr;
			fastcgi_param SERVER_PORT \$server_port;
			fastcgi_param SERVER_NAME \$server_name;
			fastcgi_param REDIRECT_STATUS 200;
			fastcgi_param HTTP_HOST \$http_host;
			fastcgi_param HTTP_PROXY "";
			fastcgi_pass unix:${RUN}/php-fpm.sock;
			fastcgi_read_timeout 300;
			fastcgi_buffer_size 32k;
			fastcgi_buffers 16 32k;
		}
	}
	# Mail sink: maildev UI and its REST API, plus the maildev 2 style paths /email...
	server {
		listen 127.0.0.1:${MAIL_WEB_PORT};
		server_name localhost;
		proxy_http_version 1.1;
		proxy_set_header Host \$host;
		proxy_set_header Upgrade \$http_upgrade;
		proxy_set_header Connection \$connection_upgrade;
		location = /email { proxy_pass http://127.0.0.1:${MAILDEV_PORT}/api/email\$is_args\$args; }
		location ~ ^/email/(.*)\$ { proxy_pass http://127.0.0.1:${MAILDEV_PORT}/api/email/\$1\$is_args\$args; }
		location / { proxy_pass http://127.0.0.1:${MAILDEV_PORT}; }
	}
	map \$http_upgrade \$connection_upgrade { default upgrade; '' close; }
}
EOF
	install_conf "${CONF}/nginx.conf.new" "${CONF}/nginx.conf"
}

start_nginx() {
	if pid_alive "${RUN}/nginx.pid"; then
		if write_nginx_conf; then
			log "nginx configuration changed; reloading"
			nginx -e "${LOGS}/nginx-error.log" -c "${CONF}/nginx.conf" -t >"${LOGS}/nginx-test.log" 2>&1 \
				|| { cat "${LOGS}/nginx-test.log" >&2; die "nginx configuration test failed"; }
			kill -HUP "$(cat "${RUN}/nginx.pid")"
			sleep 1
		else
			log "nginx already running (pid $(cat "${RUN}/nginx.pid"))"
		fi
		return 0
	fi
	local p
	for p in "$HTTP_PORT" "$MAIL_WEB_PORT"; do
		port_busy "$p" && die "port ${p} is taken by another process; stop it first (ss -ltnp 'sport = :${p}')"
	done
	write_nginx_conf || true
	log "Starting nginx on ${SITE_URL}"
	nginx -e "${LOGS}/nginx-error.log" -c "${CONF}/nginx.conf" -t >"${LOGS}/nginx-test.log" 2>&1 \
		|| { cat "${LOGS}/nginx-test.log" >&2; die "nginx configuration test failed"; }
	nginx -e "${LOGS}/nginx-error.log" -c "${CONF}/nginx.conf" </dev/null >>"${LOGS}/nginx.out" 2>&1 || die "nginx failed to start"
	wait_for 10 "nginx" pid_alive "${RUN}/nginx.pid" || die "nginx did not start (log: .stack/logs/nginx-error.log)"
}

start_maildev() {
	if pid_alive "${RUN}/maildev.pid"; then log "maildev already running (pid $(cat "${RUN}/maildev.pid"))"; return 0; fi
	local bin="${ROOT}/node_modules/.bin/maildev"
	if [ ! -x "$bin" ]; then
		warn "maildev missing (run npm ci); e-mails will fail to send"
		return 0
	fi
	if port_busy "$SMTP_PORT" || port_busy "$MAILDEV_PORT"; then die "port ${SMTP_PORT} or ${MAILDEV_PORT} is taken by another process; maildev cannot start"; fi
	log "Starting maildev (SMTP 127.0.0.1:${SMTP_PORT}, web via nginx http://127.0.0.1:${MAIL_WEB_PORT})"
	setsid nohup "$bin" --smtp "$SMTP_PORT" --ip 127.0.0.1 --web "$MAILDEV_PORT" --web-ip 127.0.0.1 \
		--mail-directory "${STACK}/mail" \
		</dev/null >>"${LOGS}/maildev.log" 2>&1 &
	echo $! >"${RUN}/maildev.pid"
	wait_for 30 "maildev" curl -fsS "http://127.0.0.1:${MAILDEV_PORT}/api/email" \
		|| { tail -n 20 "${LOGS}/maildev.log" >&2 || true; die "maildev did not come up (log: .stack/logs/maildev.log)"; }
}

stop_pidfile() { # stop_pidfile <name> <pidfile>
	local name="$1" file="$2" pid i
	[ -f "$file" ] || return 0
	pid="$(tr -dc '0-9' <"$file" 2>/dev/null || true)"
	if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
		log "Stopping ${name} (pid ${pid})"
		kill -TERM "$pid" 2>/dev/null || true
		for ((i = 0; i < 150; i++)); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
		if kill -0 "$pid" 2>/dev/null; then
			warn "${name} did not stop in 30 s; killing it"
			kill -KILL "$pid" 2>/dev/null || true
		fi
	fi
	rm -f "$file"
}

cmd_stop() {
	stop_pidfile nginx "${RUN}/nginx.pid"
	stop_pidfile php-fpm "${RUN}/php-fpm.pid"
	stop_pidfile maildev "${RUN}/maildev.pid"
	stop_pidfile MariaDB "${RUN}/mysqld.pid"
	rm -f "${RUN}/php-fpm.sock" "$SOCK"
	log "Stack stopped"
}

cmd_status() {
	local name file rc=0
	for name in mysqld php-fpm nginx maildev; do
		file="${RUN}/${name}.pid"
		if pid_alive "$file"; then
			printf '%-8s running (pid %s)\n' "$name" "$(cat "$file")"
		else
			printf '%-8s stopped\n' "$name"
			rc=1
		fi
	done
	if [ "$rc" -eq 0 ]; then
		printf 'site     %s -> HTTP %s\n' "$SITE_URL" "$(curl -s -o /dev/null -w '%{http_code}' --max-time 20 "${SITE_URL}/" || true)"
	fi
	return "$rc"
}

cmd_reset_test_db() {
	mkdir -p "$RUN" "$LOGS"
	pid_alive "${RUN}/mysqld.pid" || start_mariadb
	log "Recreating database ${TEST_DB}"
	sql "DROP DATABASE IF EXISTS \`${TEST_DB}\`; CREATE DATABASE \`${TEST_DB}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"
}

# --- site ---------------------------------------------------------------------
prepare_site() {
	local have=""
	[ -f "${SITE}/wp-includes/version.php" ] && have="$(wp_version_of "$SITE")"
	if [ -z "$have" ] || [ "$have" != "$(wp_version_of "$WP_SRC")" ] || [ "$FRESH" = 1 ]; then
		log "Copying WordPress $(wp_version_of "$WP_SRC") core into .stack/wordpress"
		rm -rf "$SITE"
		mkdir -p "$SITE"
		cp -a "${WP_SRC}/." "$SITE/"
		rm -rf "${SITE}/wp-content/plugins/akismet" "${SITE}/wp-content/plugins/hello.php"
	fi
	mkdir -p "$PLUGINS_DIR" "${SITE}/wp-content/mu-plugins" "${SITE}/wp-content/uploads"
	[ -L "${SITE}/wp-content/plugins" ] || rm -rf "${SITE}/wp-content/plugins"
	ln -sfn "$PLUGINS_DIR" "${SITE}/wp-content/plugins"
	ln -sfn "$WC_SRC" "${PLUGINS_DIR}/woocommerce"
	ln -sfn "$ROOT" "${PLUGINS_DIR}/kundeportal"
	local wc_have
	wc_have="$(wc_version_of "$WC_SRC")"
	[ "$wc_have" = "$WC_VERSION" ] || warn "WooCommerce copy is ${wc_have:-unknown}, pinned is ${WC_VERSION}"
	[ "$(wp_version_of "$WP_SRC")" = "$WP_VERSION" ] || warn "WordPress copy is $(wp_version_of "$WP_SRC"), pinned is ${WP_VERSION}"
	write_wp_config
	write_mu_plugin
}

write_wp_config() {
	# Paths are relative to the site (dirname(__DIR__) is .stack), so nothing machine-specific is baked in.
	cat >"${SITE}/wp-config.php" <<'EOF'
<?php
/**
 * Generated by tests/env/stack.sh (Kundeportal local stack). Rewritten on every start.
 *
 * @package Kundeportal
 */

$kundeportal_stack = dirname( __DIR__ );

define( 'DB_NAME', getenv( 'KUNDEPORTAL_DB' ) ? getenv( 'KUNDEPORTAL_DB' ) : 'kundeportal' );
define( 'DB_USER', 'kundeportal' );
define( 'DB_PASSWORD', 'kundeportal' );
define( 'DB_HOST', 'localhost:' . $kundeportal_stack . '/run/mysqld.sock' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

define( 'AUTH_KEY', 'kundeportal-local-auth-key' );
define( 'SECURE_AUTH_KEY', 'kundeportal-local-secure-auth-key' );
define( 'LOGGED_IN_KEY', 'kundeportal-local-logged-in-key' );
define( 'NONCE_KEY', 'kundeportal-local-nonce-key' );
define( 'AUTH_SALT', 'kundeportal-local-auth-salt' );
define( 'SECURE_AUTH_SALT', 'kundeportal-local-secure-auth-salt' );
define( 'LOGGED_IN_SALT', 'kundeportal-local-logged-in-salt' );
define( 'NONCE_SALT', 'kundeportal-local-nonce-salt' );

$table_prefix = 'wp_';

define( 'WP_ENVIRONMENT_TYPE', 'local' );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_LOG', $kundeportal_stack . '/logs/debug.log' );
defined( 'WP_DEBUG_DISPLAY' ) || define( 'WP_DEBUG_DISPLAY', false );
define( 'SCRIPT_DEBUG', false );
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'DISABLE_WP_CRON', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'WP_AUTO_UPDATE_CORE', false );
define( 'DISALLOW_FILE_MODS', true );
define( 'FS_METHOD', 'direct' );
define( 'WPLANG', getenv( 'KUNDEPORTAL_WPLANG' ) ? getenv( 'KUNDEPORTAL_WPLANG' ) : '' );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}

require_once ABSPATH . 'wp-settings.php';
EOF
	# The only generated values: the SMTP sink's port for the mu-plugin (default 1025) and the
	# plugins folder outside the repo (see PLUGINS_DIR).
	sed -i "s|^\$table_prefix = 'wp_';|define( 'KUNDEPORTAL_SMTP_PORT', ${SMTP_PORT} );\ndefine( 'WP_PLUGIN_DIR', '${PLUGINS_DIR}' );\n\n\$table_prefix = 'wp_';|" "${SITE}/wp-config.php"
	printf '%s\n' "$SITE_URL" >"${STACK}/site-url"
}

write_mu_plugin() {
	cp "${ROOT}/tests/env/mu-plugins/kundeportal-stack.php" "${SITE}/wp-content/mu-plugins/kundeportal-stack.php"
}

db_installed() {
	[ -n "$(sql "SELECT 1 FROM information_schema.tables WHERE table_schema='${DB_NAME}' AND table_name='wp_options'" 2>/dev/null)" ] \
		&& [ -n "$(sql "SELECT 1 FROM \`${DB_NAME}\`.wp_options WHERE option_name='kundeportal_stack_installed'" 2>/dev/null)" ]
}

run_php() { # run_php <log-label> <php args...>  runs PHP with the DB env, printing output
	KUNDEPORTAL_DB="$DB_NAME" KUNDEPORTAL_URL="$SITE_URL" "$PHP_BIN" -d memory_limit=1024M "${@:2}"
}

install_site() {
	if [ "$FRESH" = 1 ] && [ -n "$(sql "SHOW DATABASES LIKE '${DB_NAME}'")" ]; then
		log "Dropping database ${DB_NAME} (--fresh)"
		sql "DROP DATABASE \`${DB_NAME}\`; CREATE DATABASE \`${DB_NAME}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"
		rm -f "${STACK}/seeded-${DB_NAME}"
		rm -rf "${SITE}/wp-content/uploads"/*
	fi
	if db_installed; then
		log "WordPress already installed in ${DB_NAME}; reusing it (use --fresh to reinstall)"
		run_php install "${ROOT}/tests/env/install.php" configure || die "configuring the site failed (see above and .stack/logs/debug.log)"
	else
		log "Installing WordPress + WooCommerce into database ${DB_NAME}"
		sql "DROP DATABASE IF EXISTS \`${DB_NAME}\`; CREATE DATABASE \`${DB_NAME}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"
		rm -f "${STACK}/seeded-${DB_NAME}"
		run_php install "${ROOT}/tests/env/install.php" install || die "installing WordPress failed (see above)"
		run_php install "${ROOT}/tests/env/install.php" configure || die "configuring the site failed (see above and .stack/logs/debug.log)"
	fi
	PLUGIN_OK=1
	if ! run_php install "${ROOT}/tests/env/install.php" activate-kundeportal; then
		PLUGIN_OK=0
		PROBLEMS+=("the kundeportal plugin could not be activated (error above); the site runs without it")
	fi
}

seed_site() {
	if [ "$PLUGIN_OK" != 1 ]; then
		warn "not seeding: kundeportal is not active"
		return 0
	fi
	if [ -f "${STACK}/seeded-${DB_NAME}" ]; then
		log "Demo data already seeded"
		return 0
	fi
	if [ ! -f "${ROOT}/plugin/src/Cli/Seeder.php" ]; then
		warn "Kundeportal\\Cli\\Seeder does not exist yet (plugin/src/Cli/Seeder.php); no demo data"
		return 0
	fi
	log "Seeding demo data (php tests/env/wp.php seed)"
	if run_php seed "${ROOT}/tests/env/wp.php" seed; then
		date -u +%FT%TZ >"${STACK}/seeded-${DB_NAME}"
	else
		PROBLEMS+=("seeding failed (output above); run: php tests/env/wp.php seed")
	fi
}

http_code() { curl -s -o /dev/null -w '%{http_code}' --max-time 60 "$1" || true; }

check_site() {
	local url code
	for url in "${SITE_URL}/" "${SITE_URL}/wp-json/"; do
		code="$(http_code "$url")"
		if [ "$code" = 200 ]; then
			log "GET ${url} -> ${GRN}200${OFF}"
		else
			PROBLEMS+=("GET ${url} answered HTTP ${code}")
			warn "GET ${url} -> HTTP ${code}"
		fi
	done
	local errs
	local f
	errs="$(for f in debug.log php-error.log php-fpm.log; do
		[ -f "${LOGS}/${f}" ] && tail -c +"$((${LOG_START[$f]:-0} + 1))" "${LOGS}/${f}"
	done | { grep -E 'PHP (Fatal|Parse) error|Uncaught' || true; } | tail -n 20)"
	if [ -n "$errs" ]; then
		warn "PHP errors in .stack/logs (debug.log / php-error.log / php-fpm.log):"
		printf '%s\n' "$errs" >&2
		PROBLEMS+=("PHP fatal errors in the logs (printed above)")
	fi
}

cmd_start() {
	local t0=$SECONDS
	PROBLEMS=()
	mkdir -p "$RUN" "$LOGS" "$CONF" "${STACK}/tmp"
	ensure_packages
	find_wp || die "WordPress ${WP_VERSION} not found: set KUNDEPORTAL_WP_DIR or put a copy in ${CACHE}/wordpress (no network to download it from wordpress.org)"
	find_wc || die "WooCommerce ${WC_VERSION} not found: set KUNDEPORTAL_WC_DIR or put a copy in ${CACHE}/woocommerce (no network to download it from wordpress.org)"
	log "WordPress $(wp_version_of "$WP_SRC") from ${WP_SRC}; WooCommerce $(wc_version_of "$WC_SRC") from ${WC_SRC}"
	if [ "$FRESH" = 1 ]; then
		: >"${LOGS}/debug.log"
		: >"${LOGS}/php-error.log"
		pid_alive "${RUN}/maildev.pid" || rm -rf "${STACK}/mail"
	fi
	# Only errors logged from now on count in the final check.
	local f
	for f in debug.log php-error.log php-fpm.log; do
		LOG_START[$f]="$(stat -c %s "${LOGS}/${f}" 2>/dev/null || echo 0)"
	done
	start_mariadb
	start_maildev
	prepare_site
	start_fpm
	start_nginx
	if [ ! -d "${ROOT}/build" ]; then
		if [ -d "${ROOT}/node_modules" ]; then
			log "Building the plugin (npm run build)"
			(cd "$ROOT" && npm run build) || warn "npm run build failed (front end not there yet?); continuing without build/"
		else
			warn "node_modules missing: run npm ci; continuing without build/"
		fi
	fi
	install_site
	seed_site
	check_site
	local ports=''
	if [ "$HTTP_PORT" != 8888 ] || [ "$DB_PORT" != 3307 ] || [ "$SMTP_PORT" != 1025 ] || [ "$MAIL_WEB_PORT" != 1080 ]; then
		ports="KUNDEPORTAL_HTTP_PORT=${HTTP_PORT} KUNDEPORTAL_DB_PORT=${DB_PORT} KUNDEPORTAL_SMTP_PORT=${SMTP_PORT} KUNDEPORTAL_MAIL_PORT=${MAIL_WEB_PORT} "
	fi
	cat <<EOF

${BOLD}Kundeportal stack is up${OFF} ($((SECONDS - t0)) s)
  Shop         ${SITE_URL}/
  My Account   ${SITE_URL}/min-konto/
  Admin        ${SITE_URL}/wp-admin/
  Mail (UI)    http://127.0.0.1:${MAIL_WEB_PORT}/   (REST: GET http://127.0.0.1:${MAIL_WEB_PORT}/email, DELETE .../email/all)
  Database     ${DB_NAME} (socket .stack/run/mysqld.sock, 127.0.0.1:${DB_PORT}, user kundeportal/kundeportal)
  Logs         .stack/logs/ (debug.log, php-error.log, php-fpm.log, nginx-error.log, mysqld.err, maildev.log)
  Logins (password "kundeportal" for all):
    admin           shop admin
    leder.alnabru   manager of avd Alnabru
    leder.skjetten  manager of avd Skjetten
    innkjop         Ingrid Innkjøp, company admin of Staut Arbeidsklær AS (all departments)
    fredrika        Fredrika Fredriksen, employee, Alnabru
    reggis          Reggis Reggea, Skjetten
    navn            Navn Navnesen, Skjetten
  Stop with: ${ports}bash tests/env/stack.sh stop
  One spec:  ${ports}npm run test:e2e -- specs/orders/orders.spec.ts
EOF
	if [ "${#PROBLEMS[@]}" -gt 0 ]; then
		printf '\n%sProblems:%s\n' "$RED" "$OFF" >&2
		printf '  - %s\n' "${PROBLEMS[@]}" >&2
		return 2
	fi
}

usage() {
	sed -n '2,9p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
}

FRESH=0
declare -A LOG_START=()
cmd="${1:-}"
shift || true
for arg in "$@"; do
	case "$arg" in
		--fresh) FRESH=1 ;;
		*) die "unknown option: $arg" ;;
	esac
done

case "$cmd" in
	start) cmd_start ;;
	stop) cmd_stop ;;
	status) cmd_status ;;
	reset-test-db) cmd_reset_test_db ;;
	check-sources) check_sources ;;
	versions) printf 'WP_VERSION=%s\nWC_VERSION=%s\n' "$WP_VERSION" "$WC_VERSION" ;;
	-h | --help | help) usage ;;
	*) usage; exit 1 ;;
esac
