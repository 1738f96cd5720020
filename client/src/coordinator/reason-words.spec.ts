import { describe, expect, it } from '@jest/globals';
import i18next, { type TFunction } from 'i18next';
import { AREAS } from '../i18n/areas';
import type { FlagReasonDetail, RebalanceChange } from './coordinator-types';
import { changeReasonWords, flagReasonWords } from './reason-words';

async function translator(language: 'id' | 'en') {
  const instance = i18next.createInstance();
  await instance.init({ lng: language, resources: { [language]: { coordinator: AREAS.coordinator[language] } }, defaultNS: 'coordinator', interpolation: { escapeValue: false } });
  return instance.t as unknown as TFunction<'coordinator'>;
}

const moved: RebalanceChange = {
  id: 'c1', rebalanceId: 'r1', seq: 1, kind: 'moved', smeId: 's1', fromTutorId: 't1', fromTutorName: 'Budi', toTutorId: 't2', toTutorName: 'Siti',
  reason: 'moved, a better pair outweighs the stay bonus: same province; tutor sells in the SME category; no shared language',
  reasonCode: 'BETTER_PAIR',
  explanation: { sameRegency: false, sameProvince: true, sameIslandGroup: true, categoryMatch: true, sharedLanguage: false, kept: false },
};

describe('reasons in words', () => {
  it("says a change's reason and its pair's terms in the page's language", async () => {
    expect(changeReasonWords(await translator('en'), moved)).toBe('Moved: a better pair outweighs the stay bonus: same province; tutor sells in the SME category; no shared language');
    expect(changeReasonWords(await translator('id'), moved)).toBe('Dipindah: pasangan yang lebih cocok melebihi bonus tetap: provinsi sama; tutor berjualan di kategori UMKM; tidak ada bahasa yang sama');
    expect(changeReasonWords(await translator('id'), { ...moved, kind: 'ended', reasonCode: 'SME_LEFT', explanation: null })).toBe('Diakhiri: UMKM sudah keluar dari program');
  });

  it('keeps the API sentence of a reason without a code it knows', async () => {
    expect(changeReasonWords(await translator('id'), { ...moved, reasonCode: null, reason: 'ended: for a new reason' })).toBe('Ended: for a new reason');
  });

  it("says a flag's reasons with their numbers, dates and stages in the page's language", async () => {
    const reasons = ['completed 1/3 required courses', 'online stage: store_created', 'no session logged for 31 days (last 2026-01-05)'];
    const details: FlagReasonDetail[] = [
      { code: 'COURSES_COMPLETED', values: { completed: 1, total: 3 } },
      { code: 'ONLINE_STAGE', values: { stage: 'store_created' } },
      { code: 'NO_SESSION_SINCE_LAST', values: { days: 31, since: '2026-01-05' } },
    ];
    const day = (date: string) => `<${date}>`;
    expect(flagReasonWords(await translator('id'), reasons, details, day)).toBe('1 dari 3 kursus wajib selesai; tahap online: Toko sudah dibuat; tidak ada sesi selama 31 hari (terakhir <2026-01-05>)');
    expect(flagReasonWords(await translator('en'), reasons, details, day)).toBe('completed 1 of 3 required courses; online stage: Store created; no session logged for 31 days (last on <2026-01-05>)');
    expect(flagReasonWords(await translator('en'), ['a note of its own'], [{ code: 'SOMETHING_NEW' as FlagReasonDetail['code'], values: {} }], day)).toBe('a note of its own');
  });
});
