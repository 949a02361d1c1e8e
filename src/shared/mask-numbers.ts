import { maskCitizenId } from './citizen-id';
import { maskPhone } from './phone';

/**
 * Masks every run that looks like a citizen ID number (18 characters, the
 * last a digit or X, or the old 15 digits) or a mobile number (11 digits) in
 * free text such as a logged URL: 330103195003150026 -> 3301**********0026,
 * 13812345678 -> 138****5678. Longer or shorter digit runs (case numbers,
 * page numbers) are left alone.
 */
const NUMBER_RUN = /(?<![0-9A-Za-z])(\d{17}[\dXx]|\d{15}|\d{11})(?![0-9A-Za-z])/g;

export function maskNumbersIn(text: string): string {
  return text.replace(NUMBER_RUN, (run) => (run.length === 11 ? maskPhone(run) : maskCitizenId(run)));
}
