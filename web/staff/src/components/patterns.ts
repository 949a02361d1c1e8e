/** The server's rule for office telephone numbers (digits and hyphens, 7-20 long). */
export const TELEPHONE_PATTERN = /^[\d-]{7,20}$/;
