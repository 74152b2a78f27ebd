#!/usr/bin/env bash
# `npm test`: build, start the local stack fresh, then lint, Jest, PHPUnit and Playwright.
# Keeps going after a failure, prints a summary table and exits non-zero if anything failed.
#
# Environment: KUNDEPORTAL_KEEP_STACK=1 leaves the stack running afterwards;
# everything tests/env/stack.sh reads (KUNDEPORTAL_WP_DIR, KUNDEPORTAL_WC_DIR, ...).
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
STACK_SH="${ROOT}/tests/env/stack.sh"

NAMES=()
RESULTS=()
TIMES=()
NOTES=()
FAILED=0
CHECK_FAILED=0 # failed steps that run no tests (composer, build, stack, lint)

record() { # record <name> <PASS|FAIL|SKIP> <seconds> [note]
	NAMES+=("$1")
	RESULTS+=("$2")
	TIMES+=("$3")
	NOTES+=("${4:-}")
	[ "$2" = FAIL ] && FAILED=1
	if [ "$2" = FAIL ]; then
		case "$1" in composer | build | stack | lint*) CHECK_FAILED=$((CHECK_FAILED + 1)) ;; esac
	fi
	return 0
}

banner() { printf '\n\033[1m========== %s ==========\033[0m\n' "$*"; }

TEST_PASSED=0
TEST_FAILED=0
TEST_SKIPPED=0
LOG_DIR="${ROOT}/artifacts/logs"
mkdir -p "$LOG_DIR"

count_tests() { # count_tests <log>: adds the runner's own counts (Jest, PHPUnit, Playwright) to the totals
	local log="$1" p=0 f=0 s=0 line
	if line="$(grep -E '^Tests: +.* total' "$log" | tail -n 1)" && [ -n "$line" ]; then # Jest
		p=$(grep -oE '[0-9]+ passed' <<<"$line" | grep -oE '[0-9]+' || true)
		f=$(grep -oE '[0-9]+ failed' <<<"$line" | grep -oE '[0-9]+' || true)
		s=$(grep -oE '[0-9]+ skipped' <<<"$line" | grep -oE '[0-9]+' || true)
	elif line="$(grep -E '^OK \([0-9]+ tests?' "$log" | tail -n 1)" && [ -n "$line" ]; then # PHPUnit, green
		p=$(grep -oE '[0-9]+ tests?' <<<"$line" | grep -oE '[0-9]+')
	elif line="$(grep -E '^Tests: [0-9]+, Assertions' "$log" | tail -n 1)" && [ -n "$line" ]; then # PHPUnit, red
		local total errors failures skipped incomplete
		total=$(grep -oE '^Tests: [0-9]+' <<<"$line" | grep -oE '[0-9]+')
		errors=$(grep -oE 'Errors: [0-9]+' <<<"$line" | grep -oE '[0-9]+' || echo 0)
		failures=$(grep -oE 'Failures: [0-9]+' <<<"$line" | grep -oE '[0-9]+' || echo 0)
		skipped=$(grep -oE 'Skipped: [0-9]+' <<<"$line" | grep -oE '[0-9]+' || echo 0)
		incomplete=$(grep -oE 'Incomplete: [0-9]+' <<<"$line" | grep -oE '[0-9]+' || echo 0)
		f=$((errors + failures))
		s=$((skipped + incomplete))
		p=$((total - f - s))
	else # Playwright's list reporter: "  6 passed (1.2m)", "  1 failed", "  2 skipped"
		p=$(grep -E '^ +[0-9]+ passed' "$log" | tail -n 1 | grep -oE '[0-9]+' | head -n 1 || true)
		f=$(grep -E '^ +[0-9]+ failed' "$log" | tail -n 1 | grep -oE '[0-9]+' | head -n 1 || true)
		s=$(grep -E '^ +[0-9]+ (skipped|did not run)' "$log" | tail -n 1 | grep -oE '[0-9]+' | head -n 1 || true)
	fi
	TEST_PASSED=$((TEST_PASSED + ${p:-0}))
	TEST_FAILED=$((TEST_FAILED + ${f:-0}))
	TEST_SKIPPED=$((TEST_SKIPPED + ${s:-0}))
}

run_step() { # run_step <name> <command...>
	local name="$1" t0=$SECONDS rc log
	shift
	banner "$name"
	log="${LOG_DIR}/${name//[^a-zA-Z0-9_-]/_}.log"
	"$@" 2>&1 | tee "$log"
	rc=${PIPESTATUS[0]}
	case "$name" in jest | phpunit* | playwright) count_tests "$log" ;; esac
	if [ "$rc" -eq 0 ]; then record "$name" PASS $((SECONDS - t0)); else record "$name" FAIL $((SECONDS - t0)) "exit ${rc}"; fi
	return "$rc"
}

skip() { # skip <name> <reason>
	banner "$1"
	echo "$1 skipped: $2"
	record "$1" SKIP 0 "$2"
}

summary() {
	local i
	printf '\n\033[1m%-12s %-6s %7s  %s\033[0m\n' "Suite" "Result" "Seconds" "Note"
	for i in "${!NAMES[@]}"; do
		printf '%-12s %-6s %7s  %s\n' "${NAMES[$i]}" "${RESULTS[$i]}" "${TIMES[$i]}" "${NOTES[$i]}"
	done
}

cleanup() {
	if [ "${STACK_STARTED:-0}" = 1 ] && [ "${KUNDEPORTAL_KEEP_STACK:-0}" != 1 ]; then
		banner "stopping the stack"
		bash "$STACK_SH" stop || true
	fi
}
trap cleanup EXIT

ensure_browser() { # Debian's Chromium drives Playwright (its own browser download fails here).
	local chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
	[ -x "$chromium" ] && return 0
	echo "Installing Debian's chromium for Playwright (${chromium} is missing)"
	local sudo=""
	[ "$(id -u)" -eq 0 ] || sudo="sudo"
	$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium ||
		{ $sudo apt-get update && $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium; }
}

print_failure_pages() { # what the page showed when a spec failed (CI keeps only the log)
	local f
	while IFS= read -r f; do
		banner "page at failure: ${f#"${ROOT}/"}"
		sed -n '1,80p' "$f"
	done < <(find "${ROOT}/artifacts/e2e" -name 'error-context.md' 2>/dev/null | sort | head -n 5)
	return 1
}

has_styles() { # true if blocks/ or src/ hold style sheets
	[ -n "$(find blocks src \( -name '*.scss' -o -name '*.css' \) -not -path '*/node_modules/*' -print -quit 2>/dev/null)" ]
}

# --- preparation --------------------------------------------------------------
[ -d node_modules ] || run_step "npm ci" npm ci --no-audit --no-fund
run_step composer bash tests/env/composer.sh
run_step build npm run build

WP_MISSING="$(bash "$STACK_SH" check-sources 2>&1)"
WP_OK=$?
STACK_OK=0
if [ "$WP_OK" -eq 0 ]; then
	STACK_STARTED=1
	banner "stack start --fresh"
	t0=$SECONDS
	bash "$STACK_SH" start --fresh
	rc=$?
	if [ "$rc" -eq 0 ]; then
		record stack PASS $((SECONDS - t0))
		STACK_OK=1
	elif bash "$STACK_SH" status >/dev/null 2>&1; then
		# Services run but something is wrong (plugin activation, seed, HTTP check): suites still run.
		record stack FAIL $((SECONDS - t0)) "up, with problems (see above)"
		STACK_OK=1
	else
		record stack FAIL $((SECONDS - t0)) "services did not start"
	fi
else
	WP_MISSING="$(printf '%s' "$WP_MISSING" | tr '\n' ';' | sed 's/;$//')"
	banner "WordPress-backed suites SKIPPED"
	echo "SKIPPED: stack, PHPUnit and Playwright need WordPress + WooCommerce: ${WP_MISSING}"
	echo "Only lint and Jest run; the exit status is Jest's."
	record stack SKIP 0 "no WordPress/WooCommerce copy, no network (reason above)"
fi
# Read by tests/e2e (same defaults there).
export KUNDEPORTAL_URL="${KUNDEPORTAL_URL:-http://localhost:${KUNDEPORTAL_HTTP_PORT:-8888}}"
export KUNDEPORTAL_MAIL_API="${KUNDEPORTAL_MAIL_API:-http://127.0.0.1:${KUNDEPORTAL_MAIL_PORT:-1080}}"

# --- lint ------------------------------------------------------------------------
if compgen -G 'eslint.config.*' >/dev/null || compgen -G '.eslintrc*' >/dev/null || grep -q '"eslintConfig"' package.json; then
	run_step lint:js npm run -s lint:js
else
	skip lint:js "no ESLint config (eslint.config.* / .eslintrc*)"
fi
if has_styles; then
	run_step lint:style npm run -s lint:style
else
	skip lint:style "no .scss/.css files under blocks/ or src/"
fi
if [ -f tsconfig.json ]; then
	run_step lint:types npm run -s lint:types
else
	skip lint:types "no tsconfig.json"
fi
if [ -f phpcs.xml.dist ] || [ -f phpcs.xml ]; then
	run_step lint:php npm run -s lint:php
else
	skip lint:php "no phpcs.xml(.dist)"
fi

# --- unit tests --------------------------------------------------------------------
run_step jest npm run -s test:unit
JEST_RC=$?

# --- WordPress-backed suites ---------------------------------------------------------
if [ "$WP_OK" -ne 0 ]; then
	skip phpunit "SKIPPED, needs WordPress/WooCommerce: ${WP_MISSING}"
	NOTES[${#NOTES[@]}-1]="SKIPPED: needs WordPress/WooCommerce"
	skip playwright "SKIPPED, needs WordPress/WooCommerce: ${WP_MISSING}"
	NOTES[${#NOTES[@]}-1]="SKIPPED: needs WordPress/WooCommerce"
	summary
	echo
	echo "WordPress-backed suites were SKIPPED (${WP_MISSING}); exit status is Jest's (${JEST_RC})."
	echo "tests: ${TEST_PASSED} passed, ${TEST_FAILED} failed, ${TEST_SKIPPED} skipped"
	exit "$JEST_RC"
fi

if [ ! -f tests/php/run.sh ]; then
	skip phpunit "tests/php/run.sh missing"
elif [ "$STACK_OK" != 1 ]; then
	record phpunit FAIL 0 "not run: the stack did not start"
else
	bash "$STACK_SH" reset-test-db >/dev/null
	KUNDEPORTAL_HPOS=1 run_step "phpunit:hpos" bash tests/php/run.sh
	KUNDEPORTAL_HPOS=0 run_step "phpunit:posts" bash tests/php/run.sh
fi

if [ ! -f tests/e2e/playwright.config.ts ]; then
	skip playwright "tests/e2e/playwright.config.ts missing"
elif [ "$STACK_OK" != 1 ]; then
	record playwright FAIL 0 "not run: the stack did not start"
else
	ensure_browser
	run_step playwright npm run -s test:e2e || print_failure_pages
fi

summary
cleanup
trap - EXIT
echo
# The closing line: the test counts of every runner above; a failed step that runs no tests
# (composer, build, stack, lint) counts as one failed, so the line never hides a red run.
echo "tests: ${TEST_PASSED} passed, $((TEST_FAILED + CHECK_FAILED)) failed, ${TEST_SKIPPED} skipped"
exit "$FAILED"
