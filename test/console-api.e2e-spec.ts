import { readFileSync } from 'node:fs';
import { CONSOLE_OPENAPI_JSON, CONSOLE_OPENAPI_TYPES, consoleApi } from '../apps/node/src/console-api.js';

describe('console: typed from the API as the node serves it', () => {
  it('has the OpenAPI document and the types generated from it committed as they are now (npm run console:api rewrites both)', async () => {
    const { json, types } = await consoleApi();
    const committed = { json: readFileSync(CONSOLE_OPENAPI_JSON, 'utf8'), types: readFileSync(CONSOLE_OPENAPI_TYPES, 'utf8') };
    // Compared as parsed JSON first, so a drift names the route or schema that moved.
    expect(JSON.parse(committed.json)).toEqual(JSON.parse(json));
    expect(committed.types === types).toBe(true);
  });
});
