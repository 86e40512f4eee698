import type { TitleSizes } from '../../lib/timeline/titles';
import { interFont, isFontReady, measureText } from '../../ui/fonts';

/** The titles' type: keep in step with TitlesLayer's classes (text-[11px] font-medium px-[3px]). */
const FONT = interFont(500, 11);
const BOX_PAD = 6;
/** A shortened title keeps at least this many characters (then an ellipsis). */
const MIN_TITLE_CHARS = 20;
const ELLIPSIS = '…';

/** Text width in px (a small margin covers a fallback font that sets a little wider). */
const textWidth = (text: string) => Math.ceil((measureText(FONT, text) ?? text.length * 6.5) * 1.02 + 1);

const shortest = (title: string) => (title.length > MIN_TITLE_CHARS ? `${title.slice(0, MIN_TITLE_CHARS).trimEnd()}${ELLIPSIS}` : title);

/** A width that holds the text in any likely fallback font, for before the web font is in. */
const generous = (text: string) => Math.ceil(text.length * 6.6) + 2;

/**
 * Box widths for title placement: the whole title, and its shortest allowed form. Measured
 * in the web font once `fontReady`; generously estimated before (no widths in a fallback font kept).
 */
export function titleSizes(titleOf: (e: number) => string, fontReady: boolean, floors: Float64Array): TitleSizes {
  const width = fontReady ? textWidth : generous;
  return {
    full: (e) => width(titleOf(e)) + BOX_PAD,
    min: (e) => width(shortest(titleOf(e))) + BOX_PAD,
    atLeast: (e) => floors[e]!,
  };
}

/** Per event, a lower bound of its shortest title box (no glyph of the 11 px face is narrower than 2.5 px). */
export function titleFloor(title: string): number {
  return Math.min(title.length, MIN_TITLE_CHARS) * 2.5 + BOX_PAD;
}

const fitted = new Map<string, string>();
/** Whether `fitted` holds titles shortened in the web font (else in a fallback, to set again). */
let fittedInFont = false;

/** The title as it fits a box `w` px wide: whole, or its longest prefix (≥ 20 characters) and an ellipsis. */
export function fitTitle(title: string, w: number): string {
  if (fittedInFont !== isFontReady()) {
    fitted.clear();
    fittedInFont = isFontReady();
  }
  const room = Math.floor(w) - BOX_PAD;
  if (textWidth(title) <= room) return title;
  const key = `${room}|${title}`;
  let out = fitted.get(key);
  if (out !== undefined) return out;
  let lo = MIN_TITLE_CHARS;
  let hi = title.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (textWidth(`${title.slice(0, mid).trimEnd()}${ELLIPSIS}`) <= room) lo = mid;
    else hi = mid - 1;
  }
  out = `${title.slice(0, lo).trimEnd()}${ELLIPSIS}`;
  if (fitted.size > 4000) fitted.clear();
  fitted.set(key, out);
  return out;
}

/**
 * Room kept for a title when packing rows, px: an estimate (no measuring 10,000 titles at
 * start), generous enough that the measured title fits where its room was kept.
 */
export function titleReserve(title: string): number {
  return Math.min(480, Math.ceil(title.length * 6.2) + BOX_PAD + 10);
}

