/**
 * "What I've tried": the answers a reader gave the troubleshooter and the fix
 * they reached, as plain text with the result's address, to paste to Apple
 * Support or into a ticket instead of retyping it.
 */

export interface TriedAnswer {
  question: string;
  answer: string;
}

/** The lines around the answers, in the page's language (triedText in src/lib/i18n/ui/). */
interface TriedWords {
  heading: string;
  recommended: (fix: string) => string;
  link: (url: string) => string;
}

export function triedText({
  answers,
  fixTitle,
  url,
  words,
}: {
  answers: readonly TriedAnswer[];
  fixTitle: string;
  url: string;
  words: TriedWords;
}): string {
  const lines = [
    words.heading,
    ...answers.map(({ question, answer }, i) => `${i + 1}. ${question} ${answer}`),
    words.recommended(fixTitle),
    words.link(url),
  ];
  return lines.join('\n');
}
