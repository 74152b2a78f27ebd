/**
 * Jest setup: jest-dom matchers on the `expect` from @jest/globals, and the demo shop's date
 * format (Settings → General: d.m.Y), which WordPress hands to @wordpress/date on a real page.
 */
import '@testing-library/jest-dom/jest-globals';
import { getSettings, setSettings } from '@wordpress/date';

const settings = getSettings();
setSettings( {
	...settings,
	formats: { ...settings.formats, date: 'd.m.Y' },
} );
