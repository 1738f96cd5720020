import { describe, expect, it } from '@jest/globals';
import { whatsappNumber } from './phone-number.js';

describe('whatsappNumber', () => {
  it('gives a nationally written Indonesian number the country code', () => {
    expect(whatsappNumber('0812 3456 7890')).toBe('6281234567890');
  });
  it('keeps an international number, without + and separators', () => {
    expect(whatsappNumber('+62 812-3456-7890')).toBe('6281234567890');
    expect(whatsappNumber('(+62) 813.1111.2222')).toBe('6281311112222');
  });
  it('refuses what is no number', () => {
    expect(whatsappNumber('call me')).toBeNull();
    expect(whatsappNumber('0812')).toBeNull();
  });
});
