import { resolveLang, type Lang } from '../i18n/lang';
import { messagesFor, type Messages } from '../i18n/messages';
import { useUrlValue } from './url-store';

function browserLanguages(): readonly string[] {
  return typeof navigator === 'undefined' ? [] : navigator.languages?.length ? navigator.languages : [navigator.language];
}

export function useLang(): Lang {
  const requested = useUrlValue((s) => s.lang);
  return resolveLang(requested, browserLanguages());
}

/** The interface strings in the current language. */
export function useT(): Messages {
  return messagesFor(useLang());
}
