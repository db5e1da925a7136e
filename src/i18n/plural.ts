/** One wording per plural category of a locale; `other` is required, as every locale has it. */
export type PluralForms = Readonly<Partial<Record<Intl.LDMLPluralRule, (count: string) => string>>> & {
  readonly other: (count: string) => string;
};

/** A count-to-words function for `locale`, choosing the wording with `Intl.PluralRules`. */
export function pluralize(
  locale: string,
  forms: PluralForms,
  format: (count: number) => string = (count) => count.toLocaleString(locale),
): (count: number) => string {
  const rules = new Intl.PluralRules(locale);
  return (count) => (forms[rules.select(count)] ?? forms.other)(format(count));
}
