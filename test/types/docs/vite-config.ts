// docs/frameworks.md's Vue line for vite.config.ts. @vitejs/plugin-vue is not installed:
// `vue` below has the shape of its `template.compilerOptions.isCustomElement` option.
declare function vue(options: { template: { compilerOptions: { isCustomElement: (tag: string) => boolean } } }): unknown;

// #region sample
// vite.config.ts
vue({ template: { compilerOptions: { isCustomElement: (tag) => tag === 'id-verification-gate' } } })
// #endregion sample
