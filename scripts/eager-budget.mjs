/**
 * What a page may download before anyone needs to verify, min+gzip -9, each file
 * gzipped alone: the package's bundle, and `import 'id-verification-gate'` as esbuild
 * (splitting) and Vite build it. 12 KB until lit-html moved to the screens' chunk;
 * 10 KB since, so the bytes that left do not creep back.
 */
export const EAGER_BUDGET = 10 * 1024;
