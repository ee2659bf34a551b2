export * from './application';
export * from './text';
export * from './card';
export * from './consent';
export * from './staff';
