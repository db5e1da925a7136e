// The README and the guides are read on npm, inside the installed package and on GitHub:
// every link in them must work in all three. A relative link must name a file the package
// ships (docs/ is packed; the repository's other files are linked by absolute URL), and an
// #anchor a heading of the file it points into.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { anchors, docFiles, prose, readDoc } from './support/docs.mjs';
import { packedFiles, root } from './support/packed-files.mjs';

const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
const REPOSITORY = 'https://github.com/id-verification-gate/id-verification-gate';
const files = packedFiles();

/** Every link target in `file`: [text](target), <https://…> autolinks, and href / src of inline HTML. */
function linksOf(file) {
  const text = prose(readDoc(file));
  return [
    ...[...text.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].map((m) => m[1]),
    ...[...text.matchAll(/<(https?:\/\/[^>\s]+)>/g)].map((m) => m[1]),
    ...[...text.matchAll(/\b(?:href|src)="([^"]+)"/g)].map((m) => m[1]),
  ];
}
const links = docFiles.flatMap((file) => linksOf(file).map((link) => ({ file, link })));
const relative = links.filter(({ link }) => !/^[a-z][a-z+.-]*:/i.test(link));
/** The packed path a relative link names, from the file it is in. */
const target = ({ file, link }) => {
  const path = decodeURI(link.split('#')[0]);
  return path ? posix.normalize(posix.join(posix.dirname(file), path)) : file;
};

test('the README and the guides have links to check', () => {
  assert.ok(docFiles.length > 10, `only ${docFiles.join(', ')}`);
  for (const file of docFiles) assert.ok(linksOf(file).length > 0, `${file} has no link: a guide leads somewhere`);
});

test('every relative link names a file in the package', () => {
  const broken = relative.filter((entry) => !files.has(target(entry))).map(({ file, link }) => `${file}: ${link}`);
  assert.deepEqual(broken, [], 'not in the package: link them by absolute URL (the repository is ' + REPOSITORY + ')');
});

test('every #anchor names a heading of the file it points into', () => {
  const missing = relative
    .filter(({ link }) => link.includes('#'))
    .filter((entry) => {
      const into = target(entry);
      return !docFiles.includes(into) || !anchors(readDoc(into)).has(entry.link.split('#')[1]);
    })
    .map(({ file, link }) => `${file}: ${link}`);
  assert.deepEqual(missing, []);
});

test('every guide is listed in docs/README.md, and the README leads to it', () => {
  const index = linksOf('docs/README.md').map((link) => posix.join('docs', link));
  const unlisted = docFiles.filter((file) => file.startsWith('docs/') && file !== 'docs/README.md' && !index.includes(file));
  assert.deepEqual(unlisted, [], 'guides missing from docs/README.md');
  assert.ok(linksOf('README.md').includes('docs/README.md'), 'the README links docs/README.md');
});

test('the README stays a front door: at most 350 lines', () => {
  const lines = readDoc('README.md').split('\n').length;
  assert.ok(lines <= 350, `README.md has ${lines} lines: move the detail into a guide in docs/`);
});

test('absolute links into the repository use its URL, which package.json gives npm', () => {
  assert.equal(pkg.repository?.url, `git+${REPOSITORY}.git`);
  assert.equal(pkg.homepage, `${REPOSITORY}#readme`);
  assert.equal(pkg.bugs?.url, `${REPOSITORY}/issues`);
  const raw = REPOSITORY.replace('https://github.com/', 'https://raw.githubusercontent.com/');
  const elsewhere = links
    .map(({ link }) => link)
    .filter(
      (link) =>
        /github(usercontent)?\.com\/[^/]+\/id-verification-gate/.test(link) &&
        !link.startsWith(`${REPOSITORY}/`) &&
        !link.startsWith(`${raw}/`),
    );
  assert.deepEqual(elsewhere, []);
});

test('every absolute link into the repository names a file or folder it has', () => {
  const raw = REPOSITORY.replace('https://github.com/', 'https://raw.githubusercontent.com/');
  const paths = links
    .map(({ link }) => link.match(new RegExp(`^(?:${REPOSITORY}/(?:blob|tree)|${raw})/main/([^#?]+)`))?.[1])
    .filter(Boolean);
  assert.ok(paths.length > 3, 'links into the repository found');
  const gone = paths.filter((path) => !existsSync(`${root}${decodeURI(path)}`));
  assert.deepEqual(gone, []);
});
