import type { Dataset } from './schema';

/** A small source text shaped like the real one: stray marks and a promotion around the body. */
export const FIXTURE_TEXT =
  '“\nSuscríbase gratis al boletín\nLa portavoz dijo que el ministro “habló con su homólogo” el miércoles.\nAmbos acordaron reunirse la próxima semana.\n”';

export const FIXTURE_SOURCE_ID = 'fuente';

export function at(needle: string): { start: number; end: number; text: string } {
  const start = FIXTURE_TEXT.indexOf(needle);
  if (start < 0) throw new Error(`fixture text lacks ${needle}`);
  return { start, end: start + needle.length, text: needle };
}

/** A valid dataset over FIXTURE_TEXT; every test mutates its own copy. */
export function fixtureDataset(): Dataset {
  return {
    schemaVersion: 1,
    title: { en: 'Fixture', es: 'Prueba' },
    sources: [
      {
        id: FIXTURE_SOURCE_ID,
        lang: 'es',
        file: 'sources/fuente.txt',
        publisher: null,
        published: '2025-02-15',
        title: null,
        url: null,
        notes: null,
      },
    ],
    actors: [
      { id: 'ministro', name: 'Ministro', aliases: ['el ministro'], kind: 'person', side: 'us', role: { en: 'Minister', es: 'Ministro' } },
      { id: 'homologo', name: 'Homólogo', aliases: ['su homólogo'], kind: 'person', side: 'ru', role: { en: 'Counterpart', es: 'Homólogo' } },
      { id: 'portavoz', name: 'Portavoz', aliases: ['La portavoz'], kind: 'person', side: 'us', role: { en: 'Spokesperson', es: 'Portavoz' } },
    ],
    topics: [{ id: 'dialogo', label: { en: 'Dialogue', es: 'Diálogo' } }],
    events: [
      {
        id: 'llamada',
        kind: 'call',
        status: 'occurred',
        date: { start: '2025-02-12', end: '2025-02-12', precision: 'day', basis: '«el miércoles» before 2025-02-15 → 2025-02-12' },
        title: { en: 'The call', es: 'La llamada' },
        summary: { en: 'They spoke.', es: 'Hablaron.' },
        actors: [
          { id: 'ministro', role: 'participant' },
          { id: 'homologo', role: 'participant' },
          { id: 'portavoz', role: 'speaker' },
        ],
        topics: ['dialogo'],
        location: null,
        quotes: [
          {
            sourceId: FIXTURE_SOURCE_ID,
            ...at('habló con su homólogo'),
            speakerId: 'portavoz',
            kind: 'direct',
            translation: { en: 'spoke with his counterpart' },
          },
        ],
      },
      {
        id: 'reunion',
        kind: 'meeting',
        status: 'planned',
        date: { start: '2025-02-17', end: '2025-02-23', precision: 'week', basis: '«la próxima semana» after 2025-02-15' },
        title: { en: 'The meeting', es: 'La reunión' },
        summary: { en: 'They will meet.', es: 'Se reunirán.' },
        actors: [
          { id: 'ministro', role: 'participant' },
          { id: 'homologo', role: 'participant' },
        ],
        topics: [],
        location: null,
        quotes: [
          {
            sourceId: FIXTURE_SOURCE_ID,
            ...at('Ambos acordaron reunirse la próxima semana.'),
            speakerId: null,
            kind: 'passage',
            translation: { en: 'Both agreed to meet next week.' },
          },
        ],
      },
    ],
    relations: [{ from: 'ministro', to: 'homologo', kind: 'counterpart', eventIds: ['llamada', 'reunion'] }],
  };
}

export const FIXTURE_TEXTS: ReadonlyMap<string, string> = new Map([[FIXTURE_SOURCE_ID, FIXTURE_TEXT]]);
