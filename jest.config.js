/** Unit specs sit beside the code; e2e specs live under test/. Both talk to real services. */

// isolatedModules (tsconfig): transpile only; type errors are `npm run typecheck`'s job.
const typescript = ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }];

// Node 20 lets CommonJS packages require() ES modules, Jest's CommonJS loader does not: the few
// ESM-only packages that CommonJS dependencies require are compiled to CommonJS for the tests.
const REQUIRED_ESM_PACKAGES = ['content-disposition'];
const toCommonJs = ['ts-jest', { tsconfig: { isolatedModules: true, allowJs: true, module: 'commonjs', moduleResolution: 'node10' } }];

export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  transform: {
    '^.+\\.ts$': typescript,
    [`/node_modules/(${REQUIRED_ESM_PACKAGES.join('|')})/.+\\.js$`]: toCommonJs,
  },
  transformIgnorePatterns: [`/node_modules/(?!(${REQUIRED_ESM_PACKAGES.join('|')})/)`],
  moduleNameMapper: {
    '^@landsea/migrations$': '<rootDir>/migrations/index.ts',
    '^@landsea/(.*)$': '<rootDir>/libs/$1/src/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  testMatch: ['<rootDir>/{apps,libs}/**/*.spec.ts', '<rootDir>/test/**/*.e2e-spec.ts'],
  setupFiles: ['<rootDir>/test/setup-file.js'],
  globalSetup: '<rootDir>/test/global-setup.js',
  testTimeout: 30000,
  maxWorkers: 2,
};
