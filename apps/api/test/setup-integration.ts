import { migrate } from '../src/database/data-source.js';
import { testDatabaseUrl } from './test-app.js';

// Global setup cannot load the app's modules (no module mapping there); migrating here is a no-op
// after the first file, under the same advisory lock replicas use.
beforeAll(() => migrate(testDatabaseUrl()));
