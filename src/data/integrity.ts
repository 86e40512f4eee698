import { addDays, daysBetween, isValidIsoDate, lastDayOfMonth } from './dates';
import { cut, MAX_NAME } from './names';
import { checkOffset } from './offsets';
import type { Problem } from './problems';
import type { Dataset, EventDate } from './schema';

/** Source texts by source id, as loaded from `public/data/<file>`. */
export type SourceTexts = ReadonlyMap<string, string>;

function preview(s: string): string {
  return JSON.stringify(cut(s.replace(/\s+/g, ' '), MAX_NAME));
}

/** An id or date as written, in quotes, cut short: ids may be arbitrarily long. */
function name(s: string): string {
  return `"${cut(s)}"`;
}

/** How a message names a source's text: its file, or the inline text of a self-contained dataset. */
export function textName(s: { id: string; file?: string | undefined }): string {
  return s.file ?? `the text of source ${name(s.id)}`;
}

/** Ids are unique within a collection; returns the first index of each id. */
function checkUnique(
  items: readonly { id: string }[],
  collection: string,
  problems: Problem[],
): Map<string, number> {
  const first = new Map<string, number>();
  items.forEach((item, i) => {
    const seen = first.get(item.id);
    if (seen === undefined) first.set(item.id, i);
    else
      problems.push({
        path: `${collection}[${i}].id`,
        message: `duplicate id ${name(item.id)} (first used at ${collection}[${seen}])`,
      });
  });
  return first;
}

export function checkDate(date: EventDate, path: string, problems: Problem[]): void {
  const { start, end, precision } = date;
  let bad = false;
  for (const [key, value] of [
    ['start', start],
    ['end', end],
  ] as const) {
    if (value !== null && !isValidIsoDate(value)) {
      problems.push({ path: `${path}.${key}`, message: `${name(value)} is not a calendar date` });
      bad = true;
    }
  }
  if (bad) return;
  const say = (message: string) => problems.push({ path, message });
  if (precision !== 'range' && (start === null || end === null)) {
    say(`precision "${precision}" needs both start and end; only a range may leave a bound open (null)`);
    return;
  }
  if (start === null && end === null) {
    say('a range needs at least one known bound (start or end)');
    return;
  }
  if (start !== null && end !== null && start > end) {
    say(`start ${start} is after end ${end}`);
    return;
  }
  if (start === null || end === null) return;
  switch (precision) {
    case 'day':
      if (start !== end) say(`precision "day" needs start = end (got ${start} to ${end})`);
      break;
    case 'week':
      if (daysBetween(start, end) !== 6)
        say(`precision "week" needs a 7-day span (got ${start} to ${end}; expected end ${addDays(start, 6)})`);
      break;
    case 'month':
      if (!start.endsWith('-01') || end !== lastDayOfMonth(start))
        say(`precision "month" needs the first to the last day of one month (got ${start} to ${end})`);
      break;
    case 'year':
      if (!start.endsWith('-01-01') || end !== `${start.slice(0, 4)}-12-31`)
        say(`precision "year" needs 1 January to 31 December of one year (got ${start} to ${end})`);
      break;
    case 'range':
      if (start === end) say('a range of one day should have precision "day"');
      break;
  }
}

/**
 * What a schema cannot say: unique ids, resolvable references, quotes that equal their
 * source slice, dates consistent with their precision. Assumes the shape already parsed.
 */
export function checkIntegrity(d: Dataset, texts: SourceTexts): Problem[] {
  const problems: Problem[] = [];
  const sourceIndex = checkUnique(d.sources, 'sources', problems);
  const actorIndex = checkUnique(d.actors, 'actors', problems);
  const topicIndex = checkUnique(d.topics, 'topics', problems);
  const eventIndex = checkUnique(d.events, 'events', problems);

  // Quotes that do not match their source, by source index: to name a common cause once.
  const quotesOf = new Array<number>(d.sources.length).fill(0);
  const mismatchesOf = new Array<number>(d.sources.length).fill(0);
  const causes: Problem[] = [];

  d.sources.forEach((s, si) => {
    if (s.published !== null && !isValidIsoDate(s.published))
      problems.push({ path: `sources[${si}].published`, message: `${name(s.published)} is not a calendar date` });
    const text = texts.get(s.id);
    if (s.body && s.body.start >= s.body.end)
      problems.push({ path: `sources[${si}].body`, message: `start ${s.body.start} must be before end ${s.body.end}` });
    else if (s.body && text !== undefined && s.body.end > text.length)
      problems.push({
        path: `sources[${si}].body`,
        message: `end ${s.body.end} is beyond the end of ${cut(textName(s))} (${text.length} characters)`,
      });
    else if (s.body && text !== undefined)
      for (const key of ['start', 'end'] as const) {
        const bad = checkOffset(text, s.body[key], key, 'body');
        if (bad) problems.push({ path: `sources[${si}].body.${key}`, message: bad });
      }
  });
  // The causes are named before the quotes they break (filled in once the quotes are checked).
  const causesAt = problems.length;

  d.events.forEach((ev, ei) => {
    const at = `events[${ei}]`;
    checkDate(ev.date, `${at}.date`, problems);

    const eventActors = new Set<string>();
    ev.actors.forEach((a, ai) => {
      if (!actorIndex.has(a.id))
        problems.push({ path: `${at}.actors[${ai}].id`, message: `${name(a.id)} is not an actor id` });
      if (eventActors.has(a.id))
        problems.push({ path: `${at}.actors[${ai}].id`, message: `actor ${name(a.id)} is listed twice` });
      eventActors.add(a.id);
    });

    const seenTopics = new Set<string>();
    ev.topics.forEach((t, ti) => {
      if (!topicIndex.has(t)) problems.push({ path: `${at}.topics[${ti}]`, message: `${name(t)} is not a topic id` });
      if (seenTopics.has(t)) problems.push({ path: `${at}.topics[${ti}]`, message: `topic ${name(t)} is listed twice` });
      seenTopics.add(t);
    });

    ev.quotes.forEach((q, qi) => {
      const qp = `${at}.quotes[${qi}]`;
      if (q.speakerId !== null) {
        if (!actorIndex.has(q.speakerId))
          problems.push({ path: `${qp}.speakerId`, message: `${name(q.speakerId)} is not an actor id` });
        else if (!eventActors.has(q.speakerId))
          problems.push({
            path: `${qp}.speakerId`,
            message: `speaker ${name(q.speakerId)} is not among the event's actors`,
          });
      }
      if (q.start >= q.end) {
        problems.push({ path: qp, message: `start ${q.start} must be before end ${q.end}` });
        return;
      }
      const si = sourceIndex.get(q.sourceId);
      if (si === undefined) {
        problems.push({ path: `${qp}.sourceId`, message: `${name(q.sourceId)} is not a source id` });
        return;
      }
      const source = d.sources[si]!;
      const text = texts.get(q.sourceId);
      if (text === undefined) return; // the unreadable source is reported once, at sources[i].file
      quotesOf[si]!++;
      if (q.end > text.length) {
        mismatchesOf[si]!++;
        problems.push({
          path: qp,
          message: `end ${q.end} is beyond the end of ${cut(textName(source))} (${text.length} characters)`,
        });
        return;
      }
      const slice = text.slice(q.start, q.end);
      if (slice !== q.text) {
        mismatchesOf[si]!++;
        problems.push({
          path: qp,
          message: `text does not match ${cut(textName(source))} at ${q.start}–${q.end} (the source has ${preview(slice)})`,
        });
        return;
      }
      const badStart = checkOffset(text, q.start, 'start');
      const badEnd = badStart ? undefined : checkOffset(text, q.end, 'end');
      if (badStart || badEnd) {
        problems.push({ path: `${qp}.${badStart ? 'start' : 'end'}`, message: (badStart ?? badEnd)! });
      } else if (/^\s|\s$/.test(q.text)) {
        problems.push({ path: `${qp}.text`, message: 'must not start or end with white space' });
      } else if (source.body && source.body.start < source.body.end && (q.start < source.body.start || q.end > source.body.end)) {
        problems.push({
          path: qp,
          message: `${q.start}–${q.end} lies outside the article body of ${cut(textName(source))} (${source.body.start}–${source.body.end})`,
        });
      }
    });
  });

  d.sources.forEach((s, si) => {
    const text = texts.get(s.id);
    if (!mismatchesOf[si] || text === undefined || !text.includes('\r\n')) return;
    causes.push({
      path: `sources[${si}].file`,
      message: `${cut(textName(s))} has Windows line endings (CRLF), and ${mismatchesOf[si]} of its ${quotesOf[si]} quotes do not match it: offsets count each line break as one character (LF). The file was probably re-saved or checked out with CRLF; restore it as received (see .gitattributes).`,
    });
  });

  const relationIndex = new Map<string, number>();
  d.relations.forEach((r, ri) => {
    const at = `relations[${ri}]`;
    const key = JSON.stringify([r.from, r.to, r.kind]);
    const seen = relationIndex.get(key);
    if (seen !== undefined) problems.push({ path: at, message: `repeats relations[${seen}] (${name(r.from)} ${r.kind} ${name(r.to)})` });
    else relationIndex.set(key, ri);
    for (const key of ['from', 'to'] as const) {
      if (!actorIndex.has(r[key])) problems.push({ path: `${at}.${key}`, message: `${name(r[key])} is not an actor id` });
    }
    if (r.from === r.to) problems.push({ path: at, message: 'an actor cannot relate to itself' });
    r.eventIds.forEach((id, ii) => {
      const ei = eventIndex.get(id);
      if (ei === undefined) {
        problems.push({ path: `${at}.eventIds[${ii}]`, message: `${name(id)} is not an event id` });
        return;
      }
      const involved = new Set(d.events[ei]!.actors.map((a) => a.id));
      for (const key of ['from', 'to'] as const) {
        if (actorIndex.has(r[key]) && !involved.has(r[key]))
          problems.push({
            path: `${at}.eventIds[${ii}]`,
            message: `event ${name(id)} does not involve ${name(r[key])}`,
          });
      }
    });
  });

  // concat, not splice(...): spreading an unbounded list into a call overflows the stack.
  return causes.length ? problems.slice(0, causesAt).concat(causes, problems.slice(causesAt)) : problems;
}
