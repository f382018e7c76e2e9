import {
  normaliseRegionName,
  partitionOfRegion,
  regionCodeFromDisplayName,
} from './aws-regions.js';

describe('regionCodeFromDisplayName', () => {
  it.each([
    ['EU (Ireland)', 'eu-west-1'],
    ['Europe (Ireland)', 'eu-west-1'],
    // The pre-2019 spelling, as in the billtrust fixture and old SNS subjects.
    ['EU - Ireland', 'eu-west-1'],
    ['Canada (Central)', 'ca-central-1'],
    ['US East (N. Virginia)', 'us-east-1'],
    ['US - N. Virginia', 'us-east-1'],
    ['US West - Oregon', 'us-west-2'],
    ['Asia Pacific (Seoul)', 'ap-northeast-2'],
    ['South America (São Paulo)', 'sa-east-1'],
    ['South America (Sao Paulo)', 'sa-east-1'],
    ['Mexico (Central)', 'mx-central-1'],
    ['AWS GovCloud (US-West)', 'us-gov-west-1'],
    ['  canada  (central) ', 'ca-central-1'],
    ['ca-central-1', 'ca-central-1'],
  ])('%s → %s', (name, code) => {
    expect(regionCodeFromDisplayName(name)).toBe(code);
  });

  it.each(['EXAMPLE', 'Canada', 'Central', 'REGION', 'Moon (Tranquility Base)', ''])(
    'does not guess for %j',
    (name) => {
      expect(regionCodeFromDisplayName(name)).toBeUndefined();
    },
  );

  it('normalises the dash form to the bracket form', () => {
    expect(normaliseRegionName('US West - N. California')).toBe('us west (n. california)');
  });
});

describe('partitionOfRegion', () => {
  it.each([
    ['ca-central-1', 'aws'],
    ['cn-north-1', 'aws-cn'],
    ['us-gov-east-1', 'aws-us-gov'],
  ])('%s is in %s', (region, partition) => {
    expect(partitionOfRegion(region)).toBe(partition);
  });
});
