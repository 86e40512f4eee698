/** The budgets `npm run bench` enforces (2 cores, headless Chromium, no CPU throttling). */
export const BUDGETS = {
  /** The shipped dataset (17 events): navigation start to ready, median of 5 cold loads. */
  shippedReadyMs: 600,
  /** No main-thread task longer than this while it starts (median over the loads). */
  shippedLongestTaskMs: 200,
  readyMs: { 10_000: 1_500, 50_000: 5_000 } as Record<number, number>,
  interactionP95Ms: { 10_000: 100, 50_000: 200 } as Record<number, number>,
  zoomFrameMedianMs: { 10_000: 16.7 } as Record<number, number>,
  zoomFrameP95Ms: { 10_000: 33 } as Record<number, number>,
  initialJsGzipKb: 170,
  /** 50k/10k ready-time ratio: five times the events may cost at most five times the time. */
  maxReadyRatio: 5,
  /** Ours at 10k (all three views, every quote verified) over vis-timeline's first draw, same run. */
  maxPeerReadyRatio: 0.5,
  /** Drafting a 50,000-character article with the curation engine (median, Node). */
  draftMs: 200,
};
