import { html, nothing, type TemplateResult } from 'lit';
import type { Compiled } from '../shared/i18n/messages.js';
import { conditionMet, type GoalCondition } from './goal.js';
import type { Mode } from './quiz-model.js';
import type { QUIZ_STRINGS } from './strings.js';
import type { Choice } from './task-content.js';

/**
 * What a task's choices and goal show, and where the learner's input goes.
 * @internal
 */
export interface TaskView {
  t: Compiled<typeof QUIZ_STRINGS>;
  mode: Mode;
  choices: readonly Choice[];
  answer: readonly string[];
  multiple: boolean;
  checked: boolean;
  correct: boolean;
  solutionShown: boolean;
  score: number;
  maxScore: number;
  progress: readonly { condition: GoalCondition; value: number | null }[];
  complete: boolean;
  reachedEpoch: number | null;
  /** The `for` id, and whether it names an element that is there. */
  linkId: string;
  linked: boolean;
  num(v: number, decimals: number): string;
  onChoose(c: Choice, on: boolean): void;
  onCheck(): void;
  onRetry(): void;
  onShowSolution(): void;
}

/** The question with its choices (radios, or checkboxes when several are correct), the feedback slot and Check / Retry. */
export function choicesView(v: TaskView): TemplateResult {
  const t = v.t;
  const showVerdict = v.mode === 'check' && v.checked;
  const feedbackClass = showVerdict ? (v.correct ? 'correct' : 'incorrect') : '';
  return html`<fieldset part="question">
      <legend><slot name="question"></slot></legend>
      <div class="choices">
        ${v.choices.map((c, i) => {
          const chosen = v.answer.includes(c.id);
          const verdict = showVerdict && chosen ? (c.correct ? 'correct' : 'incorrect') : v.solutionShown && v.mode === 'check' && c.correct ? 'correct' : '';
          return html`<label class="choice ${verdict}" part="choice">
            <input type=${v.multiple ? 'checkbox' : 'radio'} name="choice" value=${c.id} .checked=${chosen} ?disabled=${v.mode === 'check' && v.checked}
              @change=${(e: Event) => v.onChoose(c, (e.target as HTMLInputElement).checked)} />
            <slot name="choice-${i}"></slot>
            ${verdict ? html`<span class="verdict">${verdict === 'correct' ? `✓ ${t.correct}` : `✗ ${t.incorrect}`}</span>` : nothing}
          </label>`;
        })}
      </div>
    </fieldset>
    <div class="feedback ${feedbackClass}" part="feedback" ?hidden=${!v.answer.length || (v.mode === 'check' && !v.checked)}>${showVerdict ? html`<strong>${v.correct ? t.correct : t.incorrect}. </strong>` : nothing}<slot name="feedback"></slot></div>
    ${v.mode === 'check' ? html`<div class="actions">
      ${v.checked ? html`<button type="button" @click=${v.onRetry}>${t.retry}</button>
        ${!v.correct ? html`<button type="button" @click=${v.onShowSolution}>${t.showSolution}</button>` : nothing}
        <span class="score">${t.score({ score: v.score, max: v.maxScore })}</span>`
        : html`<button type="button" @click=${v.onCheck}>${t.check}</button>`}
    </div>` : nothing}`;
}

/** The goal's conditions with the values they read now, and whether it is reached. */
export function goalView(v: TaskView): TemplateResult {
  const t = v.t;
  if (!v.progress.length) return html``;
  return html`<ul class="progress" part="progress" aria-label=${t.goalProgress}>
      ${v.progress.map(({ condition, value }) => html`<li class=${value !== null && conditionMet(condition, value) ? 'met' : ''}>
        ${t.condition({ name: t.variables[condition.variable] ?? condition.variable, value: value === null ? '–' : condition.variable === 'epoch' ? String(value) : v.num(value, 3), operator: t.operators[condition.operator] ?? condition.operator, target: v.num(condition.value, -1) })}
      </li>`)}
    </ul>
    ${v.complete ? html`<p class="done">${v.reachedEpoch === null ? t.goalMet : t.goalReachedAt({ epoch: v.reachedEpoch })}</p>` : v.linkId && !v.linked ? html`<p class="message">${t.goalWaiting({ id: v.linkId })}</p>` : nothing}`;
}
