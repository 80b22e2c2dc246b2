/**
 * The goal language of <nn-quiz-task>: conditions on a playground's numbers joined by &&, e.g.
 * `train-loss < 0.2 && test-loss < 0.2`. Parsed here, token by token; never evaluated as
 * JavaScript, so an author's (or an attacker's) text cannot run.
 */
export type GoalVariable = 'train-loss' | 'test-loss' | 'epoch' | 'loss' | 'train-accuracy' | 'test-accuracy';
export type GoalOperator = '<' | '<=' | '>' | '>=';

export interface GoalCondition {
  variable: GoalVariable;
  operator: GoalOperator;
  value: number;
}

/**
 * train-loss, test-loss, epoch, train-accuracy and test-accuracy (0 to 1) of a playground;
 * loss, the current loss ½(y − t)² of a graph with a `target`.
 */
export const GOAL_VARIABLES: readonly GoalVariable[] = ['train-loss', 'test-loss', 'epoch', 'loss', 'train-accuracy', 'test-accuracy'];

export class GoalSyntaxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GoalSyntaxError';
  }
}

type Token = { kind: 'name' | 'op' | 'number' | 'and'; text: string; at: number };

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  const re = /\s*(?:(&&)|(<=|>=|<|>)|(-?\d+(?:\.\d+)?(?:e[-+]?\d+)?|-?\.\d+)|([a-z][a-z-]*))/giy;
  let pos = 0;
  while (pos < source.length) {
    if (/^\s*$/.test(source.slice(pos))) break;
    re.lastIndex = pos;
    const m = re.exec(source);
    if (!m) throw new GoalSyntaxError(`unexpected “${source.slice(pos).trim().charAt(0)}” at character ${pos + 1 + (source.slice(pos).length - source.slice(pos).trimStart().length)}`);
    const at = m.index + m[0].length - m[0].trimStart().length + 1;
    if (m[1]) tokens.push({ kind: 'and', text: '&&', at });
    else if (m[2]) tokens.push({ kind: 'op', text: m[2], at });
    else if (m[3]) tokens.push({ kind: 'number', text: m[3], at });
    else tokens.push({ kind: 'name', text: m[4].toLowerCase(), at });
    pos = re.lastIndex;
  }
  return tokens;
}

/** Longest goal text and most conditions read: a goal is a short sentence, not a program. */
export const GOAL_MAX_LENGTH = 500;
export const GOAL_MAX_CONDITIONS = 12;

/** Parses a goal; throws a GoalSyntaxError that says what is wrong and where. */
export function parseGoal(source: string): GoalCondition[] {
  if (source.length > GOAL_MAX_LENGTH) throw new GoalSyntaxError(`the goal is ${source.length} characters long; at most ${GOAL_MAX_LENGTH} are read`);
  const tokens = tokenize(source);
  if (!tokens.length) throw new GoalSyntaxError('the goal is empty');
  const conditions: GoalCondition[] = [];
  let i = 0;
  const expect = (kind: Token['kind'], what: string): Token => {
    const t = tokens[i];
    if (!t) throw new GoalSyntaxError(`expected ${what} at the end`);
    if (t.kind !== kind) throw new GoalSyntaxError(`expected ${what} at character ${t.at}, found “${t.text}”`);
    i++;
    return t;
  };
  for (;;) {
    const name = expect('name', `a name (${GOAL_VARIABLES.join(', ')})`);
    if (!(GOAL_VARIABLES as readonly string[]).includes(name.text)) throw new GoalSyntaxError(`unknown name “${name.text}” at character ${name.at}; use ${GOAL_VARIABLES.join(', ')}`);
    const op = expect('op', 'a comparison (<, <=, >, >=)');
    const num = expect('number', 'a number');
    if (!Number.isFinite(Number(num.text))) throw new GoalSyntaxError(`the number “${num.text}” at character ${num.at} is too large`);
    if (conditions.length >= GOAL_MAX_CONDITIONS) throw new GoalSyntaxError(`a goal may have at most ${GOAL_MAX_CONDITIONS} conditions`);
    conditions.push({ variable: name.text as GoalVariable, operator: op.text as GoalOperator, value: Number(num.text) });
    if (i === tokens.length) return conditions;
    expect('and', '&&');
  }
}

export function conditionMet(c: GoalCondition, value: number): boolean {
  switch (c.operator) {
    case '<': return value < c.value;
    case '<=': return value <= c.value;
    case '>': return value > c.value;
    case '>=': return value >= c.value;
  }
}
