/** Placeholder until the timeline view lands. */
export function TimelineView() {
  return null;
}
