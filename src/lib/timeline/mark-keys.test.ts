import { describe, expect, it } from 'vitest';
import { buildModel } from './layout';
import { keyAction, positionIn, tabStop } from './mark-keys';
import { shippedIndex } from './test-fixtures';

const model = buildModel(shippedIndex(), 'side');
const ids = model.ids.filter((_, i) => i % 2 === 1);
const visible = { set: new Set(ids), ids };

describe('positionIn', () => {
  it('finds an id among the filtered ids by model order, or -1', () => {
    ids.forEach((id, i) => expect(positionIn(ids, model.indexOf, id)).toBe(i));
    expect(positionIn(ids, model.indexOf, model.ids[0]!)).toBe(-1);
    expect(positionIn(ids, model.indexOf, 'no-such-event')).toBe(-1);
    expect(positionIn([], model.indexOf, ids[0]!)).toBe(-1);
  });
});

describe('tabStop', () => {
  const included = ids.map((id) => model.indexOf.get(id)!);
  const everything = [-Infinity, Infinity] as const;
  const nothing = [0, 1] as const;

  it('is the last focused mark, else the selection, while they are in the filters', () => {
    expect(tabStop(model, { focusId: ids[3]!, selectedId: ids[5]!, visible, included, focus: everything })).toBe(ids[3]);
    expect(tabStop(model, { focusId: model.ids[0]!, selectedId: ids[5]!, visible, included, focus: everything })).toBe(ids[5]);
  });

  it('else the first mark in the focus, else the first on screen, else the first in the filters', () => {
    const e = included[4]!;
    const at = [model.marks[e]!.t0, model.marks[e]!.t0] as const;
    const first = included.find((x) => model.marks[x]!.t1 >= at[0] && model.marks[x]!.t0 <= at[1])!;
    expect(tabStop(model, { focusId: null, selectedId: null, visible, included, focus: at })).toBe(model.ids[first]);
    expect(tabStop(model, { focusId: null, selectedId: null, visible, included: included.slice(2), focus: nothing })).toBe(ids[2]);
    expect(tabStop(model, { focusId: null, selectedId: null, visible, included: [], focus: nothing })).toBe(ids[0]);
    expect(tabStop(model, { focusId: null, selectedId: null, visible: { set: new Set(), ids: [] }, included: [], focus: nothing })).toBeNull();
  });
});

describe('keyAction', () => {
  const list = ['a', 'b', 'c'];
  it('steps through the events in time order, stopping at the ends', () => {
    expect(keyAction('ArrowRight', list, 1)).toEqual({ kind: 'move', to: 'c' });
    expect(keyAction('ArrowDown', list, 2)).toEqual({ kind: 'move', to: 'c' });
    expect(keyAction('ArrowLeft', list, 1)).toEqual({ kind: 'move', to: 'a' });
    expect(keyAction('ArrowUp', list, 0)).toEqual({ kind: 'move', to: 'a' });
    expect(keyAction('Home', list, 2)).toEqual({ kind: 'move', to: 'a' });
    expect(keyAction('End', list, 0)).toEqual({ kind: 'move', to: 'c' });
    expect(keyAction('ArrowRight', [], -1)).toEqual({ kind: 'move', to: undefined });
  });

  it('toggles, clears, zooms and fits; leaves every other key alone', () => {
    expect(keyAction('Enter', list, 0)).toEqual({ kind: 'toggle' });
    expect(keyAction(' ', list, 0)).toEqual({ kind: 'toggle' });
    expect(keyAction('Escape', list, 0)).toEqual({ kind: 'clear' });
    expect(keyAction('+', list, 0)).toEqual({ kind: 'zoom', factor: 2 });
    expect(keyAction('=', list, 0)).toEqual({ kind: 'zoom', factor: 2 });
    expect(keyAction('-', list, 0)).toEqual({ kind: 'zoom', factor: 0.5 });
    expect(keyAction('_', list, 0)).toEqual({ kind: 'zoom', factor: 0.5 });
    expect(keyAction('0', list, 0)).toEqual({ kind: 'fit' });
    for (const key of ['Tab', 'a', 'PageDown', 'Shift']) expect(keyAction(key, list, 0)).toBeNull();
  });
});
