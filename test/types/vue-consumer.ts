// A Vue 3 app's view of the package, checked by tsc: the tags are global components whose
// props are our attributes and properties, and whose `@nn-…` listeners are typed.
import type {} from 'nn-elements/vue';
import type { GlobalComponents } from 'vue';

type PlaygroundProps = InstanceType<GlobalComponents['nn-playground']>['$props'];

export const props: PlaygroundProps = {
  'dataset-name': 'spiral',
  seed: 7,
  onNnEpoch: (e) => console.log(e.detail.trainLoss.toFixed(3)),
};

export const wrong: PlaygroundProps = {
  // @ts-expect-error: the epoch event has no such detail
  onNnEpoch: (e) => e.detail.accuracy,
};
