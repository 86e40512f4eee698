import { urlDatasetRequest } from '../data/dataset-request';
import { loadEarly } from '../data/early-fetch';
import { URL_KEYS } from '../state/url-state';

// The page's entry runs this before it even downloads the rest of the app (see main.tsx).
loadEarly(urlDatasetRequest(URL_KEYS.data.decode(new URLSearchParams(window.location.search).get('data'))).href);
