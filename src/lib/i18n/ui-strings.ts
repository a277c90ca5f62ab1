/** The interface words of each language, one file per language in ./ui/. */
import type { Language } from './languages';
import { en } from './ui/en';
import { fr } from './ui/fr';

export type UiStrings = typeof en;

const STRINGS: Record<Language, UiStrings> = { en, fr };

export function uiStrings(lang: Language): UiStrings {
  return STRINGS[lang];
}
