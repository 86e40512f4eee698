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
  q: {
    param: 'q',
    decode: (raw) => (raw ?? '').slice(0, 200),
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
  return out as UrlState;
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
