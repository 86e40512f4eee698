import { describe, expect, it } from 'vitest';
import { axisTicks, labelWidth, tickLabel } from './ticks';

const D = 86_400_000;

describe('axisTicks: adaptive ticks', () => {
  it('labels years across the whole 2016–2025 span', () => {
    const a = axisTicks(Date.UTC(2015, 8, 1), Date.UTC(2025, 4, 1), 520, 'en');
    expect(a.unit).toBe('year');
    expect(a.ticks.map((t) => t.label)).toEqual(['2016', '2017', '2018', '2019', '2020', '2021', '2022', '2023', '2024', '2025']);
    expect(a.context).toEqual([]);
  });

  it('thins years out on a phone', () => {
    const a = axisTicks(Date.UTC(2015, 5, 1), Date.UTC(2025, 4, 1), 280, 'en');
    expect(a.ticks.map((t) => t.label).filter(Boolean)).toEqual(['2016', '2018', '2020', '2022', '2024']);
  });

  it('labels every day of a single week, with the month and year as context', () => {
    const from = Date.UTC(2025, 1, 9, 12);
    const a = axisTicks(from, from + 8 * D, 520, 'en');
    expect(a.unit).toBe('day');
    expect(a.ticks.map((t) => t.label)).toEqual(['10', '11', '12', '13', '14', '15', '16', '17']);
    expect(a.context.map((c) => [c.x, c.label])).toEqual([[0, 'February 2025']]);
  });

  it('names months in the interface language', () => {
    const from = Date.UTC(2024, 6, 1);
    const to = Date.UTC(2025, 3, 1);
    const en = axisTicks(from, to, 520, 'en');
    const es = axisTicks(from, to, 520, 'es');
    expect(en.unit).toBe('month');
    expect(en.ticks.map((t) => t.label)).toContain('Aug');
    expect(es.ticks.map((t) => t.label)).toContain('ago');
    expect(es.ticks.map((t) => t.label)).toContain('ene');
    expect(es.context.map((c) => c.label)).toEqual(['2024', '2025']);
    expect(es.context[0]!.x).toBe(0);
    const week = axisTicks(Date.UTC(2025, 1, 10), Date.UTC(2025, 1, 17), 520, 'es');
    expect(week.context[0]!.label).toBe('febrero de 2025');
  });

  it('goes down to hours inside one day', () => {
    const from = Date.UTC(2025, 1, 15, 11);
    const a = axisTicks(from, from + D, 520, 'en');
    expect(a.unit).toBe('hour');
    expect(a.ticks.map((t) => t.label)).toContain('15:00');
    expect(a.context.map((c) => c.label)).toEqual(['15 Feb 2025', '16 Feb 2025']);
  });

  it('never crowds labels, at any zoom', () => {
    const start = Date.UTC(2016, 0, 1);
    for (let span = D / 2; span < 12 * 365 * D; span *= 1.7) {
      for (const width of [280, 520, 900]) {
        const axis = axisTicks(start, start + span, width, 'es');
        const labelled = axis.ticks.filter((t) => t.label);
        for (let i = 1; i < labelled.length; i++) {
          const gap = labelled[i]!.x - labelled[i - 1]!.x;
          expect(gap, `${span / D} days over ${width}px`).toBeGreaterThanOrEqual((labelWidth(labelled[i]!.label) + labelWidth(labelled[i - 1]!.label)) / 2 - 1);
        }
        // Something to read at every zoom: two tick labels, or one and its period.
        const context = axis.context.filter((c) => c.label).length;
        expect(labelled.length + context, `${span / D} days over ${width}px`).toBeGreaterThanOrEqual(2);
      }
    }
  });

  it('leaves off a label the edge would cut, keeping its tick', () => {
    const from = Date.UTC(2025, 1, 10, 23);
    const a = axisTicks(from, from + 7 * D, 520, 'en');
    expect(a.ticks[0]!.x).toBeLessThan(6);
    expect(a.ticks[0]!.label).toBe('');
  });

  it('pins the period in view at the left edge unless the next one is too close', () => {
    const a = axisTicks(Date.UTC(2025, 1, 20), Date.UTC(2025, 2, 5), 520, 'en');
    expect(a.context[0]).toMatchObject({ x: 0, label: 'February 2025' });
    expect(a.context[1]!.label).toBe('March 2025');
    const tight = axisTicks(Date.UTC(2025, 1, 28), Date.UTC(2025, 2, 20), 520, 'en');
    expect(tight.context.map((c) => c.label)).toEqual(['March 2025']);
  });
});

describe('tickLabel', () => {
  it('formats each unit', () => {
    const t = Date.UTC(2025, 8, 7, 6);
    expect(tickLabel(t, 'hour', 'en')).toBe('06:00');
    expect(tickLabel(t, 'day', 'es')).toBe('7');
    expect(tickLabel(t, 'month', 'en')).toMatch(/^Sep/);
    expect(tickLabel(t, 'month', 'es')).toMatch(/^sep/);
    expect(tickLabel(t, 'year', 'es')).toBe('2025');
  });
});
