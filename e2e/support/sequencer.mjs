// Browser specs share one server and database (e2e/support/global-setup.ts). The overview reads
// whole-instance figures (open incidents, MTTA, alerts waiting), so it runs first, on the fresh
// database; the rest follow in a fixed order so a failure reproduces.
import TestSequencer from '@jest/test-sequencer';

const Sequencer = TestSequencer.default ?? TestSequencer;

export default class BrowserSpecSequencer extends Sequencer {
  sort(tests) {
    const rank = (test) => (test.path.endsWith('overview.e2e-spec.ts') ? 0 : 1);
    return [...tests].sort((a, b) => rank(a) - rank(b) || a.path.localeCompare(b.path));
  }
}
