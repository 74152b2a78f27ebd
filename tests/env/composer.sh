#!/usr/bin/env bash
# Installs the Composer dev dependencies (phpunit, phpcs + WPCS) when vendor/ is missing or incomplete.
# Used by `npm run lint:php` and tests/run.sh. Nothing of vendor/ ships with the plugin.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
if [ -x vendor/bin/phpunit ] && [ -x vendor/bin/phpcs ]; then
	exit 0
fi
command -v composer >/dev/null 2>&1 || { echo "ERROR: composer not found (Debian: apt-get install composer)" >&2; exit 1; }
echo "==> composer install (vendor/ missing)"
COMPOSER_ALLOW_SUPERUSER=1 composer install --no-interaction --no-progress --prefer-dist
