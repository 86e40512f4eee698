import { describe, expect, it } from 'vitest';
import { actor, event, shippedIndex } from '../network/test-fixtures';
import { accountsOf } from './accounts';

describe('accountsOf', () => {
  it('puts the Rubio–Lavrov call’s quotes in a United States and a Russia column, passages apart', () => {
    const index = shippedIndex();
    const ev = index.eventById.get('rubio-lavrov-call')!;
    const acc = accountsOf(ev, index.actorById)!;
    expect(acc.sides.map((s) => s.side)).toEqual(['us', 'ru']);
    expect(acc.sides[0]!.speakers).toEqual(['tammy-bruce']);
    expect(acc.sides[1]!.speakers).toEqual(['russian-foreign-ministry']);
    expect(acc.sides[0]!.quotes.map((q) => q.quote.text)).toEqual([
      'reafirmó el compromiso del presidente Trump de encontrar un fin al conflicto en Ucrania',
      'Además, discutieron la oportunidad de potencialmente trabajar juntos en una serie de otros asuntos bilaterales',
    ]);
    expect(acc.sides[1]!.quotes.map((q) => q.quote.text)).toEqual(['voluntad mutua de trabajar juntos en asuntos internacionales actuales']);
    expect(acc.unattributed.every((q) => q.quote.speakerId === null)).toBe(true);
    expect(acc.sides.flatMap((s) => s.quotes).length + acc.unattributed.length).toBe(ev.quotes.length);
  });

  it('is null when one side, or nobody named, speaks', () => {
    const index = shippedIndex();
    for (const ev of index.events) {
      const sides = new Set(ev.quotes.map((q) => (q.speakerId ? index.actorById.get(q.speakerId)?.side : undefined)).filter(Boolean));
      expect(accountsOf(ev, index.actorById) === null).toBe(sides.size < 2);
    }
    expect(accountsOf(index.eventById.get('agreement-restore-dialogue')!, index.actorById)).toBeNull();
  });

  it('orders sides as the lanes do and speakers by first quote; an unknown speaker is unattributed', () => {
    const base = event('e', ['kyiv', 'moscow', 'dc']);
    const q = (speakerId: string | null, start: number) => ({ ...base.quotes[0]!, speakerId, start, end: start + 1 });
    const ev = { ...base, quotes: [q('kyiv', 0), q('moscow', 1), q('dc', 2), q('ghost', 3), q('kyiv', 4)] };
    const actors = new Map([actor('kyiv', 'ua'), actor('moscow', 'ru'), actor('dc', 'us')].map((a) => [a.id, a]));
    const acc = accountsOf(ev, actors)!;
    expect(acc.sides.map((s) => s.side)).toEqual(['us', 'ru', 'ua']);
    expect(acc.sides[2]!.quotes).toHaveLength(2);
    expect(acc.unattributed.map((r) => r.quote.speakerId)).toEqual(['ghost']);
  });
});
