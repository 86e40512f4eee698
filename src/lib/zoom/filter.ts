/** What of a DOM event the zoom's filter reads. */
export interface GestureEvent {
  type: string;
  ctrlKey?: boolean;
  button?: number;
  target?: EventTarget | null;
}

/**
 * Whether a gesture is the zoom's: d3-zoom's own rule (no secondary button; ctrl only with
 * the wheel, where it means pinch), and no press that starts inside `ignore` (a CSS
 * selector: marks that are dragged, controls over the plot), though the wheel still zooms there.
 */
export function acceptsGesture(event: GestureEvent, ignore?: string): boolean {
  if (ignore && event.type !== 'wheel' && (event.target as Element | null)?.closest?.(ignore)) return false;
  return (!event.ctrlKey || event.type === 'wheel') && !event.button;
}
