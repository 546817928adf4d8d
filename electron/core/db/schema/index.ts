export * from './associations';
export * from './audit';
export * from './candidates';
export * from './matches';
export * from './needs';
export * from './operators';
export * from './saved-filters';
export * from './sites';
