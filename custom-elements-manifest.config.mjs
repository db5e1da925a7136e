// Custom Elements Manifest (custom-elements.json) from the element's JSDoc.
// `npm run analyze` writes it at the package root; `npm run build` runs it.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/frameworks/**'],
  outdir: '.',
  // Reads Lit's `static properties` (attribute names, types) and lifecycle conventions.
  litelement: true,
  // package.json's `customElements` field is set once by hand, not rewritten on every build.
  packagejson: false,
};
