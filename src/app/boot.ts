import { fetchEarly } from '../data/early-fetch';
import { SHIPPED_DATASET } from '../data/paths';
import { URL_KEYS } from '../state/url-state';

// Imported first by main.tsx, so this runs before the rest of the app is evaluated.
fetchEarly(new URL(URL_KEYS.data.decode(new URLSearchParams(window.location.search).get('data')) ?? SHIPPED_DATASET, window.location.href).href);
