import { urlDatasetRequest } from '../data/dataset-request';
import { loadEarly } from '../data/early-fetch';
import { URL_KEYS } from '../state/url-state';

// The page's entry runs this before it even downloads the rest of the app (see main.tsx).
loadEarly(urlDatasetRequest(URL_KEYS.data.decode(new URLSearchParams(window.location.search).get('data'))).href);

// A page's first Intl object costs 40–70 ms (ICU starts up), and the first render formats
// dates and sorts names with Intl. Paid here, while the page waits for the app's code to
// download, it comes off the first render's path.
setTimeout(() => {
  new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'short' }).format(0);
});
