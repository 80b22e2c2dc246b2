// A React 19 app's view of the package, checked by tsc (npm run typecheck): the tags are
// JSX intrinsic elements with typed attributes, properties and events.
import type {} from 'nn-elements/react';
import 'nn-elements';

export function Lesson() {
  return (
    <>
      <nn-playground id="ex2" dataset-name="spiral" learning-rate={0.03} seed={7} layers={[4, 2]} strings={{ play: 'Start' }}
        onnn-epoch={(e) => console.log(e.detail.epoch, e.detail.trainLoss.toFixed(3))} />
      <nn-quiz-task for="ex2" goal="train-loss < 0.2 && test-loss < 0.2" onnn-task-complete={(e) => console.log(e.detail.statement.verb.id)} />
      <nn-graph inputs="0,0,0" layers="4" activation="relu" decimals={2} onnn-forward={(e) => console.log(e.detail)} />
      <nn-dataset-plot dataset-name="xor" show-test-data />
    </>
  );
}

export function Mistakes() {
  return (
    <>
      {/* @ts-expect-error: the epoch event has no such detail */}
      <nn-playground onnn-epoch={(e) => e.detail.accuracy} />
      {/* @ts-expect-error: not a property of the playground (names with a dash are not checked by TSX) */}
      <nn-playground sed={7} />
      {/* @ts-expect-error: seed is a string or a number */}
      <nn-playground seed={[7]} />
    </>
  );
}
