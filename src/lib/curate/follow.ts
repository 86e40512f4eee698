/**
 * Following a problem to its field. Problems name fields by their JSON path in the exported
 * dataset (`events[2].date.basis`); the workspace's fields carry the same path (`data-path`).
 */
import type { CuratedEvent, CurationDoc } from './workspace';

/** Where each accepted quote stands in the export: under the first event that holds it. */
export function quotePaths(events: readonly CuratedEvent[]): Map<string, string> {
  const m = new Map<string, string>();
  events.forEach((e, i) => e.quoteIds.forEach((q, j) => m.has(q) || m.set(q, `events[${i}].quotes[${j}]`)));
  return m;
}

/**
 * Where following the problem at `to` leads: the field's path, the event to open for it and
 * the source to show. Relations are not edited here: a relation's event leads to that event's
 * actors, where an actor the relation needs can be put back.
 */
export function problemTarget(doc: CurationDoc, to: string): { path: string; eventKey: string | null; sourceId: string | null } {
  const rel = /^relations\[(\d+)\]\.eventIds\[(\d+)\]/.exec(to);
  const relEvent = rel ? doc.events.findIndex((e) => e.id === doc.relations[Number(rel[1])]?.eventIds[Number(rel[2])]) : -1;
  const path = relEvent >= 0 ? `events[${relEvent}].actors` : to;
  const ev = /^events\[(\d+)\]/.exec(path);
  const src = /^sources\[(\d+)\]/.exec(path);
  return {
    path,
    eventKey: (ev && doc.events[Number(ev[1])]?.key) || null,
    sourceId: (src && doc.sources[Number(src[1])]?.id) || null,
  };
}

const LAST_STEP = /(\.[^.[\]]+|\[\d+\])$/;

/** `path`, then each path that holds it, outward: where the focus goes when a field is not drawn. */
export function pathAndHolders(path: string): string[] {
  const out = [path];
  for (let p = path; LAST_STEP.test(p); ) out.push((p = p.replace(LAST_STEP, '')));
  return out;
}
