export * from './vocabulary';
export * from './metrics-schema';
export * from './review-schema';
