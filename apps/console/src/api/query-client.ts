import { QueryClient } from '@tanstack/react-query';
import { ApiFailure } from './client';

export const queryClient = new QueryClient({
  defaultOptions: {
    // A 4xx will not change on retry; a network failure may.
    queries: { retry: (count, error) => !(error instanceof ApiFailure) && count < 2, refetchOnWindowFocus: false },
  },
});
