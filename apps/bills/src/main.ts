import { ALL_MIGRATIONS } from '@landsea/migrations';
import { runNode } from '@landsea/platform';
import { BillsAppModule } from './bills-app.module.js';

await runNode({
  name: 'bills',
  module: (env) => BillsAppModule.forRoot(env),
  migrations: ALL_MIGRATIONS,
  seeders: () => [],
});
