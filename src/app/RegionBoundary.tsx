import { Component, Fragment, type ReactNode } from 'react';
import { ChunkLoadError } from '../lib/retry-import';
import { useT } from '../state/i18n';
import { retryFailedLoads } from '../ui/lazy-retry';

interface Props {
  children: ReactNode;
}
interface State {
  error: Error | null;
  attempt: number;
}

/**
 * One region's error boundary: a view that fails (its code did not download, or it threw
 * while drawing) is replaced by a message in its own region, and the other two keep working.
 * "Try again" renders the view afresh.
 */
export class RegionBoundary extends Component<Props, State> {
  override state: State = { error: null, attempt: 0 };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  private retry = () => {
    retryFailedLoads();
    this.setState((s) => ({ error: null, attempt: s.attempt + 1 }));
  };

  override render() {
    const { error, attempt } = this.state;
    if (error) return <RegionFailure error={error} onRetry={this.retry} />;
    return <Fragment key={attempt}>{this.props.children}</Fragment>;
  }
}

function RegionFailure({ error, onRetry }: { error: Error; onRetry: () => void }) {
  const t = useT().app;
  const chunk = error instanceof ChunkLoadError;
  return (
    <div
      role="alert"
      tabIndex={-1}
      // Focus was on what failed (a button now gone): bring it here rather than leave it on the page.
      ref={(el) => {
        if (el && (document.activeElement === document.body || document.activeElement === null)) el.focus();
      }}
      className="m-3 rounded-lg border border-red-300 bg-red-50 p-4 text-red-950 focus-visible:outline-3 focus-visible:outline-amber-500"
    >
      <h3 className="font-semibold">{chunk ? t.chunkFailedTitle : t.viewFailedTitle}</h3>
      <p className="mt-1 text-sm">{chunk ? t.chunkFailedBody : t.viewFailedBody}</p>
      <p lang="en" className="mt-1 font-mono text-xs break-words">
        {error.message}
      </p>
      <button
        type="button"
        onClick={onRetry}
        className="mt-3 min-h-8 rounded bg-red-800 px-3 py-1.5 text-sm font-medium text-white hover:bg-red-900 focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-amber-500"
      >
        {t.retry}
      </button>
    </div>
  );
}
