import { useEffect, useRef, useState } from 'react';
import { pathAndHolders, problemTarget } from '../../lib/curate/follow';
import { reviewedSource } from '../../lib/curate/review';
import type { CuratedSource, CurationDoc } from '../../lib/curate/workspace';
import { dispatchCuration } from '../../state/curation-store';
import { setUrlState, useUrlValue } from '../../state/url-store';

/**
 * Where the curator is in the workspace: the source under review and the open event (both in
 * the address, like every view's state, so a reload or a link comes back to them), whether a
 * source is being added or its details shown, and following a problem to its field.
 */
export function useWorkspaceNav(doc: CurationDoc) {
  const source = reviewedSource(doc, useUrlValue((u) => u.curateSource));
  const editing = useUrlValue((u) => u.curateEvent);
  const [adding, setAdding] = useState(false);
  const [details, setDetails] = useState(false);
  const showSource = (id: string | null) => setUrlState({ curateSource: id });
  const setEditing = (key: string | null) => setUrlState({ curateEvent: key });
  const openEvent = doc.events.find((e) => e.key === editing) ?? null;

  // Following a problem: open the event or the source that holds the field, then, once drawn,
  // focus the field (or its nearest holder).
  const goTo = useRef<string | null>(null);
  const [followed, setFollowed] = useState(0);
  const follow = (to: string) => {
    const { path, eventKey, sourceId } = problemTarget(doc, to);
    if (eventKey) setEditing(eventKey);
    if (sourceId) {
      showSource(sourceId);
      setAdding(false);
      setDetails(true);
    }
    goTo.current = path;
    setFollowed((n) => n + 1);
  };
  useEffect(() => {
    const path = goTo.current;
    if (!path) return;
    goTo.current = null;
    for (const p of pathAndHolders(path)) {
      const el = document.querySelector<HTMLElement>(`[data-path="${CSS.escape(p)}"]`);
      if (el) return el.focus();
    }
  }, [followed]);

  return {
    source,
    showSource,
    /** A new source is shown once added. */
    addSource: (s: CuratedSource) => {
      dispatchCuration({ type: 'addSource', source: s });
      setAdding(false);
      showSource(s.id);
    },
    adding,
    setAdding,
    details,
    setDetails,
    editing,
    setEditing,
    openEvent,
    openIndex: openEvent ? doc.events.indexOf(openEvent) : -1,
    follow,
  };
}

export type WorkspaceNav = ReturnType<typeof useWorkspaceNav>;
