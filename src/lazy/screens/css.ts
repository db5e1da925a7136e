/**
 * The screens' CSS as text: the gate makes it a stylesheet with its own lit
 * (`unsafeCSS`), so the screens' chunk imports nothing the eager code does and a
 * bundler that splits code keeps the eager code in one file. Named `css` so the
 * build minifies it, as it does lit's `css`.
 */
export const css = (strings: TemplateStringsArray): string => strings.join('');
