import { LitElement, css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { emit, type NnEpochDetail, type XapiStatement } from '../../events.js';
import { formatNumber } from '../shared/format.js';
import { ProblemLog } from '../shared/problems.js';
import { themeStyles } from '../shared/styles.js';
import { conditionMet, parseGoal, type GoalCondition } from './goal.js';
import { QUIZ_STRINGS, type QuizStrings } from './strings.js';

/** What `state` reads and restores, and what `persist-key` stores. */
export interface QuizState {
  /** Ids of the chosen answers. */
  answer: string[];
  /** Whether the answer was checked (mode "check"). */
  checked: boolean;
  complete: boolean;
  solutionShown: boolean;
}

interface Choice {
  id: string;
  el: Element;
  correct: boolean;
  feedback: Element | null;
}

/** The element a goal follows: anything that fires nn-epoch and reads like a playground. */
interface GoalTarget extends HTMLElement {
  trainLoss?: number;
  testLoss?: number;
  epoch?: number;
  applyConfig?: (config: Record<string, unknown>) => void;
}

const STORAGE_PREFIX = 'nn-quiz-task:';
const VERB_ANSWERED = 'http://adlnet.gov/expapi/verbs/answered';
const VERB_COMPLETED = 'http://adlnet.gov/expapi/verbs/completed';

/**
 * A lesson step around an experiment: a prediction or checked question with each choice's own
 * feedback, an explanation to reveal, or a goal on a linked playground's numbers, and a
 * solution. The author writes the content as plain HTML children, readable before the script
 * loads; the element shows them as written (it never copies author markup) and adds the
 * interaction around them.
 *
 * @summary A prediction question, checked question or training goal, with feedback, explanation and solution.
 *
 * @fires nn-answer - The learner chose (predict) or checked (check) an answer. Detail: `{ choice, choices, correct, statement }` with an xAPI statement.
 * @fires nn-task-complete - The task was completed (answered, answered correctly, or goal reached). Detail: `{ score, maxScore, statement }`.
 *
 * @slot - Children with `data-question`, `data-choice="id"` (add `data-correct` for checked questions), `data-feedback="id"`, `data-explanation` and `data-solution` are placed in their parts; any other child is shown first, as an introduction.
 *
 * @csspart question - The question and its choices.
 * @csspart choice - Each choice.
 * @csspart feedback - The feedback for the choice made.
 * @csspart explanation - The explanation panel.
 * @csspart solution - The solution panel.
 * @csspart progress - The goal's live progress.
 * @csspart problems - Messages about invalid attributes.
 *
 * @cssproperty --nn-accent - Colour of the chosen answer and the buttons' hover.
 * @cssproperty --nn-correct - Colour of correct marks (default #137333).
 * @cssproperty --nn-incorrect - Colour of incorrect marks (default #b3261e).
 * @cssproperty --nn-border - Border colour.
 * @cssproperty --nn-surface - Background of the panel.
 */
export class NnQuizTask extends LitElement {
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, slotAssignment: 'manual' };

  static override styles = [
    themeStyles,
    css`
      :host {
        --_correct: var(--nn-correct, #137333);
        --_incorrect: var(--nn-incorrect, #b3261e);
        border: 1px solid var(--_border); border-radius: var(--_radius); padding: 12px 16px; background: var(--_surface);
      }
      :host([complete]) { border-color: var(--_correct); }
      fieldset { border: 0; margin: 0; padding: 0; min-width: 0; }
      legend { padding: 0; margin-bottom: 6px; font-weight: 600; }
      .choices { display: flex; flex-direction: column; gap: 6px; }
      .choice { display: flex; gap: 10px; align-items: flex-start; padding: 8px 10px; border: 1px solid var(--_border); border-radius: var(--_radius); cursor: pointer; }
      .choice:has(input:checked) { border-color: var(--_accent); background: color-mix(in srgb, var(--_accent) 7%, transparent); }
      .choice input { margin-top: 0.3em; flex: none; width: 1.1em; height: 1.1em; }
      .choice.correct { border-color: var(--_correct); }
      .choice.incorrect { border-color: var(--_incorrect); }
      .verdict { margin-left: auto; font-weight: 600; white-space: nowrap; }
      .correct .verdict { color: var(--_correct); }
      .incorrect .verdict { color: var(--_incorrect); }
      .feedback { margin: 10px 0 0; padding: 8px 12px; border-left: 4px solid var(--_accent); background: color-mix(in srgb, var(--_accent) 6%, transparent); }
      .feedback.correct { border-color: var(--_correct); }
      .feedback.incorrect { border-color: var(--_incorrect); }
      .choice ::slotted(*), legend ::slotted(*) { margin: 0; }
      .feedback ::slotted(*) { margin: 0; }
      .actions { display: flex; flex-wrap: wrap; gap: 8px; margin-top: 10px; align-items: center; }
      .score { font-weight: 600; }
      .disclosure { margin-top: 10px; }
      .disclosure > button { border: 0; background: none; padding: 4px 0; color: var(--_accent); text-decoration: underline; cursor: pointer; }
      .disclosure > button::before { content: '▸ '; display: inline-block; }
      .disclosure > button[aria-expanded='true']::before { content: '▾ '; }
      .panel { padding: 4px 0 0 14px; border-left: 3px solid var(--_border); margin-top: 4px; }
      .progress { list-style: none; padding: 0; margin: 8px 0 0; font-variant-numeric: tabular-nums; }
      .progress li::before { content: '○ '; }
      .progress li.met::before { content: '✓ '; color: var(--_correct); font-weight: 700; }
      .done { color: var(--_correct); font-weight: 600; margin: 8px 0 0; }
      .message { color: var(--_muted); font-size: 0.9em; margin: 6px 0 0; }
      @media (forced-colors: active) {
        .choice.correct, .choice.incorrect, .feedback { border-color: Highlight; }
      }
    `,
  ];

  /** predict (choices with feedback, none judged), check (choices marked `data-correct`), or goal (`for` + `goal`). Inferred when absent. */
  @property() mode = '';
  /** Id of the exercise a goal or solution refers to. */
  @property({ attribute: 'for' }) for = '';
  /** A goal on the linked playground: conditions on train-loss, test-loss, epoch with <, <=, >, >= joined by &&. */
  @property() goal = '';
  /** Settings that "Apply this solution" gives the linked playground, as JSON: `{"layers":[3],"learning-rate":0.01,"activation":"relu"}`. */
  @property() solution = '';
  /** Keeps the learner's answers and completion across reloads (localStorage) under this key. */
  @property({ attribute: 'persist-key' }) persistKey = '';
  /** Offers the explanation only once the learner has answered. */
  @property({ type: Boolean, attribute: 'explanation-after-answer' }) explanationAfterAnswer = false;
  /** Reflects whether the task is complete, for styling. */
  @property({ type: Boolean, reflect: true }) complete = false;
  /** Replaces built-in strings, for translation. */
  @property({ attribute: false }) strings: Partial<QuizStrings> = {};

  @state() private answer: string[] = [];
  @state() private checked = false;
  @state() private solutionShown = false;
  @state() private explanationOpen = false;
  @state() private solutionOpen = false;
  @state() private announcement = '';
  @state() private message = '';
  @state() private progress: { condition: GoalCondition; value: number | null }[] = [];
  @state() private choices: Choice[] = [];

  private problems = new ProblemLog('nn-quiz-task');
  private conditions: GoalCondition[] = [];
  private solutionConfig: Record<string, unknown> | null = null;
  private target: GoalTarget | null = null;
  private observer: MutationObserver | null = null;
  private parts: { question: Element | null; explanation: Element | null; solution: Element | null; rest: Element[] } = { question: null, explanation: null, solution: null, rest: [] };
  private onEpoch = (e: Event) => this.updateGoal((e as CustomEvent<NnEpochDetail>).detail);
  private onTargetReset = () => this.updateGoal(null);

  /** Problems found in the attributes, as the messages shown to the author. */
  get attributeProblems(): string[] {
    return this.problems.messages;
  }

  private get t(): QuizStrings {
    return { ...QUIZ_STRINGS, ...this.strings };
  }

  /** The mode in use: the attribute, or inferred from the content. */
  get effectiveMode(): 'predict' | 'check' | 'goal' {
    if (this.mode === 'predict' || this.mode === 'check' || this.mode === 'goal') return this.mode;
    if (this.goal) return 'goal';
    return this.choices.some((c) => c.correct) ? 'check' : 'predict';
  }

  /** Points earned: 1 for a correct check or a reached goal. */
  get score(): number {
    const mode = this.effectiveMode;
    if (mode === 'check') return this.checked && this.isCorrect() ? 1 : 0;
    if (mode === 'goal') return this.complete ? 1 : 0;
    return 0;
  }

  /** Points available: 0 for a prediction, which is never judged. */
  get maxScore(): number {
    return this.effectiveMode === 'predict' ? 0 : 1;
  }

  /** Answers, check and completion; setting it resumes (a bad state throws a clear error). */
  get state(): QuizState {
    return { answer: [...this.answer], checked: this.checked, complete: this.complete, solutionShown: this.solutionShown };
  }

  set state(value: QuizState) {
    const problem = this.validateState(value);
    if (problem) throw new TypeError(`nn-quiz-task state: ${problem}`);
    this.answer = [...value.answer];
    this.checked = value.checked;
    this.complete = value.complete;
    this.solutionShown = value.solutionShown;
    this.persist();
  }

  /** Clears the answer and the completion (and what was stored). */
  reset(): void {
    this.answer = [];
    this.checked = false;
    this.complete = false;
    this.solutionShown = false;
    this.explanationOpen = false;
    this.solutionOpen = false;
    this.message = '';
    this.announcement = '';
    this.persist();
  }

  /** Reveals the solution: the correct choices of a checked question, or the solution panel. */
  showSolution(): void {
    this.solutionShown = true;
    if (this.parts.solution) this.solutionOpen = true;
    if (this.effectiveMode === 'check') {
      const list = this.choices.filter((c) => c.correct).map((c) => this.choiceText(c)).join('; ');
      this.announce(this.t.correctAnswerIs(list));
    }
    this.persist();
  }

  // ----- content --------------------------------------------------------------------------------

  override connectedCallback(): void {
    super.connectedCallback();
    this.scan();
    this.restore();
    this.observer = new MutationObserver(() => this.scan());
    this.observer.observe(this, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['data-choice', 'data-correct', 'data-feedback'] });
    queueMicrotask(() => this.connectTarget());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
    this.disconnectTarget();
  }

  /** Sorts the author's children into question, choices, feedback, explanation, solution and the rest. */
  private scan(): void {
    const children = [...this.children].filter((c) => c.tagName !== 'SCRIPT' && c.tagName !== 'STYLE' && c.tagName !== 'TEMPLATE');
    const feedback = new Map<string, Element>();
    const choices: Choice[] = [];
    const parts: typeof this.parts = { question: null, explanation: null, solution: null, rest: [] };
    children.forEach((el, i) => {
      if (el.hasAttribute('data-question')) parts.question ??= el;
      else if (el.hasAttribute('data-choice')) choices.push({ id: el.getAttribute('data-choice') || String(i), el, correct: el.hasAttribute('data-correct'), feedback: null });
      else if (el.hasAttribute('data-feedback')) feedback.set(el.getAttribute('data-feedback') ?? '', el);
      else if (el.hasAttribute('data-explanation')) parts.explanation ??= el;
      else if (el.hasAttribute('data-solution')) parts.solution ??= el;
      else parts.rest.push(el);
    });
    for (const c of choices) c.feedback = feedback.get(c.id) ?? null;
    this.parts = parts;
    this.choices = choices;
  }

  private choiceText(c: Choice): string {
    return (c.el.textContent ?? '').replace(/\s+/g, ' ').trim();
  }

  private questionText(): string {
    return (this.parts.question?.textContent ?? this.goal ?? '').replace(/\s+/g, ' ').trim();
  }

  private isCorrect(): boolean {
    const correct = this.choices.filter((c) => c.correct).map((c) => c.id).sort();
    return correct.length > 0 && correct.join('\n') === [...this.answer].sort().join('\n');
  }

  private get multiple(): boolean {
    return this.effectiveMode === 'check' && this.choices.filter((c) => c.correct).length > 1;
  }

  // ----- answering --------------------------------------------------------------------------------

  private onChoose(c: Choice, checked: boolean): void {
    if (this.effectiveMode === 'check' && this.checked) return;
    this.answer = this.multiple ? (checked ? [...this.answer, c.id] : this.answer.filter((a) => a !== c.id)) : [c.id];
    this.message = '';
    if (this.effectiveMode === 'predict') {
      const feedback = c.feedback ? (c.feedback.textContent ?? '').replace(/\s+/g, ' ').trim() : this.t.youChose(this.choiceText(c));
      this.announce(feedback);
      emit(this, 'nn-answer', { choice: c.id, choices: [...this.answer], correct: null, statement: this.statement('answered') });
      if (!this.complete) {
        this.complete = true;
        emit(this, 'nn-task-complete', { score: 0, maxScore: 0, statement: this.statement('completed') });
      }
    }
    this.persist();
  }

  private check(): void {
    if (!this.answer.length) {
      this.message = this.t.chooseFirst;
      this.announce(this.message);
      return;
    }
    this.checked = true;
    const correct = this.isCorrect();
    const chosen = this.choices.filter((c) => this.answer.includes(c.id));
    const feedback = chosen.map((c) => (c.feedback?.textContent ?? '').replace(/\s+/g, ' ').trim()).filter(Boolean).join(' ');
    this.announce(`${correct ? this.t.correct : this.t.incorrect}. ${feedback} ${this.t.score(this.score, this.maxScore)}.`);
    emit(this, 'nn-answer', { choice: this.answer.join(','), choices: [...this.answer], correct, statement: this.statement('answered') });
    if (correct && !this.complete) {
      this.complete = true;
      emit(this, 'nn-task-complete', { score: 1, maxScore: 1, statement: this.statement('completed') });
    }
    this.persist();
  }

  private retry(): void {
    this.answer = [];
    this.checked = false;
    this.solutionShown = false;
    this.message = '';
    this.announce('');
    this.persist();
  }

  /** An xAPI-shaped statement for this task, for an LMS to forward without mapping. */
  private statement(verb: 'answered' | 'completed'): XapiStatement {
    const mode = this.effectiveMode;
    const base = typeof location !== 'undefined' ? location.href.split('#')[0] : 'urn:nn-elements';
    const id = `${base}#${encodeURIComponent(this.id || this.persistKey || 'nn-quiz-task')}`;
    const definition: XapiStatement['object']['definition'] = {
      name: { 'en-US': this.questionText() || this.t.question },
      type: 'http://adlnet.gov/expapi/activities/cmi.interaction',
      interactionType: mode === 'goal' ? 'other' : 'choice',
    };
    if (mode !== 'goal') definition.choices = this.choices.map((c) => ({ id: c.id, description: { 'en-US': this.choiceText(c) } }));
    if (mode === 'check') definition.correctResponsesPattern = [this.choices.filter((c) => c.correct).map((c) => c.id).join('[,]')];
    if (mode === 'goal') definition.description = { 'en-US': this.goal };
    const result: NonNullable<XapiStatement['result']> = {};
    if (mode !== 'goal') result.response = this.answer.join('[,]');
    if (mode === 'check') result.success = this.isCorrect();
    if (verb === 'completed') result.completion = true;
    if (this.maxScore > 0) result.score = { raw: this.score, min: 0, max: this.maxScore, scaled: this.score / this.maxScore };
    return {
      verb: { id: verb === 'answered' ? VERB_ANSWERED : VERB_COMPLETED, display: { 'en-US': verb } },
      object: { id, objectType: 'Activity', definition },
      result,
      timestamp: new Date().toISOString(),
    };
  }

  private announce(text: string): void {
    this.announcement = '';
    void this.updateComplete.then(() => (this.announcement = text));
  }

  // ----- goal and solution ------------------------------------------------------------------------

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('goal')) {
      this.problems.clear(['goal']);
      this.conditions = [];
      if (this.goal.trim()) {
        try {
          this.conditions = parseGoal(this.goal);
        } catch (e) {
          this.problems.add({ attribute: 'goal', value: this.goal, allowed: (e as Error).message, fallback: 'no goal' });
        }
      }
      this.updateGoal(null);
    }
    if (changed.has('solution')) {
      this.problems.clear(['solution']);
      this.solutionConfig = null;
      if (this.solution.trim()) {
        try {
          const parsed: unknown = JSON.parse(this.solution);
          if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('must be a JSON object of settings');
          this.solutionConfig = parsed as Record<string, unknown>;
        } catch (e) {
          this.problems.add({ attribute: 'solution', value: this.solution, allowed: `is not usable JSON (${(e as Error).message})`, fallback: 'no "Apply this solution" button' });
        }
      }
    }
    if (changed.has('for') && changed.get('for') !== undefined) this.connectTarget();
  }

  private connectTarget(): void {
    this.disconnectTarget();
    if (!this.for || !this.isConnected) return;
    const root = this.getRootNode() as Document | ShadowRoot;
    const el = (root.getElementById?.(this.for) ?? document.getElementById(this.for)) as GoalTarget | null;
    if (!el) {
      // The exercise may come later in the page or be upgraded later: try again once it is.
      const retry = () => { if (!this.target && this.isConnected) this.connectTarget(); };
      for (const tag of ['nn-playground', 'nn-graph']) customElements.whenDefined(tag).then(() => setTimeout(retry, 0));
      return;
    }
    this.target = el;
    el.addEventListener('nn-epoch', this.onEpoch);
    el.addEventListener('nn-reset', this.onTargetReset);
    this.updateGoal(null);
  }

  private disconnectTarget(): void {
    this.target?.removeEventListener('nn-epoch', this.onEpoch);
    this.target?.removeEventListener('nn-reset', this.onTargetReset);
    this.target = null;
  }

  /** Reads the linked exercise's numbers (from the event, else its properties) and checks the goal. */
  private updateGoal(detail: NnEpochDetail | null): void {
    const t = this.target;
    const read = (name: GoalCondition['variable']): number | null => {
      const v = name === 'train-loss' ? (detail?.trainLoss ?? t?.trainLoss) : name === 'test-loss' ? (detail?.testLoss ?? t?.testLoss) : (detail?.epoch ?? t?.epoch);
      return typeof v === 'number' && Number.isFinite(v) ? v : null;
    };
    this.progress = this.conditions.map((condition) => ({ condition, value: read(condition.variable) }));
    const met = this.progress.length > 0 && this.progress.every((p) => p.value !== null && conditionMet(p.condition, p.value));
    if (met && !this.complete) {
      this.complete = true;
      this.announce(this.t.goalMet);
      emit(this, 'nn-task-complete', { score: 1, maxScore: 1, statement: this.statement('completed') });
      this.persist();
    }
  }

  private applySolution(): void {
    const target = this.target;
    if (!target || typeof target.applyConfig !== 'function' || !this.solutionConfig) {
      this.message = this.t.noTarget(this.for);
      return;
    }
    try {
      target.applyConfig(this.solutionConfig);
      this.message = this.t.applied;
      this.announce(this.message);
    } catch (e) {
      this.message = this.t.badSolution((e as Error).message);
      console.warn(`<nn-quiz-task> ${this.message}`);
    }
  }

  // ----- persistence ------------------------------------------------------------------------------

  private validateState(value: unknown): string {
    if (typeof value !== 'object' || value === null) return 'must be an object { answer, checked, complete, solutionShown }';
    const v = value as Partial<QuizState>;
    if (!Array.isArray(v.answer) || !v.answer.every((a) => typeof a === 'string')) return 'answer must be a list of choice ids';
    if (typeof v.checked !== 'boolean' || typeof v.complete !== 'boolean' || typeof v.solutionShown !== 'boolean') return 'checked, complete and solutionShown must be true or false';
    return '';
  }

  private persist(): void {
    if (!this.persistKey) return;
    try {
      localStorage.setItem(STORAGE_PREFIX + this.persistKey, JSON.stringify(this.state));
    } catch {
      // Storage may be missing, full or forbidden: the lesson goes on without it.
    }
  }

  private restore(): void {
    if (!this.persistKey) return;
    let raw: string | null = null;
    try {
      raw = localStorage.getItem(STORAGE_PREFIX + this.persistKey);
    } catch {
      return;
    }
    if (!raw) return;
    try {
      const value = JSON.parse(raw) as QuizState;
      if (this.validateState(value)) throw new Error('unexpected shape');
      this.answer = value.answer.filter((a) => this.choices.some((c) => c.id === a));
      this.checked = value.checked && this.answer.length > 0;
      this.complete = value.complete;
      this.solutionShown = value.solutionShown;
    } catch {
      console.warn(`<nn-quiz-task> persist-key="${this.persistKey}": the saved answers could not be read and were ignored.`);
    }
  }

  // ----- rendering --------------------------------------------------------------------------------

  protected override updated(): void {
    // Manual slot assignment: the author's elements are shown as they are, where they belong,
    // without touching their attributes.
    const root = this.renderRoot as ShadowRoot;
    const assign = (name: string, nodes: Element[]) => {
      const slot = root.querySelector<HTMLSlotElement>(`slot[name="${name}"]`);
      slot?.assign(...nodes);
    };
    assign('rest', this.parts.rest);
    assign('question', this.parts.question ? [this.parts.question] : []);
    this.choices.forEach((c, i) => assign(`choice-${i}`, [c.el]));
    const shownFeedback = this.effectiveMode === 'predict' || this.checked ? this.choices.filter((c) => this.answer.includes(c.id) && c.feedback).map((c) => c.feedback!) : [];
    assign('feedback', shownFeedback);
    assign('explanation', this.parts.explanation ? [this.parts.explanation] : []);
    assign('solution', this.parts.solution ? [this.parts.solution] : []);
  }

  protected override render(): TemplateResult {
    const t = this.t;
    const mode = this.effectiveMode;
    const problems = this.problems.messages;
    const answered = this.answer.length > 0 && (mode !== 'check' || this.checked);
    const correct = this.isCorrect();
    return html`
      ${problems.length ? html`<div class="problems" part="problems" role="alert">${problems.map((m) => html`<p>${m}</p>`)}</div>` : nothing}
      <slot name="rest"></slot>
      ${this.choices.length ? this.renderChoices(mode, correct) : this.parts.question ? html`<div part="question"><slot name="question"></slot></div>` : nothing}
      ${mode === 'goal' ? this.renderGoal() : nothing}
      ${this.message ? html`<p class="message" role="alert">${this.message}</p>` : nothing}
      ${this.parts.explanation && (!this.explanationAfterAnswer || answered) ? html`<div class="disclosure">
        <button type="button" aria-expanded=${this.explanationOpen ? 'true' : 'false'} aria-controls="explanation"
          @click=${() => (this.explanationOpen = !this.explanationOpen)}>${t.explanation}</button>
        <div id="explanation" class="panel" part="explanation" ?hidden=${!this.explanationOpen}><slot name="explanation"></slot></div>
      </div>` : nothing}
      ${this.parts.solution || this.solutionConfig ? html`<div class="disclosure">
        ${this.parts.solution ? html`<button type="button" aria-expanded=${this.solutionOpen ? 'true' : 'false'} aria-controls="solution"
          @click=${() => { this.solutionOpen = !this.solutionOpen; if (this.solutionOpen) this.showSolution(); }}>${t.solution}</button>` : nothing}
        <div id="solution" class="panel" part="solution" ?hidden=${!this.solutionOpen && !!this.parts.solution}>
          <slot name="solution"></slot>
          ${this.solutionConfig && this.for ? html`<div class="actions"><button type="button" @click=${() => this.applySolution()}>${t.applySolution}</button></div>` : nothing}
        </div>
      </div>` : nothing}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    `;
  }

  private renderChoices(mode: 'predict' | 'check' | 'goal', correct: boolean): TemplateResult {
    const t = this.t;
    const type = this.multiple ? 'checkbox' : 'radio';
    const showVerdict = mode === 'check' && this.checked;
    const feedbackClass = showVerdict ? (correct ? 'correct' : 'incorrect') : '';
    return html`<fieldset part="question">
        <legend><slot name="question"></slot></legend>
        <div class="choices">
          ${this.choices.map((c, i) => {
            const chosen = this.answer.includes(c.id);
            const verdict = showVerdict && chosen ? (c.correct ? 'correct' : 'incorrect') : this.solutionShown && mode === 'check' && c.correct ? 'correct' : '';
            return html`<label class="choice ${verdict}" part="choice">
              <input type=${type} name="choice" value=${c.id} .checked=${chosen} ?disabled=${mode === 'check' && this.checked}
                @change=${(e: Event) => this.onChoose(c, (e.target as HTMLInputElement).checked)} />
              <slot name="choice-${i}"></slot>
              ${verdict ? html`<span class="verdict">${verdict === 'correct' ? `✓ ${t.correct}` : `✗ ${t.incorrect}`}</span>` : nothing}
            </label>`;
          })}
        </div>
      </fieldset>
      <div class="feedback ${feedbackClass}" part="feedback" ?hidden=${!this.answer.length || (mode === 'check' && !this.checked)}>${showVerdict ? html`<strong>${correct ? t.correct : t.incorrect}. </strong>` : nothing}<slot name="feedback"></slot></div>
      ${mode === 'check' ? html`<div class="actions">
        ${this.checked ? html`<button type="button" @click=${() => this.retry()}>${t.retry}</button>
          ${!correct ? html`<button type="button" @click=${() => this.showSolution()}>${t.showSolution}</button>` : nothing}
          <span class="score">${t.score(this.score, this.maxScore)}</span>`
          : html`<button type="button" @click=${() => this.check()}>${t.check}</button>`}
      </div>` : nothing}`;
  }

  private renderGoal(): TemplateResult {
    const t = this.t;
    if (!this.conditions.length) return html``;
    return html`<ul class="progress" part="progress" aria-label=${t.goalProgress}>
        ${this.progress.map(({ condition, value }) => html`<li class=${value !== null && conditionMet(condition, value) ? 'met' : ''}>
          ${t.condition(t.variables[condition.variable] ?? condition.variable, value === null ? '–' : condition.variable === 'epoch' ? String(value) : formatNumber(value, 3), t.operators[condition.operator] ?? condition.operator, String(condition.value))}
        </li>`)}
      </ul>
      ${this.complete ? html`<p class="done">${t.goalMet}</p>` : this.for && !this.target ? html`<p class="message">${t.goalWaiting(this.for)}</p>` : nothing}`;
  }
}
