/**
 * The measurement behind the choice in date-expressions.ts: chrono-node's Spanish parser,
 * alone, against the expressions the engine must resolve (publication Saturday 2025-02-15),
 * and the engine against the same list. If a chrono upgrade changes its score, this fails and
 * the comment there must be revisited.
 */
import * as chronoEs from 'chrono-node/es';
import { describe, expect, it } from 'vitest';
import { draftArticle } from './draft';

const PUB = '2025-02-15';
type Want = { text: string; start: string; end: string; precision: 'day' | 'week' | 'month' | 'year' };

const CASES: [string, Want][] = [
  ['Trump habló con Putin el miércoles.', { text: 'el miércoles', start: '2025-02-12', end: '2025-02-12', precision: 'day' }],
  ['Trump dijo el jueves que habrá paz.', { text: 'el jueves', start: '2025-02-13', end: '2025-02-13', precision: 'day' }],
  ['Se reunirán el lunes.', { text: 'el lunes', start: '2025-02-17', end: '2025-02-17', precision: 'day' }],
  ['Se reunirán el jueves.', { text: 'el jueves', start: '2025-02-20', end: '2025-02-20', precision: 'day' }],
  ['Habló el domingo.', { text: 'el domingo', start: '2025-02-09', end: '2025-02-09', precision: 'day' }],
  ['Llegó el martes pasado.', { text: 'el martes pasado', start: '2025-02-11', end: '2025-02-11', precision: 'day' }],
  ['El ministro habló hoy.', { text: 'hoy', start: '2025-02-15', end: '2025-02-15', precision: 'day' }],
  ['El ministro habló ayer.', { text: 'ayer', start: '2025-02-14', end: '2025-02-14', precision: 'day' }],
  ['Se reunirán mañana.', { text: 'mañana', start: '2025-02-16', end: '2025-02-16', precision: 'day' }],
  ['Las declaraciones de esta semana alarmaron.', { text: 'esta semana', start: '2025-02-10', end: '2025-02-16', precision: 'week' }],
  ['Se reunirán la próxima semana.', { text: 'la próxima semana', start: '2025-02-17', end: '2025-02-23', precision: 'week' }],
  ['Se reunieron la semana pasada.', { text: 'la semana pasada', start: '2025-02-03', end: '2025-02-09', precision: 'week' }],
  ['Llegará este mes.', { text: 'este mes', start: '2025-02-01', end: '2025-02-28', precision: 'month' }],
  ['Se firmó el mes pasado.', { text: 'el mes pasado', start: '2025-01-01', end: '2025-01-31', precision: 'month' }],
  ['Se firmó el 3 de marzo de 2024.', { text: 'el 3 de marzo de 2024', start: '2024-03-03', end: '2024-03-03', precision: 'day' }],
  ['Se firmó el 3 de marzo.', { text: 'el 3 de marzo', start: '2024-03-03', end: '2024-03-03', precision: 'day' }],
  ['Se firmará el 3 de marzo.', { text: 'el 3 de marzo', start: '2025-03-03', end: '2025-03-03', precision: 'day' }],
  ['Se firmó en marzo de 2024.', { text: 'marzo de 2024', start: '2024-03-01', end: '2024-03-31', precision: 'month' }],
  ['Las elecciones de Trump en 2016.', { text: '2016', start: '2016-01-01', end: '2016-12-31', precision: 'year' }],
  ['Ocurrió hace tres días.', { text: 'hace tres días', start: '2025-02-12', end: '2025-02-12', precision: 'day' }],
  ['Ocurrió hace dos semanas.', { text: 'hace dos semanas', start: '2025-01-27', end: '2025-02-02', precision: 'week' }],
  ['Ocurrió hace seis meses.', { text: 'hace seis meses', start: '2024-08-01', end: '2024-08-31', precision: 'month' }],
];

const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** What chrono alone makes of a sentence, in the same terms: a day or a month, or nothing. */
function chronoReading(sentence: string): { start: string; end: string; precision: string } | null {
  const [r] = chronoEs.parse(sentence, new Date(2025, 1, 15, 12));
  if (!r) return null;
  const c = r.start;
  const y = c.get('year')!;
  const m = c.get('month')!;
  if (c.isCertain('day') || c.isCertain('weekday') || !c.isCertain('month')) {
    const d = iso(y, m, c.get('day')!);
    return { start: d, end: d, precision: 'day' };
  }
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { start: iso(y, m, 1), end: iso(y, m, last), precision: 'month' };
}

describe('date coverage', () => {
  it('chrono-node (es) alone gets 9 of the 22 right', () => {
    const right = CASES.filter(([s, want]) => {
      const got = chronoReading(s);
      return got !== null && got.start === want.start && got.end === want.end && got.precision === want.precision;
    }).map(([s]) => s);
    expect(right).toEqual([
      'Trump habló con Putin el miércoles.',
      'Trump dijo el jueves que habrá paz.',
      'Se reunirán el lunes.',
      'El ministro habló hoy.',
      'El ministro habló ayer.',
      'Se reunirán mañana.',
      'Se firmó el 3 de marzo de 2024.',
      'Se firmará el 3 de marzo.',
      'Se firmó en marzo de 2024.',
    ]);
  });

  it('the engine gets all 22 right, with the expression as written', () => {
    for (const [sentence, want] of CASES) {
      const [d] = draftArticle({ text: sentence, published: PUB }).dates;
      expect(d && { text: d.text, start: d.date?.start, end: d.date?.end, precision: d.date?.precision }, sentence).toEqual(want);
    }
  });
});
