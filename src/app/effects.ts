import { searchTextOf } from '../lib/dataset-index';
import { sharedLayoutRunner } from '../lib/network/layout-runner';
import { onDrawn } from '../state/ready';
import { onTiming } from '../state/timings';
import { watchFontLoad } from '../ui/fonts';
import { whenIdle } from '../ui/idle';

/**
 * The app's side effects at start-up, in one place: what state and views report (drawn,
 * timed) becomes User Timing entries and the `data-ready` attribute here, and the work
 * nobody should wait for later (worker boot, web font, search folding) is started here.
 * Run once, before the first render, with the first dataset load.
 */
export function startAppEffects(firstLoad: Promise<void>): void {
  // The network's layout worker boots once the dataset is in, and compiles its code on a
  // practice graph while the page renders the views, so the first layout neither waits for
  // it nor runs in the interpreter. Not sooner: a trace of the start showed its practice
  // layout running beside the dataset worker and the page's own start, on two cores.
  void firstLoad.then(() => sharedLayoutRunner().warm());
  // Labels and titles are measured in the web font once it is in.
  watchFontLoad();

  onDrawn(({ index, complete }) => {
    const root = document.documentElement;
    if (!complete) {
      delete root.dataset.ready;
      return;
    }
    // The benchmark reads the mark; tests wait for the attribute.
    performance.mark('backchannel:ready');
    root.dataset.ready = 'true';
    // With the views on screen, fold the search text while the reader is still looking.
    whenIdle(() => searchTextOf(index));
  });
  onTiming(({ name, start, end }) => performance.measure(`backchannel:${name}`, { start, end }));
}
