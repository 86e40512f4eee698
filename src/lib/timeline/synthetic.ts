import { DAY_MS, lastDayOfMonth, msToDay } from '../../data/dates';
import type { Actor, Dataset, DatasetEvent, Precision, Side } from '../../data/schema';
import { SIDE_ORDER } from '../sides';
import { seededRandom as rng } from '../random';


const START = Date.UTC(2016, 0, 1);
const END = Date.UTC(2025, 11, 31);

/**
 * A synthetic dataset of `n` events for tests and timing (never shipped as data): every
 * precision, open bounds, plans, busy days and multi-side events, with 40 actors.
 */
export function syntheticDataset(n: number, seed = 1): Dataset {
  const rand = rng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const actors: Actor[] = Array.from({ length: 40 }, (_, i) => ({
    id: `actor-${i}`,
    name: `Actor ${i}`,
    aliases: [],
    kind: 'person',
    side: SIDE_ORDER[i % SIDE_ORDER.length] as Side,
    role: { en: 'role', es: 'rol' },
  }));
  const busyDays = Array.from({ length: 20 }, () => START + Math.floor(rand() * ((END - START) / DAY_MS)) * DAY_MS);
  const events: DatasetEvent[] = [];
  for (let i = 0; i < n; i++) {
    const day = rand() < 0.3 ? pick(busyDays) : START + Math.floor(rand() * ((END - START) / DAY_MS)) * DAY_MS;
    const precision: Precision = pick(['day', 'day', 'day', 'week', 'month', 'year', 'range'] as const);
    // Dates as a curator would enter them: whole months and years, seven-day weeks.
    const iso = msToDay(day);
    let start: string | null = precision === 'month' ? `${iso.slice(0, 7)}-01` : precision === 'year' ? `${iso.slice(0, 4)}-01-01` : iso;
    let end: string | null = {
      day: iso,
      week: msToDay(day + 6 * DAY_MS),
      month: lastDayOfMonth(iso),
      year: `${iso.slice(0, 4)}-12-31`,
      range: msToDay(day + (Math.floor(rand() * 400) + 1) * DAY_MS),
    }[precision];
    if (precision === 'range' && rand() < 0.2) {
      if (rand() < 0.5) start = null;
      else end = null;
    }
    const k = 1 + Math.floor(rand() * 4);
    const who = new Set<string>();
    while (who.size < k) who.add(pick(actors).id);
    events.push({
      id: `event-${i}`,
      kind: pick(['call', 'meeting', 'statement'] as const),
      status: rand() < 0.15 ? 'planned' : 'occurred',
      date: { start, end, precision, basis: 'synthetic' },
      title: { en: `Event ${i}`, es: `Evento ${i}` },
      summary: { en: 'Synthetic.', es: 'Sintético.' },
      actors: [...who].map((id, j) => ({ id, role: j === 0 ? 'participant' : pick(['participant', 'speaker', 'subject', 'mentioned'] as const) })),
      topics: [],
      location: null,
      quotes: [
        { sourceId: 'synthetic', start: 0, end: 1, text: 'x', speakerId: null, kind: 'passage', translation: { en: 'x' } },
      ],
    });
  }
  return {
    schemaVersion: 1,
    title: { en: 'Synthetic', es: 'Sintético' },
    sources: [{ id: 'synthetic', lang: 'es', file: 'sources/synthetic.txt', publisher: null, published: null, title: null, url: null, notes: null }],
    actors,
    topics: [],
    events,
    relations: [],
  };
}
