import { isValidIsoDate } from '../data/dates';
import { EVENT_KINDS, EVENT_STATUSES, PRECISIONS } from '../data/enums';
import type { EventKind, EventStatus, Precision } from '../data/schema';
import { isLang, type Lang } from '../i18n/lang';

/**
 * One row per URL key: the whole shareable state of the app. `decode` never throws: an
 * unknown or malformed value falls back to the default. Ids are checked against the
 * dataset later (see filters.ts), so a stale link still opens.
 */
interface KeySpec<T> {
  /** The query-string parameter. */
  param: string;
  decode: (raw: string | null) => T;
  /** null leaves the parameter out of the URL. */
  encode: (value: T) => string | null;
  default: T;
  /** `push` makes a history entry (Back returns to it); `replace` does not. */
  history: 'push' | 'replace';
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_LIST = 200;

const idList: Omit<KeySpec<readonly string[]>, 'param' | 'history'> = {
  decode: (raw) => (raw ? [...new Set(raw.split(',').filter((s) => ID.test(s)))].slice(0, MAX_LIST) : []),
  encode: (v) => (v.length ? v.join(',') : null),
  default: [],
};

function enumList<T extends string>(values: readonly T[]): Omit<KeySpec<readonly T[]>, 'param' | 'history'> {
  const allowed = new Set<string>(values);
  return {
    decode: (raw) => (raw ? [...new Set(raw.split(',').filter((s): s is T => allowed.has(s)))] : []),
    encode: (v) => (v.length ? v.join(',') : null),
    default: [],
  };
}

function oneOf<T extends string>(values: readonly T[], fallback: T): Omit<KeySpec<T>, 'param' | 'history'> {
  return {
    decode: (raw) => (raw !== null && (values as readonly string[]).includes(raw) ? (raw as T) : fallback),
    encode: (v) => (v === fallback ? null : v),
    default: fallback,
  };
}

const day: Omit<KeySpec<string | null>, 'param' | 'history'> = {
  decode: (raw) => (raw && isValidIsoDate(raw) ? raw : null),
  encode: (v) => v,
  default: null,
};

const MAX_SEARCH = 200;

/** A search of at most MAX_SEARCH code units, never ending in half a surrogate pair. */
function cutSearch(raw: string): string {
  if (raw.length <= MAX_SEARCH) return raw;
  const c = raw.charCodeAt(MAX_SEARCH - 1);
  return raw.slice(0, c >= 0xd800 && c <= 0xdbff ? MAX_SEARCH - 1 : MAX_SEARCH);
}

/**
 * The timeline's zoom, apart from the time-window filter (`from`/`to`): "all" (everything
 * at once) or the inclusive days the focus shows, "2025-02-10..2025-02-23". Absent: the
 * first view, on the densest stretch.
 */
const zoomRange: Omit<KeySpec<string | null>, 'param' | 'history'> = {
  decode: (raw) => {
    if (raw === 'all') return raw;
    const m = raw ? /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(raw) : null;
    return m && isValidIsoDate(m[1]!) && isValidIsoDate(m[2]!) && m[1]! <= m[2]! ? raw : null;
  },
  encode: (v) => v,
  default: null,
};

/** Only same-origin paths: `/bench/10k.json` or `data/other.json`, never another host. */
export function isSameOriginPath(raw: string): boolean {
  return /^\/?(?!\/)[A-Za-z0-9._~\-/]+\.json$/.test(raw) && !raw.split('/').includes('..');
}

export const URL_KEYS = {
  lang: {
    param: 'lang',
    decode: (raw) => (isLang(raw) ? raw : null),
    encode: (v) => v,
    default: null,
    history: 'replace',
  } satisfies KeySpec<Lang | null>,
  event: {
    param: 'event',
    decode: (raw) => (raw && ID.test(raw) ? raw : null),
    encode: (v) => v,
    default: null,
    history: 'push',
  } satisfies KeySpec<string | null>,
  actors: { param: 'actors', ...idList, history: 'push' } satisfies KeySpec<readonly string[]>,
  actorMatch: { param: 'match', ...oneOf(['any', 'all'] as const, 'any'), history: 'push' } satisfies KeySpec<
    'any' | 'all'
  >,
  topics: { param: 'topics', ...idList, history: 'push' } satisfies KeySpec<readonly string[]>,
  kinds: { param: 'kinds', ...enumList(EVENT_KINDS), history: 'push' } satisfies KeySpec<readonly EventKind[]>,
  statuses: { param: 'status', ...enumList(EVENT_STATUSES), history: 'push' } satisfies KeySpec<
    readonly EventStatus[]
  >,
  precisions: { param: 'precision', ...enumList(PRECISIONS), history: 'push' } satisfies KeySpec<
    readonly Precision[]
  >,
  from: { param: 'from', ...day, history: 'replace' } satisfies KeySpec<string | null>,
  to: { param: 'to', ...day, history: 'replace' } satisfies KeySpec<string | null>,
  zoom: { param: 'zoom', ...zoomRange, history: 'replace' } satisfies KeySpec<string | null>,
  q: {
    param: 'q',
    decode: (raw) => cutSearch(raw ?? ''),
    encode: (v) => (v ? v : null),
    default: '',
    history: 'replace',
  } satisfies KeySpec<string>,
  lanes: { param: 'lanes', ...oneOf(['side', 'actor'] as const, 'side'), history: 'replace' } satisfies KeySpec<
    'side' | 'actor'
  >,
  timelineView: { param: 'tl', ...oneOf(['chart', 'list'] as const, 'chart'), history: 'replace' } satisfies KeySpec<
    'chart' | 'list'
  >,
  networkView: { param: 'net', ...oneOf(['graph', 'list'] as const, 'graph'), history: 'replace' } satisfies KeySpec<
    'graph' | 'list'
  >,
  /** The curation workspace: open, or its dataset previewed in the three views. */
  curate: { param: 'curate', ...oneOf(['closed', 'open', 'preview'] as const, 'closed'), history: 'push' } satisfies KeySpec<
    'closed' | 'open' | 'preview'
  >,
  /** In the workspace: the event being edited (its key in the saved work) and the source under review. */
  curateEvent: { param: 'cevent', decode: (raw) => (raw && ID.test(raw) ? raw : null), encode: (v) => v, default: null, history: 'replace' } satisfies KeySpec<
    string | null
  >,
  curateSource: { param: 'csource', decode: (raw) => (raw && ID.test(raw) ? raw : null), encode: (v) => v, default: null, history: 'replace' } satisfies KeySpec<
    string | null
  >,
  /** The selected event's quotes as a list, or its sides' accounts side by side. */
  quotesView: { param: 'quotes', ...oneOf(['list', 'compare'] as const, 'list'), history: 'replace' } satisfies KeySpec<
    'list' | 'compare'
  >,
  /** Who the network joins: actors who dealt with each other (default), or co-mentions too. */
  networkLinks: { param: 'links', ...oneOf(['dealings', 'mentions'] as const, 'dealings'), history: 'replace' } satisfies KeySpec<
    'dealings' | 'mentions'
  >,
  /**
   * The same parameter when it is not a dataset path on this site: kept (not dropped as
   * malformed values are) so the page names it instead of quietly showing the shipped
   * data, and so a later change of state keeps it in the link. It comes before `data` so
   * that a valid path, when both are set, is the one written.
   */
  dataRejected: {
    param: 'data',
    decode: (raw) => (raw && !isSameOriginPath(raw) ? raw.slice(0, 1000) : null),
    encode: (v) => v,
    default: null,
    history: 'push',
  } satisfies KeySpec<string | null>,
  data: {
    param: 'data',
    decode: (raw) => (raw && isSameOriginPath(raw) ? raw : null),
    encode: (v) => v,
    default: null,
    history: 'push',
  } satisfies KeySpec<string | null>,
};

type Keys = typeof URL_KEYS;
export type UrlStateKey = keyof Keys;
export type UrlState = { -readonly [K in UrlStateKey]: Keys[K]['default'] | ReturnType<Keys[K]['decode']> };

const KEY_NAMES = Object.keys(URL_KEYS) as UrlStateKey[];

export function decodeUrlState(search: string): UrlState {
  const params = new URLSearchParams(search);
  const out = {} as Record<UrlStateKey, unknown>;
  for (const k of KEY_NAMES) out[k] = URL_KEYS[k].decode(params.get(URL_KEYS[k].param));
  const state = out as UrlState;
  // A window written backwards (by hand, or by another tool) means the same days forwards;
  // the views and d3-brush need from ≤ to.
  if (state.from !== null && state.to !== null && state.from > state.to) [state.from, state.to] = [state.to, state.from];
  return state;
}

/** The canonical query string (table order, defaults left out, unknown keys dropped). */
export function encodeUrlState(state: UrlState): string {
  const params = new URLSearchParams();
  for (const k of KEY_NAMES) {
    const spec = URL_KEYS[k] as KeySpec<unknown>;
    const value = spec.encode(state[k]);
    if (value !== null) params.set(spec.param, value);
  }
  const s = params.toString().replace(/%2C/g, ',');
  return s ? `?${s}` : '';
}

export const DEFAULT_URL_STATE: UrlState = decodeUrlState('');

/** Whether a change of these keys deserves its own history entry. */
export function historyModeFor(changed: readonly UrlStateKey[]): 'push' | 'replace' {
  return changed.some((k) => URL_KEYS[k].history === 'push') ? 'push' : 'replace';
}
