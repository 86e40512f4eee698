import { QueryClientProvider } from '@tanstack/react-query';
import { queryClient } from './query-client';
import { Shell } from './Shell';

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <Shell />
    </QueryClientProvider>
  );
}
