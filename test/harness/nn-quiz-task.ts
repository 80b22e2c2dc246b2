/**
 * The one place the tests know <nn-quiz-task>'s shadow markup: its slots and the goal's list.
 * The author's own elements are shown through manual slot assignment; these read what each
 * slot shows.
 */
const root = (quiz: Element): ShadowRoot => quiz.shadowRoot!;

/** A named slot of the task: question, choice-0…, feedback, explanation, solution, rest. */
export function slot(quiz: Element, name: string): HTMLSlotElement {
  return root(quiz).querySelector<HTMLSlotElement>(`slot[name="${name}"]`)!;
}

/** The author's elements a slot shows. */
export function shown(quiz: Element, name: string): Element[] {
  return slot(quiz, name)?.assignedElements() ?? [];
}

/** The choices' inputs (radios, or checkboxes when several are correct). */
export function choiceInputs(quiz: Element): HTMLInputElement[] {
  return [...root(quiz).querySelectorAll<HTMLInputElement>('input[name="choice"]')];
}

/** The goal's conditions as listed, each with whether it is met. */
export function goalItems(quiz: Element): { text: string; met: boolean }[] {
  return [...root(quiz).querySelectorAll('[part="progress"] li')].map((li) => ({ text: (li.textContent ?? '').replace(/\s+/g, ' ').trim(), met: li.classList.contains('met') }));
}

/** The message the task shows (why a solution could not be applied, what to do next). */
export function message(quiz: Element): string {
  return root(quiz).querySelector('p.message')?.textContent ?? '';
}

/** The task's disclosure buttons (explanation, solution), in order. */
export function disclosures(quiz: Element): HTMLButtonElement[] {
  return [...root(quiz).querySelectorAll<HTMLButtonElement>('button[aria-expanded]')];
}
