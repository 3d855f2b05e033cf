import { writeFileSync } from 'node:fs';
import { CONSOLE_OPENAPI_JSON, CONSOLE_OPENAPI_TYPES, consoleApi } from './console-api.js';

// `npm run console:api`: writes the API description and its types for the console.
const { json, types } = await consoleApi();
writeFileSync(CONSOLE_OPENAPI_JSON, json);
writeFileSync(CONSOLE_OPENAPI_TYPES, types);
process.stdout.write(`Wrote ${CONSOLE_OPENAPI_JSON} and ${CONSOLE_OPENAPI_TYPES}\n`);
