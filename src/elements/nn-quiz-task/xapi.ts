import type { XapiStatement } from '../../events.js';

const VERB_ANSWERED = 'http://adlnet.gov/expapi/verbs/answered';
const VERB_COMPLETED = 'http://adlnet.gov/expapi/verbs/completed';

export interface StatementInput {
  verb: 'answered' | 'completed';
  /** The activity's id within the page (the task's id, or a stable fingerprint). */
  activity: string;
  mode: 'predict' | 'check' | 'goal';
  question: string;
  goal: string;
  choices: { id: string; text: string; correct: boolean }[];
  answer: string[];
  success: boolean;
  score: number;
  maxScore: number;
  /** The language of the author's text (the page's `lang`), the key of its language maps. */
  language: string;
  /** The verb's name, by language. */
  verbDisplay: Record<string, string>;
}

/** An xAPI-shaped statement for a task, for an LMS to forward without mapping. Pure. */
export function buildStatement(s: StatementInput, pageUrl: string): XapiStatement {
  const definition: XapiStatement['object']['definition'] = {
    name: { [s.language]: s.question },
    type: 'http://adlnet.gov/expapi/activities/cmi.interaction',
    interactionType: s.mode === 'goal' ? 'other' : 'choice',
  };
  if (s.mode !== 'goal') definition.choices = s.choices.map((c) => ({ id: c.id, description: { [s.language]: c.text } }));
  if (s.mode === 'check') definition.correctResponsesPattern = [s.choices.filter((c) => c.correct).map((c) => c.id).join('[,]')];
  if (s.mode === 'goal') definition.description = { [s.language]: s.goal };
  const result: NonNullable<XapiStatement['result']> = {};
  if (s.mode !== 'goal') result.response = s.answer.join('[,]');
  if (s.mode === 'check') result.success = s.success;
  if (s.verb === 'completed') result.completion = true;
  if (s.maxScore > 0) result.score = { raw: s.score, min: 0, max: s.maxScore, scaled: s.score / s.maxScore };
  return {
    verb: { id: s.verb === 'answered' ? VERB_ANSWERED : VERB_COMPLETED, display: { 'en-US': s.verb, ...s.verbDisplay } },
    object: { id: `${pageUrl}#${encodeURIComponent(s.activity)}`, objectType: 'Activity', definition },
    result,
    timestamp: new Date().toISOString(),
  };
}
