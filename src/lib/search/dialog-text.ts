/**
 * What the search dialog does with the text it is opened with. The header box
 * opens it on every keystroke until the dialog is there, so it may be asked
 * again and again while already open, with the box's text so far.
 */
export type DialogTextAction =
  /** Take the text (and search it): the reader typed it in the header box. */
  | 'take'
  /** Keep the last search, selected, so that typing replaces it (Ctrl/⌘+K, or a click on an empty box). */
  | 'select-last'
  /** Nothing: the dialog is open and already holds this text. */
  | 'keep';

export function dialogTextAction(text: string, current: string, opening: boolean): DialogTextAction {
  // Compared as typed: "not " must carry its space over, or the next word runs into it.
  if (text.trim() !== '' && text !== current) return 'take';
  return opening ? 'select-last' : 'keep';
}
