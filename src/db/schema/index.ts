export * from './tenancy.ts';
export * from './instrument.ts';
export * from './stories.ts';
export * from './indicators.ts';
export * from './sensemaking.ts';
export * from './audit.ts';
export * from './cache.ts';
