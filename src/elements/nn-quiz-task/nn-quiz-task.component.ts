import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { emit, type NnEpochDetail, type XapiStatement } from '../../events.js';
import { LightDomController } from '../shared/controllers/light-dom.js';
import { PersistenceController, fingerprint } from '../shared/controllers/persistence.js';
import { NnElement } from '../shared/nn-element.js';
import { asText, parseEnumAttr, parseTextAttr } from '../shared/attributes/parse.js';
import { themeStyles } from '../shared/styles.js';
import type { GoalCondition } from './goal.js';
import { choicesView, goalView, type TaskView } from './task.view.js';
import { GoalLink, type GoalTarget } from './goal-link.js';
import { MODES, effectiveMode, goalProgress, isCorrect, maxScoreOf, nextAnswer, readGoal, readSolution, restoredState, scoreOf, stateProblem, type Mode, type QuizState } from './quiz-model.js';
import { CONTENT_ATTRIBUTES, assignContent, sortContent, textOf, type Choice, type TaskParts } from './task-content.js';
import { quizStyles } from './nn-quiz-task.styles.js';
import { QUIZ_STRINGS } from './strings.js';
import { buildStatement } from './xapi.js';

export type { QuizState } from './quiz-model.js';



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
    mode: {}, for: { attribute: 'for' }, goal: {}, solution: {}, persistKey: { attribute: 'persist-key' },
    explanationAfterAnswer: { type: Boolean, attribute: 'explanation-after-answer' }, stopAtGoal: { type: Boolean, attribute: 'stop-at-goal' },
    complete: { type: Boolean, reflect: true },
    // Reactive state, not attributes:
    answer: { state: true }, checked: { state: true }, solutionShown: { state: true },
    explanationOpen: { state: true }, solutionOpen: { state: true }, message: { state: true }, solutionMessage: { state: true },
    progress: { state: true }, reachedEpoch: { state: true }, choices: { state: true },
  };
  protected static override upgradeProperties = ['state'];

  /** predict (choices with feedback, none judged), check (choices marked `data-correct`), or goal (`for` + `goal`). Inferred when absent. */
  mode: string | null = '';
  /** Id of the exercise a goal or solution refers to. */
  for: string | null = '';
  /** A goal on the linked exercise: conditions on a playground's train-loss, test-loss, train-accuracy, test-accuracy, epoch, or a graph's loss (with `target`), with <, <=, >, >= joined by &&. */
  goal: string | null = '';
  /** Settings that "Apply this solution" gives the linked playground, as JSON: `{"layers":[3],"learning-rate":0.01,"activation":"relu"}`. */
  solution: string | Record<string, unknown> | null = '';
  /** Keeps the learner's answers and completion across reloads (localStorage) under this key. */
  persistKey: string | null = '';
  /** Offers the explanation only once the learner has answered. */
  explanationAfterAnswer = false;
  /** Goal mode: pauses the linked playground's training in the frame where the goal is met. */
  stopAtGoal = false;
  /** Reflects whether the task is complete, for styling. */
  complete = false;
  private answer: string[] = [];
  private checked = false;
  private solutionShown = false;
  private explanationOpen = false;
  private solutionOpen = false;
  private message = '';
  /** What "Apply this solution" did, said beside that button. */
  private solutionMessage = '';
  private progress: { condition: GoalCondition; value: number | null }[] = [];
  /** Goal mode: the epoch at which the goal was first reached; stays after a Reset, as completion does. */
  private reachedEpoch: number | null = null;
  private choices: Choice[] = [];

  protected readonly defaultStrings = QUIZ_STRINGS;
  private modeValue: Mode | null = null;
  private goalText = '';
  private conditions: GoalCondition[] = [];
  private solutionConfig: Record<string, unknown> | null = null;
  private readonly link = new GoalLink(this, this.problems, (detail) => {
    // "Press Play to train" and the like are answered once training runs.
    if (detail) this.message = this.solutionMessage = '';
    this.updateGoal(detail);
    this.requestUpdate();
  });
  private storage = new PersistenceController(this, 'nn-quiz-task:', this.problems);
  /** The learner (or host) changed the answer since the last restore: a later restore must not undo it. */
  private touched = false;
  private parts: TaskParts = { question: null, explanation: null, solution: null, rest: [] };

  constructor() {
    super();
    // The author's children, read on connect and again whenever a CMS adds or edits them.
    new LightDomController(this, () => this.scan(), { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: CONTENT_ATTRIBUTES });
  }

  private get target(): GoalTarget | null { return this.link.target; }

  /** The mode in use: the attribute, or inferred from the content. */
  get effectiveMode(): Mode {
    return effectiveMode(this.modeValue, this.conditions.length > 0 || !!this.goalText, this.choices);
  }

  /** Points earned: 1 for a correct check or a reached goal. */
  get score(): number { return scoreOf(this.effectiveMode, this.checked, this.isCorrect(), this.complete); }

  /** Points available: 0 for a prediction, which is never judged. */
  get maxScore(): number { return maxScoreOf(this.effectiveMode); }

  /** Answers, check and completion; setting it resumes (a bad state throws a clear error). */
  get state(): QuizState {
    return { answer: [...this.answer], checked: this.checked, complete: this.complete, solutionShown: this.solutionShown, ...(this.reachedEpoch === null ? {} : { reachedEpoch: this.reachedEpoch }) };
  }

  set state(value: QuizState) {
    const problem = stateProblem(value);
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
    this.speak('');
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


  /** Sorts the author's children into question, choices, feedback, explanation, solution and the rest. */
  private scan(): void {
    const { parts, choices } = sortContent([...this.children]);
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
    return textOf(c.el);
  }

  private questionText(): string {
    return this.parts.question ? textOf(this.parts.question) : this.goalText.replace(/\s+/g, ' ').trim();
  }

  private isCorrect(): boolean {
    return isCorrect(this.choices, this.answer);
  }

  private get multiple(): boolean {
    return this.effectiveMode === 'check' && this.choices.filter((c) => c.correct).length > 1;
  }


  private onChoose(c: Choice, checked: boolean): void {
    if (this.effectiveMode === 'check' && this.checked) return;
    this.touched = true;
    this.answer = nextAnswer(this.answer, c.id, checked, this.multiple);
    this.message = '';
    if (this.effectiveMode === 'predict') {
      const feedback = c.feedback ? textOf(c.feedback) : this.t.youChose({ choice: this.choiceText(c) });
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
    const feedback = chosen.map((c) => textOf(c.feedback)).filter(Boolean).join(' ');
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
      const { conditions, error } = readGoal(this.goalText);
      this.conditions = conditions;
      if (error) this.problems.add({ attribute: 'goal', value: this.goalText, allowed: error, fallback: 'no goal' });
    }
    if (changed.has('solution')) this.readSolution();
    if (!this.hasUpdated || changed.has('persistKey') || changed.has('mode') || changed.has('goal')) this.updateStorageKey();
    // After the key and its restore (linking reads the goal too): a goal met before the first
    // render (the exercise trained meanwhile) is stored, and a restored one is not met again.
    if (changed.has('for')) this.link.id = parseTextAttr(this.problems, 'for', this.for);
    if (changed.has('goal')) this.updateGoal(null);
  }

  private readSolution(): void {
    this.problems.clear(['solution']);
    const { config, error } = readSolution(this.solution);
    this.solutionConfig = config;
    if (error) this.problems.add({ attribute: 'solution', value: asText(this.solution) ?? '', allowed: error, fallback: 'no "Apply this solution" button' });
  }

  /** Reads the linked exercise's numbers (from the event, else its properties) and checks the goal. */
  private updateGoal(detail: NnEpochDetail | null): void {
    const { progress, met } = goalProgress(this.conditions, (name) => this.link.read(name, detail));
    this.progress = progress;
    if (met && !this.complete) {
      this.complete = true;
      if (this.stopAtGoal) this.target?.pause?.();
      const epoch = this.link.read('epoch', detail);
      this.reachedEpoch = epoch !== null && Number.isInteger(epoch) ? epoch : null;
      this.announce(this.reachedEpoch === null ? this.t.goalMet : this.t.goalReachedAt({ epoch: this.reachedEpoch }));
      emit(this, 'nn-task-complete', { score: 1, maxScore: 1, statement: this.statement('completed') });
      this.persist();
    }
  }

  private applySolution(): void {
    const target = this.target;
    if (!target || typeof target.applyConfig !== 'function' || !this.solutionConfig) {
      this.solutionMessage = this.t.noTarget({ id: this.link.id });
      return;
    }
    try {
      target.applyConfig(this.solutionConfig);
      this.solutionMessage = this.t.applied;
      this.announce(this.solutionMessage);
    } catch (e) {
      this.solutionMessage = this.t.badSolution({ reason: (e as Error).message });
      console.warn(`<nn-quiz-task> ${this.solutionMessage}`);
    }
  }


  private persist(): void {
    this.storage.save(this.state);
  }

  /** Restores what was stored under the current key; answers to choices not (yet) present wait for them. */
  private restore(): void {
    if (this.touched) return;
    this.storage.restore('answers', (value) => {
      if (stateProblem(value)) throw new TypeError('not a quiz state');
      const v = restoredState(value as QuizState, this.choices.map((c) => c.id));
      this.answer = v.answer;
      this.checked = v.checked;
      this.complete = v.complete;
      this.solutionShown = v.solutionShown;
      this.reachedEpoch = v.reachedEpoch ?? null;
    });
  }


  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const shownFeedback = this.effectiveMode === 'predict' || this.checked ? this.choices.filter((c) => this.answer.includes(c.id) && c.feedback).map((c) => c.feedback!) : [];
    assignContent(this.renderRoot as ShadowRoot, this.parts, this.choices, shownFeedback);
  }

  private readonly viewInput: Pick<TaskView, 'num' | 'onChoose' | 'onCheck' | 'onRetry' | 'onShowSolution'> = {
    num: (v, d) => this.num(v, d),
    onChoose: (c, on) => this.onChoose(c, on),
    onCheck: () => this.check(),
    onRetry: () => this.retry(),
    onShowSolution: () => this.showSolution(),
  };

  protected override render(): TemplateResult {
    const t = this.t;
    const mode = this.effectiveMode;
    const answered = this.answer.length > 0 && (mode !== 'check' || this.checked);
    const correct = this.isCorrect();
    const view: TaskView = {
      ...this.viewInput, t, mode, choices: this.choices, answer: this.answer, multiple: this.multiple, checked: this.checked, correct, solutionShown: this.solutionShown,
      score: this.score, maxScore: this.maxScore, progress: this.conditions.length ? this.progress : [], complete: this.complete, reachedEpoch: this.reachedEpoch, linkId: this.link.id, linked: !!this.target,
    };
    return html`
      ${this.renderProblems()}
      <slot name="rest"></slot>
      ${this.choices.length ? choicesView(view) : this.parts.question ? html`<div part="question"><slot name="question"></slot></div>` : nothing}
      ${mode === 'goal' ? goalView(view) : nothing}
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
          ${this.solutionConfig && this.link.id ? html`<div class="actions"><button type="button" @click=${() => this.applySolution()}>${t.applySolution}</button>${this.solutionMessage ? html`<p class="message" role="alert">${this.solutionMessage}</p>` : nothing}</div>` : nothing}
        </div>
      </div>` : nothing}
      ${this.renderLiveRegion()}
    `;
  }
}
