import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import type { Dataset } from '../src/data/schema';
import { validateParsed } from '../src/data/validate-sync';
import { expect, expectNoAxeViolations, openApp, test } from './fixtures';

const dataset = JSON.parse(readFileSync('public/data/dataset.json', 'utf8')) as Dataset;
const sourceText = readFileSync(`public/data/${dataset.sources[0]!.file}`, 'utf8');
const LAVROV = 'sergei-lavrov';
const lavrovEvents = dataset.events.filter((e) => e.actors.some((a) => a.id === LAVROV));
const lavrovQuotes = lavrovEvents.flatMap((e) => e.quotes);

async function exportAs(page: Page, item: string | RegExp): Promise<{ download: Download; body: Buffer }> {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: item }).click()]);
  const path = await download.path();
  return { download, body: readFileSync(path!) };
}

test.describe('export of the current view', () => {
  test('CSV: one row per quote of the filtered events, verbatim, with the link to the view', async ({ page, problems }) => {
    await openApp(page, `?lang=en&actors=${LAVROV}`);
    const { download, body } = await exportAs(page, 'Filtered events as CSV');
    expect(download.suggestedFilename()).toBe('backchannel-events.csv');
    const text = body.toString('utf8').replace(/^\uFEFF/, '');
    const lines = text.trimEnd().split('\r\n');
    expect(lines[0]!.startsWith('event_id,event_title,')).toBe(true);
    // Quotes may hold commas and quotation marks, so check each quote appears, quoted as CSV.
    for (const q of lavrovQuotes) expect(text).toContain(/[",\n]/.test(q.text) ? `"${q.text.replace(/"/g, '""')}"` : q.text);
    expect(lines.filter((l) => lavrovEvents.some((e) => l.startsWith(`${e.id},`)))).toHaveLength(lavrovQuotes.length);
    expect(text).toContain(`actors=${LAVROV}`);
    await expect(page.getByRole('status').filter({ hasText: 'Downloaded backchannel-events.csv' })).toBeAttached();
    expect(problems).toEqual([]);
  });

  test('JSON: a valid dataset of the filtered events that passes the validator', async ({ page }) => {
    await openApp(page, `?lang=en&actors=${LAVROV}`);
    const { body } = await exportAs(page, 'Filtered events as JSON');
    const out = JSON.parse(body.toString('utf8')) as Dataset;
    expect(out.export?.link).toContain(`actors=${LAVROV}`);
    expect(out.export?.eventCount).toBe(lavrovEvents.length);
    expect(out.export?.totalEvents).toBe(dataset.events.length);
    expect(out.events.map((e) => e.id).sort()).toEqual(lavrovEvents.map((e) => e.id).sort());
    // The file itself is the dataset: as it is, with its export note.
    const result = validateParsed(out, new Map([[dataset.sources[0]!.id, sourceText]]));
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  for (const view of ['Timeline', 'Actor network'] as const) {
    test(`${view}: SVG with its styles inlined, and PNG`, async ({ page }) => {
      await openApp(page, '?lang=en');
      const svg = await exportAs(page, `${view} as SVG`);
      const markup = svg.body.toString('utf8');
      expect(markup.startsWith('<svg')).toBe(true);
      expect(markup).toContain('xmlns="http://www.w3.org/2000/svg"');
      expect(markup).toContain(`— ${view}</title>`);
      expect(markup).not.toContain('class="');
      if (view === 'Actor network') expect(markup).toContain('Sergei');
      // The timeline is several layers: the export keeps its axis and its lane labels.
      if (view === 'Timeline') {
        expect(markup).toMatch(/<text[^>]*>United States<\/text>/);
        expect(markup).toMatch(/<text[^>]*>[^<]*2025<\/text>/);
        // The first view's titles are exported as text too.
        expect(markup).toContain('Rubio and Lavrov speak by phone');
        expect(markup).toContain('<image');
      }
      const png = await exportAs(page, `${view} as PNG`);
      expect([...png.body.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    });
  }

  test('says when a view is in its list form and cannot be drawn', async ({ page }) => {
    await openApp(page, '?lang=en&tl=list');
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await expect(page.getByRole('button', { name: 'Timeline: switch to the graphic view to export it' })).toBeDisabled();
    await expectNoAxeViolations(page);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('button', { name: 'Export', exact: true })).toBeFocused();
  });
});

test('hovering an event in the timeline previews its actors in the network', async ({ page }) => {
  await openApp(page, '?lang=en');
  const call = dataset.events.find((e) => e.id === 'rubio-lavrov-call')!;
  const involved = new Set(call.actors.map((a) => a.id));
  await page
    .getByRole('region', { name: 'Timeline', exact: true })
    .getByRole('button', { name: '15 Feb 2025 — Rubio and Lavrov speak by phone', exact: true })
    .hover();
  const network = page.getByRole('region', { name: 'Actor network', exact: true });
  for (const a of dataset.actors)
    await expect(network.locator(`[data-node="${a.id}"]`)).toHaveAttribute('data-tone', involved.has(a.id) ? 'lit' : 'dim');
});
