import type { Lang } from './lang';

/** One part of the catalogue: the Spanish half must have exactly the English half's shape. */
export type Section<T> = Record<Lang, T>;
