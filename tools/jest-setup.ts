/**
 * Jest setup: jest-dom matchers on the `expect` from @jest/globals.
 */
import '@testing-library/jest-dom/jest-globals';
