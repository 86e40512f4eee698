import type { Lang } from '../../i18n/lang';
import type { DatasetIndex } from '../dataset-index';

const HEADER = [
  'event_id',
  'event_title',
  'event_kind',
  'event_status',
  'date_start',
  'date_end',
  'date_precision',
  'date_basis',
  'actors',
  'topics',
  'location',
  'quote_kind',
  'quote_text_es',
  'quote_speaker',
  'quote_translation_en',
  'source_id',
  'source_file',
  'source_start',
  'source_end',
  'source_publisher',
  'source_published',
  'source_title',
  'source_url',
  'link',
] as const;

// What a spreadsheet may run as a formula at the start of a cell: = + - @ (and their
// full-width forms), after any blanks, tab or CR (OWASP's list, widened).
const FORMULA_START = /^[\s\u3000]*[=+\-@\uff1d\uff0b\uff0d\uff20]|^[\t\r]/;
// Any separator a spreadsheet may split on: the comma, the semicolon (the list separator of
// Spanish and other locales), tab, and line breaks; and the quotation mark itself.
const NEEDS_QUOTES = /[",;\t\r\n]/;

/**
 * One CSV field. Cells a spreadsheet would run as a formula get a leading apostrophe
 * (spreadsheets hide it); a field holding any separator is quoted, so no part of it can
 * start a cell of its own; everything else is kept verbatim.
 */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  let s = String(value);
  if (FORMULA_START.test(s)) s = `'${s}`;
  return NEEDS_QUOTES.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * The filtered events as CSV, one row per quote (events carry at least one), so every row
 * can be cited on its own. Unknown values are empty cells.
 */
export function eventsToCsv(index: DatasetIndex, ids: readonly string[], lang: Lang, link: string): string {
  const lines = [HEADER.join(',')];
  for (const id of ids) {
    const ev = index.eventById.get(id);
    if (!ev) continue;
    const actors = ev.actors.map((a) => `${index.actorById.get(a.id)?.name ?? a.id} (${a.role})`).join('; ');
    const topics = ev.topics.map((t) => index.topicById.get(t)?.label[lang] ?? t).join('; ');
    for (const q of ev.quotes) {
      const src = index.sourceById.get(q.sourceId);
      const row = [
        ev.id,
        ev.title[lang],
        ev.kind,
        ev.status,
        ev.date.start,
        ev.date.end,
        ev.date.precision,
        ev.date.basis,
        actors,
        topics,
        ev.location?.[lang] ?? null,
        q.kind,
        q.text,
        q.speakerId ? (index.actorById.get(q.speakerId)?.name ?? q.speakerId) : null,
        q.translation.en,
        q.sourceId,
        src?.file ?? null,
        q.start,
        q.end,
        src?.publisher ?? null,
        src?.published ?? null,
        src?.title ?? null,
        src?.url ?? null,
        link,
      ];
      lines.push(row.map(csvField).join(','));
    }
  }
  // A byte-order mark so spreadsheet programs read the accents as UTF-8.
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
