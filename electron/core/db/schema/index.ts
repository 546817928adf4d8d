export * from './associations';
export * from './audit';
export * from './operators';
export * from './sites';
