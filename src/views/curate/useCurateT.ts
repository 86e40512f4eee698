import { curateWorkspace } from '../../i18n/catalog/curate-workspace';
import type { Lang } from '../../i18n/lang';
import type { Messages } from '../../i18n/messages';
import { useLang, useT } from '../../state/i18n';

export type CurateMessages = Messages['curate'] & (typeof curateWorkspace)['en'];

const cache = new Map<Lang, CurateMessages>();

/** The workspace's strings: the catalogue's curate part and the workspace's own, loaded with it. */
export function useCurateT(): CurateMessages {
  const lang = useLang();
  const base = useT().curate;
  let m = cache.get(lang);
  if (!m) {
    m = { ...base, ...curateWorkspace[lang] };
    cache.set(lang, m);
  }
  return m;
}
