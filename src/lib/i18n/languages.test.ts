import { describe, expect, it } from 'vitest';
import { basePath, languageOf, languageOfPath, languageParams, localizePath } from './languages';

describe('language paths', () => {
  it('puts English at the root and French under /fr/', () => {
    expect(localizePath('/fixes/check-icloud-storage/', 'fr')).toBe('/fr/fixes/check-icloud-storage/');
    expect(localizePath('/fr/fixes/check-icloud-storage/', 'en')).toBe('/fixes/check-icloud-storage/');
    expect(localizePath('/', 'fr')).toBe('/fr/');
    expect(localizePath('/fr/', 'en')).toBe('/');
  });
  it('leaves links that are not site paths alone', () => {
    expect(localizePath('https://support.apple.com/fr-fr/', 'fr')).toBe('https://support.apple.com/fr-fr/');
    expect(localizePath('#step-2', 'fr')).toBe('#step-2');
  });
  it('reads the language of a path and of a locale', () => {
    expect(languageOfPath('/fr/errors/x/')).toBe('fr');
    expect(languageOfPath('/fr')).toBe('fr');
    expect(languageOfPath('/fixes/free-up/')).toBe('en');
    expect(languageOfPath('/frx/')).toBe('en');
    expect(basePath('/fr/search/')).toBe('/search/');
    expect(languageOf('fr')).toBe('fr');
    expect(languageOf(undefined)).toBe('en');
  });
  it('gives one route param per language, none for English', () => {
    expect(languageParams()).toEqual([{ lang: undefined }, { lang: 'fr' }]);
  });
});
