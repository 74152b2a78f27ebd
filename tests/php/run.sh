#!/usr/bin/env bash
# PHPUnit against the local stack: starts it if needed, recreates the test database
# (kundeportal_test; tests/php/bootstrap.php installs the site into it) and runs the
# Domain and Rest suites. Extra arguments go to phpunit. Env: KUNDEPORTAL_HPOS=1|0.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
STACK_SH="${ROOT}/tests/env/stack.sh"

skip() { echo "PHPUnit SKIPPED: $*"; exit 0; }

[ -f "$STACK_SH" ] || skip "tests/env/stack.sh is missing"
if [ ! -x vendor/bin/phpunit ]; then
	if [ -f tests/env/composer.sh ]; then bash tests/env/composer.sh; fi
	[ -x vendor/bin/phpunit ] || skip "vendor/bin/phpunit is missing (composer install failed)"
fi

if [ ! -f .stack/wordpress/wp-config.php ] || ! bash "$STACK_SH" status >/dev/null 2>&1; then
	if ! reason="$(bash "$STACK_SH" check-sources 2>&1)"; then
		skip "$(echo "$reason" | tr '\n' ' ')"
	fi
	echo "==> Starting the local stack"
	rc=0
	bash "$STACK_SH" start || rc=$?
	# 2 = up with warnings (e.g. no front-end build); anything else is fatal.
	if [ "$rc" -ne 0 ] && [ "$rc" -ne 2 ]; then
		echo "ERROR: the local stack did not start (exit ${rc})" >&2
		exit 1
	fi
fi

bash "$STACK_SH" reset-test-db
exec vendor/bin/phpunit -c phpunit.xml.dist "$@"
