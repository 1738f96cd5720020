import { describe, expect, it } from '@jest/globals';
import { ApiError, apiErrorFrom } from '../api/api-error';
import { sessionProblems } from './session-problems';

const refused = (...fields: string[]) => apiErrorFrom(400, { code: 'VALIDATION_FAILED', message: 'bad', details: fields.map((field) => ({ field, constraints: [`${field} is wrong`] })) });

describe('sessionProblems', () => {
  it('puts each refused field under that field', () => {
    expect(sessionProblems(refused('topics', 'durationMinutes'))).toEqual({ fields: { topics: 'invalid', durationMinutes: 'invalid' }, other: null });
  });

  it('puts a date before the assignment under Date, and a mode not offered under Mode', () => {
    expect(sessionProblems(new ApiError(400, 'SESSION_BEFORE_ASSIGNMENT', 'x')).fields).toEqual({ date: 'SESSION_BEFORE_ASSIGNMENT' });
    expect(sessionProblems(new ApiError(400, 'MODE_NOT_OFFERED', 'x')).fields).toEqual({ mode: 'MODE_NOT_OFFERED' });
  });

  it('keeps a failure that no field explains for the whole form', () => {
    const gone = new ApiError(404, 'NOT_FOUND', 'SME not found');
    expect(sessionProblems(gone)).toEqual({ fields: {}, other: gone });
    const unknownField = refused('smeId');
    expect(sessionProblems(unknownField).other).toBe(unknownField);
  });
});
