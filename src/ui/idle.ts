/**
 * Runs `work` once the page is idle, and at the latest after `timeout` ms; where the browser
 * has no requestIdleCallback (Safari), a moment later. Returns a function that cancels it.
 * The app's one way to put work where nobody waits for it.
 */
export function whenIdle(work: () => void, timeout = 2000): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(work, { timeout });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(work, 50);
  return () => clearTimeout(id);
}
