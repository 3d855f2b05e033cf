import { identitySeeder } from '@landsea/identity';
import { ALL_MIGRATIONS } from '@landsea/migrations';
import type { NodeDefinition } from '@landsea/platform';
import { NodeModule } from './node.module.js';

export const NODE_DEFINITION: NodeDefinition = {
  name: 'node',
  module: (env) => NodeModule.forRoot(env),
  migrations: ALL_MIGRATIONS,
  seeders: (config) => [identitySeeder(config)],
};
