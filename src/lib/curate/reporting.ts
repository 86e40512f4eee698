/**
 * Reporting verbs: the words that say who speaks ("dijo", "afirmó", "agregó", "según"…), in
 * the forms news text uses: preterite, present, imperfect, future and the perfect
 * ("ha dicho"). Forms that double as common nouns or adjectives ("denuncia", "precisa",
 * "alerta") are left out of the present tense.
 */
import type { Word } from './words';

const AR = (
  'afirm agreg señal asegur reafirm declar explic indic destac subray apunt manifest expres coment replic anunci inform precis ' +
  'recalc enfatiz puntualiz denunci critic calific alert asever argument confirm reiter remarc resalt lament relat revel estim ' +
  'consider opin valor acus pregunt sentenci aclar insinu ironiz matiz reclam conden'
).split(' ');
/** Present forms that are also nouns or adjectives. */
const NOT_PRESENT = new Set(['expresa', 'precisa', 'denuncia', 'alerta', 'pregunta', 'estima', 'valora', 'reclama', 'exige', 'condena', 'resume', 'advierta']);
const ER_IR = 'añad admit insist respond promet escrib exig resum'.split(' ');

const IRREGULAR = (
  'dijo dijeron dice dicen decía decían dirá dirán diría dijera dijeran dicho ' +
  'sostuvo sostuvieron sostiene sostienen sostenía sostenido ' +
  'advirtió advirtieron advierte advierten advertido ' +
  'reconoció reconocieron reconoce reconocen reconocido ' +
  'concluyó concluyeron concluye concluyen concluido ' +
  'negó negaron niega niegan negado ' +
  'recordó recordaron recuerda recuerdan recordado ' +
  'sugirió sugirieron sugiere sugieren sugerido ' +
  'escribió escribieron escrito ' +
  'prometió prometieron ' +
  'aseveró sostuviera advirtiera reconociera negara recordara sugiriera ' +
  'detalló detallaron detalla ' +
  'agregó agregaron agrega agregan ' +
  'añadió añadieron añade añaden añadía'
).split(' ');

function forms(): Set<string> {
  const out = new Set<string>(IRREGULAR);
  for (const s of AR) {
    for (const end of ['ó', 'aron', 'aba', 'aban', 'ado', 'ará', 'arán', 'ara', 'aran']) out.add(s + end);
    for (const end of ['a', 'an']) if (!NOT_PRESENT.has(s + end)) out.add(s + end);
  }
  for (const s of ER_IR) for (const end of ['ió', 'ieron', 'e', 'en', 'ía', 'ían', 'ido', 'iera', 'ieran']) out.add(s + end);
  out.delete('escribe'); // "escribe" in news is mostly "writes" an article, not a quotation
  return out;
}

const FORMS = forms();
const AUX = new Set(['ha', 'han', 'había', 'habían', 'habría', 'hemos', 'he']);

export interface ReportingVerb {
  /** First word (the auxiliary of "ha dicho"). */
  first: number;
  /** Last word. */
  last: number;
  /** "según X": the source follows, never precedes. */
  segun: boolean;
}

/** Reporting verbs among words [from, to), skipping words for which `masked(i)` holds. */
export function reportingVerbs(words: readonly Word[], from: number, to: number, masked: (i: number) => boolean): ReportingVerb[] {
  const out: ReportingVerb[] = [];
  for (let i = from; i < to; i++) {
    if (masked(i)) continue;
    const w = words[i]!.lower;
    if (w === 'según') {
      out.push({ first: i, last: i, segun: true });
      continue;
    }
    if (!FORMS.has(w)) continue;
    // Participles only count after an auxiliary ("ha dicho", "había señalado").
    const participle = /(?:ado|ido|cho|ito)$/u.test(w) && !/(?:ó|a|an|e|en)$/u.test(w);
    let first = i;
    if (participle) {
      const aux = words[i - 1];
      if (!aux || !AUX.has(aux.lower)) continue;
      first = i - 1;
    }
    out.push({ first, last: i, segun: false });
  }
  return out;
}
