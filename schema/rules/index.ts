export * from './application';
export * from './text';
export * from './card';
