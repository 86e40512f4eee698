import { describe, expect, it } from 'vitest';
import { draftArticle, DraftInputError } from './draft';

const PUB = '2025-02-15';
const speakers = (text: string, actors?: { id: string; name: string; aliases: string[] }[]) =>
  draftArticle({ text, published: PUB, dataset: actors ? { actors } : null }).quotes.map((q) => [q.text, q.speaker?.name ?? null, q.speaker?.actorId ?? null]);

describe('draftArticle: input', () => {
  it('refuses an empty article, a bad date and a body outside the text, with a one-line message', () => {
    expect(() => draftArticle({ text: ' \n ', published: PUB })).toThrow(new DraftInputError('the article is empty'));
    expect(() => draftArticle({ text: 'Hola.', published: '2025-02-30' })).toThrow(/^the publication date must be a real date as YYYY-MM-DD, not "2025-02-30"$/u);
    expect(() => draftArticle({ text: 'Hola.', published: '15/02/2025' })).toThrow(DraftInputError);
    expect(() => draftArticle({ text: 'Hola.', published: PUB, body: { start: 2, end: 99 } })).toThrow('the body 2:99 does not lie within the article (0:5)');
  });

  it('drafts a text with no quotation: no quotes, the rest as usual', () => {
    const d = draftArticle({ text: 'Ana Pérez viajó ayer a Lima.', published: PUB });
    expect(d.quotes).toEqual([]);
    expect(d.dates.map((x) => x.date?.start)).toEqual(['2025-02-14']);
    expect(d.mentions.map((m) => m.text)).toEqual(['Ana Pérez', 'Lima']);
  });

  it('fills the source entry: known metadata kept, unknown null, the body only when given', () => {
    const d = draftArticle({ text: 'Texto.', published: PUB, source: { id: 'mi-fuente', publisher: 'El Diario' } });
    expect(d.source).toEqual({ id: 'mi-fuente', lang: 'es', text: 'Texto.', publisher: 'El Diario', published: PUB, title: null, url: null, notes: null, body: null });
  });
});

describe('draftArticle: speakers', () => {
  it('reads inverted attributions with dashes and shared verbs', () => {
    expect(speakers('«No hay plan» —dijo Dmitri Peskov— «ni lo habrá».')).toEqual([
      ['No hay plan', 'Dmitri Peskov', null],
      ['ni lo habrá', 'Dmitri Peskov', null],
    ]);
    expect(speakers('“Sí” y “no”, respondió Ana Pérez.')).toEqual([
      ['Sí', 'Ana Pérez', null],
      ['no', 'Ana Pérez', null],
    ]);
  });

  it('resolves a surname to the person named in full before', () => {
    expect(speakers('Dmitri Peskov habló con la prensa. Peskov añadió que era “un error”.')).toEqual([['un error', 'Dmitri Peskov', null]]);
  });

  it('gives "el diplomático" or "el mandatario" to the person named last, not to a place', () => {
    // Invented test sentences, not reporting.
    const text =
      'El enviado de la ONU, Staffan de Mistura, afirmó que las conversaciones "avanzan despacio" en Ginebra. ' +
      '"No hay atajos", agregó el diplomático. La reunión fue en Moscú. "Seguiremos", dijo el mandatario.';
    expect(speakers(text)).toEqual([
      ['avanzan despacio', 'Staffan de Mistura', null],
      ['No hay atajos', 'Staffan de Mistura', null],
      ['Seguiremos', 'Staffan de Mistura', null],
    ]);
    // The adjective is no person: "el contacto diplomático de alto nivel" names nobody.
    const d = draftArticle({ text: 'Se retomó el contacto diplomático de alto nivel entre ambos países.', published: PUB });
    expect(d.mentions.map((m) => m.text)).toEqual([]);
  });

  it('matches a speaker to a dataset actor, and proposes the others by name', () => {
    const actors = [{ id: 'kremlin', name: 'Kremlin', aliases: ['el Kremlin'] }];
    expect(speakers('“Nada cambia”, afirmó el Kremlin. “Todo cambia”, replicó Olga Ruiz.', actors)).toEqual([
      ['Nada cambia', 'Kremlin', 'kremlin'],
      ['Todo cambia', 'Olga Ruiz', null],
    ]);
  });

  it('continues a speaker only into a sentence with no subject of its own', () => {
    expect(speakers('Ana Pérez dijo que “sí”.\nLa prensa habló de una “crisis”.')).toEqual([
      ['sí', 'Ana Pérez', null],
      ['crisis', null, null],
    ]);
    expect(speakers('Ana Pérez dijo que “sí”.\nTambién pidió “calma”.')).toEqual([
      ['sí', 'Ana Pérez', null],
      ['calma', 'Ana Pérez', null],
    ]);
    // Three sentences on, with no verb: the quotation is nobody's.
    expect(speakers('Ana Pérez dijo “sí”. Llovía. Hacía frío. “Nunca”.')[1]).toEqual(['Nunca', null, null]);
  });

  it('reads a colon after the subject, a relative pronoun, set phrases and objects after the verb', () => {
    expect(speakers('El primer ministro de Valdoria, Iván Soto, fue tajante: «No cederemos».')).toEqual([['No cederemos', 'Iván Soto', null]]);
    expect(speakers('“Es tarde”, señaló a su vez la canciller, Eva Lind, quien añadió que hace falta “valor”.')).toEqual([
      ['Es tarde', 'Eva Lind', null],
      ['valor', 'Eva Lind', null],
    ]);
    // "a la agencia TASS" is whom it was said to; the speaker is the subject before.
    expect(speakers('«No hay prisa», dijo Iván Soto a la agencia TASS.')).toEqual([['No hay prisa', 'Iván Soto', null]]);
    expect(speakers('«No hay prisa», dijo a la agencia TASS un diplomático.')).toEqual([['No hay prisa', 'un diplomático', null]]);
  });

  it('gives a verb without a subject to the subject named last', () => {
    expect(
      speakers('«Cumpliremos», ha dicho Ana Vera. El líder de la oposición, Luis Mar, ha criticado el plan. «Es humo», ha declarado a los periodistas.'),
    ).toEqual([
      ['Cumpliremos', 'Ana Vera', null],
      ['Es humo', 'Luis Mar', null],
    ]);
    expect(speakers('Ana Vera criticó el plan y dijo que es «humo».')).toEqual([['humo', 'Ana Vera', null]]);
    expect(speakers('«Sí», ha explicado Ana Vera en una entrevista en la que ha subrayado que «no».')).toEqual([
      ['Sí', 'Ana Vera', null],
      ['no', 'Ana Vera', null],
    ]);
  });

  it('keeps particles inside names and sentence openers out of them', () => {
    const d = draftArticle({ text: 'La Sra. Ana von der Berg llegó. «No. Nunca aceptaremos eso», dijo.', published: PUB });
    expect(d.mentions.map((m) => m.text)).toEqual(['Ana von der Berg']);
    expect(d.quotes[0]!.speaker).toBeNull();
  });

  it('does not take a verb inside the quotation for the attribution', () => {
    expect(speakers('Ana “dijo que no”, según Luis Gómez.')).toEqual([['dijo que no', 'Luis Gómez', null]]);
  });
});

describe('draftArticle: dates', () => {
  const dates = (text: string) => draftArticle({ text, published: PUB }).dates.map((d) => [d.text, d.date ? `${d.date.start}…${d.date.end}` : null]);

  it('takes "el pasado" and "el próximo" before a day as the side of publication', () => {
    expect(dates('La cumbre del pasado 3 de febrero; la del próximo 3 de marzo.')).toEqual([
      ['pasado 3 de febrero', '2025-02-03…2025-02-03'],
      ['próximo 3 de marzo', '2025-03-03…2025-03-03'],
    ]);
    expect(dates('Se vieron el pasado 24 de febrero.')).toEqual([['el pasado 24 de febrero', '2024-02-24…2024-02-24']]);
  });

  it('does not read the morning as tomorrow, habits as dates, or a figure as a year', () => {
    expect(dates('Se reunieron por la mañana. Los lunes hay consejo. Llegaron 2016 soldados.')).toEqual([]);
    expect(dates('Llegará mañana por la mañana.')).toEqual([['mañana', '2025-02-16…2025-02-16']]);
  });
});

describe('draftArticle: scale', () => {
  it('keeps offsets exact in a long text made of many articles', () => {
    const unit = 'El ministro Juan Ruiz dijo el jueves que “habrá acuerdo”. ';
    const text = unit.repeat(500);
    const d = draftArticle({ text, published: PUB });
    expect(d.quotes).toHaveLength(500);
    expect(d.quotes.every((q) => text.slice(q.start, q.end) === 'habrá acuerdo' && q.speaker?.name === 'Juan Ruiz')).toBe(true);
    expect(new Set(d.dates.map((x) => x.date?.start))).toEqual(new Set(['2025-02-13']));
  });
});
