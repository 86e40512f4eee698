import { createContext, createElement, useContext, type ReactNode } from 'react';
import { resolveLang, type Lang } from '../i18n/lang';
import { messagesFor, type Messages } from '../i18n/messages';
import { useUrlValue } from './url-store';

function browserLanguages(): readonly string[] {
  return typeof navigator === 'undefined' ? [] : navigator.languages?.length ? navigator.languages : [navigator.language];
}

const LangContext = createContext<Lang | null>(null);

/**
 * The interface language, read from the URL once for the whole tree. Every component that
 * shows a string needs it; as a context it is one URL subscription, not one per component,
 * so a click that changes the URL does not ask thousands of them whether the language changed.
 */
export function LangProvider({ children }: { children: ReactNode }) {
  const requested = useUrlValue((s) => s.lang);
  return createElement(LangContext.Provider, { value: resolveLang(requested, browserLanguages()) }, children);
}

export function useLang(): Lang {
  const lang = useContext(LangContext);
  if (!lang) throw new Error('useLang() outside a LangProvider');
  return lang;
}

/** The interface strings in the current language. */
export function useT(): Messages {
  return messagesFor(useLang());
}
