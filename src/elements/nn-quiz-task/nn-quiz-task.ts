import { NnQuizTask } from './nn-quiz-task.component.js';

export { NnQuizTask };
export type { QuizState } from './nn-quiz-task.component.js';
export { parseGoal, GoalSyntaxError, type GoalCondition } from './goal.js';

if (!customElements.get('nn-quiz-task')) customElements.define('nn-quiz-task', NnQuizTask);

declare global {
  interface HTMLElementTagNameMap {
    'nn-quiz-task': NnQuizTask;
  }
}
