/**
 * ESLint flat config: @wordpress/scripts' defaults plus the project's rules.
 */
const wpScriptsConfig = require( '@wordpress/scripts/config/eslint.config.cjs' );

module.exports = [
	{
		ignores: [
			'**/build/**',
			'**/node_modules/**',
			'**/vendor/**',
			'.stack/**',
			'languages/**',
		],
	},
	...wpScriptsConfig,
	{
		rules: {
			'@wordpress/i18n-text-domain': [
				'error',
				{ allowedTextDomain: [ 'kundeportal' ] },
			],
		},
	},
	{
		files: [ '**/*.ts', '**/*.tsx' ],
		rules: {
			'@typescript-eslint/consistent-type-imports': 'error',
			'@typescript-eslint/consistent-type-assertions': [
				'error',
				{ assertionStyle: 'never' },
			],
		},
	},
	{
		files: [ '**/test/**/*.[jt]s?(x)' ],
		rules: {
			'@typescript-eslint/consistent-type-assertions': 'off',
		},
	},
	{
		files: [ 'tools/**/*.mjs', '*.cjs', '*.js' ],
		languageOptions: {
			globals: {
				process: 'readonly',
				console: 'readonly',
				require: 'readonly',
				module: 'writable',
				__dirname: 'readonly',
			},
		},
		rules: {
			'no-console': 'off',
		},
	},
];
