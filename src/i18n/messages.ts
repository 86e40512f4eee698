import { app } from './catalog/app';
import { common } from './catalog/common';
import { curate } from './catalog/curate';
import { filters } from './catalog/filters';
import { network } from './catalog/network';
import { quotes } from './catalog/quotes';
import { timeline } from './catalog/timeline';
import type { Lang } from './lang';

/**
 * The one message catalogue. Each part lives in catalog/ and is typed so that a key
 * missing in either language fails the typecheck.
 */
const catalog = { app, common, timeline, network, quotes, filters, curate } as const;

type Catalog = typeof catalog;
export type Messages = { [K in keyof Catalog]: Catalog[K]['en'] };

const cache = new Map<Lang, Messages>();

export function messagesFor(lang: Lang): Messages {
  let m = cache.get(lang);
  if (!m) {
    m = Object.fromEntries(Object.entries(catalog).map(([k, section]) => [k, section[lang]])) as Messages;
    cache.set(lang, m);
  }
  return m;
}
