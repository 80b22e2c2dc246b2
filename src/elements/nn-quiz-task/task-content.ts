/**
 * The author's markup of a task, sorted by its data-* markers: the question, the choices with
 * their feedback, the explanation, the solution and the rest. It reads the elements the
 * author wrote and never changes them (they are shown through manual slot assignment).
 */

/** One choice: the author's element, its id, whether it is correct and its own feedback. */
export interface Choice {
  id: string;
  el: Element;
  correct: boolean;
  feedback: Element | null;
}

export interface TaskParts {
  question: Element | null;
  explanation: Element | null;
  solution: Element | null;
  rest: Element[];
}

/** The attributes whose change re-sorts the content. */
export const CONTENT_ATTRIBUTES = ['data-choice', 'data-correct', 'data-feedback', 'data-question', 'data-explanation', 'data-solution'];

/** Sorts the author's children; scripts, styles and templates are not content. */
export function sortContent(children: readonly Element[]): { parts: TaskParts; choices: Choice[] } {
  const feedback = new Map<string, Element>();
  const choices: Choice[] = [];
  const parts: TaskParts = { question: null, explanation: null, solution: null, rest: [] };
  children.filter((c) => c.tagName !== 'SCRIPT' && c.tagName !== 'STYLE' && c.tagName !== 'TEMPLATE').forEach((el, i) => {
    if (el.hasAttribute('data-question')) parts.question ??= el;
    else if (el.hasAttribute('data-choice')) choices.push({ id: el.getAttribute('data-choice') || String(i), el, correct: el.hasAttribute('data-correct'), feedback: null });
    else if (el.hasAttribute('data-feedback')) feedback.set(el.getAttribute('data-feedback') ?? '', el);
    else if (el.hasAttribute('data-explanation')) parts.explanation ??= el;
    else if (el.hasAttribute('data-solution')) parts.solution ??= el;
    else parts.rest.push(el);
  });
  for (const c of choices) c.feedback = feedback.get(c.id) ?? null;
  return { parts, choices };
}

/** An element's text as a sentence: whitespace collapsed. */
export function textOf(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * Shows the author's elements where they belong, as they are, by manual slot assignment (their
 * attributes untouched): the rest, the question, each choice, the feedback shown, the
 * explanation and the solution.
 */
export function assignContent(root: ShadowRoot, parts: TaskParts, choices: readonly Choice[], feedback: Element[]): void {
  const assign = (name: string, nodes: Element[]) => root.querySelector<HTMLSlotElement>(`slot[name="${name}"]`)?.assign(...nodes);
  assign('rest', parts.rest);
  assign('question', parts.question ? [parts.question] : []);
  choices.forEach((c, i) => assign(`choice-${i}`, [c.el]));
  assign('feedback', feedback);
  assign('explanation', parts.explanation ? [parts.explanation] : []);
  assign('solution', parts.solution ? [parts.solution] : []);
}
