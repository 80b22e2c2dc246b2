import { conditionMet, parseGoal, type GoalCondition, type GoalVariable } from './goal.js';

/** What `state` reads and restores, and what `persist-key` stores. */
export interface QuizState {
  /** Ids of the chosen answers. */
  answer: string[];
  /** Whether the answer was checked (mode "check"). */
  checked: boolean;
  complete: boolean;
  solutionShown: boolean;
  /** Goal mode: the epoch at which the goal was first reached (absent before, or in older saves). */
  reachedEpoch?: number;
}

export const MODES = ['predict', 'check', 'goal'] as const;
export type Mode = (typeof MODES)[number];

/** The rules of a task's answers and score, without a DOM. */

/** The mode in use: the attribute, else a goal if there is one, else check when a choice is marked correct. */
export function effectiveMode(given: Mode | null, hasGoal: boolean, choices: readonly { correct: boolean }[]): Mode {
  if (given) return given;
  if (hasGoal) return 'goal';
  return choices.some((c) => c.correct) ? 'check' : 'predict';
}

/** Whether the answer is exactly the correct choices (at least one). */
export function isCorrect(choices: readonly { id: string; correct: boolean }[], answer: readonly string[]): boolean {
  const correct = choices.filter((c) => c.correct).map((c) => c.id).sort();
  return correct.length > 0 && correct.join('\n') === [...answer].sort().join('\n');
}

/** Points earned: 1 for a correct check or a reached goal; a prediction is never judged. */
export function scoreOf(mode: Mode, checked: boolean, correct: boolean, complete: boolean): number {
  if (mode === 'check') return checked && correct ? 1 : 0;
  if (mode === 'goal') return complete ? 1 : 0;
  return 0;
}

export function maxScoreOf(mode: Mode): number {
  return mode === 'predict' ? 0 : 1;
}

/** The answer after choosing `id` (`on` for a checkbox): one choice, or several when more than one is correct. */
export function nextAnswer(answer: readonly string[], id: string, on: boolean, multiple: boolean): string[] {
  if (!multiple) return [id];
  return on ? [...answer, id] : answer.filter((a) => a !== id);
}

/** What is wrong with a state a host or storage gave ('' when nothing). */
export function stateProblem(value: unknown): string {
  if (typeof value !== 'object' || value === null) return 'must be an object { answer, checked, complete, solutionShown }';
  const v = value as Partial<QuizState>;
  if (!Array.isArray(v.answer) || !v.answer.every((a) => typeof a === 'string')) return 'answer must be a list of choice ids';
  if (typeof v.checked !== 'boolean' || typeof v.complete !== 'boolean' || typeof v.solutionShown !== 'boolean') return 'checked, complete and solutionShown must be true or false';
  if (v.reachedEpoch !== undefined && !(Number.isInteger(v.reachedEpoch) && v.reachedEpoch >= 0)) return 'reachedEpoch must be a whole number ≥ 0';
  return '';
}

/** A stored state for the choices that exist now: answers to missing choices wait for them. */
export function restoredState(v: QuizState, choiceIds: readonly string[]): QuizState & { reachedEpoch: number | undefined } {
  const answer = v.answer.filter((a) => choiceIds.includes(a));
  return { answer, checked: v.checked && answer.length > 0, complete: v.complete, solutionShown: v.solutionShown, reachedEpoch: v.reachedEpoch };
}

/** A goal's text as conditions; an error message instead when it does not parse. */
export function readGoal(text: string): { conditions: GoalCondition[]; error: string } {
  if (!text) return { conditions: [], error: '' };
  try {
    return { conditions: parseGoal(text), error: '' };
  } catch (e) {
    return { conditions: [], error: (e as Error).message };
  }
}

/** Each condition with the value it reads now (null when unknown), and whether all are met. */
export function goalProgress(conditions: readonly GoalCondition[], read: (v: GoalVariable) => number | null): { progress: { condition: GoalCondition; value: number | null }[]; met: boolean } {
  const progress = conditions.map((condition) => ({ condition, value: read(condition.variable) }));
  return { progress, met: progress.length > 0 && progress.every((p) => p.value !== null && conditionMet(p.condition, p.value)) };
}

/** The `solution` attribute or property as settings: JSON text or an object; an error message when it is neither. */
export function readSolution(raw: unknown): { config: Record<string, unknown> | null; error: string } {
  if (raw === null || raw === undefined || raw === '') return { config: null, error: '' };
  try {
    const parsed: unknown = typeof raw === 'string' ? (raw.trim() ? JSON.parse(raw) : null) : raw;
    if (parsed === null) return { config: null, error: '' };
    if (typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('must be a JSON object of settings');
    return { config: parsed as Record<string, unknown>, error: '' };
  } catch (e) {
    return { config: null, error: `is not usable JSON (${(e as Error).message})` };
  }
}
