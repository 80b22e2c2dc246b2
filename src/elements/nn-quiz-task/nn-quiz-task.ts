import { NnQuizTask } from './nn-quiz-task.component.js';

export { NnQuizTask };
export type { QuizState } from './nn-quiz-task.component.js';
export { parseGoal, GoalSyntaxError, type GoalCondition } from './goal.js';

// A page that loads only this element can still add languages.
export { registerLocale, loadLocale } from '../shared/i18n/registry.js';
export type { LocaleMessages, Message, PluralMessage } from '../shared/i18n/messages.js';

if (!customElements.get('nn-quiz-task')) customElements.define('nn-quiz-task', NnQuizTask);

declare global {
  interface HTMLElementTagNameMap {
    'nn-quiz-task': NnQuizTask;
  }
}
