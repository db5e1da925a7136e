// What package.json says about Node, against what the installed packages say they need.
// `engines` is for the package's users: every runtime dependency must accept all of it.
// `devEngines` is for contributors: every tool `npm install` brings must accept all of it,
// so installing on the oldest Node we name prints no EBADENGINE warning.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import semver from 'semver';

const root = new URL('../../', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const lock = JSON.parse(readFileSync(new URL('package-lock.json', root), 'utf8'));

/** Locked packages with their Node range; optional ones are skipped when they do not fit, without a warning. */
const locked = Object.entries(lock.packages)
  .filter(([path, entry]) => path !== '' && !entry.optional && typeof entry.engines?.node === 'string')
  .map(([path, entry]) => ({ name: `${path.replace(/^.*node_modules\//, '')}@${entry.version}`, node: entry.engines.node, dev: !!(entry.dev || entry.devOptional) }));

/** The packages whose Node range does not hold every version of `range`. */
const narrowerThan = (range, packages) =>
  packages.filter((p) => !semver.subset(range, p.node)).map((p) => `${p.name} needs node ${p.node}`);

test('engines names a Node range every runtime dependency supports', () => {
  assert.ok(semver.validRange(pkg.engines?.node), 'package.json engines.node');
  assert.deepEqual(narrowerThan(pkg.engines.node, locked.filter((p) => !p.dev)), []);
});

test('devEngines names a Node range every development tool supports (a quiet npm install)', () => {
  const runtime = pkg.devEngines?.runtime;
  assert.equal(runtime?.name, 'node');
  assert.ok(semver.validRange(runtime.version), 'package.json devEngines.runtime.version');
  assert.deepEqual(narrowerThan(runtime.version, locked.filter((p) => p.dev)), []);
});

test('the Node running these tests is one that both name', () => {
  assert.ok(semver.satisfies(process.version, pkg.engines.node), `${process.version} outside engines`);
  assert.ok(semver.satisfies(process.version, pkg.devEngines.runtime.version), `${process.version} outside devEngines`);
});
