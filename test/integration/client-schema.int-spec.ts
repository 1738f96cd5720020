import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { CLIENT_SCHEMA_PATH } from '../../src/openapi/client-schema.js';
import { generateClientSchema } from '../../src/openapi/generate-client-schema.js';

describe("the pages' API types", () => {
  it('are the ones the OpenAPI document generates', async () => {
    const committed = readFileSync(CLIENT_SCHEMA_PATH, 'utf8');
    const generated = await generateClientSchema();
    if (committed !== generated) throw new Error(`${CLIENT_SCHEMA_PATH} differs from the OpenAPI document: run \`npm run api:types\` and commit the result.`);
    expect(committed).toContain('TutorView');
  });
});
