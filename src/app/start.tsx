import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { startAppEffects } from './effects';
import { prefetchInitialDataset } from './query-client';
import { preloadNetworkView } from './Workspace';

startAppEffects(prefetchInitialDataset());
// In before the first render with data wants it, the network view renders at once: see lazyWithRetry.
preloadNetworkView();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
