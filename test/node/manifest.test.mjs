// custom-elements.json as published: referenced from package.json, shipped,
// exported, pointing at built files; and the framework typings' attribute list
// matches the element's attributes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';

const root = new URL('../../', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const manifest = JSON.parse(readFileSync(new URL('custom-elements.json', root), 'utf8'));
const gate = manifest.modules
  .flatMap((mod) => (mod.declarations ?? []).map((declaration) => ({ ...declaration, path: mod.path })))
  .find((declaration) => declaration.customElement && declaration.tagName === 'id-verification-gate');

test('package.json points at the manifest, ships and exports it', () => {
  assert.equal(pkg.customElements, 'custom-elements.json');
  assert.ok(pkg.files.includes('custom-elements.json'), 'in files');
  assert.equal(pkg.exports['./custom-elements.json'], './custom-elements.json');
});

const skip = gate ? false : 'no <id-verification-gate> in custom-elements.json (see readme-api.test.mjs)';

test('the manifest describes the built files', () => {
  assert.ok(gate, 'no <id-verification-gate> in custom-elements.json');
  assert.match(gate.path, /^dist\/.*\.js$/);
  assert.ok(existsSync(new URL(gate.path, root)), `${gate.path} exists (run npm run build)`);
  for (const mod of manifest.modules) assert.doesNotMatch(mod.path, /\.ts$|^src\//, mod.path);
});

test('the framework typings list exactly the attributes that are not read-only', { skip }, () => {
  const source = readFileSync(new URL('src/frameworks/gate-attributes.ts', root), 'utf8');
  const union = source.match(/export type GateAttributeProperty =([^;]+);/)[1];
  const typed = [...union.matchAll(/'([^']+)'/g)].map((match) => match[1]).sort();
  const settable = gate.attributes
    .filter((attribute) => !gate.members.find((member) => member.name === attribute.fieldName)?.readonly)
    .map((attribute) => attribute.fieldName)
    .sort();
  assert.deepEqual(typed, settable, 'GateAttributeProperty vs the manifest');
  const kebab = (name) => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
  for (const attribute of gate.attributes) {
    assert.equal(attribute.name, kebab(attribute.fieldName), 'attribute names are the kebab-case property names');
  }

  const propertyOnly = source.match(/export type GatePropertyOnly =([^;]+);/)[1];
  const typedProperties = [...propertyOnly.matchAll(/'([^']+)'/g)].map((match) => match[1]).sort();
  const withoutAttribute = gate.members
    .filter((m) => m.kind === 'field' && !m.static && (!m.privacy || m.privacy === 'public') && !m.readonly && !m.attribute)
    .map((m) => m.name)
    .sort();
  assert.deepEqual(typedProperties, withoutAttribute, 'GatePropertyOnly vs the manifest');
});
