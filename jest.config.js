/** Jest in ESM mode: NestJS 12 is ESM-only. */
const tsJest = (tsconfig) => ['ts-jest', { useESM: true, tsconfig, diagnostics: { warnOnly: false } }];

export default {
  preset: 'ts-jest/presets/default-esm',
  testEnvironment: 'node',
  roots: ['<rootDir>/src', '<rootDir>/test', '<rootDir>/client/src'],
  testMatch: ['**/*.spec.ts', '**/*.e2e-spec.ts', '**/*.int-spec.ts'],
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  // The pages' plain modules compile with their own settings (bundler resolution, DOM types).
  transform: {
    '/client/src/.+\\.tsx?$': tsJest('client/tsconfig.json'),
    '^.+\\.ts$': tsJest('tsconfig.json'),
  },
  testTimeout: 120000,
  // A failed set-up can leave a child worker, a redis-server or a client behind; CI must still end.
  forceExit: true,
};
