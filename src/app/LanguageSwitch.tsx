import { LANGS } from '../i18n/lang';
import { useLang, useT } from '../state/i18n';
import { setUrlState } from '../state/url-store';

export function LanguageSwitch() {
  const lang = useLang();
  const t = useT().app;
  return (
    <div role="group" aria-label={t.language} className="flex overflow-hidden rounded-md border border-slate-300">
      {LANGS.map((l) => (
        <button
          key={l}
          type="button"
          lang={l}
          aria-pressed={l === lang}
          onClick={() => setUrlState({ lang: l })}
          className={`px-2.5 py-1 text-sm font-medium ${l === lang ? 'bg-slate-800 text-white' : 'bg-white text-slate-700 hover:bg-slate-100'}`}
        >
          {t.languageNames[l]}
        </button>
      ))}
    </div>
  );
}
