// The README and the guides in docs/, read for the docs tests: which files, their
// fenced blocks (with the `<!-- sample: … -->` comment above each), their headings.
import { readdirSync, readFileSync } from 'node:fs';

export const root = new URL('../../../', import.meta.url);

/** `README.md`, `docs/README.md`, `docs/api.md`, …: every Markdown file a reader walks. */
export const docFiles = [
  'README.md',
  ...readdirSync(new URL('docs/', root))
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => `docs/${name}`),
];

export const readDoc = (file) => readFileSync(new URL(file, root), 'utf8');

/**
 * Every fenced block: its language, its text, the line it starts on and the
 * `path` (and `#region`) of the `<!-- sample: path#region -->` comment on the line above.
 */
export function fencedBlocks(markdown) {
  const lines = markdown.split('\n');
  const blocks = [];
  for (let i = 0; i < lines.length; i++) {
    const open = lines[i].match(/^```(\S*)\s*$/);
    if (!open) continue;
    const end = lines.findIndex((line, j) => j > i && line === '```');
    if (end === -1) throw new Error(`line ${i + 1}: a fence that never closes`);
    const sample = lines[i - 1]?.match(/^<!-- sample: ([^#\s]+)(?:#(\S+))? -->$/);
    blocks.push({
      language: open[1],
      text: lines.slice(i + 1, end).join('\n') + '\n',
      line: i + 1,
      sample: sample && { path: sample[1], region: sample[2] },
    });
    i = end;
  }
  return blocks;
}

/** The part of a sample file between `// #region name` and `// #endregion name` (or `<!-- … -->`). */
export function region(text, name) {
  const lines = text.split('\n');
  const marker = (word) => (line) => new RegExp(`^\\s*(//|<!--) #${word} ${name}\\b`).test(line);
  const start = lines.findIndex(marker('region'));
  const end = lines.findIndex(marker('endregion'));
  if (start === -1 || end < start) return undefined;
  return lines.slice(start + 1, end).join('\n') + '\n';
}

/** Markdown without its fenced blocks and code spans, where a path is an example, not a link. */
export function prose(markdown) {
  return markdown.replace(/^```[\s\S]*?^```/gm, '').replace(/`[^`\n]+`/g, '');
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
export const slug = (heading) =>
  heading
    .replace(/`/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .trim()
    .replace(/\s/g, '-');

/** The anchors of a file's headings (outside fenced blocks). */
export function anchors(markdown) {
  const text = markdown.replace(/^```[\s\S]*?^```/gm, '');
  return new Set([...text.matchAll(/^#{1,6} (.+)$/gm)].map((m) => slug(m[1])));
}
