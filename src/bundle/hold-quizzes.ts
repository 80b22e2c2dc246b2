/**
 * Quizzes far from the viewport wait to render (nn-quiz-task/hold-off-screen.ts). Imported
 * before the tag is defined by the bundle's quiz part (./quiz.ts) and the npm entry
 * (../index.ts); the one-element file nn-quiz-task.js leaves it out.
 */
import { NnQuizTask } from '../elements/nn-quiz-task/nn-quiz-task.component.js';
import { offScreenHold } from '../elements/nn-quiz-task/hold-off-screen.js';

// An object's key, not a member access: renderGate is protected, and the bundle's short names
// rename the key with the member (scripts/private-names.mjs).
Object.assign(NnQuizTask, { renderGate: offScreenHold });
