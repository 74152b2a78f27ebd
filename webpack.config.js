/**
 * Webpack config: @wordpress/scripts' default for the blocks in blocks/
 * (built to build/blocks/<name>/), plus the checkout payment method script
 * (src/checkout/index.ts → build/checkout/index.js).
 */
const path = require( 'path' );
const defaultConfig = require( '@wordpress/scripts/config/webpack.config' );
const DependencyExtractionWebpackPlugin = require( '@wordpress/dependency-extraction-webpack-plugin' );

const scriptConfig = Array.isArray( defaultConfig )
	? defaultConfig[ 0 ]
	: defaultConfig;

/**
 * WooCommerce packages the checkout script imports, mapped to the globals
 * and script handles WooCommerce registers.
 */
const WOOCOMMERCE_EXTERNALS = {
	'@woocommerce/blocks-registry': {
		global: [ 'wc', 'wcBlocksRegistry' ],
		handle: 'wc-blocks-registry',
	},
	'@woocommerce/settings': {
		global: [ 'wc', 'wcSettings' ],
		handle: 'wc-settings',
	},
};

/** Plugins of the default config that only make sense for blocks. */
const BLOCK_ONLY_PLUGINS = [
	'CopyPlugin',
	'PhpFilePathsPlugin',
	'BlocksManifestPlugin',
	'DependencyExtractionWebpackPlugin',
];

const blocks = {
	...scriptConfig,
	name: 'blocks',
	output: {
		...scriptConfig.output,
		path: path.resolve( __dirname, 'build/blocks' ),
	},
};

const checkout = {
	...scriptConfig,
	name: 'checkout',
	entry: {
		index: path.resolve( __dirname, 'src/checkout/index.ts' ),
	},
	output: {
		...scriptConfig.output,
		path: path.resolve( __dirname, 'build/checkout' ),
	},
	devServer: undefined,
	plugins: [
		...scriptConfig.plugins.filter(
			( plugin ) =>
				! BLOCK_ONLY_PLUGINS.includes( plugin.constructor.name )
		),
		new DependencyExtractionWebpackPlugin( {
			requestToExternal( request ) {
				return WOOCOMMERCE_EXTERNALS[ request ]?.global;
			},
			requestToHandle( request ) {
				return WOOCOMMERCE_EXTERNALS[ request ]?.handle;
			},
		} ),
	],
};

module.exports = [ blocks, checkout ];
