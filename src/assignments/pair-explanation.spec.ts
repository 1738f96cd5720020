import { describe, expect, it } from '@jest/globals';
import { explainPair } from './pair-explanation.js';

describe('explainPair', () => {
  const tutor = { regencyCode: '32.73', provinceCode: '32', languages: ['id', 'su'], categories: ['fashion'] };

  it('names every term that made the pair', () => {
    const sut = explainPair(tutor, { regencyCode: '32.73', provinceCode: '32', languages: ['su'], category: 'fashion' }, true);
    expect(sut).toMatchObject({ sameRegency: true, sameProvince: true, categoryMatch: true, sharedLanguage: true, kept: true });
    expect(sut.summary).toBe('same regency; tutor sells in the SME category; shared language; kept with current tutor');
    expect(sut.sameIslandGroup).toBe(true);
  });

  it('says when a pair is remote and shares nothing', () => {
    const sut = explainPair(tutor, { regencyCode: '91.01', provinceCode: '91', languages: ['en'], category: 'beauty' }, false);
    expect(sut).toMatchObject({ sameRegency: false, sameProvince: false, categoryMatch: false, sharedLanguage: false });
    expect(sut.summary).toBe('another island group, works online; tutor sells in other categories; no shared language');
  });
});
