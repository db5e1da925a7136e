// Every state in every locale (and the pseudo-locale) on a phone: the heading and the main
// action in the locale's words and script, nothing cut or spilling in a 320 px gate, axe.
// One sheet of eleven gates per locale, checked at once: a fixture and an axe run per gate
// and state would cost the suite minutes per engine.
//
// Axe runs over each sheet with every rule but colour contrast. The sheets differ only in
// their words and lang/dir: contrast compares the colours behind and in front of each text,
// which no locale changes, so it runs in full once per direction (English, Arabic) and on
// the pseudo-locale; accessibility.test.ts and tones.test.ts check it per state and theme.
import { expect } from '@open-wc/testing';
import '../src/index.js';
import { GateStates, type GateState, type IdVerificationGate } from '../src/index.js';
import { builtInLocales, loadTranslation, pseudoLocaleTag, type GateLocale } from '../src/i18n/locales.js';
import type { Translation } from '../src/i18n/translation.js';
import { scriptOf, shareInScript } from './i18n/scripts.js';
import { layoutProblems, midWordBreaks } from './support/layout.js';
import './support/test-page.js';

/** The narrowest phone people use: the gate 320 px wide, edge to edge. */
const phoneWidth = 320;

/** The key of a record's longest wording: the sample that needs the most room. */
function longest(record: Readonly<Record<string, string>>): string {
  return Object.entries(record).reduce((a, b) => (b[1].length > a[1].length ? b : a))[0];
}

/** Which reason or error each sample shows: the longest this locale has. */
function longestDetail(t: Translation, state: GateState): string | undefined {
  if (state === 'retry') return longest(t.declineAdvice);
  if (state === 'blocked') return longest(t.blockedReasons);
  if (state === 'error') return longest({ ...t.errorMessages, ...t.cameraProblems });
  return undefined;
}

/** What each state's heading and main action say in this translation. */
function expected(t: Translation, state: GateState): { heading: string; action: string } {
  const headings: Record<GateState, string> = {
    checking: t.checkingHeading,
    locked: t.lockedHeading,
    loading: t.loadingHeading,
    'in-progress': t.inProgressHeading,
    reviewing: t.reviewingHeading,
    verified: t.verifiedHeading,
    retry: t.retryHeading,
    exhausted: t.exhaustedHeading,
    cancelled: t.cancelledHeading,
    blocked: t.blockedHeading,
    error: t.errorHeading,
  };
  const actions: Partial<Record<GateState, string>> = {
    locked: t.startButton,
    loading: t.cancelButton,
    'in-progress': t.cancelButton,
    retry: t.retryButton,
    exhausted: t.supportLink,
    cancelled: t.resumeButton,
    blocked: t.appealLink,
    error: t.tryAgainButton,
  };
  return { heading: headings[state], action: actions[state] ?? '' };
}

/** Words as a person reads them: runs of white space (no-break ones too) as one space. */
const words = (text: string | null | undefined) => text?.replace(/\s+/g, ' ').trim() ?? '';

/** Locales whose sheet axe checks with colour contrast too: one per direction, and the longest words. */
const contrastChecked = new Set(['en', 'ar', pseudoLocaleTag]);

/** Eleven gates side by side, one per state, each as wide as a phone, entrances off. */
async function sheetOf(locale: GateLocale, t: Translation): Promise<{ sheet: HTMLElement; gates: Map<GateState, IdVerificationGate> }> {
  const sheet = document.createElement('div');
  sheet.style.cssText = 'display: flex; flex-wrap: wrap; align-items: start; gap: 8px; --idv-motion-duration: 0s';
  const gates = new Map<GateState, IdVerificationGate>();
  for (const state of GateStates) {
    const gate = document.createElement('id-verification-gate');
    gate.setAttribute('preview-state', state);
    gate.setAttribute('locale', locale);
    const detail = longestDetail(t, state);
    if (detail) gate.setAttribute('preview-detail', detail);
    gate.style.width = `${phoneWidth}px`;
    gates.set(state, gate);
    sheet.append(gate);
  }
  document.body.append(sheet);
  await Promise.all([...gates.values()].map((gate) => gate.updateComplete));
  return { sheet, gates };
}

describe('every state in every locale, on a phone', () => {
  for (const locale of [...builtInLocales, pseudoLocaleTag] as const) {
    describe(locale, () => {
      let t: Translation;
      let sheet: HTMLElement;
      let gates: Map<GateState, IdVerificationGate>;
      before(async () => {
        t = await loadTranslation(locale);
        ({ sheet, gates } = await sheetOf(locale, t));
      });
      after(() => sheet.remove());

      it(`names each state's heading and main action in ${scriptOf(locale).name} script`, () => {
        for (const [state, gate] of gates) {
          const { heading, action } = expected(t, state);
          const root = gate.shadowRoot!;
          expect(words(root.querySelector('[part~="heading"]')?.textContent), `${state} heading`).to.equal(words(heading));
          expect(words(root.querySelector('[part~="actions"] :is(button, a)')?.textContent), `${state} main action`).to.equal(words(action));
          for (const shown of [heading, action].filter(Boolean)) {
            expect(shareInScript(shown, locale), `"${shown}" (${state}) in ${scriptOf(locale).name} script`).to.be.at.least(0.8);
          }
          const frame = root.querySelector('.gate')!;
          expect([frame.getAttribute('lang'), frame.getAttribute('dir')]).to.deep.equal([locale, t.dir]);
        }
      });

      it(`fits a ${phoneWidth} px gate: no text past its box, no label cut`, () => {
        const problems = [...gates].flatMap(([state, gate]) => layoutProblems(gate).map((problem) => `${state}: ${problem}`));
        expect(problems).to.deep.equal([]);
      });

      it(`breaks no word between two letters without a hyphen in a ${phoneWidth} px gate`, () => {
        const problems = [...gates].flatMap(([state, gate]) => midWordBreaks(gate).map((problem) => `${state}: ${problem}`));
        expect(problems).to.deep.equal([]);
      });

      it('passes axe in every state', async function () {
        // Axe reads every node of eleven gates: seconds on a busy machine, in WebKit most.
        this.timeout(60_000);
        const ignoredRules = contrastChecked.has(locale) ? [] : ['color-contrast'];
        await expect(sheet).to.be.accessible({ ignoredRules });
      });
    });
  }
});

describe('the layout check', () => {
  it('finds a cut button label and text that spills out of its box', async () => {
    const t = await loadTranslation(pseudoLocaleTag);
    const { sheet, gates } = await sheetOf(pseudoLocaleTag, t);
    // A host theme with narrow one-line buttons and one-line advice: the pseudo-locale's words no longer fit.
    const style = document.createElement('style');
    style.textContent = `
      id-verification-gate::part(button) { white-space: nowrap; overflow: hidden; width: 5em; }
      id-verification-gate::part(body) { white-space: nowrap; }
    `;
    document.head.append(style);
    try {
      const problems = layoutProblems(gates.get('retry')!);
      expect(problems.some((problem) => /label of <button.* is cut/.test(problem)), problems.join('\n')).to.equal(true);
      expect(problems.some((problem) => /overflows/.test(problem)), problems.join('\n')).to.equal(true);
    } finally {
      style.remove();
      sheet.remove();
    }
  });

  it('finds a word broken between two letters, and accepts it broken at its soft hyphen', async () => {
    await loadTranslation('fi');
    const gate = document.createElement('id-verification-gate');
    gate.setAttribute('preview-state', 'locked');
    gate.setAttribute('locale', 'fi');
    gate.style.width = `${phoneWidth}px`;
    gate.strings = { lockedHeading: 'Henkilöllisyystodistus' };
    // A host theme with a narrow heading, hyphenated at soft hyphens only (no dictionary): the word does not fit on one line.
    const style = document.createElement('style');
    style.textContent = 'id-verification-gate::part(heading) { width: 9em; hyphens: manual; }';
    document.head.append(style);
    document.body.append(gate);
    try {
      await gate.updateComplete;
      const problems = midWordBreaks(gate);
      expect(problems, problems.join('\n')).to.have.length(1);
      expect(problems[0]).to.match(/^"Henkilöllisyystodistus" breaks as "Henkilö\p{L}*\|\p{L}+" in <h2 part="heading">$/u);
      expect(layoutProblems(gate), 'the word fits its box: only the break is wrong').to.deep.equal([]);

      gate.strings = { lockedHeading: 'Henkilöllisyys\u00ADtodistus' };
      await gate.updateComplete;
      expect(midWordBreaks(gate)).to.deep.equal([]);
    } finally {
      style.remove();
      gate.remove();
    }
  });
});
