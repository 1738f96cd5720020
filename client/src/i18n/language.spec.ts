import { describe, expect, it } from '@jest/globals';
import { chooseLanguage } from './language';

describe('chooseLanguage', () => {
  it('is Bahasa Indonesia for a first visit', () => {
    expect(chooseLanguage('', null)).toBe('id');
  });

  it('keeps the language remembered on the device', () => {
    expect(chooseLanguage('', 'en')).toBe('en');
  });

  it('lets ?lang= on the URL win over the remembered one', () => {
    expect(chooseLanguage('?lang=id', 'en')).toBe('id');
    expect(chooseLanguage('?x=1&lang=en', 'id')).toBe('en');
  });

  it('ignores a language it does not offer', () => {
    expect(chooseLanguage('?lang=fr', 'de')).toBe('id');
    expect(chooseLanguage('?lang=fr', 'en')).toBe('en');
  });
});
