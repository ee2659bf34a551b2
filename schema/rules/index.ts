export * from './application';
export * from './text';
