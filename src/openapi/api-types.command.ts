import { writeFileSync } from 'node:fs';
import { CLIENT_SCHEMA_PATH } from './client-schema.js';
import { generateClientSchema } from './generate-client-schema.js';

writeFileSync(CLIENT_SCHEMA_PATH, await generateClientSchema());
console.log(`Wrote ${CLIENT_SCHEMA_PATH}`);
