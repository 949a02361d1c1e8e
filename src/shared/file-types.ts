/** Media types of the files the platform exchanges, shared by the server and the web apps. */
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The largest bulk-load file the server takes (the route's body limit), so the web app can say so before sending. */
export const MAX_IMPORT_FILE_BYTES = 10 * 1024 * 1024;
