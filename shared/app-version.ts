/** The application's version, written in every exported bundle (a test keeps it equal to package.json). */
export const APP_VERSION = '0.1.0';
