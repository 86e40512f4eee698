import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { sharedLayoutRunner } from '../lib/network/layout-runner';
import { getUrlState } from '../state/url-store';
import { prefetchInitialDataset } from './query-client';

prefetchInitialDataset();
// The network's layout worker boots while the dataset loads, so the first layout does not
// wait for it. A dataset named in the address may be large: the worker then also compiles
// its large-graph code on practice graphs meanwhile (the bundled one never needs that).
sharedLayoutRunner().warm(getUrlState().data !== null);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
