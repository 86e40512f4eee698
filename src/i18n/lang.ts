export const LANGS = ['en', 'es'] as const;
export type Lang = (typeof LANGS)[number];

export function isLang(v: unknown): v is Lang {
  return v === 'en' || v === 'es';
}

/** `?lang=` wins, then the browser's preferred languages, then English. */
export function resolveLang(requested: Lang | null, browserLanguages: readonly string[]): Lang {
  if (requested) return requested;
  for (const tag of browserLanguages) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLang(base)) return base;
  }
  return 'en';
}
