// The public API of each entry, as API Extractor reports it from the built .d.ts files,
// committed in api/*.api.md so that a change to an exported name or type shows in review
// as a diff. `npm test` runs `npm run api:check` (fails when a report differs);
// after an intended change, `npm run api:update` and commit the new reports.
import { Extractor, ExtractorConfig } from '@microsoft/api-extractor';
import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const update = process.argv.includes('--update');

/** Each entry of package.json's `exports` that has an API of its own, and its report. */
export const entries = [
  { entry: '.', types: 'dist/index.d.ts', report: 'id-verification-gate' },
  { entry: './element', types: 'dist/element.d.ts', report: 'element' },
  { entry: './server', types: 'dist/server/index.d.ts', report: 'server' },
  { entry: './testing', types: 'dist/testing/index.d.ts', report: 'testing' },
  { entry: './react', types: 'dist/frameworks/react.d.ts', report: 'react' },
  { entry: './vue', types: 'dist/frameworks/vue.d.ts', report: 'vue' },
];

const temp = `${root}node_modules/.cache/api-extractor/`;
mkdirSync(temp, { recursive: true });

const changed = [];
for (const { types, report } of entries) {
  if (!existsSync(`${root}${types}`)) throw new Error(`${types} is missing: run npm run build first`);
  const config = ExtractorConfig.prepare({
    configObjectFullPath: undefined,
    packageJsonFullPath: `${root}package.json`,
    configObject: {
      projectFolder: root,
      mainEntryPointFilePath: `${root}${types}`,
      bundledPackages: [],
      compiler: {
        overrideTsconfig: {
          compilerOptions: {
            target: 'ES2022',
            module: 'ESNext',
            moduleResolution: 'bundler',
            lib: ['ES2022', 'DOM', 'DOM.Iterable'],
            types: [],
            skipLibCheck: true,
            strict: true,
          },
          include: [types],
        },
      },
      apiReport: {
        enabled: true,
        reportFileName: `${report}.api.md`,
        reportFolder: `${root}api/`,
        reportTempFolder: temp,
      },
      docModel: { enabled: false },
      dtsRollup: { enabled: false },
      tsdocMetadata: { enabled: false },
      messages: {
        // The report shows what is exported; TSDoc style and release tags are not judged here.
        compilerMessageReporting: { default: { logLevel: 'warning' } },
        extractorMessageReporting: {
          default: { logLevel: 'warning' },
          'ae-missing-release-tag': { logLevel: 'none' },
          'ae-undocumented': { logLevel: 'none' },
          'ae-forgotten-export': { logLevel: 'none', addToApiReportFile: true },
        },
        tsdocMessageReporting: { default: { logLevel: 'none' } },
      },
    },
  });
  const result = Extractor.invoke(config, {
    localBuild: update,
    printApiReportDiff: !update, // the diff, so a failing check shows what changed
    messageCallback: quiet,
  });
  if (!result.succeeded && !result.apiReportChanged) throw new Error(`API Extractor failed on ${types}`);
  if (result.apiReportChanged) changed.push(`api/${report}.api.md`);
}

/** API Extractor's own "report changed" warning is said once below, in our words. */
function quiet(message) {
  const said = ['console-preamble', 'console-api-report-not-copied', 'console-api-report-copied', 'console-api-report-created'];
  if (said.includes(message.messageId)) {
    message.handled = true;
  }
}

if (changed.length && update) console.log(`updated ${changed.join(', ')}: review the diff and commit it`);
else if (changed.length) {
  console.error(
    `The public API differs from its report: ${changed.join(', ')}.\n` +
      'If the change is intended, run `npm run api:update`, review the diff of api/ and commit it with a changeset (npx changeset).',
  );
  process.exitCode = 1;
} else console.log(`API reports match: ${entries.map((e) => `api/${e.report}.api.md`).join(', ')}`);
