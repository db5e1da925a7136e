// Every fenced block in the README and the guides is checked, by its language:
// - ts, tsx, js, vue: the block follows `<!-- sample: path[#region] -->` and is that file
//   (or its region), which `npm run test:types` type-checks (test/types, test/recipes);
//   the recipes and the testing kit's example are also run here and in recipes.test.mjs;
// - html, css: only the element's attributes, slots, events, parts, states and tokens
//   that custom-elements.json declares, and files the package ships;
// - json: each line is a reply the gate's own parser accepts, with a known reason;
// - sh: only npm scripts package.json has, binaries that are installed, paths that exist;
// - http: the Content-Security-Policy the strict-CSP browser test serves;
// - text: the project layout, every folder and file of which exists.
// A block of any other language fails: say how it is checked before adding one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { importSource } from '../../scripts/import-source.mjs';
import { docFiles, fencedBlocks, readDoc, region, root } from './support/docs.mjs';
import { packedFiles } from './support/packed-files.mjs';

const blocks = docFiles.flatMap((file) => fencedBlocks(readDoc(file)).map((block) => ({ ...block, file })));
const where = (block) => `${block.file}:${block.line}`;
const ofLanguage = (...languages) => blocks.filter((block) => languages.includes(block.language));
const exists = (path) => existsSync(new URL(path, root));

const manifest = JSON.parse(readFileSync(new URL('custom-elements.json', root), 'utf8'));
const gate = manifest.modules
  .flatMap((mod) => mod.declarations ?? [])
  .find((declaration) => declaration.tagName === 'id-verification-gate');
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));

const checkedLanguages = ['ts', 'tsx', 'js', 'vue', 'html', 'css', 'json', 'sh', 'http', 'text'];

test('every block has a language this test checks', () => {
  assert.ok(blocks.length > 20, `only ${blocks.length} blocks found`);
  const unchecked = blocks.filter((block) => !checkedLanguages.includes(block.language)).map(where);
  assert.deepEqual(unchecked, []);
});

test('code samples are files the type tests compile, word for word', () => {
  const code = ofLanguage('ts', 'tsx', 'js', 'vue');
  assert.ok(code.length > 10);
  for (const block of code) {
    assert.ok(block.sample, `${where(block)}: no <!-- sample: path --> comment on the line above`);
    const { path, region: name } = block.sample;
    assert.match(path, /^test\/(types|recipes)\//, `${where(block)}: ${path} is not where npm run test:types looks`);
    assert.ok(exists(path), `${where(block)}: ${path} does not exist`);
    const text = readFileSync(new URL(path, root), 'utf8');
    const expected = name ? region(text, name) : text;
    assert.ok(expected !== undefined, `${where(block)}: ${path} has no #region ${name}`);
    assert.equal(block.text, expected, `${where(block)} differs from ${path}${name ? `#${name}` : ''}: copy the file into the guide`);
  }
});

test("the testing kit's example runs, and answers what the guide says", async () => {
  const alias = { 'id-verification-gate/server': 'src/server/index.ts', 'id-verification-gate/testing': 'src/testing/index.ts' };
  const { answer } = await importSource('test/types/docs/testing-kit.ts', { alias });
  const [block] = ofLanguage('ts').filter((b) => b.sample?.path === 'test/types/docs/testing-kit.ts');
  const promised = block.text.match(/\/\/ → (\{.*\})$/m)[1].replace(/(\w+):/g, '"$1":').replaceAll("'", '"');
  assert.deepEqual(answer, JSON.parse(promised));
});

test('HTML samples use only what the manifest declares, and files the package ships', () => {
  const attributes = new Set([...gate.attributes.map((a) => a.name), 'class', 'id', 'lang', 'dir', 'hidden']);
  const slots = new Set(gate.slots.map((slot) => slot.name));
  const events = new Set(gate.events.map((event) => event.name));
  const files = packedFiles();
  const html = ofLanguage('html');
  assert.ok(html.length >= 3);
  for (const block of html) {
    const tags = [...block.text.matchAll(/<id-verification-gate\b([^>]*)>/g)];
    assert.ok(tags.length, `${where(block)}: no <id-verification-gate>`);
    for (const [, attrs] of tags) {
      for (const [, name] of attrs.matchAll(/([^\s=]+)(?:="[^"]*")?/g)) {
        assert.ok(attributes.has(name), `${where(block)}: attribute ${name} is not in the manifest`);
      }
    }
    for (const [, slot] of block.text.matchAll(/\bslot="([^"]*)"/g)) {
      assert.ok(slots.has(slot), `${where(block)}: slot "${slot}" is not in the manifest`);
    }
    for (const [event] of block.text.matchAll(/\bidv-[a-z-]+/g)) {
      assert.ok(events.has(event), `${where(block)}: event ${event} is not in the manifest`);
    }
    for (const [, file] of block.text.matchAll(/\/node_modules\/id-verification-gate\/([^"'\s]+)/g)) {
      assert.ok(files.has(file), `${where(block)}: ${file} is not in the package`);
    }
  }
});

test('CSS samples use only declared tokens, parts and states', () => {
  const tokens = new Set(gate.cssProperties.map((property) => property.name));
  const parts = new Set(gate.cssParts.flatMap((part) => [part.name, ...[...(part.description ?? '').matchAll(/`([\w-]+)`/g)].map((m) => m[1])]));
  const states = new Set(gate.cssStates.map((state) => state.name));
  const css = [...ofLanguage('css'), ...ofLanguage('html')];
  for (const block of css) {
    for (const [token] of block.text.matchAll(/--idv-[\w-]+/g)) assert.ok(tokens.has(token), `${where(block)}: ${token}`);
    for (const [, part] of block.text.matchAll(/::part\(([\w-]+)\)/g)) assert.ok(parts.has(part), `${where(block)}: part ${part}`);
    for (const [, state] of block.text.matchAll(/:state\(([\w-]+)\)/g)) assert.ok(states.has(state), `${where(block)}: state ${state}`);
  }
  assert.ok(ofLanguage('css').length >= 1);
});

test("JSON replies are ones the gate's own parser accepts, with reasons it knows", async () => {
  const { parseStatus } = await importSource('src/eager/backend/status-client.ts');
  const { DeclineReasons, BlockReasons } = await importSource('src/protocol/reasons.ts');
  const json = ofLanguage('json');
  assert.ok(json.length >= 1);
  for (const block of json) {
    for (const line of block.text.split('\n').filter((l) => l.trim())) {
      const reply = parseStatus(JSON.parse(line));
      const known = reply.status === 'blocked' ? BlockReasons : DeclineReasons;
      if (reply.reason !== undefined) assert.ok(known.includes(reply.reason), `${where(block)}: reason ${reply.reason}`);
    }
  }
});

test('shell lines run only scripts, binaries and paths that exist', () => {
  const sh = ofLanguage('sh');
  assert.ok(sh.length >= 5);
  for (const block of sh) {
    for (const line of block.text.split('\n').map((l) => l.replace(/(^|\s)#.*$/, '').trim()).filter(Boolean)) {
      for (const command of line.split('&&').map((c) => c.trim())) {
        const script = command.match(/^npm (?:run (\S+)|(start|test)\b)/);
        const bin = command.match(/^(?:\w+=\S+ )*npx (\S+)/);
        if (script) assert.ok(pkg.scripts[script[1] ?? script[2]], `${where(block)}: no npm script for "${command}"`);
        else if (bin) assert.ok(exists(`node_modules/.bin/${bin[1]}`), `${where(block)}: ${bin[1]} is not installed`);
        else assert.match(command, /^npm (install|ci)\b/, `${where(block)}: "${command}" is not checked`);
        for (const [, path] of command.matchAll(/(?:^|\s)((?:test|src|scripts|demo)\/[\w./-]+)/g)) {
          assert.ok(exists(path), `${where(block)}: ${path} does not exist`);
        }
      }
    }
  }
});

test('the Content-Security-Policy is the one the strict-CSP browser test serves', async () => {
  const { strictCspPage } = await import('../support/browser-plugins.mjs');
  const served = strictCspPage({ host: 'localhost:8123' }).transform({ path: '/test/pages/strict-csp.html', query: {} });
  const directives = (policy) => policy.split(';').map((d) => d.trim().replace(/\s+/g, ' ')).filter(Boolean);
  const [block] = ofLanguage('http');
  assert.ok(block, 'no policy block');
  const documented = directives(block.text.replace(/^Content-Security-Policy:/, ''));
  const tested = directives(served.headers['Content-Security-Policy']).map((directive) =>
    // The test frames the local sandbox where production frames Persona's host.
    directive === 'frame-src http://localhost:8123' ? 'frame-src https://inquiry.withpersona.com' : directive,
  );
  assert.deepEqual(documented, tested);
});

test('the project layout names folders and files that exist', () => {
  const [block] = ofLanguage('text');
  assert.ok(block, 'no layout block');
  let parent = '';
  const missing = [];
  for (const line of block.text.split('\n').filter(Boolean)) {
    const names = line.trimStart().match(/^[^\s,]+(?:,\s*[^\s,]+)*/)[0].split(/,\s*/);
    const nested = line.startsWith(' ');
    for (const name of names) {
      const path = nested ? `${parent}${name}` : name;
      if (!exists(path)) missing.push(path);
      if (!nested) parent = name;
    }
  }
  assert.deepEqual(missing, []);
});
