import { QueryClientProvider } from '@tanstack/react-query';
import { LangProvider } from '../state/i18n';
import { queryClient } from './query-client';
import { Shell } from './Shell';

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <LangProvider>
        <Shell />
      </LangProvider>
    </QueryClientProvider>
  );
}
