// Jest runs in CommonJS mode: NestJS 12 ships ESM only, so @swc/jest rewrites it (see ../shared/STACK.md §1).
const swc = [
  '@swc/jest',
  {
    jsc: {
      target: 'es2022',
      parser: { syntax: 'typescript', decorators: true, tsx: true },
      transform: {
        legacyDecorator: true,
        decoratorMetadata: true,
        react: { runtime: 'automatic' },
      },
    },
    module: { type: 'commonjs' },
  },
];

const shared = {
  transform: { '^.+\\.(t|j|mj)sx?$': swc },
  transformIgnorePatterns: [
    '/node_modules/(?!(@nestjs|file-type|uid|strtok3|token-types|@tokenizer)/)',
  ],
  moduleNameMapper: {
    '^@vigil/contracts$': '<rootDir>/libs/contracts/src/index.ts',
    '^@vigil/domain$': '<rootDir>/libs/domain/src/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  testEnvironment: 'node',
  modulePathIgnorePatterns: ['<rootDir>/dist/', '<rootDir>/libs/.*/dist/'],
};

module.exports = {
  // Per-project testTimeout is ignored by Jest 30; integration and browser tests need the room.
  testTimeout: 90_000,
  testSequencer: '<rootDir>/e2e/support/sequencer.mjs',
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testMatch: ['<rootDir>/{apps,libs}/**/*.spec.ts?(x)'],
    },
    {
      ...shared,
      displayName: 'integration',
      testMatch: ['<rootDir>/apps/**/*.int-spec.ts'],
      globalSetup: '<rootDir>/apps/api/test/global-setup.ts',
      globalTeardown: '<rootDir>/apps/api/test/global-teardown.ts',
      setupFilesAfterEnv: ['<rootDir>/apps/api/test/setup-integration.ts'],
    },
    {
      ...shared,
      displayName: 'e2e',
      testMatch: ['<rootDir>/e2e/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/e2e/support/global-setup.ts',
      globalTeardown: '<rootDir>/e2e/support/global-teardown.ts',
    },
    {
      // `npm run test:faults` only: kills and restarts the built processes, its own Postgres and
      // Redis; minutes long, so never part of `npm test` (which selects unit, integration, e2e).
      ...shared,
      displayName: 'faults',
      testMatch: ['<rootDir>/faults/**/*.fault-spec.ts'],
      globalSetup: '<rootDir>/faults/support/global-setup.ts',
    },
  ],
};
