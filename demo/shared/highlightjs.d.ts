// Types for highlight.js's pre-compiled ES modules, from highlight.js's own typings (same version).
declare module '@highlightjs/cdn-assets/es/core.min.js' {
  import type { HLJSApi } from 'highlight.js';
  const hljs: HLJSApi;
  export default hljs;
}
declare module '@highlightjs/cdn-assets/es/languages/*.min.js' {
  import type { LanguageFn } from 'highlight.js';
  const language: LanguageFn;
  export default language;
}
