/**
 * Verb tense from word forms, enough to tell whether an undated weekday or a day without a
 * year lies before or after publication: "dijo el jueves" (past) against "se reunirán el
 * lunes" (future). Spanish marks tense in the ending, so the test is morphological, with
 * lists for irregular forms and for nouns that look like verbs. The present tense is not
 * detected: it says nothing about which side of publication a day lies on.
 */
import type { Word } from './words';

export type Tense = 'past' | 'future';

export interface TenseMark {
  /** Word index. */
  index: number;
  tense: Tense;
  /** 2: a finite verb; 1: a participle used as an adjective ("las líneas establecidas"). */
  strength: 1 | 2;
  /** Last word of the form ("ha hablado", "van a reunirse"). */
  last: number;
}

const IRREGULAR_PAST = new Set(
  (
    'dijo dijeron hizo hicieron fue fueron tuvo tuvieron estuvo estuvieron pudo pudieron puso pusieron vino vinieron dio dieron ' +
    'hubo quiso quisieron supo supieron trajo trajeron condujo condujeron produjo produjeron sostuvo sostuvieron mantuvo mantuvieron ' +
    'obtuvo obtuvieron propuso propusieron impuso impusieron dispuso anduvo había habían hubiera hubieran hubiese tenía tenían hacía ' +
    'hacían decía decían podía podían debía debían sabía sabían quería querían existía existían mantenía mantenían sostenía sostenían ' +
    'seguía seguían creía creían pedía pedían temía temían parecía parecían vivía vivían veía veían iba iban era eran estaba estaban'
  ).split(' '),
);

const PERFECT_AUX = new Set(['ha', 'han', 'he', 'hemos', 'has', 'habría', 'habrían']);
const IRREGULAR_PARTICIPLE = new Set(
  'dicho hecho escrito puesto visto vuelto roto abierto muerto cubierto resuelto impuesto propuesto dispuesto sido'.split(' '),
);
const GOING_TO = new Set(['va', 'van', 'vamos', 'voy', 'vas']);

/** Words ending like a verb form that are not verbs (or not in that tense). */
const NOT_PAST = new Set(
  (
    'para cara clara vara cámara máscara declara prepara separa compara ampara dispara repara aclara ' +
    'estado estados mercado mercados senado partido partidos sentido enviado enviada enviados abogado abogada soldado soldados ' +
    'aliado aliados aliada aliadas empleado empleados delegado delegada delegados diputado diputada diputados cuidado grado ' +
    'comida salida partida medida medidas avenida contenido significado apartado tejido ruido sonido pasado pasada ' +
    'dominó rococó'
  ).split(' '),
);

const PRETERITE = /^.{2,}(?:ó|aron|ieron|yeron)$/u;
const IMPERFECT = /^.{2,}(?:aba|aban|ábamos)$/u;
const PAST_SUBJUNCTIVE = /^.{3,}(?:aran|ieran|iera|iese|iesen|ase|asen|ara)$/u;
const FUTURE = /^.{2,}(?:rá|rán|ré|rás|remos|réis)$/u;
const CONDITIONAL = /^.{2,}(?:ría|rían|ríamos)$/u;
const PARTICIPLE = /^.{3,}(?:ado|ada|ados|adas|ido|ida|idos|idas)$/u;
const INFINITIVE = /^.{1,}(?:ar|er|ir)(?:se|lo|la|le|los|las|les)?$/u;

/** The tense a word marks, looking at the word after it for compound forms. */
export function tenseAt(words: readonly Word[], i: number): TenseMark | null {
  const w = words[i]!.lower;
  const next = words[i + 1]?.lower;
  if (PERFECT_AUX.has(w) && next && (PARTICIPLE.test(next) || IRREGULAR_PARTICIPLE.has(next))) return { index: i, tense: 'past', strength: 2, last: i + 1 };
  if ((GOING_TO.has(w) || w === 'iba' || w === 'iban') && next === 'a' && INFINITIVE.test(words[i + 2]?.lower ?? ''))
    return { index: i, tense: 'future', strength: 2, last: i + 2 };
  const c = classify(w, words[i]!.cap);
  return c ? { index: i, tense: c.tense, strength: c.strength, last: i } : null;
}

type Single = { tense: Tense; strength: 1 | 2 } | null;
const classified = new Map<string, Single>();

/** The tense one word marks on its own (remembered: a text repeats its words). */
function classify(w: string, cap: boolean): Single {
  const key = cap ? `^${w}` : w;
  let c = classified.get(key);
  if (c !== undefined) return c;
  c = classifyUncached(w, cap);
  if (classified.size > 50_000) classified.clear();
  classified.set(key, c);
  return c;
}

function classifyUncached(w: string, cap: boolean): Single {
  if (IRREGULAR_PAST.has(w)) return { tense: 'past', strength: 2 };
  if (NOT_PAST.has(w)) return null;
  if (FUTURE.test(w) || CONDITIONAL.test(w)) return { tense: 'future', strength: 2 };
  if (PRETERITE.test(w) || IMPERFECT.test(w)) return { tense: 'past', strength: 2 };
  if (w.length >= 6 && PAST_SUBJUNCTIVE.test(w) && !cap) return { tense: 'past', strength: 2 };
  if (w === 'previsto' || w === 'prevista' || w === 'previstos' || w === 'previstas' || w === 'prevé' || w === 'prevén')
    return { tense: 'future', strength: 2 };
  if (PARTICIPLE.test(w) && !cap) return { tense: 'past', strength: 1 };
  return null;
}

/** Whether a word looks like a finite verb (any detected tense, participles aside). */
export function isFiniteVerb(words: readonly Word[], i: number): boolean {
  const t = tenseAt(words, i);
  return t !== null && t.strength === 2;
}

export interface TenseCue {
  tense: Tense;
  /** The words that give it, [word, last]. */
  word: number;
  last: number;
}

/**
 * The tense governing words [a, b): the nearest finite verb in the same clause (words between
 * punctuation), else in the sentence [from, to); a participle only when no finite verb is
 * marked. Null when nothing marks a tense.
 */
export function tenseNear(
  text: string,
  words: readonly Word[],
  a: number,
  b: number,
  from: number,
  to: number,
): TenseCue | null {
  const isBreak = (i: number) => /[,;:()—«»“”"]/u.test(text.slice(words[i]!.end, words[i + 1]!.start));
  let segFrom = a;
  while (segFrom > from && !isBreak(segFrom - 1)) segFrom--;
  let segTo = b;
  while (segTo < to && !isBreak(segTo - 1)) segTo++;
  const scopes: [number, number][] = [
    [segFrom, segTo],
    [from, to],
  ];
  for (const strength of [2, 1] as const) {
    for (const [lo, hi] of scopes) {
      let best: TenseMark | null = null;
      let bestDistance = Infinity;
      for (let i = lo; i < hi; i++) {
        if (i >= a && i < b) continue;
        const m = tenseAt(words, i);
        if (!m || m.strength !== strength) continue;
        const d = i < a ? a - i : i - b + 1;
        if (d < bestDistance) {
          best = m;
          bestDistance = d;
        }
      }
      if (best) return { tense: best.tense, word: best.index, last: best.last };
    }
  }
  return null;
}
