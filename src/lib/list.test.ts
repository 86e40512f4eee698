import { describe, expect, it } from 'vitest';
import { toggled } from './list';

describe('toggled', () => {
  it('appends a value that is not there, keeping the order of the rest', () => {
    expect(toggled(['a', 'b'], 'c')).toEqual(['a', 'b', 'c']);
  });
  it('removes a value that is there, wherever it stands', () => {
    expect(toggled(['a', 'b', 'c'], 'b')).toEqual(['a', 'c']);
  });
  it('never changes the list it is given', () => {
    const list = ['a'] as const;
    toggled(list, 'a');
    expect(list).toEqual(['a']);
  });
});
