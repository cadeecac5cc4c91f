/** Orders strings by UTF-16 code units, the same on every machine and locale (unlike localeCompare). */
export const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
