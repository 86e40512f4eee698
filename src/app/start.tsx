import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { startAppEffects } from './effects';
import { prefetchInitialDataset } from './query-client';

startAppEffects(prefetchInitialDataset());

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
