import { describe, expect, it } from 'vitest';
import type { DatasetEvent, Side } from '../../data/schema';
import { SIDE_ORDER } from '../sides';
import { actorLanes, decodeSides, eventSides, leadActor, sidesCode } from './lanes';
import { buildModel } from './layout';
import { syntheticIndex } from './test-fixtures';
import { shippedIndex } from './test-fixtures';

const index = shippedIndex();
const ev = (id: string) => index.eventById.get(id)!;
const sideOf = (id: string): Side => index.actorById.get(id)!.side;

describe('lead actor and sides', () => {
  it('leads with the first participant, whatever the listed order', () => {
    expect(leadActor(ev('rubio-lavrov-call')).id).toBe('marco-rubio');
    // Listed: subject, subject, participant, participant.
    expect(leadActor(ev('reciprocal-embassy-expulsions')).id).toBe('united-states');
  });

  it('falls back to the first speaker, then subject, when nobody participates', () => {
    expect(leadActor(ev('trump-thursday-remarks')).id).toBe('donald-trump');
    expect(leadActor(ev('election-interference-accusations-2016')).id).toBe('russia');
  });

  it('lists the sides involved, lead first, leaving out sides only mentioned', () => {
    expect(eventSides(ev('rubio-lavrov-call'), sideOf)).toEqual(['us', 'ru']);
    expect(eventSides(ev('kyiv-europe-alarmed'), sideOf)).toEqual(['ua', 'europe', 'us']);
    // Ukraine is mentioned only; Saudi Arabia is mentioned only.
    expect(eventSides(ev('saudi-arabia-talks-planned'), sideOf)).toEqual(['us', 'ru']);
  });

  it('keeps the lead side even when the lead is only mentioned', () => {
    const e = { ...ev('rubio-lavrov-call'), actors: [{ id: 'ukraine', role: 'mentioned' as const }] } as DatasetEvent;
    expect(eventSides(e, sideOf)).toEqual(['ua']);
  });
});

describe('sidesCode', () => {
  it('encodes the very list eventSides gives, lead first', () => {
    for (const ix of [index, syntheticIndex(2000, 9)]) {
      const of = (id: string): Side => ix.actorById.get(id)?.side ?? 'other';
      for (const e of ix.events) expect(decodeSides(sidesCode(e, (id) => SIDE_ORDER.indexOf(of(id))))).toEqual(eventSides(e, of));
    }
  });

  it('gives equal lists equal codes and different lists different ones', () => {
    const a = sidesCode(ev('rubio-lavrov-call'), (id) => SIDE_ORDER.indexOf(sideOf(id)));
    const b = sidesCode(ev('kyiv-europe-alarmed'), (id) => SIDE_ORDER.indexOf(sideOf(id)));
    expect(a).not.toBe(b);
    expect(decodeSides(a)).toEqual(['us', 'ru']);
  });
});

describe('lanes', () => {
  it('makes one lane per leading side, in the side order', () => {
    expect(buildModel(index, 'side').lanes.map((l) => l.key)).toEqual(['side:us', 'side:ru', 'side:ua']);
  });

  it('makes one lane per actor, grouped by side and busiest first', () => {
    const lanes = actorLanes(index.events, index.actorById);
    const ids = new Set(index.events.flatMap((e) => e.actors.map((a) => a.id)));
    expect(lanes).toHaveLength(ids.size);
    const sides = lanes.map((l) => l.side);
    expect(sides).toEqual([...sides].sort((a, b) => ['us', 'ru', 'ua', 'europe', 'mediator', 'other'].indexOf(a) - ['us', 'ru', 'ua', 'europe', 'mediator', 'other'].indexOf(b)));
    expect(lanes[0]).toMatchObject({ key: 'actor:donald-trump', side: 'us' });
    const usCounts = lanes.filter((l) => l.side === 'us').map((l) => index.eventsByActor.get(l.id)!.length);
    expect(usCounts).toEqual([...usCounts].sort((a, b) => b - a));
  });
});
