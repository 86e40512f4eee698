import { describe, expect, it } from 'vitest';
import { checkIntegrity } from './integrity';
import { formatProblem } from './problems';
import type { Dataset, EventDate } from './schema';
import { at, FIXTURE_TEXTS, fixtureDataset } from './test-fixture';

function problems(mutate: (d: Dataset) => void = () => {}): string[] {
  const d = fixtureDataset();
  mutate(d);
  return checkIntegrity(d, FIXTURE_TEXTS).map(formatProblem);
}

const ev = (d: Dataset, i = 0) => d.events[i]!;
const quote = (d: Dataset, e = 0, q = 0) => ev(d, e).quotes[q]!;

describe('checkIntegrity', () => {
  it('accepts the fixture', () => {
    expect(problems()).toEqual([]);
  });

  describe('ids are unique', () => {
    it.each(['sources', 'actors', 'topics', 'events'] as const)('in %s', (key) => {
      const line = problems((d) => {
        const list = d[key] as { id: string }[];
        list.push({ ...list[0]!, id: list[0]!.id });
      }).find((p) => p.startsWith(`${key}[`));
      const at = key === 'actors' ? 3 : key === 'events' ? 2 : 1;
      expect(line).toBe(`${key}[${at}].id: duplicate id "${(fixtureDataset()[key] as { id: string }[])[0]!.id}" (first used at ${key}[0])`);
    });
  });

  describe('references resolve', () => {
    it('event actors', () => {
      expect(problems((d) => (ev(d).actors[1]!.id = 'nadie'))).toEqual([
        'events[0].actors[1].id: "nadie" is not an actor id',
        // The relation names the actor the event no longer involves.
        'relations[0].eventIds[0]: event "llamada" does not involve "homologo"',
      ]);
    });

    it('event actors are listed once', () => {
      expect(problems((d) => ev(d).actors.push({ id: 'ministro', role: 'subject' }))).toEqual([
        'events[0].actors[3].id: actor "ministro" is listed twice',
      ]);
    });

    it('event topics', () => {
      expect(problems((d) => (ev(d).topics = ['dialogo', 'nada']))).toEqual(['events[0].topics[1]: "nada" is not a topic id']);
    });

    it('event topics are listed once', () => {
      expect(problems((d) => (ev(d).topics = ['dialogo', 'dialogo']))).toEqual([
        'events[0].topics[1]: topic "dialogo" is listed twice',
      ]);
    });

    it('quote sources', () => {
      expect(problems((d) => (quote(d).sourceId = 'otra'))).toEqual(['events[0].quotes[0].sourceId: "otra" is not a source id']);
    });

    it('quote speakers are actors', () => {
      expect(problems((d) => (quote(d).speakerId = 'nadie'))).toEqual(['events[0].quotes[0].speakerId: "nadie" is not an actor id']);
    });

    it("quote speakers are among the event's actors", () => {
      expect(problems((d) => (quote(d, 1).speakerId = 'portavoz'))).toEqual([
        'events[1].quotes[0].speakerId: speaker "portavoz" is not among the event\'s actors',
      ]);
    });

    it('relation ends', () => {
      expect(problems((d) => (d.relations[0]!.to = 'nadie'))).toEqual(['relations[0].to: "nadie" is not an actor id']);
      expect(problems((d) => (d.relations[0]!.from = 'nadie'))).toEqual(['relations[0].from: "nadie" is not an actor id']);
    });

    it('relation events', () => {
      expect(problems((d) => d.relations[0]!.eventIds.push('nunca'))).toEqual([
        'relations[0].eventIds[2]: "nunca" is not an event id',
      ]);
    });

    it('relation events involve both actors', () => {
      expect(problems((d) => (d.relations[0]!.from = 'portavoz'))).toEqual([
        'relations[0].eventIds[1]: event "reunion" does not involve "portavoz"',
      ]);
    });

    it('an actor does not relate to itself', () => {
      expect(problems((d) => (d.relations[0]!.to = 'ministro'))).toEqual(['relations[0]: an actor cannot relate to itself']);
    });

    it('a relation is stated once', () => {
      expect(problems((d) => d.relations.push({ ...d.relations[0]!, eventIds: ['llamada'] }))).toEqual([
        'relations[1]: repeats relations[0] ("ministro" counterpart "homologo")',
      ]);
    });
  });

  describe('quotes equal their source slice', () => {
    it('names the file, the offsets and what the source has there', () => {
      expect(problems((d) => ((quote(d).start += 1), (quote(d).end += 1)))).toEqual([
        `events[0].quotes[0]: text does not match sources/fuente.txt at ${at('habló').start + 1}–${at('homólogo').end + 1} (the source has "abló con su homólogo”")`,
      ]);
    });

    it('catches a changed character in the text', () => {
      expect(problems((d) => (quote(d).text = 'hablo con su homólogo'))).toHaveLength(1);
    });

    it('catches a decomposed accent (same look, different code units)', () => {
      expect(problems((d) => (quote(d).text = quote(d).text.normalize('NFD')))).toEqual([
        expect.stringMatching(/^events\[0\]\.quotes\[0\]: text does not match sources\/fuente\.txt at /),
      ]);
    });

    it('start comes before end', () => {
      expect(problems((d) => (quote(d).end = quote(d).start))).toEqual([
        `events[0].quotes[0]: start ${at('habló').start} must be before end ${at('habló').start}`,
      ]);
    });

    it('end lies within the source', () => {
      const len = FIXTURE_TEXTS.get('fuente')!.length;
      expect(problems((d) => (quote(d).end = len + 5))).toEqual([
        `events[0].quotes[0]: end ${len + 5} is beyond the end of sources/fuente.txt (${len} characters)`,
      ]);
    });

    it('a quote does not start or end with white space', () => {
      const q = at('Ambos acordaron reunirse la próxima semana.');
      expect(
        problems((d) => {
          const quoteWithSpace = { ...quote(d, 1), start: q.start - 1, text: `\n${q.text}` };
          ev(d, 1).quotes[0] = quoteWithSpace;
        }),
      ).toEqual(['events[1].quotes[0].text: must not start or end with white space']);
    });

    it('offsets count UTF-16 code units, as JavaScript strings do', () => {
      const d = fixtureDataset();
      const text = '“\n😀 “¡Hola!” dijo.\n”';
      const start = text.indexOf('¡');
      ev(d).quotes = [{ ...quote(d), start, end: start + 5, text: '¡Hola' }];
      ev(d, 1).quotes = [{ ...quote(d, 1), start, end: start + 5, text: '¡Hola' }];
      expect(start).toBe(6); // the emoji is two code units
      expect(checkIntegrity(d, new Map([['fuente', text]]))).toEqual([]);
    });
  });

  describe('sources', () => {
    it('publication dates are calendar dates', () => {
      expect(problems((d) => (d.sources[0]!.published = '2025-02-30'))).toEqual([
        'sources[0].published: "2025-02-30" is not a calendar date',
      ]);
    });

    it('the article body is a non-empty span of the file', () => {
      const len = FIXTURE_TEXTS.get('fuente')!.length;
      expect(problems((d) => (d.sources[0]!.body = { start: 5, end: 5 }))).toEqual([
        'sources[0].body: start 5 must be before end 5',
      ]);
      expect(problems((d) => (d.sources[0]!.body = { start: 0, end: len + 1 }))).toEqual([
        `sources[0].body: end ${len + 1} is beyond the end of sources/fuente.txt (${len} characters)`,
      ]);
    });

    it('no quote uses text outside the article body', () => {
      const q = at('habló');
      const len = FIXTURE_TEXTS.get('fuente')!.length;
      expect(problems((d) => (d.sources[0]!.body = { start: q.start, end: len }))).toEqual([]);
      const lines = problems((d) => (d.sources[0]!.body = { start: q.start + 1, end: len }));
      expect(lines[0]).toBe(
        `events[0].quotes[0]: ${q.start}–${at('homólogo').end} lies outside the article body of sources/fuente.txt (${q.start + 1}–${len})`,
      );
    });
  });

  describe('dates', () => {
    const withDate = (date: Partial<EventDate>) => problems((d) => (ev(d).date = { ...ev(d).date, ...date }));

    it('are calendar dates', () => {
      expect(withDate({ start: '2025-02-29', end: '2025-02-29' })).toEqual([
        'events[0].date.start: "2025-02-29" is not a calendar date',
        'events[0].date.end: "2025-02-29" is not a calendar date',
      ]);
    });

    it('are ordered', () => {
      expect(withDate({ start: '2025-02-13', end: '2025-02-12', precision: 'range' })).toEqual([
        'events[0].date: start 2025-02-13 is after end 2025-02-12',
      ]);
    });

    it('a day is one day', () => {
      expect(withDate({ end: '2025-02-13' })).toEqual([
        'events[0].date: precision "day" needs start = end (got 2025-02-12 to 2025-02-13)',
      ]);
    });

    it('a week is seven days', () => {
      expect(withDate({ start: '2025-02-17', end: '2025-02-22', precision: 'week' })).toEqual([
        'events[0].date: precision "week" needs a 7-day span (got 2025-02-17 to 2025-02-22; expected end 2025-02-23)',
      ]);
    });

    it('a month is a whole calendar month', () => {
      expect(withDate({ start: '2024-02-01', end: '2024-02-29', precision: 'month' })).toEqual([]);
      expect(withDate({ start: '2024-02-01', end: '2024-02-28', precision: 'month' })).toEqual([
        'events[0].date: precision "month" needs the first to the last day of one month (got 2024-02-01 to 2024-02-28)',
      ]);
    });

    it('a year is a whole calendar year', () => {
      expect(withDate({ start: '2016-01-01', end: '2016-12-31', precision: 'year' })).toEqual([]);
      expect(withDate({ start: '2016-01-02', end: '2016-12-31', precision: 'year' })).toEqual([
        'events[0].date: precision "year" needs 1 January to 31 December of one year (got 2016-01-02 to 2016-12-31)',
      ]);
    });

    it('a range of one day should be a day', () => {
      expect(withDate({ precision: 'range' })).toEqual(['events[0].date: a range of one day should have precision "day"']);
    });

    it('only a range may leave a bound open, and never both', () => {
      expect(withDate({ start: null, precision: 'range' })).toEqual([]);
      expect(withDate({ end: null, precision: 'range' })).toEqual([]);
      expect(withDate({ end: null })).toEqual([
        'events[0].date: precision "day" needs both start and end; only a range may leave a bound open (null)',
      ]);
      expect(withDate({ start: null, end: null, precision: 'range' })).toEqual([
        'events[0].date: a range needs at least one known bound (start or end)',
      ]);
    });
  });

  it('reports every problem at once', () => {
    const lines = problems((d) => {
      d.actors[1]!.id = 'ministro';
      quote(d, 1).start += 2;
      d.relations[0]!.eventIds = ['nunca'];
    });
    expect(lines.map((l) => l.split(':')[0])).toEqual([
      'actors[1].id',
      'events[0].actors[1].id',
      'events[1].actors[1].id',
      'events[1].quotes[0]',
      'relations[0].to',
      'relations[0].eventIds[0]',
    ]);
  });
});
