import { describe, expect, it } from 'vitest';
import { moveFocus, nearestInDirection, type Point } from './navigate';

const pos = new Map<string, Point>([
  ['c', { x: 0, y: 0 }],
  ['right-near-below', { x: 20, y: 30 }],
  ['right-far', { x: 70, y: 2 }],
  ['left', { x: -50, y: 0 }],
  ['up', { x: 5, y: -60 }],
  ['down', { x: 0, y: 80 }],
]);

describe('nearestInDirection', () => {
  it('prefers what lies along the arrow over what is close but off to the side', () => {
    expect(nearestInDirection({ x: 0, y: 0 }, 'right', [...pos].filter(([id]) => id !== 'c'))).toBe('right-far');
  });
  it('finds each direction, and nothing where nothing lies', () => {
    const others = [...pos].filter(([id]) => id !== 'c');
    expect(nearestInDirection({ x: 0, y: 0 }, 'left', others)).toBe('left');
    expect(nearestInDirection({ x: 0, y: 0 }, 'up', others)).toBe('up');
    expect(nearestInDirection({ x: 0, y: 0 }, 'down', others)).toBe('right-near-below');
    expect(nearestInDirection({ x: 0, y: 0 }, 'left', [['x', { x: 10, y: 0 }]])).toBe(null);
  });
});

describe('moveFocus', () => {
  it('moves to a neighbour in the arrow’s direction before any other node', () => {
    expect(moveFocus('c', 'right', pos, ['right-near-below'])).toBe('right-near-below');
    expect(moveFocus('c', 'down', pos, ['down', 'right-near-below'])).toBe('right-near-below');
  });
  it('falls back to any node that way when no neighbour lies there', () => {
    expect(moveFocus('c', 'left', pos, ['up'])).toBe('left');
  });
  it('stays put at the edge of the graph', () => {
    expect(moveFocus('left', 'left', pos, ['c'])).toBe('left');
    expect(moveFocus('missing', 'left', pos, [])).toBe('missing');
  });
});
