import type { LabelVariant } from '../../lib/network/labels';
import { wrapName } from '../../lib/network/labels';
import { interFont, measureText } from '../../ui/fonts';

export const LABEL_FONT_SIZE = 12;
export const LABEL_LINE = 14;
/** Names wider than this (px) are set on two lines beside the node. */
const WRAP_OVER = 120;
const FONT = interFont(500, LABEL_FONT_SIZE);

/** Text width in px; a generous estimate where canvas is missing. */
export function textWidth(text: string): number {
  // A small margin covers the halo and a fallback font that sets a little wider.
  return Math.ceil((measureText(FONT, text) ?? text.length * 7) * 1.04 + 2);
}

/** The ways to set a name: on one line, and on two when it has a space. */
export function labelVariants(name: string): LabelVariant[] {
  const one: LabelVariant = { width: textWidth(name), height: LABEL_LINE + 2, lines: [name] };
  const two = wrapName(name);
  if (!two) return [one];
  const wrapped: LabelVariant = { width: Math.max(...two.map(textWidth)), height: LABEL_LINE * 2 + 2, lines: two };
  return [one, wrapped];
}

/** The label size the layout keeps clear: one line if short enough, else two. */
export function layoutLabel(name: string): { width: number; height: number } {
  const [one, two] = labelVariants(name);
  return two && one!.width > WRAP_OVER ? { width: two.width, height: two.height } : { width: one!.width, height: one!.height };
}
