// The changelog is kept with changesets (docs/development.md): each pending change is a
// file in .changeset/ that `npx changeset version` turns into a section of CHANGELOG.md.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';

const root = new URL('../../', import.meta.url);
const read = (path) => readFileSync(new URL(path, root), 'utf8');
const pkg = JSON.parse(read('package.json'));

test('CHANGELOG.md has a section for the version package.json names, and ships', () => {
  const changelog = read('CHANGELOG.md');
  assert.match(changelog, new RegExp(`^# ${pkg.name}\\n`));
  assert.match(changelog, new RegExp(`^## ${pkg.version.replaceAll('.', '\\.')}$`, 'm'), `no "## ${pkg.version}"`);
  assert.ok(pkg.files.includes('CHANGELOG.md'));
});

test('every changeset bumps this package and says what changed', () => {
  const changesets = readdirSync(new URL('.changeset/', root)).filter((name) => name.endsWith('.md') && name !== 'README.md');
  for (const name of changesets) {
    const match = read(`.changeset/${name}`).match(/^---\n((?:.+\n)+)---\n([\s\S]*)$/);
    assert.ok(match, `${name}: no front matter`);
    const bumps = match[1].trim().split('\n');
    assert.deepEqual(
      bumps.filter((line) => !new RegExp(`^['"]?${pkg.name}['"]?: (patch|minor|major)$`).test(line)),
      [],
      `${name}: bump ${pkg.name} with patch, minor or major`,
    );
    assert.ok(match[2].trim().length > 20, `${name}: say what changed, for the people who use the package`);
  }
});

test('changesets publish to the public registry from main', () => {
  const config = JSON.parse(read('.changeset/config.json'));
  assert.equal(config.access, 'public');
  assert.equal(config.baseBranch, 'main');
});
