/**
 * Seeded synthetic datasets for measurement only: N events, about N/10 actors, generated
 * source texts so that every quote verifies, and a spread of dates, precisions, kinds and
 * topics like a real tracker's. The title says it is synthetic; it is never shipped.
 */
import type { Dataset, DatasetEvent, EventDate, Quote, Relation, Side } from '../src/data/schema';
import { seededRandom as rng } from '../src/lib/random';

export interface Synthetic {
  dataset: Dataset;
  /** Source texts by file path relative to the dataset (`sources/<id>.txt`). */
  files: Map<string, string>;
}


const FIRST = ['Ana', 'Boris', 'Carla', 'Dmitri', 'Elena', 'Frank', 'Galina', 'Hugo', 'Irina', 'Jonas', 'Katya', 'Luis', 'Marta', 'Nikolai', 'Olga', 'Pavel', 'Rosa', 'Sergio', 'Tamara', 'Viktor'];
const LAST = ['Álvarez', 'Belov', 'Castro', 'Dunn', 'Egorov', 'Fischer', 'García', 'Hale', 'Ivanova', 'Jensen', 'Kovalenko', 'López', 'Morozov', 'Novak', 'Ortega', 'Petrova', 'Quinn', 'Romero', 'Sokolov', 'Tkachenko'];
const SIDES: [Side, number][] = [['us', 0.3], ['ru', 0.3], ['ua', 0.15], ['europe', 0.15], ['mediator', 0.05], ['other', 0.05]];
const KINDS: [DatasetEvent['kind'], number][] = [['call', 0.18], ['meeting', 0.22], ['statement', 0.25], ['announcement', 0.1], ['appointment', 0.05], ['agreement', 0.08], ['request', 0.05], ['reaction', 0.05], ['background', 0.02]];
const TOPICS = ['alto el fuego', 'sanciones', 'garantías de seguridad', 'prisioneros', 'energía', 'embajadas', 'territorios', 'grano', 'armas', 'ayuda humanitaria', 'elecciones', 'minerales', 'negociaciones', 'canales diplomáticos', 'OTAN', 'Unión Europea', 'Medio Oriente', 'nuclear', 'refugiados', 'reconstrucción'];
const VERBS = ['habló con', 'se reunió con', 'criticó a', 'respondió a', 'acordó con', 'pidió a', 'advirtió a', 'felicitó a'];
const CLAIMS = ['que las conversaciones avanzan', 'que no habrá concesiones', 'que la negociación sigue abierta', 'que se necesita más tiempo', 'que el acuerdo está cerca', 'que la propuesta es inaceptable'];

function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)]!;
}

function weighted<T>(r: () => number, xs: readonly [T, number][]): T {
  let x = r();
  for (const [v, w] of xs) if ((x -= w) < 0) return v;
  return xs[xs.length - 1]![0];
}

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

function syntheticDate(r: () => number, centres: number[]): EventDate {
  // Real trackers cluster around summits: most events fall near one of a few centres.
  const centre = pick(r, centres);
  const t = Math.floor((centre + (r() - 0.5) * r() * 400 * DAY) / DAY) * DAY;
  const p = r();
  if (p < 0.7) return { start: iso(t), end: iso(t), precision: 'day', basis: 'Synthetic: a stated day.' };
  if (p < 0.8) {
    const monday = t - ((new Date(t).getUTCDay() + 6) % 7) * DAY;
    return { start: iso(monday), end: iso(monday + 6 * DAY), precision: 'week', basis: 'Synthetic: «la próxima semana».' };
  }
  if (p < 0.88) {
    const d = new Date(t);
    const first = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
    const last = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0);
    return { start: iso(first), end: iso(last), precision: 'month', basis: 'Synthetic: a month.' };
  }
  if (p < 0.92) {
    const y = new Date(t).getUTCFullYear();
    return { start: `${y}-01-01`, end: `${y}-12-31`, precision: 'year', basis: 'Synthetic: a year.' };
  }
  if (p < 0.94) return { start: iso(t), end: null, precision: 'range', basis: 'Synthetic: on or after.' };
  if (p < 0.96) return { start: null, end: iso(t), precision: 'range', basis: 'Synthetic: on or before.' };
  return { start: iso(t), end: iso(t + (2 + Math.floor(r() * 40)) * DAY), precision: 'range', basis: 'Synthetic: a span.' };
}

export function generate(eventCount: number, seed = 1): Synthetic {
  const r = rng(seed);
  const actorCount = Math.max(8, Math.round(eventCount / 10));
  const actors = Array.from({ length: actorCount }, (_, i) => {
    const side = weighted(r, SIDES);
    const name = `${pick(r, FIRST)} ${pick(r, LAST)} ${i + 1}`;
    return {
      id: `actor-${i + 1}`,
      name,
      aliases: [name.split(' ')[1]!],
      kind: r() < 0.8 ? ('person' as const) : ('organization' as const),
      side,
      role: { en: 'Synthetic actor', es: 'Actor sintético' },
    };
  });
  const topics = TOPICS.map((label, i) => ({ id: `topic-${i + 1}`, label: { en: `Topic ${i + 1}`, es: label } }));
  const centres = Array.from({ length: 8 }, () => Date.UTC(2014, 0, 1) + Math.floor(r() * 12 * 365) * DAY);
  const sourceCount = Math.max(1, Math.round(eventCount / 50));
  const texts: string[][] = Array.from({ length: sourceCount }, () => []);
  const lengths = new Array<number>(sourceCount).fill(0);
  const events: DatasetEvent[] = [];
  const pairs = new Map<string, string[]>();

  for (let i = 0; i < eventCount; i++) {
    const n = 1 + Math.floor(r() * r() * 4);
    const ids = new Set<string>();
    // A skewed choice: a few actors take part in many events, as in reality.
    while (ids.size < Math.min(n + 1, actorCount)) ids.add(actors[Math.floor(r() * r() * actorCount)]!.id);
    const eventActors = [...ids].map((id, k) => ({ id, role: k === 0 ? ('speaker' as const) : ('participant' as const) }));
    const a = actors.find((x) => x.id === eventActors[0]!.id)!;
    const b = actors.find((x) => x.id === (eventActors[1]?.id ?? eventActors[0]!.id))!;
    const s = i % sourceCount;
    const quotes: Quote[] = [];
    const sentence = `${a.name} ${pick(r, VERBS)} ${b.name} sobre ${pick(r, TOPICS)} y dijo “${pick(r, CLAIMS)}” (suceso ${i + 1}).`;
    const start = lengths[s]!;
    texts[s]!.push(sentence);
    lengths[s]! += sentence.length + 1;
    quotes.push({ sourceId: `source-${s + 1}`, start, end: start + sentence.length, text: sentence, speakerId: null, kind: 'passage', translation: { en: `${a.name} spoke about a synthetic matter (event ${i + 1}).` } });
    const open = sentence.indexOf('“') + 1;
    const close = sentence.indexOf('”');
    if (r() < 0.6)
      quotes.push({ sourceId: `source-${s + 1}`, start: start + open, end: start + close, text: sentence.slice(open, close), speakerId: a.id, kind: 'direct', translation: { en: 'a synthetic claim' } });
    const topicIds = [...new Set([pick(r, topics).id, pick(r, topics).id])].slice(0, 1 + Math.floor(r() * 2));
    const kind = weighted(r, KINDS);
    const date = syntheticDate(r, centres);
    const id = `event-${i + 1}`;
    events.push({
      id,
      kind,
      status: date.end === null || r() < 0.08 ? 'planned' : 'occurred',
      date,
      title: { en: `Synthetic event ${i + 1}: ${a.name} and ${b.name}`, es: `Evento sintético ${i + 1}: ${a.name} y ${b.name}` },
      summary: { en: `A generated ${kind} for measurement.`, es: `Un suceso generado para medir (${kind}).` },
      actors: eventActors,
      topics: topicIds,
      location: null,
      quotes,
    });
    if (eventActors.length > 1) {
      const key = `${eventActors[0]!.id}|${eventActors[1]!.id}`;
      const list = pairs.get(key) ?? [];
      list.push(id);
      pairs.set(key, list);
    }
  }

  const relations: Relation[] = [];
  for (const [key, ids] of pairs) {
    if (relations.length >= eventCount / 20) break;
    if (ids.length < 2) continue;
    const [from, to] = key.split('|') as [string, string];
    relations.push({ from, to, kind: r() < 0.7 ? 'counterpart' : 'envoy-of', eventIds: ids.slice(0, 5) });
  }

  const files = new Map<string, string>();
  const sources = texts.map((lines, i) => {
    const file = `sources/source-${i + 1}.txt`;
    files.set(file, lines.join('\n'));
    return { id: `source-${i + 1}`, lang: 'es', file, publisher: null, published: null, title: null, url: null, notes: 'Synthetic text generated for benchmarking; not real reporting.' };
  });
  const count = eventCount.toLocaleString('en-US');
  return {
    dataset: {
      schemaVersion: 1,
      title: { en: `SYNTHETIC benchmark data — ${count} events (not real reporting)`, es: `Datos SINTÉTICOS de prueba — ${count} eventos (no es información real)` },
      sources,
      actors,
      topics,
      events,
      relations,
    },
    files,
  };
}
