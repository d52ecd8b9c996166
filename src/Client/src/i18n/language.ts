import { applyLanguage } from './i18n';

// Imported first by every page: its static texts and the language picker are in place before the page starts.
applyLanguage();
