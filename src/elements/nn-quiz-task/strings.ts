/**
 * Every built-in string of <nn-quiz-task>: English, the fallback of every language. Messages
 * are data with named placeholders (see shared/i18n.ts).
 */
export const QUIZ_STRINGS = {
  explanation: 'Click here for an explanation',
  hideExplanation: 'Hide the explanation',
  solution: 'Click here for our solution',
  hideSolution: 'Hide the solution',
  applySolution: 'Apply this solution',
  applied: 'The solution is applied: press Play to train.',
  youChose: 'You chose: {choice}.',
  correct: 'Correct',
  incorrect: 'Incorrect',
  check: 'Check',
  retry: 'Retry',
  showSolution: 'Show solution',
  score: 'Score: {score} of {max}',
  chooseFirst: 'Choose an answer first.',
  answerFirst: 'Answer the question to open the explanation.',
  correctAnswerIs: 'The correct answer: {list}.',
  goalProgress: 'Progress toward the goal',
  goalMet: 'Goal reached!',
  goalReachedAt: 'Goal reached at epoch {epoch}. The numbers above are the network\'s now.',
  goalNotYet: 'Not yet.',
  goalWaiting: 'Waiting for the exercise “{id}”.',
  variables: { 'train-loss': 'Training loss', 'test-loss': 'Test loss', epoch: 'Epoch', loss: 'Loss', 'train-accuracy': 'Training accuracy', 'test-accuracy': 'Test accuracy' } as Readonly<Record<string, string>>,
  operators: { '<': 'below', '<=': 'at most', '>': 'above', '>=': 'at least' } as Readonly<Record<string, string>>,
  condition: '{name}: {value} (goal: {operator} {target})',
  badSolution: 'solution: {reason}.',
  noTarget: 'for="{id}": no element with that id on the page.',
  complete: 'Complete',
  question: 'Question',
  /** The xAPI verb's display name, in the statement's language. */
  verbAnswered: 'answered',
  verbCompleted: 'completed',
} as const;
