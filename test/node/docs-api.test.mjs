// docs/api.md (and the design tokens in docs/theming.md) against custom-elements.json
// (generated from the element's JSDoc by `npm run analyze`) and the typings' GateStates:
// a renamed, added or undocumented attribute, property, method, event, state, slot, part
// or CSS property fails here, in one direction or the other.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { codeSpans, objectKeys, paragraph, section, tableRows } from './support/markdown.mjs';

const root = new URL('../../', import.meta.url);
const api = readFileSync(new URL('docs/api.md', root), 'utf8');
const theming = readFileSync(new URL('docs/theming.md', root), 'utf8');
const manifest = JSON.parse(readFileSync(new URL('custom-elements.json', root), 'utf8'));

const declared = manifest.modules
  .flatMap((mod) => mod.declarations ?? [])
  .find((declaration) => declaration.customElement && declaration.tagName === 'id-verification-gate');
const missing = 'no <id-verification-gate> in custom-elements.json: the class JSDoc needs `@tag id-verification-gate`';
// Without the element every check below would fail for the same reason: say it once.
const gate = declared ?? { attributes: [], members: [], events: [], slots: [], cssParts: [], cssProperties: [], cssStates: [] };
const skip = declared ? false : missing;

const isPublic = (member) => !member.privacy || member.privacy === 'public';
const publicFields = () => gate.members.filter((m) => m.kind === 'field' && !m.static && isPublic(m));
const publicMethods = (isStatic) =>
  gate.members.filter((m) => m.kind === 'method' && !!m.static === isStatic && isPublic(m));
const names = (items) => items.map((item) => item.name).sort();
const sorted = (list) => [...list].sort();

test('the manifest has <id-verification-gate> (JSDoc @tag)', () => {
  assert.ok(declared, missing);
});

test('everything in the manifest has a description', { skip }, () => {
  const groups = {
    attributes: gate.attributes,
    members: gate.members.filter(isPublic),
    events: gate.events,
    slots: gate.slots,
    cssParts: gate.cssParts,
    cssProperties: gate.cssProperties,
    cssStates: gate.cssStates,
  };
  for (const [group, items] of Object.entries(groups)) {
    assert.ok(items?.length, `no ${group}`);
    const bare = items.filter((item) => !item.description?.trim()).map((item) => item.name || '(default)');
    assert.deepEqual(bare, [], `${group} without a description`);
  }
  assert.ok(gate.summary?.trim(), 'no @summary');
});

test('Attributes and properties: every row is in the manifest, and every attribute and property is in the table', { skip }, () => {
  const rows = tableRows(section(api, 'Attributes and properties')).map(([attributeCell, propertyCell]) => ({
    attribute: codeSpans(attributeCell)[0],
    property: codeSpans(propertyCell)[0],
  }));
  assert.ok(rows.length > 10, 'the table has rows');

  for (const { attribute, property } of rows) {
    assert.ok(property, `a row without a property: ${attribute}`);
    const field = publicFields().find((member) => member.name === property);
    assert.ok(field, `docs/api.md: property "${property}" is not a public property in the manifest`);
    if (attribute) {
      const declared = gate.attributes.find((a) => a.name === attribute);
      assert.ok(declared, `docs/api.md: attribute "${attribute}" is not in the manifest`);
      assert.equal(declared.fieldName, property, `attribute "${attribute}" belongs to another property`);
    } else {
      assert.equal(field.attribute, undefined, `docs/api.md says "${property}" has no attribute; the manifest says "${field.attribute}"`);
    }
  }

  const documentedAttributes = rows.map((row) => row.attribute).filter(Boolean);
  const documentedProperties = rows.map((row) => row.property);
  assert.deepEqual(sorted(documentedAttributes), names(gate.attributes), 'attributes: docs/api.md vs manifest');
  assert.deepEqual(sorted(documentedProperties), names(publicFields()), 'properties: docs/api.md vs manifest');
});

test('Methods: docs/api.md lists every public method', { skip }, () => {
  const text = paragraph(section(api, 'Methods'), 'Methods:');
  const listed = codeSpans(text).map((span) => span.replace(/\(.*$/, ''));
  assert.deepEqual(sorted(listed), names(publicMethods(false)), 'methods: docs/api.md vs manifest');
  for (const method of publicMethods(true)) {
    assert.ok(section(api, 'Methods').includes(`${method.name}(`), `static ${method.name}() is not in docs/api.md`);
  }
});

test('Events: the same events, with the same detail keys', { skip }, () => {
  const rows = tableRows(section(api, 'Events')).map(([eventCell, detailCell]) => ({
    name: codeSpans(eventCell)[0],
    keys: objectKeys(detailCell),
  }));
  assert.deepEqual(sorted(rows.map((row) => row.name)), names(gate.events), 'events: docs/api.md vs manifest');
  for (const { name, keys } of rows) {
    const declared = gate.events.find((event) => event.name === name);
    const declaredKeys = objectKeys(declared.description);
    assert.ok(keys, `docs/api.md: no { detail } for ${name}`);
    assert.ok(declaredKeys, `JSDoc @event ${name}: no { detail } in its description`);
    assert.deepEqual(sorted(keys), sorted(declaredKeys), `detail of ${name}: docs/api.md vs JSDoc`);
  }
});

test('States: the docs/api.md table, the custom states and GateStates agree', { skip }, async () => {
  const rows = tableRows(section(api, 'States')).map(([stateCell]) => codeSpans(stateCell)[0]);
  assert.deepEqual(sorted(rows), names(gate.cssStates), 'states: docs/api.md vs manifest @cssstate');
  const { GateStates } = await import('id-verification-gate/element');
  assert.deepEqual(sorted(rows), sorted(GateStates), 'states: docs/api.md vs GateStates');
});

test('Slots: docs/api.md names every slot', { skip }, () => {
  const text = paragraph(section(api, 'Slots'), 'Slots:');
  const listed = codeSpans(text);
  if (/default\s+slot/.test(text)) listed.push('');
  assert.deepEqual(sorted(listed), names(gate.slots), 'slots: docs/api.md vs manifest');
});

test('Parts: docs/api.md names every part', { skip }, () => {
  const listed = codeSpans(paragraph(section(api, 'Parts'), 'Parts:'));
  const declared = names(gate.cssParts);
  // Variants such as `button-primary` or `screen-<state>` are named in their part's description.
  const variants = gate.cssParts.flatMap((part) => codeSpans(part.description ?? ''));
  assert.deepEqual(declared.filter((name) => !listed.includes(name)), [], 'parts missing from docs/api.md');
  assert.deepEqual(
    listed.filter((name) => !declared.includes(name) && !variants.includes(name)),
    [],
    'parts in docs/api.md but not in the manifest',
  );
});

test('CSS custom properties: the design tokens in theming.md and the list in api.md', { skip }, () => {
  const rows = tableRows(section(theming, 'Design tokens')).map(([propertyCell]) => codeSpans(propertyCell)[0]);
  assert.deepEqual(sorted(rows), names(gate.cssProperties), 'CSS properties: docs/theming.md vs manifest');
  const listed = codeSpans(section(api, 'CSS custom properties'));
  assert.deepEqual(sorted(listed), names(gate.cssProperties), 'CSS properties: docs/api.md vs manifest');
});
