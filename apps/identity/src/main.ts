import { ALL_MIGRATIONS } from '@landsea/migrations';
import { runNode } from '@landsea/platform';
import { IdentityAppModule } from './identity-app.module.js';
import { identitySeeder } from '@landsea/identity';

await runNode({
  name: 'identity',
  module: (env) => IdentityAppModule.forRoot(env),
  migrations: ALL_MIGRATIONS,
  seeders: (config) => [identitySeeder(config)],
});
