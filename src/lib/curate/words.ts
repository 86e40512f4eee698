/**
 * The body's words, found once and shared by every pass: offsets, the lower-case form (accents
 * kept, for verb forms where an accent matters: "criticó" is a verb, "crítico" is not) and the
 * folded form (accents dropped, for names and fixed phrases).
 */
import { fold } from '../search';
import { isLetterCode, type Span } from './text';

export interface Word extends Span {
  /** Lower case, NFC, accents kept. */
  lower: string;
  /** Lower case, accents dropped. */
  folded: string;
  /** Starts with an upper-case letter. */
  cap: boolean;
}

const UPPER = /^\p{Lu}/u;

function isAscii(w: string): boolean {
  for (let i = 0; i < w.length; i++) if (w.charCodeAt(i) > 0x7f) return false;
  return true;
}

/**
 * Words: runs of letters, marks and digits, joined across an apostrophe or a hyphen between
 * two letters ("O’Brien", "Ruiz-Tagle"). A hand-written scanner: a Unicode regex per word
 * costs more than the rest of the pass at 50,000 characters.
 */
export function bodyWords(text: string, body: Span): Word[] {
  const out: Word[] = [];
  // News text repeats its words: each distinct form is lowered and folded once.
  const forms = new Map<string, { lower: string; folded: string; cap: boolean }>();
  let i = body.start;
  while (i < body.end) {
    if (!isLetterCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    for (;;) {
      while (i < body.end && isLetterCode(text.charCodeAt(i))) i++;
      const c = text.charCodeAt(i);
      const joiner = c === 39 || c === 0x2019 || c === 45;
      if (joiner && i + 1 < body.end && isLetterCode(text.charCodeAt(i + 1))) {
        i++;
        continue;
      }
      break;
    }
    const w = text.slice(start, i);
    let f = forms.get(w);
    if (!f) {
      const lower = (isAscii(w) ? w : w.normalize('NFC')).toLowerCase();
      f = { lower, folded: fold(lower), cap: UPPER.test(w) };
      forms.set(w, f);
    }
    out.push({ start, end: i, lower: f.lower, folded: f.folded, cap: f.cap });
  }
  return out;
}

/** Index of the first word that ends after `offset` (binary search), or words.length. */
export function wordAtOrAfter(words: readonly Word[], offset: number): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid]!.end > offset) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Spanish function words and common sentence openers: never a name on their own. */
export const STOPWORDS = new Set(
  (
    'el la los las lo un una unos unas al del de y e o u ni que en con por para sin sobre entre tras desde hasta hacia segun ' +
    'durante mediante ante bajo contra su sus mi mis tu tus nuestro nuestra nuestros nuestras este esta estos estas ese esa esos esas ' +
    'aquel aquella aquellos aquellas eso esto ello el ella ellos ellas nosotros nosotras ustedes usted yo tu se le les nos me te ' +
    'tambien ademas sin embargo pero aunque mientras cuando donde como asi ya no si mas menos muy tan todo todos toda todas otro otra ' +
    'otros otras cada ambos ambas despues antes ahora hoy ayer manana luego entonces incluso hay fue es son era esta estan ha han habia ' +
    'pese hace cual cuales quien quienes cuyo cuya alli aqui alla solo sino porque pues dicho dichos dicha dichas varios varias algunos ' +
    'algunas algun alguna ningun ninguna mucho muchos mucha muchas poco pocos poca pocas tanto tanta tantos tantas mismo misma mismos ' +
    'mismas primero primera segundo segunda ultimo ultima finalmente asimismo posteriormente recientemente actualmente tampoco quizas quiza ' +
    'nunca jamas siempre acaso ojala aun todavia nadie nada algo alguien cualquier ninguno ' +
    'lunes martes miercoles jueves viernes sabado domingo enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre ' +
    'noviembre diciembre'
  ).split(' '),
);

export const DETERMINERS = new Set(['el', 'la', 'los', 'las', 'un', 'una', 'unos', 'unas', 'su', 'sus']);
