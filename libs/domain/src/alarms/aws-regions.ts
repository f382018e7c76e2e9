/**
 * CloudWatch writes the alarm's region in SNS payloads as a display name, and the name has changed
 * over the years ("EU - Ireland", "EU (Ireland)", "Europe (Ireland)"). Names are matched after
 * `normaliseRegionName`, so only one spelling of each "A - B" / "A (B)" pair is listed.
 */
const REGION_NAMES: Readonly<Record<string, readonly string[]>> = {
  'us-east-1': ['US East (N. Virginia)', 'US (N. Virginia)'],
  'us-east-2': ['US East (Ohio)'],
  'us-west-1': ['US West (N. California)'],
  'us-west-2': ['US West (Oregon)'],
  'af-south-1': ['Africa (Cape Town)'],
  'ap-east-1': ['Asia Pacific (Hong Kong)'],
  'ap-east-2': ['Asia Pacific (Taipei)'],
  'ap-south-1': ['Asia Pacific (Mumbai)'],
  'ap-south-2': ['Asia Pacific (Hyderabad)'],
  'ap-southeast-1': ['Asia Pacific (Singapore)'],
  'ap-southeast-2': ['Asia Pacific (Sydney)'],
  'ap-southeast-3': ['Asia Pacific (Jakarta)'],
  'ap-southeast-4': ['Asia Pacific (Melbourne)'],
  'ap-southeast-5': ['Asia Pacific (Malaysia)'],
  'ap-southeast-7': ['Asia Pacific (Thailand)'],
  'ap-northeast-1': ['Asia Pacific (Tokyo)'],
  'ap-northeast-2': ['Asia Pacific (Seoul)'],
  'ap-northeast-3': ['Asia Pacific (Osaka)', 'Asia Pacific (Osaka-Local)'],
  'ca-central-1': ['Canada (Central)'],
  'ca-west-1': ['Canada West (Calgary)'],
  'eu-central-1': ['Europe (Frankfurt)', 'EU (Frankfurt)'],
  'eu-central-2': ['Europe (Zurich)'],
  'eu-west-1': ['Europe (Ireland)', 'EU (Ireland)'],
  'eu-west-2': ['Europe (London)', 'EU (London)'],
  'eu-west-3': ['Europe (Paris)', 'EU (Paris)'],
  'eu-south-1': ['Europe (Milan)', 'EU (Milan)'],
  'eu-south-2': ['Europe (Spain)'],
  'eu-north-1': ['Europe (Stockholm)', 'EU (Stockholm)'],
  'il-central-1': ['Israel (Tel Aviv)'],
  'me-south-1': ['Middle East (Bahrain)'],
  'me-central-1': ['Middle East (UAE)'],
  'mx-central-1': ['Mexico (Central)'],
  'sa-east-1': ['South America (Sao Paulo)'],
  'us-gov-west-1': ['AWS GovCloud (US-West)', 'AWS GovCloud (US)'],
  'us-gov-east-1': ['AWS GovCloud (US-East)'],
  'cn-north-1': ['China (Beijing)'],
  'cn-northwest-1': ['China (Ningxia)'],
};

const REGION_CODE = /^[a-z]{2}(?:-[a-z]+)+-\d{1,2}$/;

/** "South America - São Paulo " → "south america (sao paulo)". */
export const normaliseRegionName = (name: string): string =>
  name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(.+?) - (.+)$/, '$1 ($2)')
    .toLowerCase();

const CODE_BY_NAME = new Map(
  Object.entries(REGION_NAMES).flatMap(([code, names]) =>
    names.map((name) => [normaliseRegionName(name), code] as const),
  ),
);

export const isRegionCode = (value: string): boolean => REGION_CODE.test(value);

/** A region code for a display name (or for a code given as is); undefined when unknown. */
export const regionCodeFromDisplayName = (name: string): string | undefined =>
  isRegionCode(name) ? name : CODE_BY_NAME.get(normaliseRegionName(name));

/** The ARN partition a region belongs to. */
export const partitionOfRegion = (region: string): string => {
  if (region.startsWith('cn-')) return 'aws-cn';
  if (region.startsWith('us-gov-')) return 'aws-us-gov';
  return 'aws';
};
