/** A field the API refused, as `details` of a 400 VALIDATION_FAILED lists it. */
export interface FieldProblem {
  field: string;
  constraints: string[];
}

/** Any failed call: the API's `{code, message, details}`, or NETWORK_ERROR when no answer came. */
export class ApiError extends Error {
  override name = 'ApiError';

  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }

  /** The refused fields of a VALIDATION_FAILED answer, by field name. */
  fieldProblems(): Record<string, string[]> {
    if (this.code !== 'VALIDATION_FAILED' || !Array.isArray(this.details)) return {};
    const problems: Record<string, string[]> = {};
    for (const item of this.details as Partial<FieldProblem>[]) {
      if (typeof item?.field === 'string') problems[item.field] = Array.isArray(item.constraints) ? item.constraints.map(String) : [];
    }
    return problems;
  }
}

export const NETWORK_ERROR = 'NETWORK_ERROR';
const UNKNOWN_ERROR = 'INTERNAL_ERROR';

/** Reads an error answer's body, whatever it holds. */
export function apiErrorFrom(status: number, body: unknown): ApiError {
  const fields = (typeof body === 'object' && body !== null ? body : {}) as { code?: unknown; message?: unknown; details?: unknown };
  const code = typeof fields.code === 'string' && /^[A-Z][A-Z0-9_]*$/.test(fields.code) ? fields.code : UNKNOWN_ERROR;
  const message = typeof fields.message === 'string' ? fields.message : `HTTP ${status}`;
  return new ApiError(status, code, message, fields.details);
}
