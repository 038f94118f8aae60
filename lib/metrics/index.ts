export * from './override-rate';
export * from './task-times';
export * from './account-coverage';
export * from './tuning-progress';
export * from './popup-numbers';
export * from './reply-rate';
export * from './reply-rate-query';
