// Custom Elements Manifest (custom-elements.json) from the element's JSDoc
// (@summary @slot @event @csspart @cssproperty @cssstate, one line per property).
// `npm run analyze` writes it at the package root; `npm run build` runs it first.
import { posix } from 'node:path';

export default {
  globs: ['src/**/*.ts'],
  exclude: [
    // Translations are data, not API: they would triple the manifest's size.
    'src/i18n/en.ts',
    'src/i18n/locales/**',
    // Type-only framework typings (React JSX, Vue GlobalComponents): no elements in them.
    'src/frameworks/**',
  ],
  outdir: '.',
  // Reads Lit's `static properties` (attribute names, types) and knows LitElement's lifecycle.
  litelement: true,
  // package.json's `customElements` field is set once, not rewritten on every build.
  packagejson: false,
  plugins: [distPaths()],
};

/**
 * The analyzer names modules by their source (`src/gate/x.ts`) and leaves some
 * references as written in imports (`./x.js`). A manifest describes what is
 * published, so every path becomes the built file in `dist/`.
 */
function distPaths() {
  const toDist = (path) => path.replace(/^\/?src\//, 'dist/').replace(/\.ts$/, '.js');
  return {
    name: 'id-verification-gate:dist-paths',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        const source = mod.path;
        const resolve = (ref) =>
          toDist(ref.startsWith('./') || ref.startsWith('../') ? posix.join(posix.dirname(source), ref) : ref);
        visit(mod, (node) => {
          if (typeof node.module === 'string' && !node.package) node.module = resolve(node.module);
        });
        mod.path = toDist(source);
      }
    },
  };
}

function visit(node, fn) {
  if (Array.isArray(node)) {
    for (const item of node) visit(item, fn);
  } else if (node && typeof node === 'object') {
    fn(node);
    for (const value of Object.values(node)) visit(value, fn);
  }
}
