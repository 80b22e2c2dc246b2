/** The bundle's quiz part (see ./index.ts). */
import '../elements/nn-quiz-task/nn-quiz-task.js';
