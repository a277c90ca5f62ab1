export { escapeRegExp } from '#lib/regexp.ts';
