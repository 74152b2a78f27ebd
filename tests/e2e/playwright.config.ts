/**
 * Playwright configuration: real Chromium (Debian's package) against the local stack.
 */
import { defineConfig, devices } from '@playwright/test';

import { BASE_URL } from './env';

const baseURL = BASE_URL;

export default defineConfig( {
	testDir: './specs',
	globalSetup: './global-setup.ts',
	outputDir: '../../artifacts/e2e',
	// One shop, one database: specs change shared state, so they run one at a time.
	workers: 1,
	fullyParallel: false,
	retries: 0,
	timeout: 90_000,
	expect: { timeout: 15_000 },
	reporter: process.env.CI ? [ [ 'list' ] ] : [ [ 'list' ] ],
	use: {
		baseURL,
		locale: 'en-GB',
		trace: 'retain-on-failure',
		screenshot: 'only-on-failure',
		launchOptions: {
			executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-quic',
				'--no-first-run',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
			],
		},
	},
	projects: [
		{
			name: 'desktop',
			use: { ...devices[ 'Desktop Chrome' ], channel: undefined },
			testIgnore: /\.phone\.spec\.ts$/,
		},
		{
			name: 'phone',
			use: {
				viewport: { width: 375, height: 740 },
				isMobile: true,
				hasTouch: true,
			},
			testMatch: /\.phone\.spec\.ts$/,
		},
	],
} );
