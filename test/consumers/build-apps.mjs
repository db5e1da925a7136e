// Builds the React and Vue fixture apps with esbuild, the way their own tool chains would:
// each app resolves react / vue / id-verification-gate from its own node_modules (the packed
// tarball), never from this repository.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

/** The tag Vue must leave to the browser instead of resolving it as a Vue component. */
export const isCustomElement = (tag) => tag === 'id-verification-gate';

/** Options every app shares: ES modules, code splitting (so lazy imports stay lazy), development mode. */
function common(appDir) {
  return {
    absWorkingDir: appDir,
    bundle: true,
    format: 'esm',
    splitting: true,
    platform: 'browser',
    target: 'es2022',
    outdir: join(appDir, 'dist'),
    sourcemap: true,
    logLevel: 'silent',
    // Development builds: React's StrictMode double-invokes effects only here, and
    // Vue warns here about tags it cannot resolve.
    define: { 'process.env.NODE_ENV': '"development"' },
  };
}

/** React 19: JSX with the automatic runtime. */
export async function buildReact(appDir) {
  await esbuild.build({
    ...common(appDir),
    entryPoints: { main: 'src/main.jsx', probe: 'src/probe.jsx' },
    jsx: 'automatic',
  });
}

/**
 * Vue 3: single-file components compiled with the app's own `vue/compiler-sfc`, as
 * @vitejs/plugin-vue does, with `isCustomElement` given to the template compiler
 * (Vite: `vue({ template: { compilerOptions: { isCustomElement } } })`).
 */
export async function buildVue(appDir) {
  const require = createRequire(join(appDir, 'package.json'));
  const { parse, compileScript } = await import(pathToFileURL(require.resolve('vue/compiler-sfc')).href);

  /** @type {import('esbuild').Plugin} */
  const vueSfc = {
    name: 'vue-sfc',
    setup(build) {
      build.onLoad({ filter: /\.vue$/ }, async ({ path }) => {
        const source = await readFile(path, 'utf8');
        const { descriptor, errors } = parse(source, { filename: path, templateParseOptions: { isCustomElement } });
        if (errors.length) throw new Error(`${path}: ${errors.map(String).join('\n')}`);
        const id = createHash('sha256').update(path).digest('hex').slice(0, 8);
        const script = compileScript(descriptor, {
          id,
          inlineTemplate: true,
          templateOptions: { compilerOptions: { isCustomElement } },
        });
        return { contents: script.content, loader: 'js', resolveDir: dirname(path) };
      });
    },
  };

  const base = common(appDir);
  await esbuild.build({
    ...base,
    entryPoints: { main: 'src/main.js' },
    plugins: [vueSfc],
    define: {
      ...base.define,
      // Vue's esm-bundler build expects its bundler to define these flags.
      __VUE_OPTIONS_API__: 'true',
      __VUE_PROD_DEVTOOLS__: 'false',
      __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    },
  });
}

export const builders = { react: buildReact, vue: buildVue };
