import { describe, expect, it, vi } from 'vitest';

/** The language is chosen once per page load from `?lang=`: load the modules afresh as a page in `lang` would. */
async function pageIn(lang: 'nl' | 'fr' | 'en') {
  history.replaceState(null, '', `/?lang=${lang}`);
  vi.resetModules();
  return {
    ...(await import('../../src/ui/euro')),
    ...(await import('../../src/ui/shop-labels')),
    ...(await import('../../src/ui/labels')),
    ...(await import('../../src/i18n/i18n')),
  };
}

/** Intl separates currency and digits with a no-break space; compare with plain spaces. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('euro amounts', () => {
  it('reads amounts typed the Belgian way or with a decimal point as cents', async () => {
    const { parseEuro } = await pageIn('nl');
    expect(parseEuro('12,50')).toBe(1250);
    expect(parseEuro('12,5')).toBe(1250);
    expect(parseEuro('12.50')).toBe(1250);
    expect(parseEuro('1.250')).toBe(125000);
    expect(parseEuro('€ 1.250,05')).toBe(125005);
    expect(parseEuro('7')).toBe(700);
  });

  it('refuses what is not an amount', async () => {
    const { parseEuro } = await pageIn('nl');
    for (const text of ['', 'twaalf', '12,505', '-5', '1,2,3', '12.5.0', '99999999999999999999']) expect(parseEuro(text)).toBeNull();
  });

  it('writes an amount back the way it is typed in each language', async () => {
    expect((await pageIn('nl')).euroInputValue(1205)).toBe('12,05');
    expect((await pageIn('fr')).euroInputValue(125000)).toBe('1250,00');
    expect((await pageIn('en')).euroInputValue(1205)).toBe('12.05');
  });

  it('shows prices with the euro sign where each language puts it', async () => {
    expect(plain((await pageIn('nl')).euro(125050))).toBe('€ 1.250,50');
    expect(plain((await pageIn('fr')).euro(125050))).toBe('1 250,50 €');
    expect(plain((await pageIn('en')).euro(125050))).toBe('€1,250.50');
  });
});

describe('dates', () => {
  it('writes a calendar date in words in the page language', async () => {
    expect((await pageIn('nl')).formatDate('2026-12-12T12:00:00Z')).toBe('12 december 2026');
    expect((await pageIn('fr')).formatDate('2026-12-12T12:00:00Z')).toBe('12 décembre 2026');
    expect((await pageIn('en')).formatDate('2026-12-12T12:00:00Z')).toBe('December 12, 2026');
  });

  it('shows nothing for a date it cannot read', async () => {
    const page = await pageIn('fr');
    expect(page.formatDate('not a date')).toBe('');
    expect(page.formatDateTime('not a date')).toBe('');
    expect(page.formatLoggedAt('')).toBe('');
  });

  it('uses the Belgian locales for dates and times', async () => {
    const nl = await pageIn('nl');
    expect(nl.locale).toBe('nl-BE');
    expect(nl.formatDateTime('2026-03-27T12:00:00Z', { dateStyle: 'long', timeZone: 'UTC' })).toBe('27 maart 2026');
    const fr = await pageIn('fr');
    expect(fr.locale).toBe('fr-BE');
    expect(fr.formatDateTime('2026-03-27T12:00:00Z', { dateStyle: 'long', timeZone: 'UTC' })).toBe('27 mars 2026');
  });
});
