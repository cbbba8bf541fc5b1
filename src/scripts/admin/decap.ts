// Runs in the browser on /admin/ only. The globals Decap CMS's script defines, typed as far as the
// editor uses them. @see https://decapcms.org/docs/custom-widgets/
import type { DecapConfig } from '../../lib/cms/decap-config.ts';

/** The parts of Immutable.js maps Decap hands to widgets. */
export interface ImmutableMap {
  get(key: string, fallback?: unknown): unknown;
  getIn(path: readonly string[]): unknown;
  set(key: string, value: unknown): ImmutableMap;
}

/** An entry as a query returns it. */
export interface QueryHit {
  slug: string;
  path: string;
  data: Record<string, unknown>;
}

/** The props Decap gives a widget's control. */
export interface ControlProps {
  forID: string;
  value: unknown;
  onChange(value: unknown): void;
  field: ImmutableMap;
  /** The entry as it was when the form opened; Decap keeps it for compatibility only. */
  entry: ImmutableMap;
  /** The entry as it is now, every field's current value included. */
  getEntry(): ImmutableMap;
  collection: ImmutableMap;
  classNameWrapper: string;
  setActiveStyle(): void;
  setInactiveStyle(): void;
  query(forID: string, collection: string, searchFields: string[], term: string, file?: string, limit?: number): Promise<{ payload: { hits: QueryHit[] } }>;
}

/** What a widget's control answers when Decap validates the form. */
export type Validity = true | { error: { type: string; message: string } };

/** A React element; Decap's script brings React and exposes `h` and `createClass`. */
export type Element = unknown;

/** One control, written as a React class component through `createClass`. */
export interface ControlSpec<State> {
  getInitialState?(this: Control<State>): State;
  componentDidMount?(this: Control<State>): void;
  componentDidUpdate?(this: Control<State>): void;
  isValid?(this: Control<State>): Validity;
  getValidateValue?(this: Control<State>): unknown;
  render(this: Control<State>): Element;
  [method: string]: unknown;
}

/** A mounted control: its props and state, as React gives them. */
export interface Control<State> {
  props: ControlProps;
  state: State;
  setState(state: Partial<State>): void;
  [method: string]: unknown;
}

/** The file format hooks of `CMS.registerCustomFormat`. */
export interface Formatter {
  fromFile(text: string): Record<string, unknown>;
  toFile(data: Record<string, unknown>): string;
}

interface DecapGlobal {
  init(options: { config: DecapConfig }): void;
  registerEventListener(listener: { name: 'preSave'; handler(event: { entry: ImmutableMap }): unknown }): void;
  registerWidget(name: string, control: unknown, preview?: unknown): void;
  /** A registered widget, Decap's own included: its control and preview components. */
  getWidget(name: string): unknown;
  registerCustomFormat(name: string, extension: string, formatter: Formatter): void;
  registerEditorComponent(component: unknown): void;
}

declare global {
  interface Window {
    CMS: DecapGlobal;
    CMS_MANUAL_INIT?: boolean;
    /** React's createElement: an element's tag name, or a component (another widget's control). */
    h(type: unknown, props?: Record<string, unknown> | null, ...children: unknown[]): Element;
    createClass<State>(spec: ControlSpec<State>): unknown;
  }
}

/** A validation error Decap shows under the field. */
export function invalid(message: string): Validity {
  return { error: { type: 'CUSTOM', message } };
}

/** Where a saved file is, inside the collection's folder: `huangzhou-office/01-jian-tixi`. */
export function savedSlug(props: ControlProps): string | undefined {
  if (props.entry.get('newRecord')) return undefined;
  const slug = props.entry.get('slug');
  return typeof slug === 'string' && slug !== '' ? slug : undefined;
}

let asked = 0;

/**
 * Every entry of a collection, as it is now. Decap answers a repeated query from memory for ten
 * seconds; a dossier created a moment ago must be offered, so each call is a query of its own (the
 * limit, far above any real count, only tells them apart).
 */
export async function allEntries(props: ControlProps, collection: string): Promise<QueryHit[]> {
  const result = await props.query(props.forID, collection, ['title'], '', undefined, 1_000_000_000 + ++asked);
  return result.payload.hits;
}
