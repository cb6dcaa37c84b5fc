// Owns the application version shown in the UI and written into backups and packages.
export const VERSION = '0.1.0';
