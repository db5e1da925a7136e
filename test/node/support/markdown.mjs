// Just enough Markdown reading for the docs checks: sections, tables, code spans.

/** The text under `## heading` (any level), up to the next heading of the same or a higher level. */
export function section(markdown, heading) {
  const lines = markdown.split('\n');
  const start = lines.findIndex((line) => /^#{1,6} /.test(line) && line.replace(/^#+ /, '').trim() === heading);
  if (start === -1) throw new Error(`no section "${heading}"`);
  const level = lines[start].match(/^#+/)[0].length;
  const end = lines.findIndex((line, i) => i > start && new RegExp(`^#{1,${level}} `).test(line));
  return lines.slice(start + 1, end === -1 ? undefined : end).join('\n');
}

/** The body rows of the first table in `text`, each as its cells (`\|` kept as `|`). */
export function tableRows(text) {
  const lines = text.split('\n');
  const first = lines.findIndex((line) => line.trim().startsWith('|'));
  if (first === -1) throw new Error('no table');
  const rows = [];
  for (const line of lines.slice(first + 2)) {
    if (!line.trim().startsWith('|')) break;
    const cells = line
      .trim()
      .replace(/^\||\|$/g, '')
      .split(/(?<!\\)\|/)
      .map((cell) => cell.replace(/\\\|/g, '|').trim());
    rows.push(cells);
  }
  return rows;
}

/** The contents of every `code span` in `text`. */
export function codeSpans(text) {
  return [...text.matchAll(/`([^`]+)`/g)].map((match) => match[1]);
}

/**
 * The paragraph that starts with `label` (e.g. "Slots:"), up to a blank line or
 * the next line that starts with another label ("States: …").
 */
export function paragraph(markdown, label) {
  const lines = markdown.split('\n');
  const start = lines.findIndex((line) => line.startsWith(label));
  if (start === -1) throw new Error(`no paragraph starting "${label}"`);
  const end = lines.findIndex((line, i) => i > start && (line.trim() === '' || /^[A-Z][\w ]*:\s/.test(line)));
  return lines.slice(start, end === -1 ? undefined : end).join('\n');
}

/**
 * The keys of the first `{ a, b?, c: 'x' | 'y' }` in `text`, with `?` kept:
 * `['a', 'b?', 'c']`. `{}` gives `[]`.
 */
export function objectKeys(text) {
  const match = text.match(/\{([^{}]*)\}/);
  if (!match) return undefined;
  return match[1]
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => part.match(/^[A-Za-z_$][\w$]*\??/)[0]);
}
