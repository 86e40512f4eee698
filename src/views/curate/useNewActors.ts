import { useState } from 'react';
import type { Actor } from '../../data/schema';
import type { DraftEvent } from '../../lib/curate';
import { createdEvent, joinPending, type PendingActors } from '../../lib/curate/proposals';
import type { CurationDoc } from '../../lib/curate/workspace';
import { dispatchCuration } from '../../state/curation-store';

/** The name the actor form is open for; `eventKey`: the event that named it, if any. */
export interface NewActor {
  name: string;
  alias: string;
  eventKey: string | null;
}

/**
 * Events created from proposals, and the names in them that are no actor yet: an actor added
 * for one of those names joins its event.
 */
export function useNewActors(doc: CurationDoc, openEvent: (key: string) => void) {
  const [newActor, setNewActor] = useState<NewActor | null>(null);
  const [pending, setPending] = useState<PendingActors>({});

  const createEvent = (sourceId: string, d: DraftEvent) => {
    const made = createdEvent(doc, sourceId, d);
    dispatchCuration({ type: 'addEvent', event: made.event });
    // Attached one by one, so that each quote's speaker joins the event.
    for (const q of made.quoteIds) dispatchCuration({ type: 'attachQuote', key: made.key, quoteId: q });
    setPending((p) => ({ ...p, [made.key]: made.pending }));
    openEvent(made.key);
  };

  const addActor = (a: Actor) => {
    dispatchCuration({ type: 'addActor', actor: a });
    const k = newActor?.eventKey;
    if (k) {
      const joined = joinPending(doc, pending, k, newActor.name, a.id);
      if (joined.actors) dispatchCuration({ type: 'updateEvent', key: k, patch: { actors: joined.actors } });
      setPending(joined.pending);
    }
    setNewActor(null);
  };

  return { newActor, setNewActor, pending, createEvent, addActor };
}

export type NewActors = ReturnType<typeof useNewActors>;
