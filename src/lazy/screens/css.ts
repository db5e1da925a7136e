/**
 * The screens' CSS as text, made a stylesheet by the gate with its own lit (`unsafeCSS`).
 * Lit's `css` lives beside `ReactiveElement`: imported here, a bundler that splits code
 * (esbuild) would move the element's lit into a chunk of its own, one more eager file.
 * Named `css` so the build minifies it, as it does lit's `css`.
 */
export const css = (strings: TemplateStringsArray): string => strings.join('');
