/** The bundle's quiz part (see ./index.ts). */
// Before the tag is defined: the quizzes far from the viewport wait to render.
import './hold-quizzes.js';
import '../elements/nn-quiz-task/nn-quiz-task.js';
