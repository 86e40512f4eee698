import { describe, expect, it } from 'vitest';
import { aliasIndex, matchAliases, type ActorRef } from './aliases';
import { foldRange } from './text';

const ACTORS: ActorRef[] = [
  { id: 'russia', name: 'Russia', aliases: ['Rusia', 'Moscú'] },
  { id: 'ministry', name: 'Russian Foreign Ministry', aliases: ['El Ministerio de Relaciones Exteriores de Rusia', 'el ministerio'] },
  { id: 'us', name: 'United States', aliases: ['EE. UU.'] },
];

function match(text: string, actors = ACTORS) {
  return matchAliases(text, foldRange(text, 0, text.length), aliasIndex(actors)).map((m) => [text.slice(m.start, m.end), m.actorId]);
}

describe('alias matching', () => {
  it('ignores accents and case', () => {
    expect(match('MOSCU y moscú y Moscu')).toEqual([
      ['MOSCU', 'russia'],
      ['moscú', 'russia'],
      ['Moscu', 'russia'],
    ]);
  });

  it('matches whole words only', () => {
    expect(match('Prusia y Rusiam no; Rusia sí.')).toEqual([['Rusia', 'russia']]);
  });

  it('takes the longest alias first', () => {
    expect(match('el Ministerio de Relaciones Exteriores de Rusia y el ministerio')).toEqual([
      ['el Ministerio de Relaciones Exteriores de Rusia', 'ministry'],
      ['el ministerio', 'ministry'],
    ]);
  });

  it('maps offsets back through decomposed accents and runs of white space', () => {
    const text = 'En Mosc\u0075\u0301  y EE.  UU. hoy';
    expect(match(text)).toEqual([
      ['Mosc\u0075\u0301', 'russia'],
      ['EE.  UU.', 'us'],
    ]);
  });

  it('builds the index once per actor list', () => {
    expect(aliasIndex(ACTORS)).toBe(aliasIndex(ACTORS));
  });
});
