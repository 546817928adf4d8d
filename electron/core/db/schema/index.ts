export * from './associations';
export * from './audit';
export * from './candidates';
export * from './operators';
export * from './saved-filters';
export * from './sites';
