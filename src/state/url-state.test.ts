import { describe, expect, it } from 'vitest';
import { DEFAULT_URL_STATE, decodeUrlState, encodeUrlState, URL_KEYS, type UrlState } from './url-state';

/** One non-default value per key: every row of the table must survive a round trip. */
const SAMPLES: { [K in keyof UrlState]: UrlState[K] } = {
  lang: 'es',
  event: 'rubio-lavrov-call',
  actors: ['sergei-lavrov', 'marco-rubio'],
  actorMatch: 'all',
  topics: ['peace-negotiations'],
  kinds: ['call', 'meeting'],
  statuses: ['planned'],
  precisions: ['week', 'range'],
  from: '2025-02-10',
  to: '2025-02-23',
  zoom: '2025-02-10..2025-02-23',
  q: 'negociación “inmediatamente” & más',
  lanes: 'actor',
  timelineView: 'list',
  networkView: 'list',
  networkLinks: 'mentions',
  quotesView: 'compare',
  dataRejected: 'https://elsewhere.example/x.json',
  curate: 'preview',
  curateEvent: 'e12',
  curateSource: 'rubio-lavrov-2025-02-15',
  data: '/bench/10k.json',
};

describe('URL state table', () => {
  it('has a sample for every key', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual(Object.keys(URL_KEYS).sort());
  });

  for (const key of Object.keys(URL_KEYS) as (keyof UrlState)[]) {
    it(`round-trips "${key}"`, () => {
      const state = { ...DEFAULT_URL_STATE, [key]: SAMPLES[key] } as UrlState;
      const search = encodeUrlState(state);
      expect(search).toContain(`${URL_KEYS[key].param}=`);
      expect(decodeUrlState(search)).toEqual(state);
    });
  }

  it('round-trips every key at once', () => {
    // `data` and `dataRejected` share one parameter: a valid path is written when both are set.
    const state = { ...SAMPLES, dataRejected: null } as UrlState;
    expect(decodeUrlState(encodeUrlState(state))).toEqual(state);
  });

  it('leaves defaults out of the URL', () => {
    expect(encodeUrlState(DEFAULT_URL_STATE)).toBe('');
  });

  it('ignores unknown keys and malformed values', () => {
    const s = decodeUrlState(
      '?foo=bar&lang=fr&event=Not%20An%20Id&kinds=call,bogus&from=2025-02-30&to=yesterday&lanes=x&data=https://evil.example/x.json',
    );
    expect(s).toEqual({ ...DEFAULT_URL_STATE, kinds: ['call'], dataRejected: 'https://evil.example/x.json' });
  });

  it('refuses dataset paths that leave the origin', () => {
    for (const bad of ['//evil.example/x.json', 'https://evil.example/x.json', '/../x.json', 'javascript:alert(1)']) {
      expect(decodeUrlState(`?data=${encodeURIComponent(bad)}`)).toMatchObject({ data: null, dataRejected: bad });
    }
    expect(decodeUrlState('?data=bench/10k.json').data).toBe('bench/10k.json');
  });

  it('keeps the zoom apart from the time window, and only well-formed ranges of it', () => {
    const s = decodeUrlState('?from=2025-02-01&zoom=2025-02-10..2025-02-23');
    expect([s.from, s.to, s.zoom]).toEqual(['2025-02-01', null, '2025-02-10..2025-02-23']);
    expect(decodeUrlState('?zoom=all').zoom).toBe('all');
    for (const bad of ['2025-02-23..2025-02-10', '2025-02-30..2025-03-01', '2025-02-10', 'everything'])
      expect(decodeUrlState(`?zoom=${bad}`).zoom).toBeNull();
  });

  it('drops duplicate ids in a list', () => {
    expect(decodeUrlState('?actors=a,b,a').actors).toEqual(['a', 'b']);
  });
});
