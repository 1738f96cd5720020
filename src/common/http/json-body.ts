import express, { type Request, type RequestHandler } from 'express';
import { validationFailed } from '../domain-error.js';

export const MAX_JSON_DEPTH = 32;
export const JSON_MEDIA_TYPES = ['application/json', 'application/*+json'];

const OPEN_OBJECT = 0x7b;
const OPEN_ARRAY = 0x5b;
const CLOSE_OBJECT = 0x7d;
const CLOSE_ARRAY = 0x5d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** The deepest nesting of objects and arrays in JSON text, counted on the raw bytes in one pass (stops past `limit`). */
export function jsonDepthExceeds(text: Uint8Array, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const byte = text[i];
    if (inString) {
      if (byte === BACKSLASH) i++;
      else if (byte === QUOTE) inString = false;
    } else if (byte === QUOTE) inString = true;
    else if (byte === OPEN_OBJECT || byte === OPEN_ARRAY) {
      if (++depth > limit) return true;
    } else if (byte === CLOSE_OBJECT || byte === CLOSE_ARRAY) depth--;
  }
  return false;
}

/** A request whose body bytes are kept as they came, for a signature over them. */
export interface RequestWithRawBody extends Request {
  rawBody?: Buffer;
}

/**
 * A JSON body parser with a size limit, that refuses bodies nested deeper than MAX_JSON_DEPTH before
 * they are parsed: a deep body would otherwise exhaust the stack of the transformer behind it.
 */
export function jsonBody(limit: string, options: { keepRaw?: boolean } = {}): RequestHandler {
  return express.json({
    limit,
    type: JSON_MEDIA_TYPES,
    verify: (request, _response, raw) => {
      if (options.keepRaw) (request as RequestWithRawBody).rawBody = raw;
      if (jsonDepthExceeds(raw, MAX_JSON_DEPTH)) {
        throw validationFailed([{ field: 'body', constraints: [`body must not be nested deeper than ${MAX_JSON_DEPTH} levels`] }]);
      }
    },
  });
}
