/**
 * Jest config: @wordpress/scripts' defaults plus jest-dom and the folders to skip.
 */
const defaultConfig = require( '@wordpress/scripts/config/jest-unit.config.js' );

module.exports = {
	...defaultConfig,
	setupFilesAfterEnv: [
		...( defaultConfig.setupFilesAfterEnv || [] ),
		'<rootDir>/tools/jest-setup.ts',
	],
	// Form tests type with user-event; on a busy 2-core machine 5 s is too tight.
	testTimeout: 20_000,
	testPathIgnorePatterns: [
		'/node_modules/',
		'<rootDir>/vendor/',
		'<rootDir>/build/',
		'<rootDir>/.stack/',
		'<rootDir>/tests/e2e/',
		'<rootDir>/tests/php/',
	],
	transform: {
		...defaultConfig.transform,
		'\\.mjs$': defaultConfig.transform[ '\\.[jt]sx?$' ],
	},
	// Packages @wordpress/components pulls in that ship ESM only.
	transformIgnorePatterns: [ '/node_modules/(?!(uuid|@wordpress/theme)/)' ],
	modulePathIgnorePatterns: [
		'<rootDir>/build/',
		'<rootDir>/.stack/',
		'<rootDir>/vendor/',
	],
};
