// What the Node checks load from the source (bundled by scripts/import-source.mjs).
export { en } from '../../src/i18n/en.js';
export { builtInLocales, loadTranslation } from '../../src/i18n/locales.js';
export * from './locale-checks.js';
export { scriptOf, shareInScript } from './scripts.js';
