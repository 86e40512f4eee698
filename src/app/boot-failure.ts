import { isLang, resolveLang, type Lang } from '../i18n/lang';

// Part of the page's small first script: the app's own code (and its message catalogue) is
// what failed to arrive, so these few words travel here.
const WORDS: Record<Lang, { title: string; body: string; reload: string }> = {
  en: {
    title: 'Backchannel did not finish loading',
    body: 'Part of the app could not be downloaded: you may be offline, or the site was updated since this page was opened. Reloading the page usually fixes it.',
    reload: 'Reload the page',
  },
  es: {
    title: 'Backchannel no terminó de cargarse',
    body: 'No se pudo descargar una parte de la aplicación: puede que no haya conexión, o que el sitio se haya actualizado desde que se abrió esta página. Recargar la página suele resolverlo.',
    reload: 'Recargar la página',
  },
};

/** In place of an empty page when the app's code does not download: plain DOM, text only. */
export function showBootFailure(error: unknown): void {
  const requested = new URLSearchParams(window.location.search).get('lang');
  const lang = resolveLang(isLang(requested) ? requested : null, navigator.languages ?? [navigator.language]);
  const w = WORDS[lang];
  const root = document.getElementById('root');
  if (!root) return;
  document.documentElement.lang = lang;
  const box = document.createElement('div');
  box.setAttribute('role', 'alert');
  box.className = 'm-4 rounded-lg border border-red-300 bg-red-50 p-4 text-red-950';
  const h = document.createElement('h1');
  h.className = 'text-lg font-semibold';
  h.textContent = w.title;
  const p = document.createElement('p');
  p.className = 'mt-1 text-sm';
  p.textContent = w.body;
  const detail = document.createElement('p');
  detail.className = 'mt-1 font-mono text-xs break-words';
  detail.lang = 'en';
  detail.textContent = error instanceof Error ? error.message : String(error);
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'mt-3 min-h-8 rounded bg-red-800 px-3 py-1.5 text-sm font-medium text-white hover:bg-red-900';
  button.textContent = w.reload;
  button.addEventListener('click', () => window.location.reload());
  box.append(h, p, detail, button);
  root.replaceChildren(box);
}
