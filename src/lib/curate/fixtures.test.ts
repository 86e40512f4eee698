/**
 * Two invented articles (fixtures/*.txt; their first line says they are test fixtures, not
 * reporting) that cover what the shipped article does not: other quotation marks, reporting
 * verbs before and after the quotation and "según", and the other date expressions.
 */
import { describe, expect, it } from 'vitest';
import { draftFixture, FIXTURES, spansOf } from './articles.test-helper';
import { findQuotations } from './quotations';
import { bodySentences } from './sentences';

function table(name: keyof typeof FIXTURES) {
  const d = draftFixture(name);
  return {
    d,
    quotes: d.quotes.map((q) => [q.text, q.speaker?.name ?? null]),
    dates: Object.fromEntries(
      d.dates.map((x) => [x.text, x.date ? `${x.date.start}…${x.date.end} ${x.date.precision}` : `null: ${x.reason}`]),
    ),
  };
}

describe('the fixtures', () => {
  it('say in their first line that they are invented', () => {
    for (const f of Object.values(FIXTURES)) expect(f.text.split('\n')[0]).toMatch(/^FIXTURE DE PRUEBA INVENTADO: .*(?:no es|No es) (?:información|una noticia) real/u);
  });

  it('keep every offset a slice of the article, inside the body', () => {
    for (const name of Object.keys(FIXTURES) as (keyof typeof FIXTURES)[]) {
      const { d } = table(name);
      const bodyStart = FIXTURES[name].text.indexOf('\n') + 1;
      for (const s of spansOf(d)) {
        expect(s.start, `${name} ${s.where}`).toBeGreaterThanOrEqual(bodyStart);
        if (s.text !== undefined) expect(FIXTURES[name].text.slice(s.start, s.end), `${name} ${s.where}`).toBe(s.text);
      }
    }
  });
});

describe('cumbre-valdoria (published Wednesday 2024-06-12)', () => {
  const { d, quotes, dates } = table('valdoria');

  it('finds «…», "…" and “…” quotations, with ‘…’ nested inside one of them', () => {
    expect(quotes).toEqual([
      ['Hemos dado el primer paso', 'Elena Duarte'], // «…», dijo Duarte
      ['franca y útil', 'Pavel Orlov'], // Orlov añadió que … «…»
      ['una propuesta por escrito', 'Ilya Sokolov'], // Según el portavoz …, Ilya Sokolov, … "…"
      ['No habrá acuerdo sin garantías', 'Ilya Sokolov'], // «…», advirtió el Sr. Sokolov
      ['una salida negociada', null], // a resolution's words: no reporting verb, nobody says it
      ['La delegación viajará el viernes a Berna con ‘propuestas concretas’ sobre la frontera', 'El Ministerio de Asuntos Exteriores de Valdoria'],
      ['Si Montenor cumple, firmaremos este mes', 'Elena Duarte'], // “…”, escribió Duarte
      ['ingenuo', 'La oposición'], // La oposición calificó el plan de "…"
      ['ya no sirve', 'una fuente diplomática'], // «…», según una fuente diplomática
    ]);
  });

  it('resolves the dates against the publication day, by tense where the text needs it', () => {
    expect(dates).toEqual({
      ayer: '2024-06-11…2024-06-11 day',
      'el próximo martes': '2024-06-18…2024-06-18 day',
      mañana: '2024-06-13…2024-06-13 day',
      'hace tres semanas': '2024-05-20…2024-05-26 week',
      'el 3 de mayo de 2024': '2024-05-03…2024-05-03 day',
      'el 20 de mayo': '2024-05-20…2024-05-20 day', // "se celebró": the latest 20 May before
      'Hace dos meses': '2024-04-01…2024-04-30 month',
      'el viernes': '2024-06-14…2024-06-14 day', // "viajará": the next Friday
      Hoy: '2024-06-12…2024-06-12 day',
      'este mes': '2024-06-01…2024-06-30 month',
      lunes: expect.stringMatching(/^null: «lunes»: no verb in the sentence says whether it lies before or after publication .*\(2024-06-10 or 2024-06-17\)\.$/u),
      '2016': '2016-01-01…2016-12-31 year',
      'El mes pasado': '2024-05-01…2024-05-31 month',
      'la semana pasada': '2024-06-03…2024-06-09 week',
      'el jueves 13 de junio': '2024-06-13…2024-06-13 day',
      'el domingo': '2024-06-16…2024-06-16 day', // "volverá": the next Sunday
    });
    const friday = d.dates.find((x) => x.text === 'el viernes')!.date!;
    expect(friday.basis).toBe('«el viernes»: the Friday after publication on Wednesday 2024-06-12 → 2024-06-14. Future tense: «viajará».');
  });

  it('proposes the people and offices it does not know as new actors', () => {
    const names = d.mentions.filter((m) => m.actorId === null).map((m) => m.text);
    expect(names).toEqual(
      expect.arrayContaining(['La canciller de Valdoria', 'Elena Duarte', 'el ministro de Exteriores de Montenor', 'Pavel Orlov', 'Ilya Sokolov', 'J. R. Castell', 'El Ministerio de Asuntos Exteriores de Valdoria']),
    );
    // Sentence openers and titles are not names.
    expect(names).not.toContain('Hemos');
    expect(names.some((n) => n.startsWith('Sr'))).toBe(false);
  });

  it('splits sentences at full stops but not after "Sr." or initials', () => {
    const s = d.events.map((e) => e.sentence.text);
    expect(s).toContain('«No habrá acuerdo sin garantías», advirtió el Sr. Sokolov, quien recordó que las conversaciones comenzaron hace tres semanas.');
    expect(s).toContain('Hoy el ministerio agregó que el embajador J. R. Castell se sumará al equipo negociador.');
  });
});

describe('conferencia-agua (published Monday 2023-11-06)', () => {
  const { d, quotes, dates } = table('agua');

  it('attributes quotations before, after and around the reporting verb', () => {
    expect(quotes).toEqual([
      ['Es una oportunidad única para la región', 'Marta Quiroga'],
      ['Llevamos meses preparándola', 'Marta Quiroga'], // the next sentence, with no verb: the same speaker
      ['todo el apoyo necesario', 'Andrés Villalba'], // subject — parenthesis — verb
      ['la sequía de este año fue la peor desde 1995', 'Inés Ferrer'], // Según la Dra. Inés Ferrer, …
      ['Queremos terminar antes del verano', 'Luis Berrocal'], // Berrocal agregó: "…"
      ['No nos han escuchado', 'un portavoz vecinal'], // a description, no name
      ['nada está decidido', 'Marta Quiroga'], // "la alcaldesa": the short reference resolves
      ['Las cifras no cuadran', 'una fuente municipal'], // dijo a este diario una fuente municipal
    ]);
    expect(d.quotes[6]!.speaker).toMatchObject({ start: d.source.text.indexOf('la alcaldesa insistió'), end: d.source.text.indexOf(' insistió') });
  });

  it('resolves the other date expressions, and leaves open what the text leaves open', () => {
    expect(dates).toEqual({
      hoy: '2023-11-06…2023-11-06 day',
      'del 1 al 3 de diciembre': '2023-12-01…2023-12-03 range',
      'la semana pasada': '2023-10-30…2023-11-05 week',
      'este año': '2023-01-01…2023-12-31 year',
      '1995': '1995-01-01…1995-12-31 year',
      enero: '2024-01-01…2024-01-31 month', // "empezarán": the next January
      marzo: '2023-03-01…2023-03-31 month', // "sufrió": the latest March
      'hace cinco días': '2023-11-01…2023-11-01 day',
      '2009': '2009-01-01…2009-12-31 year',
      'el jueves': '2023-11-09…2023-11-09 day', // "será"
      'el sábado': '2023-11-04…2023-11-04 day', // "protestaron"
      'el 15 de noviembre': '2023-11-15…2023-11-15 day',
      'entre 2014 y 2016': '2014-01-01…2016-12-31 range',
      'al día siguiente': 'null: «al día siguiente» counts from another date in the article, not from publication; resolve it by hand.',
      'Hace unos días': 'null: «Hace unos días» gives no number to count from publication.',
    });
  });

  it('does not split "EE. UU." from the rest of its sentence', () => {
    const text = FIXTURES.agua.text;
    const body = { start: text.indexOf('\n') + 1, end: text.length };
    const sentences = bodySentences(text, body, findQuotations(text, body)).map((x) => text.slice(x.start, x.end));
    expect(sentences.at(-1)).toBe('La embajada de EE. UU. en la capital no quiso comentar el asunto.');
    expect(sentences).toContain('Según la Dra. Inés Ferrer, experta de la ONU, "la sequía de este año fue la peor desde 1995".');
  });
});
