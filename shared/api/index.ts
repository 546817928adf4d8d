export * from './contract';
export * from './errors';
export * from './permissions';
export * from './associations';
export * from './audit';
export * from './auth';
export * from './operators';
export * from './settings';
