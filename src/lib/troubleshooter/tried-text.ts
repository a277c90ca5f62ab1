/**
 * "What I've tried": the answers a reader gave the troubleshooter and the fix
 * they reached, as plain text with the result's address, to paste to Apple
 * Support or into a ticket instead of retyping it.
 */

export interface TriedAnswer {
  question: string;
  answer: string;
}

export function triedText({ answers, fixTitle, url }: { answers: readonly TriedAnswer[]; fixTitle: string; url: string }): string {
  const lines = [
    'What I have tried (iPhone not backing up to iCloud):',
    ...answers.map(({ question, answer }, i) => `${i + 1}. ${question} ${answer}`),
    `Recommended fix: ${fixTitle}`,
    `My answers and the fix: ${url}`,
  ];
  return lines.join('\n');
}
