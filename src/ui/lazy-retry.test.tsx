// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { lazyWithRetry } from './lazy-retry';

afterEach(cleanup);

function deferred<T>() {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

const Hello = () => <p>the view</p>;

describe('lazyWithRetry', () => {
  it('renders at once, with no fallback, once a preload has brought the code in', async () => {
    const View = lazyWithRetry(() => Promise.resolve(Hello));
    View.preload();
    await act(async () => {});
    render(
      <Suspense fallback={<p>waiting</p>}>
        <View />
      </Suspense>,
    );
    expect(screen.getByText('the view')).toBeTruthy();
    expect(screen.queryByText('waiting')).toBeNull();
  });

  it('shows the fallback while the code downloads, then the view', async () => {
    const code = deferred<typeof Hello>();
    const View = lazyWithRetry(() => code.promise);
    render(
      <Suspense fallback={<p>waiting</p>}>
        <View />
      </Suspense>,
    );
    expect(screen.getByText('waiting')).toBeTruthy();
    await act(async () => code.resolve(Hello));
    expect(await screen.findByText('the view')).toBeTruthy();
  });

  it('downloads once for a preload and a render', async () => {
    let calls = 0;
    const View = lazyWithRetry(() => {
      calls++;
      return Promise.resolve(Hello);
    });
    View.preload();
    render(
      <Suspense fallback={<p>waiting</p>}>
        <View />
      </Suspense>,
    );
    expect(await screen.findByText('the view')).toBeTruthy();
    expect(calls).toBe(1);
  });
});
