export { escapeRegExp } from '../../src/lib/regexp.ts';
