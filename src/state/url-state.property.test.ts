import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSameOriginPath, decodeUrlState, encodeUrlState, URL_KEYS } from './url-state';

/**
 * The URL decoder takes whatever a link holds: it never throws, always gives a state the
 * views can draw (a window that runs forwards, bounded lists, well-formed text), and what it
 * gives survives its own round trip.
 */
const PARAMS = Object.values(URL_KEYS).map((k) => k.param);

const unusual = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.constantFrom('2025-02-20', '2025-02-10', '2025-02-30', '0000-01-01', '9999-12-31', '-1', 'a,b,,a', '..', '/x.json', '//x.json', '\ud800', '😀'.repeat(120), `a${'😀'.repeat(120)}`),
  fc.array(fc.constantFrom('call', 'meeting', 'sergei-lavrov', 'X', '', ','), { maxLength: 300 }).map((xs) => xs.join(',')),
  fc.date({ min: new Date('1900-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
);

/** A query string of known and unknown keys, each with an unusual value, possibly repeated. */
const search = fc
  .array(fc.tuple(fc.oneof(fc.constantFrom(...PARAMS), fc.string({ maxLength: 6 })), unusual), { maxLength: 12 })
  .map((pairs) => {
    const p = new URLSearchParams();
    for (const [k, v] of pairs) p.append(k, v);
    return `?${p.toString()}`;
  });

const anySearch = fc.oneof(search, fc.string({ unit: 'binary', maxLength: 200 }).map((s) => `?${s}`));

const RUNS = { numRuns: 2000 };

// 2,000 cases a property: about a second on an idle machine, several when it is loaded.
describe('decodeUrlState on any query string', { timeout: 60_000 }, () => {
  it('never throws, and encodes back without throwing', () => {
    fc.assert(
      fc.property(anySearch, (s) => {
        encodeUrlState(decodeUrlState(s));
      }),
      RUNS,
    );
  });

  it('gives a time window that runs forwards', () => {
    const day = fc.date({ min: new Date('2000-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    const window = fc.tuple(search, day, day).map(([s, from, to]) => `${s}&from=${from}&to=${to}`);
    fc.assert(
      fc.property(fc.oneof(search, window), (s) => {
        const { from, to } = decodeUrlState(s);
        if (from !== null && to !== null) expect(from <= to, `${s}: ${from} > ${to}`).toBe(true);
      }),
      RUNS,
    );
  });

  it('gives bounded lists, a bounded well-formed search, and only same-origin dataset paths', () => {
    fc.assert(
      fc.property(anySearch, (s) => {
        const st = decodeUrlState(s);
        for (const list of [st.actors, st.topics, st.kinds, st.statuses, st.precisions]) expect(list.length).toBeLessThanOrEqual(200);
        expect(st.q.length).toBeLessThanOrEqual(200);
        expect(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(st.q), JSON.stringify(st.q)).toBe(false);
        if (st.data !== null) expect(isSameOriginPath(st.data)).toBe(true);
      }),
      RUNS,
    );
  });

  it('is stable: what it encodes decodes to the same state', () => {
    fc.assert(
      fc.property(anySearch, (s) => {
        const once = decodeUrlState(s);
        expect(decodeUrlState(encodeUrlState(once))).toEqual(once);
      }),
      RUNS,
    );
  });
});

describe('a reversed window', () => {
  it('is put the right way round', () => {
    expect(decodeUrlState('?from=2025-02-20&to=2025-02-10')).toMatchObject({ from: '2025-02-10', to: '2025-02-20' });
  });
});
