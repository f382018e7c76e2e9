export * from './clock.js';
export * from './canonical-json.js';
export * from './cloudtrail.js';
