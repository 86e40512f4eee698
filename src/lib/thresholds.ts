/**
 * The sizes at which a view changes how it draws or how much work it does: every such
 * switch in one place, so a reader tuning one sees the others. Each is a count of what is
 * on screen or in the graph; none is a timer.
 */

// Timeline

/** Past this many marks in view and in the filters, they go to the canvas; only the tab stop, the selection and the tooltip's mark stay SVG. */
export const SVG_LIMIT = 300;

/**
 * With at most this many events in the compressed segments, rows are packed for the
 * segments' flatter scale and their marks get titles, as in the focus. Past it the
 * segments are a density, drawn over one another, with no titles.
 */
export const FEW_BEYOND = 32;

// Network

/** Past these sizes a graph is large: node shapes go to a canvas, the layout to the worker, labels are rationed. */
export const LARGE_NODES = 300;
export const LARGE_EDGES = 2000;

/**
 * Past this many edges they are drawn on a canvas (only those of the actor in play become
 * marks to point at and focus): a few hundred lines as elements already cost a click more
 * in the browser's style and layout work than the rest of the view.
 */
export const CANVAS_EDGES = 400;

/** With edges on the canvas, at most this many connections of an actor in play become focusable marks. */
export const LARGE_SVG_EDGES = 400;

/** On a large graph only this many of the most involved actors are offered a label. */
export const LARGE_LABELS = 200;

/**
 * An event joining more actors than this is drawn as a hub: its first linking actor joined
 * to each of the others, not every pair, so one event of 2,000 actors costs 1,999 pairs
 * instead of two million. Below it, a meeting of sixteen still joins everyone in it.
 */
export const MAX_CLIQUE = 16;

/** Up to this size a graph gets d3's full 300-step run (tens of ms at most), so small pictures stay as they were. */
export const FULL_NODES = 60;
export const FULL_LINKS = 600;
/**
 * Steps for such a graph (d3's default is 300): a few dozen actors come to rest well before,
 * and on a cold start, before the engine is compiled, every step costs.
 */
export const FULL_TICKS = 120;

/** Past this many nodes labels are culled anyway, so the layout does not keep their boxes apart. */
export const LABEL_FORCE_MAX_NODES = 300;
/**
 * A large graph's run is about this many node-steps (between 10 and 40 steps): d3's
 * many-body force, most of the run, costs about the same per node-step at any size, so
 * ten times the actors do not take ten times the time up to 1,500 of them, and the
 * sunflower start (see layoutGraph) leaves little for the steps to untangle.
 */
export const LARGE_NODE_STEPS = 15_000;
