import { describe, expect, it } from '@jest/globals';
import i18next from 'i18next';
import { AREAS } from '../i18n/areas';
import { ApiError, apiErrorFrom } from './api-error';
import { errorMessage } from './error-words';

async function translator(language: 'id' | 'en') {
  const instance = i18next.createInstance();
  await instance.init({ lng: language, resources: { [language]: { common: AREAS.common[language] } }, defaultNS: 'common', interpolation: { escapeValue: false } });
  return instance.t;
}

describe('errorMessage', () => {
  it("says the API's code in words, in each language", async () => {
    const error = apiErrorFrom(409, { statusCode: 409, code: 'TUTOR_AT_CAPACITY', message: 'Tutor is at capacity' });
    expect(errorMessage(error, await translator('en'))).toBe('This tutor has no free seat left.');
    expect(errorMessage(error, await translator('id'))).toBe('Tutor ini tidak punya kursi kosong lagi.');
  });

  it('still gives a sentence for a code it does not know, naming the code', async () => {
    const error = apiErrorFrom(409, { code: 'SOMETHING_NEW', message: 'x' });
    expect(errorMessage(error, await translator('en'))).toBe('Something went wrong (SOMETHING_NEW). Please try again.');
  });

  it('treats an answer without a code as a server error, and no answer as a network error', async () => {
    const t = await translator('en');
    expect(errorMessage(apiErrorFrom(502, '<html>Bad gateway</html>'), t)).toBe('Something went wrong on the server. Please try again.');
    expect(errorMessage(new TypeError('Failed to fetch'), t)).toBe('The server cannot be reached. Check the connection and try again.');
  });
});

describe('ApiError.fieldProblems', () => {
  it('lists the refused fields of a VALIDATION_FAILED answer', () => {
    const error = apiErrorFrom(400, { code: 'VALIDATION_FAILED', message: 'bad', details: [{ field: 'maxSmes', constraints: ['maxSmes must not be greater than 3'] }] });
    expect(error.fieldProblems()).toEqual({ maxSmes: ['maxSmes must not be greater than 3'] });
    expect(new ApiError(409, 'PLAN_STALE', 'stale').fieldProblems()).toEqual({});
  });
});
