import { describe, expect, it } from 'vitest';
import { ChunkLoadError, retryOnce } from './retry-import';

describe('retryOnce', () => {
  it('gives the first success', async () => {
    let calls = 0;
    await expect(retryOnce(async () => (++calls === 1 ? Promise.reject(new Error('offline')) : 'ok'))).resolves.toBe('ok');
    expect(calls).toBe(2);
  });
  it('gives up after the second failure, with the cause', async () => {
    let calls = 0;
    const p = retryOnce(() => (calls++, Promise.reject(new TypeError('Failed to fetch dynamically imported module: /assets/x.js'))));
    await expect(p).rejects.toBeInstanceOf(ChunkLoadError);
    await expect(p).rejects.toThrow('a part of the app could not be downloaded (Failed to fetch dynamically imported module: /assets/x.js)');
    expect(calls).toBe(2);
  });
});
