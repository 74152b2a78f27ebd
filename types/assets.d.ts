/**
 * Style imports are extracted to CSS files by webpack.
 */
declare module '*.scss';
