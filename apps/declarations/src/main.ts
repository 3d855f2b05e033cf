import { ALL_MIGRATIONS } from '@landsea/migrations';
import { runNode } from '@landsea/platform';
import { DeclarationsAppModule } from './declarations-app.module.js';

await runNode({
  name: 'declarations',
  module: (env) => DeclarationsAppModule.forRoot(env),
  migrations: ALL_MIGRATIONS,
  seeders: () => [],
});
