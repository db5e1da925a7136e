// The review page for `npm run screenshots`: one table per frame width × theme,
// a row per state and a column per locale, with the problems found listed first.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const escape = (text) => String(text).replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('"', '&quot;');

/**
 * @param {string} outDir
 * @param {{ viewports: string[], themes: string[], locales: string[], states: string[],
 *   shots: Map<string, string>, problems: Array<{ key: string, where: string, problem: string }> }} report
 *   shots: "viewport/theme/locale/state" → PNG path relative to outDir
 */
export async function writeIndex(outDir, { viewports, themes, locales, states, shots, problems }) {
  const flagged = new Set(problems.map((p) => p.key));
  const sections = viewports.flatMap((viewport) =>
    themes.map((theme) => {
      const rows = states.map((state) => {
        const cells = locales.map((locale) => {
          const key = `${viewport}/${theme}/${locale}/${state}`;
          const file = shots.get(key);
          if (!file) return '<td></td>';
          const mark = flagged.has(key) ? ' class="flagged"' : '';
          return `<td${mark}><a href="${escape(file)}"><img src="${escape(file)}" alt="${escape(`${state}, ${locale}`)}" loading="lazy"></a></td>`;
        });
        return `<tr><th scope="row"><code>${escape(state)}</code></th>${cells.join('')}</tr>`;
      });
      const head = locales.map((locale) => `<th scope="col" lang="${escape(locale)}">${escape(locale)}</th>`).join('');
      return `<section id="${viewport}-${theme}">
  <h2>${escape(viewport)}, ${escape(theme)}</h2>
  <div class="scroll"><table><thead><tr><th></th>${head}</tr></thead><tbody>${rows.join('\n')}</tbody></table></div>
</section>`;
    }),
  );
  const problemList = problems.length
    ? `<ul>${problems.map((p) => `<li><a href="${escape(p.where)}">${escape(p.key)}</a>: ${escape(p.problem)}</li>`).join('\n')}</ul>`
    : '<p class="ok">None: no text overflows or is clipped, no frame scrolls sideways, every text meets WCAG AA contrast.</p>';
  const nav = viewports.flatMap((v) => themes.map((t) => `<a href="#${v}-${t}">${v}, ${t}</a>`)).join(' · ');
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>id-verification-gate screenshots</title>
<style>
  body { font-family: system-ui, sans-serif; margin: 1.5rem; color: #1b1f2a; }
  .scroll { overflow-x: auto; }
  table { border-collapse: collapse; }
  th, td { border: 1px solid #d5d9e2; padding: 4px; vertical-align: top; }
  thead th { position: sticky; top: 0; background: #fff; }
  img { display: block; width: 180px; height: auto; }
  td.flagged { outline: 3px solid #b3261e; outline-offset: -3px; }
  .ok { color: #146c2e; font-weight: 600; }
</style>
</head>
<body>
<h1>&lt;id-verification-gate&gt;: every state × locale × theme</h1>
<p>Made by <code>npm run screenshots</code> on ${escape(new Date().toISOString())} from the built demo's gallery:
${states.length} states × ${locales.length} locales × ${themes.length} themes × ${viewports.length} frame widths
(mobile: a 360 px phone screen; desktop: a 540 px content column). Click an image for full size.</p>
<h2>Problems found (${problems.length})</h2>
${problemList}
<p>${nav}</p>
${sections.join('\n')}
</body>
</html>
`;
  await writeFile(join(outDir, 'index.html'), html);
}
