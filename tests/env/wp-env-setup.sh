#!/usr/bin/env bash
# wp-env "afterStart" hook (.wp-env.json): applies the same site settings as the local stack
# (tests/env/install.php configure: NOK, /min-konto/, /%postname%/, HPOS, no wizard), activates
# the plugin and seeds the demo data. For Docker users; the test stack is tests/env/stack.sh.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
WP_ENV="${WP_ENV:-npx --yes @wordpress/env}"
$WP_ENV run cli wp eval-file wp-content/kundeportal-env/install.php configure
$WP_ENV run cli wp eval-file wp-content/kundeportal-env/install.php activate-kundeportal
$WP_ENV run cli wp eval 'if ( class_exists( "Kundeportal\\Cli\\Seeder" ) && ! get_option( "kundeportal_wp_env_seeded" ) ) { ( new Kundeportal\Cli\Seeder() )->run(); update_option( "kundeportal_wp_env_seeded", gmdate( "c" ), false ); }'
