/** The database's file name in the data folder: here so the restore script need not load the whole core. */
export const DATABASE_FILE = 'exar.sqlite';
