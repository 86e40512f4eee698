import { loadEarly } from '../data/early-fetch';
import { SHIPPED_DATASET } from '../data/paths';
import { URL_KEYS } from '../state/url-state';

// The page's entry runs this before it even downloads the rest of the app (see main.tsx).
loadEarly(new URL(URL_KEYS.data.decode(new URLSearchParams(window.location.search).get('data')) ?? SHIPPED_DATASET, window.location.href).href);
