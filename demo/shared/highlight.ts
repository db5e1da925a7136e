// Syntax highlighting for the demo's markup and CSS: highlight.js (its core,
// with only the two languages the page shows), loaded by the demo and nowhere
// else. The pre-compiled ES modules of @highlightjs/cdn-assets run as they are
// in the dev server and in the static build (highlight.js's own es/ entry
// wraps CommonJS, which the dev server does not convert).
import hljs from '@highlightjs/cdn-assets/es/core.min.js';
import css from '@highlightjs/cdn-assets/es/languages/css.min.js';
import xml from '@highlightjs/cdn-assets/es/languages/xml.min.js';

hljs.registerLanguage('xml', xml);
hljs.registerLanguage('css', css);

export type CodeLanguage = 'xml' | 'css';

/** Highlighted HTML for `code`: highlight.js escapes the text, so it is safe to insert. */
export function highlight(code: string, language: CodeLanguage): string {
  return hljs.highlight(code, { language }).value;
}
