/**
 * The text "Copy citation" puts on the clipboard. Labels arrive already translated and
 * missing metadata arrives as null, so the result says "unknown" rather than guessing.
 */
export interface CitationInput {
  quote: string;
  speaker: string;
  kind: string;
  publisher: string | null;
  /** The source's publication date, already formatted, or null. */
  published: string | null;
  title: string | null;
  url: string | null;
  file: string;
  start: number;
  end: number;
  eventTitle: string;
  eventDate: string;
  link: string;
}

export interface CitationLabels {
  unknown: string;
  source: string;
  published: string;
  title: string;
  event: string;
  location: (file: string, start: number, end: number) => string;
  link: string;
}

/** Only web addresses become links; anything else in the data is ignored. */
export function safeHttpUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

export function citationText(c: CitationInput, l: CitationLabels): string {
  const or = (v: string | null) => v ?? l.unknown;
  const title = c.title === null ? `${l.title}: ${l.unknown}` : `“${c.title}”`;
  const url = safeHttpUrl(c.url);
  const lines = [
    `«${c.quote}»`,
    `— ${c.speaker} (${c.kind})`,
    `${l.source}: ${or(c.publisher)}, ${l.published} ${or(c.published)}, ${title}${url ? `, ${url}` : ''}`,
    l.location(c.file, c.start, c.end),
    `${l.event}: ${c.eventTitle} (${c.eventDate})`,
    `${l.link}: ${c.link}`,
  ];
  return lines.join('\n');
}
