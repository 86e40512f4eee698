/**
 * Finding date expressions in Spanish news text.
 *
 * chrono-node 2.10.3 (its `es` locale) was measured against the expressions this engine must
 * cover (date-coverage.test.ts keeps the measurement): resolving 22 of them against a
 * Saturday publication, it gets 9 right — hoy, ayer, mañana, a day with a month and a year,
 * a month with a year, a future day without a year, and three weekdays, those only because the
 * nearest such day happened to be the right one. It finds no week ("esta semana", "la
 * próxima semana", "la semana pasada"), no "este mes" / "el mes pasado", no bare year ("en
 * 2016"), no "hace N días/semanas/meses"; it resolves a weekday to the nearest one whatever
 * the tense ("se reunirán el jueves" → the Thursday before, "el martes pasado" → the next
 * Tuesday) and a day without a year to the nearest one ("se firmó el 3 de marzo" → the coming
 * one); it reads "por la mañana" as tomorrow and "ahora" as a date. So chrono is kept for what
 * it parses well — days and months as written (numeric dates included) and hoy/ayer/mañana —
 * and everything else is found here; which side of publication a date lies on (tense,
 * "pasado", "próximo") is always decided here.
 */
import * as chronoEs from 'chrono-node/es';
import { foldRange, isLetter, unfold, type FoldedText, type Span } from './text';

export type Unit = 'day' | 'week' | 'month' | 'year';
export type Direction = 'last' | 'next' | 'this' | null;

export type DateExpr =
  | { kind: 'weekday'; weekday: number; direction: Direction }
  | { kind: 'relative-day'; days: number }
  | { kind: 'relative'; unit: Exclude<Unit, 'day'>; offset: -1 | 0 | 1 }
  | { kind: 'year'; year: number }
  | { kind: 'year-range'; from: number; to: number }
  | { kind: 'count'; n: number; unit: Unit; sign: -1 | 1 }
  | { kind: 'day'; day: number; month: number; year: number | null; direction: Direction }
  | { kind: 'month'; month: number; year: number | null; direction: Direction }
  | { kind: 'day-range'; from: number; to: number; month: number; year: number | null }
  | { kind: 'unresolvable'; why: 'narrative' | 'vague' };

export interface FoundDate extends Span {
  expr: DateExpr;
  /** Who found it: chrono or this module's own patterns. */
  by: 'chrono' | 'own';
  /** What the basis quotes, when more than the expression («en 2016» for «2016»). */
  context?: Span;
}

const WEEKDAYS = ['domingo', 'lunes', 'martes', 'miercoles', 'jueves', 'viernes', 'sabado'];
const MONTHS = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];
const NUMBERS: Record<string, number> = {
  un: 1, una: 1, uno: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10,
  once: 11, doce: 12, trece: 13, catorce: 14, quince: 15, dieciseis: 16, diecisiete: 17, dieciocho: 18, diecinueve: 19,
  veinte: 20, treinta: 30, cuarenta: 40, cincuenta: 50, sesenta: 60, noventa: 90, cien: 100,
};
const UNITS: Record<string, Unit> = { dia: 'day', dias: 'day', semana: 'week', semanas: 'week', mes: 'month', meses: 'month', ano: 'year', anos: 'year' };

const E = '(?![\\p{L}\\p{N}])';
const WD = `(${WEEKDAYS.join('|')})`;
const MO = `(${MONTHS.join('|')}|setiembre)`;
const NUM = `(\\d{1,3}|${Object.keys(NUMBERS).join('|')})`;
const UNIT = '(dias?|semanas?|mes(?:es)?|anos?)';
const YEAR = '((?:1[89]|20)\\d\\d)';

const re = (s: string) => new RegExp(s, 'gu');

/** Our own patterns over the folded text, in order of preference when two are as long. */
const PATTERNS: { re: RegExp; make: (m: RegExpExecArray) => DateExpr | null; group?: number; notAfter?: RegExp }[] = [
  // Counted from another date in the text, not from publication: left for the curator.
  {
    re: re(`(?:(?:al|el) dia siguiente|la semana siguiente|el mes siguiente|el ano siguiente|(?:ese|aquel) (?:mismo )?(?:dia|mes|ano)|(?:esa|aquella) (?:misma )?semana|la vispera|${NUM} (?:dias|semanas|meses|anos) (?:despues|antes|mas tarde))${E}`),
    make: () => ({ kind: 'unresolvable', why: 'narrative' }),
  },
  {
    re: re(`(?:hace|dentro de) (?:(?:unos|unas|algunos|algunas|varios|varias|pocos|pocas|muchos|muchas) ${UNIT}|poco|tiempo|mucho(?: tiempo)?)${E}`),
    make: () => ({ kind: 'unresolvable', why: 'vague' }),
  },
  {
    re: re(`(hace|dentro de|en) ${NUM} ${UNIT}${E}`),
    make: (m) => {
      const n = /^\d+$/u.test(m[2]!) ? Number(m[2]) : NUMBERS[m[2]!];
      const unit = UNITS[m[3]!];
      if (!n || !unit) return null;
      return { kind: 'count', n, unit, sign: m[1] === 'hace' ? -1 : 1 };
    },
  },
  { re: re(`(?:esta|la presente) semana${E}`), make: () => ({ kind: 'relative', unit: 'week', offset: 0 }) },
  { re: re(`(?:la )?(?:proxima semana|semana (?:proxima|que viene|entrante))${E}`), make: () => ({ kind: 'relative', unit: 'week', offset: 1 }) },
  { re: re(`(?:la )?(?:semana pasada|pasada semana)${E}`), make: () => ({ kind: 'relative', unit: 'week', offset: -1 }) },
  { re: re(`este mes${E}`), make: () => ({ kind: 'relative', unit: 'month', offset: 0 }) },
  { re: re(`el (?:proximo mes|mes (?:proximo|que viene|entrante))${E}(?! de)`), make: () => ({ kind: 'relative', unit: 'month', offset: 1 }) },
  { re: re(`el (?:pasado mes|mes pasado)${E}(?! de)`), make: () => ({ kind: 'relative', unit: 'month', offset: -1 }) },
  { re: re(`este ano${E}`), make: () => ({ kind: 'relative', unit: 'year', offset: 0 }) },
  { re: re(`el (?:proximo ano|ano (?:proximo|que viene|entrante))${E}`), make: () => ({ kind: 'relative', unit: 'year', offset: 1 }) },
  { re: re(`el (?:pasado ano|ano pasado)${E}`), make: () => ({ kind: 'relative', unit: 'year', offset: -1 }) },
  { re: re(`esta (?:manana|tarde|noche)${E}`), make: () => ({ kind: 'relative-day', days: 0 }) },
  { re: re(`anoche${E}`), make: () => ({ kind: 'relative-day', days: -1 }) },
  {
    re: re(`(?:(el|este|esta) (?:(pasado|proximo|ultimo) )?)?${WD}(?: (pasado|proximo|que viene|entrante))?${E}(?! \\d)`),
    notAfter: /(?:^|\s)(?:los|cada|todos los) $/u,
    make: (m) => {
      const det = m[1];
      const pre = m[2];
      const post = m[4];
      let direction: Direction = null;
      if (pre === 'pasado' || pre === 'ultimo' || post === 'pasado') direction = 'last';
      else if (pre === 'proximo' || post === 'proximo' || post === 'que viene' || post === 'entrante') direction = 'next';
      else if (det === 'este' || det === 'esta') direction = 'this';
      return { kind: 'weekday', weekday: WEEKDAYS.indexOf(m[3]!), direction };
    },
  },
  {
    re: re(`(?:del|entre el) (\\d{1,2}) (?:al|y el) (\\d{1,2}) de ${MO}(?: de(?:l)? ${YEAR})?${E}`),
    make: (m) => ({ kind: 'day-range', from: Number(m[1]), to: Number(m[2]), month: monthNumber(m[3]!), year: m[4] ? Number(m[4]) : null }),
  },
  {
    re: re(`(?:entre|de|desde) ${YEAR} (?:y|a|hasta) ${YEAR}${E}`),
    make: (m) => (Number(m[2]) > Number(m[1]) ? { kind: 'year-range', from: Number(m[1]), to: Number(m[2]) } : null),
  },
  // A bare year after a preposition ("en 2016", "desde 2014"); the expression is the year.
  {
    re: re(`(?:en|de|del|desde|hasta|para|durante|a|y|entre|ano|hacia|antes de|despues de) ${YEAR}${E}(?![.,]\\d| ?%)`),
    make: (m) => ({ kind: 'year', year: Number(m[1]) }),
    group: 1,
  },
  // "el pasado mes de enero", "enero pasado", "el próximo mes de marzo": months with a side.
  {
    re: re(`(?:el (pasado|proximo) (?:mes de )?${MO}|${MO} (pasado|proximo|que viene|entrante))${E}(?! de \\d)`),
    make: (m) => {
      const side = m[1] ?? m[4]!;
      return { kind: 'month', month: monthNumber(m[2] ?? m[3]!), year: null, direction: side === 'pasado' ? 'last' : 'next' };
    },
  },
];

function monthNumber(name: string): number {
  return name === 'setiembre' ? 9 : MONTHS.indexOf(name) + 1;
}

/** What chrono is asked about: a digit, a month's name, or hoy / ayer / mañana / anteayer. */
const FOR_CHRONO = new RegExp(`\\d|${MONTHS.join('|')}|setiembre|hoy|ayer|manana|anteayer`, 'u');

/**
 * The sentences chrono could read something in, joined into runs of at most ~2,000
 * characters: chrono's time grows faster than the text (50,000 characters at once take ten
 * times as long as the same text in pieces), and no date expression crosses a sentence.
 */
function chunks(folded: FoldedText, sentences: readonly Span[], body: Span): Span[] {
  const spans = sentences.length ? sentences : [body];
  const out: Span[] = [];
  let run: Span | null = null;
  let f = 0;
  for (const s of spans) {
    // The sentence's folded text, found by walking the origin map forward.
    while (f < folded.text.length && folded.origin[f]! < s.start) f++;
    let g = f;
    while (g < folded.text.length && folded.origin[g]! < s.end) g++;
    const wanted = FOR_CHRONO.test(folded.text.slice(f, g));
    f = g;
    if (!wanted) {
      if (run) out.push(run);
      run = null;
      continue;
    }
    if (run && s.end - run.start <= 2000) run.end = s.end;
    else {
      if (run) out.push(run);
      run = { start: s.start, end: s.end };
    }
  }
  if (run) out.push(run);
  return out;
}

/** Everything chrono reads well; the rest of its output (times, unit counts) is left out. */
function fromChrono(text: string, pieces: readonly Span[], published: { y: number; m: number; d: number }): FoundDate[] {
  const ref = new Date(published.y, published.m - 1, published.d, 12, 0, 0);
  const out: FoundDate[] = [];
  for (const piece of pieces) for (const r of chronoEs.parse(text.slice(piece.start, piece.end), ref)) {
    const start = piece.start + r.index;
    // chrono may take in the punctuation after a date ("marzo,").
    const written = r.text.replace(/[\s,.;:]+$/u, '');
    const end = start + written.length;
    const c = r.start;
    const word = foldRange(written, 0, written.length).text;
    let expr: DateExpr | null = null;
    if (['hoy', 'ayer', 'manana', 'pasado manana', 'anteayer'].includes(word)) {
      // "por la mañana", "cada mañana" is the morning, not tomorrow.
      if (word === 'manana' && /(?:\b(?:la|esta|cada|una|media|toda la|de la)\s+)$/iu.test(text.slice(Math.max(piece.start, start - 12), start))) continue;
      const days = { hoy: 0, ayer: -1, manana: 1, 'pasado manana': 2, anteayer: -2 }[word]!;
      expr = { kind: 'relative-day', days };
    } else if (!/\d/u.test(written) && !MONTHS.some((name) => word.includes(name))) {
      // chrono's other casual words ("ahora", "esta noche") and unit counts: not ours to take.
      continue;
    } else if (c.isCertain('day') && c.isCertain('month') && !r.end) {
      expr = { kind: 'day', day: c.get('day')!, month: c.get('month')!, year: c.isCertain('year') ? c.get('year')! : null, direction: null };
    } else if (c.isCertain('month') && !c.isCertain('day') && !r.end) {
      expr = { kind: 'month', month: c.get('month')!, year: c.isCertain('year') ? c.get('year')! : null, direction: null };
    }
    if (expr) out.push({ start, end, expr, by: 'chrono' });
  }
  return out;
}

/** Every date expression in the body, overlapping candidates already settled (longest wins). */
export function findDateExpressions(text: string, body: Span, folded: FoldedText, sentences: readonly Span[], published: string): FoundDate[] {
  const f = folded.text;
  const own: FoundDate[] = [];
  for (const p of PATTERNS) {
    p.re.lastIndex = 0;
    for (let m = p.re.exec(f); m; m = p.re.exec(f)) {
      // The word boundary before, checked here: a leading look-behind would make the engine
      // try every position of a 50,000-character text.
      if (isLetter(f[m.index - 1]) || (p.notAfter && p.notAfter.test(f.slice(Math.max(0, m.index - 12), m.index)))) {
        p.re.lastIndex = m.index + 1;
        continue;
      }
      const expr = p.make(m);
      if (!expr) continue;
      const whole = unfold(folded, m.index, m.index + m[0].length, text);
      if (p.group === undefined) {
        own.push({ ...whole, expr, by: 'own' });
        continue;
      }
      const a = m.index + m[0].lastIndexOf(m[p.group]!);
      own.push({ ...unfold(folded, a, a + m[p.group]!.length, text), expr, by: 'own', context: whole });
    }
  }
  const [y, mo, d] = published.split('-').map(Number) as [number, number, number];
  const all = [...own, ...fromChrono(text, chunks(folded, sentences, body), { y, m: mo, d })];
  // An article before a day taken by chrono ("el 3 de marzo") belongs to the expression, and
  // so does a side of publication: "el pasado 24 de febrero", "el próximo 3 de marzo".
  for (const x of all) {
    if (x.by !== 'chrono' || (x.expr.kind !== 'day' && x.expr.kind !== 'month')) continue;
    const before = /(?:^|\s)(el )?(?:(pasado|próximo|proximo) )?$/iu.exec(text.slice(Math.max(body.start, x.start - 12), x.start));
    if (!before || (!before[1] && !before[2]) || (x.expr.kind === 'month' && !before[2])) continue;
    if (before[2]) x.expr.direction = /^pasado$/iu.test(before[2]) ? 'last' : 'next';
    x.start -= before[0].length - (before[0].startsWith(' ') || before[0].startsWith('\n') ? 1 : 0);
  }
  return settle(all);
}

/** Longest first; on equal length our own reading wins (it knows about tense and modifiers). */
function settle(items: FoundDate[]): FoundDate[] {
  const sorted = [...items].sort((a, b) => b.end - b.start - (a.end - a.start) || (a.by === b.by ? a.start - b.start : a.by === 'own' ? -1 : 1));
  const taken: FoundDate[] = [];
  for (const it of sorted) if (!taken.some((t) => t.start < it.end && it.start < t.end)) taken.push(it);
  return taken.sort((a, b) => a.start - b.start);
}
