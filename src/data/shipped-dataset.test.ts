import { describe, expect, it } from 'vitest';
import datasetText from '../../public/data/dataset.json?raw';
import { formatProblem } from './problems';
import type { Dataset } from './schema';
import { validateDatasetText } from './validate';

/**
 * The curated dataset against the requirements. Byte identity and the sha256 of the
 * source file are checked from Node in scripts/shipped-source.test.ts.
 */
const sourceFiles = import.meta.glob<string>('../../public/data/sources/*.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const readSource = async (file: string) => {
  const text = sourceFiles[`../../public/data/${file}`];
  if (text === undefined) throw new Error('no such file');
  return text;
};

const result = await validateDatasetText(datasetText, readSource);
const dataset = (result.ok ? result.dataset : JSON.parse(datasetText)) as Dataset;
const SOURCE_ID = 'rubio-lavrov-2025-02-15';
const source = (await readSource(`sources/${SOURCE_ID}.txt`)).toString();
const quotes = dataset.events.flatMap((e) => e.quotes.map((q) => ({ ...q, eventId: e.id })));

/** The article body: after the stray “ and the two promotion lines, before the closing stray “. */
const bodyStart = source.indexOf('El secretario de Estado');
const bodyEnd = source.lastIndexOf('\n“');

describe('the shipped dataset', () => {
  it('passes validation', () => {
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([]);
  });

  it('ships the source with its stray marks and promotion intact', () => {
    expect(source.startsWith('“\nDesbloquee el boletín informativo de la Casa Blanca de forma gratuita\nSu guía sobre')).toBe(true);
    expect(source.endsWith('con Moscú.\n“')).toBe(true);
    expect(source.slice(0, bodyStart).split('\n')).toHaveLength(4); // “, two promotion lines, then the body
    expect(bodyEnd).toBe(source.length - 2);
  });

  it('attaches nothing to the promotion lines or the stray first and last characters', () => {
    const outside = quotes.filter((q) => q.sourceId === SOURCE_ID && (q.start < bodyStart || q.end > bodyEnd));
    expect(outside).toEqual([]);
  });

  it('has exactly the article’s nine “…” quotations as direct quotes, with their exact offsets', () => {
    const pairs = [...source.slice(bodyStart, bodyEnd).matchAll(/“([^“”]+)”/g)].map((m) => ({
      start: bodyStart + m.index + 1,
      end: bodyStart + m.index + 1 + m[1]!.length,
      text: m[1]!,
    }));
    expect(pairs).toHaveLength(9);
    const direct = quotes.filter((q) => q.kind === 'direct').map(({ start, end, text }) => ({ start, end, text }));
    const byStart = (a: { start: number }, b: { start: number }) => a.start - b.start;
    expect(direct.sort(byStart)).toEqual(pairs.sort(byStart));
  });

  it('attributes each direct quote as the article does', () => {
    const speakers = Object.fromEntries(quotes.filter((q) => q.kind === 'direct').map((q) => [q.text.slice(0, 24), q.speakerId]));
    expect(speakers).toEqual({
      inmediatamente: null, // the article puts the word in quotation marks without naming who said it
      'reafirmó el compromiso d': 'tammy-bruce',
      'Además, discutieron la o': 'tammy-bruce',
      'restablecer un diálogo i': 'russian-foreign-ministry',
      'una línea de comunicació': 'russian-foreign-ministry',
      'voluntad mutua de trabaj': 'russian-foreign-ministry',
      'medidas concretas para l': 'russian-foreign-ministry',
      'un largo camino': 'donald-trump',
      'un gran avance para enco': 'donald-trump',
    });
  });

  it('backs every event with at least one quote', () => {
    expect(dataset.events.filter((e) => e.quotes.length === 0).map((e) => e.id)).toEqual([]);
  });

  it('links every actor to at least one event', () => {
    const linked = new Set(dataset.events.flatMap((e) => e.actors.map((a) => a.id)));
    expect(dataset.actors.filter((a) => !linked.has(a.id)).map((a) => a.id)).toEqual([]);
  });

  it('takes every alias from the text as written', () => {
    const missing = dataset.actors.flatMap((a) => a.aliases.filter((alias) => !source.includes(alias)).map((alias) => `${a.id}: ${alias}`));
    expect(missing).toEqual([]);
  });

  it('has every person the article names', () => {
    const names = dataset.actors.map((a) => a.name);
    for (const person of ['Marco Rubio', 'Sergei Lavrov', 'Donald Trump', 'Vladimir Putin', 'Mike Waltz', 'Steve Witkoff', 'John Ratcliffe', 'Keith Kellogg', 'Tammy Bruce'])
      expect(names).toContain(person);
  });

  it('leaves unknown source metadata null and says how the rest was inferred', () => {
    const s = dataset.sources.find((x) => x.id === SOURCE_ID)!;
    expect(s).toMatchObject({ lang: 'es', file: `sources/${SOURCE_ID}.txt`, published: '2025-02-15', title: null, url: null });
    expect(s.notes).toMatch(/Publisher inferred/);
    expect(s.notes).toMatch(/Publication date inferred/);
  });

  it('resolves dates as the issue states, and says so in the basis', () => {
    const date = (id: string) => dataset.events.find((e) => e.id === id)?.date;
    expect(date('trump-putin-call')).toMatchObject({ start: '2025-02-12', end: '2025-02-12', precision: 'day' });
    expect(date('trump-putin-call')?.basis).toMatch(/miércoles/);
    expect(date('rubio-lavrov-call')).toMatchObject({ start: '2025-02-15', end: '2025-02-15', precision: 'day' });
    expect(date('trump-thursday-remarks')).toMatchObject({ start: '2025-02-13', end: '2025-02-13', precision: 'day' });
    expect(date('trump-thursday-remarks')?.basis).toMatch(/jueves/);
    expect(date('saudi-arabia-talks-planned')).toMatchObject({ start: '2025-02-17', end: '2025-02-23', precision: 'week' });
    expect(date('russian-full-scale-invasion')).toMatchObject({ start: '2022-02-24', end: '2022-02-24' });
    expect(date('russian-full-scale-invasion')?.basis).toMatch(/outside the article/);
  });

  it('marks what the article announces for the future as planned, and nothing else', () => {
    const planned = dataset.events.filter((e) => e.status === 'planned').map((e) => e.id).sort();
    expect(planned).toEqual(['expert-meeting-embassies-planned', 'saudi-arabia-talks-planned', 'trump-putin-meeting-planned']);
  });

  it('never invents a bound the text leaves open', () => {
    for (const id of ['expert-meeting-embassies-planned', 'trump-putin-meeting-planned'])
      expect(dataset.events.find((e) => e.id === id)?.date.end).toBeNull();
  });

  it('covers the happenings the issue lists', () => {
    const ids = new Set(dataset.events.map((e) => e.id));
    for (const id of [
      'trump-putin-call',
      'trump-putin-agree-to-negotiate',
      'trump-thursday-remarks',
      'us-negotiating-team-named',
      'rubio-lavrov-call',
      'saudi-arabia-talks-planned',
      'agreement-communication-line',
      'expert-meeting-embassies-planned',
      'trump-putin-meeting-planned',
      'kyiv-europe-alarmed',
      'us-asks-europe-security-proposals',
      'us-questionnaire-to-europe',
      'high-level-contact-halted',
      'reciprocal-embassy-expulsions',
    ])
      expect(ids.has(id), id).toBe(true);
    const team = dataset.events.find((e) => e.id === 'us-negotiating-team-named')!.actors.map((a) => a.id);
    expect(team).toEqual(expect.arrayContaining(['marco-rubio', 'john-ratcliffe', 'mike-waltz', 'steve-witkoff', 'keith-kellogg']));
  });
});
