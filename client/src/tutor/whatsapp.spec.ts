import { describe, expect, it } from '@jest/globals';
import { whatsAppLink, whatsAppNumber } from './whatsapp';

describe('whatsAppNumber', () => {
  it('turns a national Indonesian number 08… into 628…', () => {
    expect(whatsAppNumber('0812 3456 7890')).toBe('6281234567890');
    expect(whatsAppNumber('0812-3456-7890')).toBe('6281234567890');
  });

  it('keeps an international number, dropping the + and the spaces', () => {
    expect(whatsAppNumber('+62 812 3456 7890')).toBe('6281234567890');
    expect(whatsAppNumber('+65 9123 4567')).toBe('6591234567');
  });

  it('reads a number written without its leading 0 as Indonesian', () => {
    expect(whatsAppNumber('812 3456 7890')).toBe('6281234567890');
  });

  it('refuses text that is not a phone number', () => {
    expect(whatsAppNumber('')).toBeNull();
    expect(whatsAppNumber('call me')).toBeNull();
    expect(whatsAppNumber('0812')).toBeNull();
  });
});

describe('whatsAppLink', () => {
  it('links to wa.me with the international digits, or gives none', () => {
    expect(whatsAppLink('+62 811 2233 4455')).toBe('https://wa.me/6281122334455');
    expect(whatsAppLink('n/a')).toBeNull();
  });
});
