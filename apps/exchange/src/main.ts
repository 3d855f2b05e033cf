import { ALL_MIGRATIONS } from '@landsea/migrations';
import { runNode } from '@landsea/platform';
import { ExchangeAppModule } from './exchange-app.module.js';

await runNode({
  name: 'exchange',
  module: (env) => ExchangeAppModule.forRoot(env),
  migrations: ALL_MIGRATIONS,
  seeders: () => [],
});
