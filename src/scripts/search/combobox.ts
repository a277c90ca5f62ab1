/**
 * The keyboard side of the WAI-ARIA combobox with a listbox popup: focus stays
 * in the input, ArrowDown/ArrowUp move the active option (aria-activedescendant,
 * aria-selected), Enter opens it. Escape is the dialog's (it closes it).
 */
export interface Combobox {
  /**
   * Call after the options change: aria-expanded follows the list; an active
   * option that was replaced by one with its id (its data arrived) stays
   * active; one that left the list is dropped.
   */
  update(): void;
}

export function combobox(input: HTMLInputElement, listbox: HTMLElement): Combobox {
  let active: HTMLElement | undefined;
  const options = () => [...listbox.querySelectorAll<HTMLElement>('[role="option"]')];

  const activate = (option: HTMLElement | undefined) => {
    active?.setAttribute('aria-selected', 'false');
    active = option;
    if (option) {
      option.setAttribute('aria-selected', 'true');
      input.setAttribute('aria-activedescendant', option.id);
      option.scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  };

  input.addEventListener('keydown', (event) => {
    if (event.isComposing || event.altKey || event.ctrlKey || event.metaKey) return;
    const list = options();
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (list.length === 0) return;
      event.preventDefault();
      const at = active ? list.indexOf(active) : -1;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      // From no option, Down goes to the first and Up to the last; past either end, back to the input.
      const next = at === -1 ? (step === 1 ? 0 : list.length - 1) : at + step;
      activate(list[next]);
    } else if (event.key === 'Enter' && active && list.includes(active)) {
      event.preventDefault();
      const href = active.getAttribute('href');
      if (href) location.assign(href);
    }
  });
  // Editing the text makes the choice stale.
  input.addEventListener('input', () => activate(undefined));

  return {
    update() {
      if (active && !listbox.contains(active)) {
        const same = options().find((option) => option.id === active?.id);
        active = undefined;
        activate(same);
      }
      input.setAttribute('aria-expanded', String(options().length > 0));
    },
  };
}
