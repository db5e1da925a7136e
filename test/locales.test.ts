import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { IdVerificationGate } from '../src/index.js';
import { en } from '../src/i18n/en.js';
import { builtInLocales, loadTranslation, matchLocale } from '../src/i18n/locales.js';
import type { Translation } from '../src/i18n/translation.js';
import { GateStates } from '../src/eager/machine/states.js';
import { heading } from './support/fixtures.js';

/** Every key path of a translation, with list lengths, so a missing or extra key shows by name. */
function shape(value: unknown, path = ''): string[] {
  if (Array.isArray(value)) return [`${path}[${value.length}]`];
  if (typeof value === 'function') return [`${path}()`];
  if (typeof value === 'object' && value !== null) {
    return Object.keys(value)
      .sort()
      .flatMap((key) => shape((value as Record<string, unknown>)[key], path ? `${path}.${key}` : key));
  }
  return [path];
}

/** The screen's main action: its first button or link, as a person sees it. */
function mainAction(gate: IdVerificationGate): string {
  return gate.shadowRoot!.querySelector('[part~="actions"] :is(button, a)')?.textContent?.trim() ?? '';
}

const translations = new Map<string, Translation>();

describe('built-in locales', () => {
  before(async () => {
    for (const locale of builtInLocales) translations.set(locale, await loadTranslation(locale));
  });

  for (const locale of builtInLocales) {
    it(`${locale} is complete: every key of English, lists of the same length`, () => {
      const translation = translations.get(locale)!;
      expect(translation.locale).to.equal(locale);
      expect(shape(translation)).to.deep.equal(shape(en));
      for (const count of [0, 1, 2, 3, 5, 11, 21, 100]) expect(translation.attemptsLeft(count)).to.be.a('string').and.not.empty;
      if (locale !== 'en') {
        const untranslated = (Object.keys(en) as Array<keyof Translation>).filter(
          (key) => key !== 'dir' && typeof en[key] === 'string' && en[key] === translation[key],
        );
        expect(untranslated, 'strings left in English').to.deep.equal([]);
      }
    });
  }

  it('uses each language’s plural rules', () => {
    expect(translations.get('ru')!.attemptsLeft(1)).to.contain('попытка');
    expect(translations.get('ru')!.attemptsLeft(3)).to.contain('попытки');
    expect(translations.get('ru')!.attemptsLeft(5)).to.contain('попыток');
    expect(en.attemptsLeft(1)).to.equal('1 attempt left');
    expect(en.attemptsLeft(2)).to.equal('2 attempts left');
  });

  it('matches tags to the nearest built-in locale', () => {
    expect(matchLocale('zh')).to.equal('zh-CN');
    expect(matchLocale('zh-Hans-CN')).to.equal('zh-CN');
    expect(matchLocale('zh-Hant')).to.equal('zh-TW');
    expect(matchLocale('zh-HK')).to.equal('zh-TW');
    expect(matchLocale('pt')).to.equal('pt-BR');
    expect(matchLocale('es-MX')).to.equal('es');
    expect(matchLocale('DE-at')).to.equal('de');
    expect(matchLocale('sv')).to.equal('en');
  });
});

describe('every state in every locale', () => {
  for (const locale of builtInLocales) {
    for (const state of GateStates) {
      it(`${state} in ${locale}: heading, main action, accessible`, async () => {
        const gate = await fixture<IdVerificationGate>(html`
          <id-verification-gate preview-state=${state} locale=${locale}>
            <p slot="reason">Reason</p>
            <p>Gated content</p>
          </id-verification-gate>
        `);
        await gate.updateComplete;
        const t = translations.get(locale) ?? (await loadTranslation(locale));
        const headings: Partial<Record<string, string>> = {
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
        const actions: Partial<Record<string, string>> = {
          locked: t.startButton,
          loading: t.cancelButton,
          'in-progress': t.cancelButton,
          retry: t.retryButton,
          exhausted: t.supportLink,
          cancelled: t.resumeButton,
          blocked: t.appealLink,
          error: t.tryAgainButton,
        };
        expect(heading(gate)).to.equal(headings[state]);
        expect(mainAction(gate)).to.equal(actions[state] ?? '');
        expect(gate.shadowRoot!.querySelector('.gate')!.getAttribute('dir')).to.equal(t.dir);
        expect(gate.shadowRoot!.querySelector('.gate')!.getAttribute('lang')).to.equal(locale);
        await expect(gate).to.be.accessible();
      });
    }
  }
});
