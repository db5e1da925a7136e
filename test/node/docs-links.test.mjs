// The README is read on npm, inside the installed package and on GitHub: every link in it
// must work in all three. A relative link must name a file the package ships (the
// repository's other files are linked by absolute URL), and an anchor a heading.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { packedFiles, root } from './support/packed-files.mjs';

const readme = readFileSync(`${root}README.md`, 'utf8');
const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
const REPOSITORY = 'https://github.com/id-verification-gate/id-verification-gate';

/** The README without fenced code and code spans, where a path is an example, not a link. */
const prose = readme.replace(/^```[\s\S]*?^```/gm, '').replace(/`[^`\n]+`/g, '');

/** Every link target: [text](target), <https://…> autolinks, and href / src of inline HTML. */
const links = [
  ...[...prose.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].map((m) => m[1]),
  ...[...prose.matchAll(/<(https?:\/\/[^>\s]+)>/g)].map((m) => m[1]),
  ...[...prose.matchAll(/\b(?:href|src)="([^"]+)"/g)].map((m) => m[1]),
];

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
const slug = (heading) =>
  heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .trim()
    .replace(/\s/g, '-');
const anchors = new Set([...readme.matchAll(/^#{1,6} (.+)$/gm)].map((m) => slug(m[1].replace(/`/g, ''))));

test('the README has links to check', () => {
  assert.ok(links.length > 5, `only ${links.length} links found`);
});

test('every relative link in the README names a file in the package', () => {
  const files = packedFiles();
  const broken = links
    .filter((link) => !/^([a-z][a-z+.-]*:|#)/i.test(link))
    .filter((link) => !files.has(posix.normalize(decodeURI(link.split('#')[0]))));
  assert.deepEqual(broken, [], 'not in the package: link them by absolute URL (the repository is ' + REPOSITORY + ')');
});

test('every anchor link in the README names one of its headings', () => {
  const missing = links.filter((link) => link.startsWith('#') && !anchors.has(link.slice(1)));
  assert.deepEqual(missing, []);
});

test('absolute links into the repository use its URL, which package.json gives npm', () => {
  assert.equal(pkg.repository?.url, `git+${REPOSITORY}.git`);
  assert.equal(pkg.homepage, `${REPOSITORY}#readme`);
  assert.equal(pkg.bugs?.url, `${REPOSITORY}/issues`);
  const raw = REPOSITORY.replace('https://github.com/', 'https://raw.githubusercontent.com/');
  const elsewhere = links.filter(
    (link) =>
      /github(usercontent)?\.com\/[^/]+\/id-verification-gate/.test(link) &&
      !link.startsWith(`${REPOSITORY}/`) &&
      !link.startsWith(`${raw}/`),
  );
  assert.deepEqual(elsewhere, []);
});
