import { z } from 'zod';

// The app runs under a CSP without 'unsafe-eval'; zod's JIT would try `new Function`.
z.config({ jitless: true });

export { z };
