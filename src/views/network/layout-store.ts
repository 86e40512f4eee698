import type { Size } from '../../lib/network/geometry';
import type { NetworkGraph } from '../../lib/network/graph';
import { layoutGraph } from '../../lib/network/layout';
import { boxFor, keepsPlaces, knownPlaces, layoutInput, layoutRoute, scalePlaces, type LabelSize } from '../../lib/network/layout-memory';
import { sharedLayoutRunner, type LayoutRunner } from '../../lib/network/layout-runner';
import type { Point } from '../../lib/network/navigate';
import { reportTiming } from '../../state/timings';

export interface LayoutSnapshot {
  /** Positions of the graph's nodes, in layout units. */
  positions: ReadonlyMap<string, Point>;
  box: Size | null;
  /** A layout is running in the worker (positions are those already known meanwhile). */
  pending: boolean;
  /** Bumped on a reset, so the view can refit its zoom. */
  epoch: number;
  /** The graph these positions are for. */
  graph: NetworkGraph | null;
}

/**
 * Holds the layout across renders: it remembers where every actor has been (so an actor
 * filtered out and back returns to its place), which ones the reader dragged, and whether
 * a worker layout is in flight; a stale worker result is dropped. Where each request runs,
 * and the arithmetic, are in lib/network/layout-memory.ts.
 */
export class LayoutStore {
  private snapshot: LayoutSnapshot = { positions: new Map(), box: null, pending: false, epoch: 0, graph: null };
  private memory = new Map<string, Point>();
  private pinned = new Map<string, Point>();
  private listeners = new Set<() => void>();
  private runner: LayoutRunner | null = null;
  private readonly makeRunner: () => LayoutRunner;
  private seq = 0;
  private last: { graph: NetworkGraph; box: Size; container: Size } | null = null;
  /** The last preview, and the version of the remembered places it was made from. */
  private previewed: { snapshot: LayoutSnapshot; box: Size; version: number } | null = null;
  private version = 0;
  private readonly firstInRunner: boolean;

  /**
   * `firstInRunner`: a small graph's first layout, when none of its actors is on screen yet,
   * runs in the runner (the worker) too, so the page paints the other views meanwhile
   * instead of waiting for it; later small layouts still run at once, before the next paint.
   */
  constructor(makeRunner: () => LayoutRunner = sharedLayoutRunner, { firstInRunner = false } = {}) {
    this.makeRunner = makeRunner;
    this.firstInRunner = firstInRunner;
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = () => this.snapshot;

  private set(next: Partial<LayoutSnapshot>) {
    this.snapshot = { ...this.snapshot, ...next };
    for (const l of this.listeners) l();
  }

  /**
   * What `request` will show for a graph, without doing it: the places already known, in
   * the box it will use. A render with a new graph draws this, so it need not draw the old
   * layout first and then move everything when the request has run.
   */
  preview(graph: NetworkGraph, container: Size | null): LayoutSnapshot {
    if (!container || container.width < 1 || container.height < 1) return { ...this.snapshot, positions: new Map(), graph };
    const { box, sx, sy } = boxFor(this.snapshot.box, graph, container);
    const positions = knownPlaces(this.memory, graph, sx, sy);
    const snapshot = { ...this.snapshot, positions, box, pending: !keepsPlaces(graph, positions.size), graph };
    this.previewed = { snapshot, box, version: this.version };
    return snapshot;
  }

  request(graph: NetworkGraph, container: Size, labelSize: LabelSize): void {
    if (container.width < 1 || container.height < 1) return;
    const fit = boxFor(this.snapshot.box, graph, container);
    const { sx, sy } = fit;
    let box = fit.box;
    const seen = this.previewed?.version === this.version ? this.previewed : null;
    this.previewed = null;
    if (sx !== 1 || sy !== 1) {
      this.version++;
      scalePlaces(this.memory, sx, sy);
      scalePlaces(this.pinned, sx, sy);
    }
    // Actors already placed are shown where they were (meanwhile, or for good): the same
    // objects as the preview's when it showed just this, so nothing drawn from them is redone.
    const same = seen && seen.snapshot.graph === graph && seen.box.width === box.width && seen.box.height === box.height;
    if (same) box = seen.box;
    if (this.last && this.last.graph === graph && this.last.box === box) return;
    this.last = { graph, box, container };
    const id = ++this.seq;
    const known = same ? (seen.snapshot.positions as Map<string, Point>) : knownPlaces(this.memory, graph);
    const route = layoutRoute(graph, known.size, this.firstInRunner);
    if (route === 'keep') {
      this.set({ positions: known, box, pending: false, graph });
      return;
    }
    const input = layoutInput(graph, box, known, this.pinned, labelSize);
    const started = performance.now();
    if (route === 'now') {
      this.accept(layoutGraph(input), box, started, graph);
      return;
    }
    this.set({ positions: known, pending: true, box, graph });
    this.runner ??= this.makeRunner();
    void this.runner.run(input).then((positions) => {
      if (id === this.seq) this.accept(positions, box, started, graph);
    });
  }

  private accept(positions: Map<string, Point>, box: Size, started: number, graph: NetworkGraph) {
    // Layout time as the reader waits for it (the app measures it for the benchmark).
    reportTiming('network-layout', started);
    for (const [id, p] of positions) this.memory.set(id, p);
    this.version++;
    this.set({ positions, box, pending: false, graph });
  }

  /** A node dragged to a new place stays there (pinned) through later layouts. */
  move(id: string, p: Point): void {
    if (!this.snapshot.positions.has(id)) return;
    this.pinned.set(id, p);
    this.memory.set(id, p);
    this.version++;
    const positions = new Map(this.snapshot.positions);
    positions.set(id, p);
    this.set({ positions });
  }

  /** Forget remembered places and drags, and lay the current graph out afresh. */
  reset(labelSize: LabelSize): void {
    this.memory.clear();
    this.pinned.clear();
    this.version++;
    const last = this.last;
    this.last = null;
    this.set({ epoch: this.snapshot.epoch + 1 });
    if (last) this.request(last.graph, last.container, labelSize);
  }

  /** Stops listening for results; a runner of its own is stopped, the shared one kept. */
  dispose(): void {
    if (this.runner !== sharedLayoutRunner()) this.runner?.dispose();
    this.runner = null;
    this.seq++;
  }
}
