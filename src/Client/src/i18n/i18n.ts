import type { LocalizedText } from '../api/types';
import { nl, type Catalogue, type MessageKey } from './nl';

export type Language = 'nl' | 'fr' | 'en';

const locales: Record<Language, string> = { nl: 'nl-BE', fr: 'fr-BE', en: 'en' };
const names: Record<Language, string> = { nl: 'Nederlands', fr: 'Français', en: 'English' };
const STORAGE_KEY = 'challengehub.language';

function chosen(): Language {
  const asked = new URLSearchParams(location.search).get('lang') ?? readStored();
  return asked === 'fr' || asked === 'en' ? asked : 'nl';
}

function readStored(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    // Storage can be blocked (private mode, policies): Dutch is the default then.
    return null;
  }
}

/** The language of this page, chosen once per load: the picker stores a new choice and reloads. */
export const language: Language = chosen();

/**
 * The texts of the page's language. Dutch, the default, comes with every page; French and English are fetched only by a
 * page shown in them, so no page carries the texts of three languages.
 */
const catalogue: Catalogue =
  language === 'fr' ? (await import('./fr')).fr : language === 'en' ? (await import('./en')).en : nl;

/** The locale for dates and numbers: nl-BE, fr-BE or en. */
export const locale = locales[language];

/** The text for `key` in the page's language, with `{name}` placeholders filled in. */
export function t(key: MessageKey, values: Record<string, string | number> = {}): string {
  return catalogue[key].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    return value === undefined ? whole : typeof value === 'number' ? formatNumber(value) : value;
  });
}

/** A text from the framework (competence and level names) in the page's language; Dutch when it has no translation. */
export function localized(text: LocalizedText | null | undefined): string {
  if (!text) return '';
  return (language === 'fr' ? text.fr : language === 'en' ? text.en : text.nl) || text.nl;
}

export const formatNumber = (value: number) => new Intl.NumberFormat(locale).format(value);

export function formatDateTime(iso: string, options: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' }): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : new Intl.DateTimeFormat(locale, options).format(date);
}

/**
 * Sets the page's language, fills every element marked `data-i18n` with its text, and puts the language picker in the
 * page's header (or at the top of the body when it has none).
 */
export function applyLanguage(): void {
  document.documentElement.lang = language;
  for (const element of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
    element.textContent = t(element.dataset.i18n as MessageKey);
  }
  for (const element of document.querySelectorAll<HTMLElement>('[data-i18n-label]')) {
    element.setAttribute('aria-label', t(element.dataset.i18nLabel as MessageKey));
  }
  if (document.querySelector('.language-picker')) return;
  const header = document.querySelector('header');
  const picker = languagePicker();
  if (header) header.append(picker);
  else document.body.prepend(picker);
}

function languagePicker(): HTMLElement {
  const select = document.createElement('select');
  select.id = 'language-picker';
  for (const option of Object.keys(names) as Language[]) {
    const element = new Option(names[option], option, option === language, option === language);
    element.lang = option;
    select.append(element);
  }
  select.addEventListener('change', () => {
    try {
      localStorage.setItem(STORAGE_KEY, select.value);
    } catch {
      // Without storage the choice still holds for this address.
    }
    const url = new URL(location.href);
    url.searchParams.delete('lang');
    if (readStored() !== select.value) url.searchParams.set('lang', select.value);
    location.assign(url);
  });
  const label = document.createElement('label');
  label.htmlFor = select.id;
  label.textContent = t('chrome.language');
  const wrapper = document.createElement('div');
  wrapper.className = 'language-picker';
  wrapper.append(label, select);
  return wrapper;
}
