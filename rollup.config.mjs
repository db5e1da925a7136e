// Two builds:
//  1. dist/index.js + per-module files and .d.ts: the npm library (lit, persona external),
//     and the server and testing entries (dist/server/, dist/testing/), which no browser
//     entry imports (test/node/entry-isolation.test.mjs checks it).
//     The React and Vue typings (src/frameworks/) hold only types: they get their .d.ts from
//     the TypeScript plugin and no .js (as entries they would be empty chunks).
//  2. dist/id-verification-gate.bundle.js: self-contained, minified, for <script type="module">;
//     persona lands in its own lazily loaded chunk under dist/bundle-chunks/.
import { readFileSync, rmSync } from 'node:fs';
import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import replace from '@rollup/plugin-replace';
import terser from '@rollup/plugin-terser';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';

// Start from an empty dist so stale hashed chunks never end up in the package or the size report.
rmSync('dist', { recursive: true, force: true });

const isDependency = (id) => /^(lit|lit-html|@lit\/reactive-element|persona)(\/|$)/.test(id) || id.startsWith('node:');

/** The Persona sandbox's README, beside its server (its page script, sandbox.ts, is an input of its own). */
function copySandboxReadme() {
  return {
    name: 'copy-persona-sandbox-readme',
    generateBundle() {
      const source = readFileSync('src/testing/persona-sandbox/README.md', 'utf8');
      this.emitFile({ type: 'asset', fileName: 'testing/persona-sandbox/README.md', source });
    },
  };
}

/** @type {import('rollup').RollupOptions[]} */
export default [
  {
    input: [
      'src/index.ts',
      'src/element.ts',
      'src/server/index.ts',
      'src/testing/index.ts',
      // The sandbox's page script: a classic script the sandbox serves as /sandbox.js, from beside its server.
      'src/testing/persona-sandbox/sandbox.ts',
    ],
    external: isDependency,
    // Templates minified here too: users' bundlers (esbuild, Vite) never minify inside html`` and css``.
    plugins: [typescript({ tsconfig: './tsconfig.build.json' }), minifyHTML(), copySandboxReadme()],
    output: {
      dir: 'dist',
      format: 'es',
      sourcemap: true,
      preserveModules: true,
      preserveModulesRoot: 'src',
    },
  },
  {
    input: { 'id-verification-gate.bundle': 'src/index.ts' },
    // Lets lazy chunks (locales) import shared code from the entry instead of splitting it into a second eager file.
    preserveEntrySignatures: 'allow-extension',
    plugins: [
      // persona's logger reads process.env.NODE_ENV, which does not exist in a browser.
      replace({ preventAssignment: true, values: { 'process.env.NODE_ENV': JSON.stringify('production') } }),
      nodeResolve({ browser: true, exportConditions: ['browser', 'production'] }),
      typescript({ tsconfig: './tsconfig.build.json', declaration: false }),
      // Lit's html`` and css`` keep their whitespace and comments through terser.
      minifyHTML(),
      terser(),
    ],
    output: {
      dir: 'dist',
      format: 'es',
      sourcemap: true,
      entryFileNames: '[name].js',
      chunkFileNames: 'bundle-chunks/[name]-[hash].js',
    },
  },
];
