import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { emit, type NnEpochDetail, type XapiStatement } from '../../events.js';
import { LinkController } from '../shared/controllers/link.js';
import { PersistenceController, fingerprint } from '../shared/controllers/persistence.js';
import { NnElement } from '../shared/nn-element.js';
import { asText, parseEnumAttr, parseTextAttr } from '../shared/attributes/parse.js';
import { themeStyles } from '../shared/styles.js';
import { conditionMet, parseGoal, type GoalCondition } from './goal.js';
import { quizStyles } from './nn-quiz-task.styles.js';
import { QUIZ_STRINGS } from './strings.js';
import { buildStatement } from './xapi.js';

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

const MODES = ['predict', 'check', 'goal'] as const;
type Mode = (typeof MODES)[number];

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
 * @cssproperty --nn-correct - Colour of correct marks (default #137333; #81c995 in the dark theme).
 * @cssproperty --nn-incorrect - Colour of incorrect marks (default #b3261e; #f2b8b5 in the dark theme).
 * @cssproperty --nn-border - Border colour.
 * @cssproperty --nn-surface - Background of the panel.
 */
export class NnQuizTask extends NnElement<typeof QUIZ_STRINGS> {
  protected static override localeSection = 'nn-quiz-task' as const;
  static override shadowRootOptions: ShadowRootInit = { ...NnElement.shadowRootOptions, slotAssignment: 'manual' };
  static override styles = [themeStyles, quizStyles];
  static override properties: PropertyDeclarations = {
    mode: {},
    for: { attribute: 'for' },
    goal: {},
    solution: {},
    persistKey: { attribute: 'persist-key' },
    explanationAfterAnswer: { type: Boolean, attribute: 'explanation-after-answer' },
    complete: { type: Boolean, reflect: true },
    answer: { state: true },
    checked: { state: true },
    solutionShown: { state: true },
    explanationOpen: { state: true },
    solutionOpen: { state: true },
    message: { state: true },
    progress: { state: true },
    reachedEpoch: { state: true },
    choices: { state: true },
  };
  protected static override upgradeProperties = ['state'];

  /** predict (choices with feedback, none judged), check (choices marked `data-correct`), or goal (`for` + `goal`). Inferred when absent. */
  mode: string | null = '';
  /** Id of the exercise a goal or solution refers to. */
  for: string | null = '';
  /** A goal on the linked playground: conditions on train-loss, test-loss, epoch with <, <=, >, >= joined by &&. */
  goal: string | null = '';
  /** Settings that "Apply this solution" gives the linked playground, as JSON: `{"layers":[3],"learning-rate":0.01,"activation":"relu"}`. */
  solution: string | Record<string, unknown> | null = '';
  /** Keeps the learner's answers and completion across reloads (localStorage) under this key. */
  persistKey: string | null = '';
  /** Offers the explanation only once the learner has answered. */
  explanationAfterAnswer = false;
  /** Reflects whether the task is complete, for styling. */
  complete = false;
  private answer: string[] = [];
  private checked = false;
  private solutionShown = false;
  private explanationOpen = false;
  private solutionOpen = false;
  private message = '';
  private progress: { condition: GoalCondition; value: number | null }[] = [];
  /** Goal mode: the epoch at which the goal was first reached; stays after a Reset, as completion does. */
  private reachedEpoch: number | null = null;
  private choices: Choice[] = [];

  protected readonly defaultStrings = QUIZ_STRINGS;
  private modeValue: Mode | null = null;
  private goalText = '';
  private conditions: GoalCondition[] = [];
  private solutionConfig: Record<string, unknown> | null = null;
  private link = new LinkController<GoalTarget>(this, { accepts: ['nn-playground', 'nn-graph'], log: this.problems, onChange: (el, prev) => this.onTarget(el, prev) });
  private storage = new PersistenceController(this, 'nn-quiz-task:');
  private observer: MutationObserver | null = null;
  /** The learner (or host) changed the answer since the last restore: a later restore must not undo it. */
  private touched = false;
  private parts: { question: Element | null; explanation: Element | null; solution: Element | null; rest: Element[] } = { question: null, explanation: null, solution: null, rest: [] };

  private get target(): GoalTarget | null {
    return this.link.target;
  }

  /** The mode in use: the attribute, or inferred from the content. */
  get effectiveMode(): Mode {
    if (this.modeValue) return this.modeValue;
    if (this.conditions.length || this.goalText) return 'goal';
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
    return { answer: [...this.answer], checked: this.checked, complete: this.complete, solutionShown: this.solutionShown, ...(this.reachedEpoch === null ? {} : { reachedEpoch: this.reachedEpoch }) };
  }

  set state(value: QuizState) {
    const problem = this.validateState(value);
    if (problem) throw new TypeError(`nn-quiz-task state: ${problem}`);
    this.answer = [...value.answer];
    this.checked = value.checked;
    this.complete = value.complete;
    this.solutionShown = value.solutionShown;
    this.reachedEpoch = value.reachedEpoch ?? null;
    this.touched = true;
    this.persist();
  }

  /** Clears the answer and the completion (and what was stored). */
  reset(): void {
    this.answer = [];
    this.checked = false;
    this.complete = false;
    this.reachedEpoch = null;
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
      this.announce(this.t.correctAnswerIs({ list }));
    }
    this.persist();
  }

  // ----- content --------------------------------------------------------------------------------

  protected override onConnect(): void {
    this.scan();
    this.observer = new MutationObserver(() => this.scan());
    this.observer.observe(this, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['data-choice', 'data-correct', 'data-feedback', 'data-question', 'data-explanation', 'data-solution'] });
  }

  protected override onDisconnect(): void {
    this.observer?.disconnect();
    this.observer = null;
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
    // The content decides the storage scope: children added later re-key and restore
    // (before the first update, willUpdate does it once every attribute is read).
    if (this.hasUpdated) this.updateStorageKey();
  }

  /** What this task asks, for a storage scope and an activity id that differ between tasks and stay across reloads. */
  private taskFingerprint(): string {
    return fingerprint([this.effectiveMode, this.questionText(), this.goalText, ...this.choices.map((c) => `${c.id}:${this.choiceText(c)}`)].join('\n'));
  }

  private updateStorageKey(): void {
    const key = parseTextAttr(this.problems, 'persist-key', this.persistKey);
    if (this.storage.setKey(key, this.taskFingerprint())) this.restore();
  }

  private choiceText(c: Choice): string {
    return (c.el.textContent ?? '').replace(/\s+/g, ' ').trim();
  }

  private questionText(): string {
    return (this.parts.question?.textContent ?? this.goalText).replace(/\s+/g, ' ').trim();
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
    this.touched = true;
    this.answer = this.multiple ? (checked ? [...this.answer, c.id] : this.answer.filter((a) => a !== c.id)) : [c.id];
    this.message = '';
    if (this.effectiveMode === 'predict') {
      const feedback = c.feedback ? (c.feedback.textContent ?? '').replace(/\s+/g, ' ').trim() : this.t.youChose({ choice: this.choiceText(c) });
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
    this.announce(`${correct ? this.t.correct : this.t.incorrect}. ${feedback} ${this.t.score({ score: this.score, max: this.maxScore })}.`);
    emit(this, 'nn-answer', { choice: this.answer.join(','), choices: [...this.answer], correct, statement: this.statement('answered') });
    if (correct && !this.complete) {
      this.complete = true;
      emit(this, 'nn-task-complete', { score: 1, maxScore: 1, statement: this.statement('completed') });
    }
    this.persist();
  }

  private retry(): void {
    this.touched = true;
    this.answer = [];
    this.checked = false;
    this.solutionShown = false;
    this.message = '';
    this.announce('');
    this.persist();
  }

  /** An xAPI-shaped statement for this task, for an LMS to forward without mapping. */
  private statement(verb: 'answered' | 'completed'): XapiStatement {
    const page = typeof location !== 'undefined' ? location.href.split('#')[0] : 'urn:nn-elements';
    return buildStatement({
      verb,
      // Without an id, a fingerprint of the task: two different questions never merge in the LRS.
      activity: this.id || `nn-quiz-task-${this.taskFingerprint()}`,
      mode: this.effectiveMode,
      question: this.questionText() || this.t.question,
      goal: this.goalText,
      choices: this.choices.map((c) => ({ id: c.id, text: this.choiceText(c), correct: c.correct })),
      answer: this.answer,
      success: this.isCorrect(),
      score: this.score,
      maxScore: this.maxScore,
      language: this.contentLanguage,
      verbDisplay: { [this.locale === 'en' ? 'en-US' : this.locale]: verb === 'answered' ? this.t.verbAnswered : this.t.verbCompleted },
    }, page);
  }

  // ----- goal and solution ------------------------------------------------------------------------

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('mode')) {
      this.problems.clear(['mode']);
      const text = asText(this.mode);
      this.modeValue = text && text.trim() ? parseEnumAttr<Mode | ''>(this.problems, 'mode', text, MODES, '') || null : null;
    }
    if (changed.has('goal')) {
      this.problems.clear(['goal']);
      this.goalText = parseTextAttr(this.problems, 'goal', this.goal);
      this.conditions = [];
      if (this.goalText) {
        try {
          this.conditions = parseGoal(this.goalText);
        } catch (e) {
          this.problems.add({ attribute: 'goal', value: this.goalText, allowed: (e as Error).message, fallback: 'no goal' });
        }
      }
      this.updateGoal(null);
    }
    if (changed.has('solution')) this.readSolution();
    if (changed.has('for')) this.link.id = parseTextAttr(this.problems, 'for', this.for);
    if (!this.hasUpdated || changed.has('persistKey') || changed.has('mode') || changed.has('goal')) this.updateStorageKey();
  }

  private readSolution(): void {
    this.problems.clear(['solution']);
    this.solutionConfig = null;
    const raw = this.solution;
    if (raw === null || raw === undefined || raw === '') return;
    try {
      const parsed: unknown = typeof raw === 'string' ? (raw.trim() ? JSON.parse(raw) : null) : raw;
      if (parsed === null) return;
      if (typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('must be a JSON object of settings');
      this.solutionConfig = parsed as Record<string, unknown>;
    } catch (e) {
      this.problems.add({ attribute: 'solution', value: asText(raw) ?? '', allowed: `is not usable JSON (${(e as Error).message})`, fallback: 'no "Apply this solution" button' });
    }
  }

  private onEpochListener = (e: Event) => {
    // "Press Play to train" and the like are answered once training runs.
    this.message = '';
    this.updateGoal((e as CustomEvent<NnEpochDetail>).detail);
  };
  private onResetListener = () => this.updateGoal(null);

  private onTarget(el: GoalTarget | null, previous: GoalTarget | null): void {
    previous?.removeEventListener('nn-epoch', this.onEpochListener);
    previous?.removeEventListener('nn-reset', this.onResetListener);
    if (el) {
      el.addEventListener('nn-epoch', this.onEpochListener);
      el.addEventListener('nn-reset', this.onResetListener);
    }
    this.updateGoal(null);
    this.requestUpdate();
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
      const epoch = detail?.epoch ?? t?.epoch;
      this.reachedEpoch = typeof epoch === 'number' && Number.isInteger(epoch) ? epoch : null;
      this.announce(this.reachedEpoch === null ? this.t.goalMet : this.t.goalReachedAt({ epoch: this.reachedEpoch }));
      emit(this, 'nn-task-complete', { score: 1, maxScore: 1, statement: this.statement('completed') });
      this.persist();
    }
  }

  private applySolution(): void {
    const target = this.target;
    if (!target || typeof target.applyConfig !== 'function' || !this.solutionConfig) {
      this.message = this.t.noTarget({ id: this.link.id });
      return;
    }
    try {
      target.applyConfig(this.solutionConfig);
      this.message = this.t.applied;
      this.announce(this.message);
    } catch (e) {
      this.message = this.t.badSolution({ reason: (e as Error).message });
      console.warn(`<nn-quiz-task> ${this.message}`);
    }
  }

  // ----- persistence ------------------------------------------------------------------------------

  private validateState(value: unknown): string {
    if (typeof value !== 'object' || value === null) return 'must be an object { answer, checked, complete, solutionShown }';
    const v = value as Partial<QuizState>;
    if (!Array.isArray(v.answer) || !v.answer.every((a) => typeof a === 'string')) return 'answer must be a list of choice ids';
    if (typeof v.checked !== 'boolean' || typeof v.complete !== 'boolean' || typeof v.solutionShown !== 'boolean') return 'checked, complete and solutionShown must be true or false';
    if (v.reachedEpoch !== undefined && !(Number.isInteger(v.reachedEpoch) && v.reachedEpoch >= 0)) return 'reachedEpoch must be a whole number ≥ 0';
    return '';
  }

  private persist(): void {
    this.storage.save(this.state);
  }

  /** Restores what was stored under the current key; answers to choices not (yet) present wait for them. */
  private restore(): void {
    const value = this.storage.load();
    if (value === null || this.touched) return;
    if (value === undefined || this.validateState(value)) {
      console.warn(`<nn-quiz-task> persist-key="${asText(this.persistKey)}": the saved answers could not be read and were ignored.`);
      return;
    }
    const v = value as QuizState;
    this.answer = v.answer.filter((a) => this.choices.some((c) => c.id === a));
    this.checked = v.checked && this.answer.length > 0;
    this.complete = v.complete;
    this.solutionShown = v.solutionShown;
    this.reachedEpoch = v.reachedEpoch ?? null;
  }

  // ----- rendering --------------------------------------------------------------------------------

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
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
    const answered = this.answer.length > 0 && (mode !== 'check' || this.checked);
    const correct = this.isCorrect();
    return html`
      ${this.renderProblems()}
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
          ${this.solutionConfig && this.link.id ? html`<div class="actions"><button type="button" @click=${() => this.applySolution()}>${t.applySolution}</button></div>` : nothing}
        </div>
      </div>` : nothing}
      ${this.renderLiveRegion()}
    `;
  }

  private renderChoices(mode: Mode, correct: boolean): TemplateResult {
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
          <span class="score">${t.score({ score: this.score, max: this.maxScore })}</span>`
          : html`<button type="button" @click=${() => this.check()}>${t.check}</button>`}
      </div>` : nothing}`;
  }

  private renderGoal(): TemplateResult {
    const t = this.t;
    if (!this.conditions.length) return html``;
    return html`<ul class="progress" part="progress" aria-label=${t.goalProgress}>
        ${this.progress.map(({ condition, value }) => html`<li class=${value !== null && conditionMet(condition, value) ? 'met' : ''}>
          ${t.condition({ name: t.variables[condition.variable] ?? condition.variable, value: value === null ? '–' : condition.variable === 'epoch' ? String(value) : this.num(value, 3), operator: t.operators[condition.operator] ?? condition.operator, target: this.num(condition.value, -1) })}
        </li>`)}
      </ul>
      ${this.complete ? html`<p class="done">${this.reachedEpoch === null ? t.goalMet : t.goalReachedAt({ epoch: this.reachedEpoch })}</p>` : this.link.id && !this.target ? html`<p class="message">${t.goalWaiting({ id: this.link.id })}</p>` : nothing}`;
  }
}
