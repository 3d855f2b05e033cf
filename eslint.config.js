import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.landsea/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
    rules: {
      // Migrations and TypeORM take constructor types as Function.
      '@typescript-eslint/no-unsafe-function-type': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': 'error',
      // ValidateNested alone lets an absent value, an array or a string through to the service (issue 13).
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'class-validator', importNames: ['ValidateNested'], message: 'Use NestedObject or NestedObjects from @landsea/errors.' }] },
      ],
    },
  },
  { files: ['libs/errors/src/nested.decorators.ts', 'test/http-errors.e2e-spec.ts'], rules: { 'no-restricted-imports': 'off' } },
  { files: ['bench/**/*.ts', 'scripts/**', 'apps/node/src/verify-bill.ts', 'apps/node/src/sample.ts', 'apps/node/src/operator.ts'], rules: { 'no-console': 'off' } },
);
