import { describe, expect, it } from 'vitest';
import { findQuotations } from './quotations';

const quotes = (text: string, body = { start: 0, end: text.length }) => findQuotations(text, body).map((q) => text.slice(q.start, q.end));

describe('findQuotations', () => {
  it('finds “…”, «…» and "…", the marks left out', () => {
    expect(quotes('Dijo “sí”, luego «no» y después "tal vez".')).toEqual(['sí', 'no', 'tal vez']);
  });

  it('keeps a nested quotation inside the outer one', () => {
    expect(quotes('“Vamos con ‘propuestas concretas’ a Berna”, dijo.')).toEqual(['Vamos con ‘propuestas concretas’ a Berna']);
    expect(quotes('«El llamado “plan de paz” no existe», afirmó.')).toEqual(['El llamado “plan de paz” no existe']);
    expect(quotes('"Hablamos de ‘garantías’", dijo.')).toEqual(['Hablamos de ‘garantías’']);
  });

  it('does not take an apostrophe for a closing mark', () => {
    expect(quotes('“El plan de O’Brien no basta”, dijo.')).toEqual(['El plan de O’Brien no basta']);
    expect(quotes('Según el Financial Times’ boletín, “nada”.')).toEqual(['nada']);
  });

  it('ignores a stray mark that pairs with nothing in its paragraph', () => {
    expect(quotes('“\nEl texto “cita” sigue.\n“')).toEqual(['cita']);
    expect(quotes('Un “abre sin cerrar.\nOtro párrafo con «cita».')).toEqual(['cita']);
  });

  it('closes the outer pair even when an inner mark was left open', () => {
    expect(quotes('«Dijo ‘nada y se fue», contó.')).toEqual(['Dijo ‘nada y se fue']);
  });

  it('reads a text that opens and closes with the same curly mark', () => {
    expect(quotes('Dijo “inmediatamente“ y se fue.')).toEqual(['inmediatamente']);
  });

  it('stays inside the body, trims white space inside the marks and skips empty pairs', () => {
    const text = '“fuera” y « dentro » y “”';
    expect(quotes(text, { start: 8, end: text.length })).toEqual(['dentro']);
  });

  it('gives offsets of the marks and of the words inside', () => {
    const [q] = findQuotations('a «bc» d', { start: 0, end: 8 });
    expect(q).toEqual({ open: 2, close: 5, start: 3, end: 5 });
  });
});
