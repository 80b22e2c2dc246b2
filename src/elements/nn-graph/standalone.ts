import type { ReactiveControllerHost } from 'lit';
import type { ProblemLog } from '../shared/attributes/problems.js';
import { parseTextAttr } from '../shared/attributes/parse.js';
import { PersistenceController, fingerprint } from '../shared/controllers/persistence.js';
import { buildGraphNetwork, graphConfigKey, readLimits, type GraphAttributes } from './graph-config.js';
import { GraphModel, type GraphState } from './graph-model.js';

/** A standalone graph as its attributes describe it, and its `persist-key`. */
export interface StandaloneHost extends ReactiveControllerHost, HTMLElement, GraphAttributes {
  persistKey: unknown;
}

/**
 * The graph standing alone (Exercise 1): it owns its model, built from the attributes when
 * they change (not when the learner edits the network), and keeps the learner's network in
 * storage under `persist-key`, scoped by the attributes: a lesson whose graph changed starts
 * afresh. What a host sets through `state` wins over what was stored.
 * @internal
 */
export class StandaloneGraph {
  model: GraphModel | null = null;
  private configKey = '';
  private storageScope = '';
  /** The host or the learner set the network since the page loaded: storage must not undo it. */
  private touched = false;
  private restoring = false;
  private readonly storage: PersistenceController;

  constructor(private host: StandaloneHost, private log: ProblemLog, private restoreState: (state: GraphState) => void) {
    this.storage = new PersistenceController(host, 'nn-graph:', log);
  }

  /** max-layers and max-neurons, read again (and given to the model). */
  limits(): { layers: number; neurons: number } {
    const limits = readLimits(this.log, this.host.maxLayers, this.host.maxNeurons);
    if (this.model) this.model.limits = limits;
    return limits;
  }

  /** Builds the model from the attributes when they changed; true when it did. */
  ensure(): boolean {
    const k = graphConfigKey(this.host);
    if (this.model && k === this.configKey) return false;
    this.configKey = k;
    const limits = this.limits();
    const { net, inputs, random } = buildGraphNetwork(this.host, this.log, limits);
    if (this.model) this.model.replace(net, inputs, random);
    else this.model = new GraphModel(net, inputs, random);
    this.model.limits = limits;
    return true;
  }

  /** Restores a snapshot (`state`); a bad one throws a clear error and changes nothing. It then stands for the current attributes. */
  restore(value: unknown, into: GraphModel): void {
    const { net, inputs } = GraphModel.read(value, this.limits());
    this.configKey = graphConfigKey(this.host);
    if (!this.restoring) this.touched = true;
    into.replace(net, inputs);
  }

  /** Back to the network the attributes describe. */
  rebuild(): void {
    this.configKey = '';
    this.ensure();
    this.storageScope = this.configKey;
  }

  /** Re-keys storage when persist-key or the attributes changed (`force`: at the first update); a new key brings back what it stored. */
  sync(force: boolean): void {
    if (!force && this.storageScope === this.configKey) return;
    this.log.clear(['persist-key']);
    const key = parseTextAttr(this.log, 'persist-key', this.host.persistKey);
    this.storageScope = this.configKey;
    if (!this.storage.setKey(key, fingerprint(this.configKey)) || this.touched) return;
    this.restoring = true;
    this.storage.restore('network', (value) => this.restoreState(value as GraphState));
    this.restoring = false;
  }

  save(): void {
    if (this.model) this.storage.save(this.model.state);
  }
}
