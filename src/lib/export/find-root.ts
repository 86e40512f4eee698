/**
 * What a view exports: the element marked `data-export-root` (a chart made of several
 * layers: axis, marks, canvas, HTML labels), else the view's main svg (`data-export`, or the
 * largest). Null when the view shows no graphic (its list twin, say).
 */
export function findGraphicRoot(region: Element): Element | null {
  const root = region.querySelector('[data-export-root]');
  if (root && root.getBoundingClientRect().width > 0) return root;
  const marked = region.querySelector<SVGSVGElement>('svg[data-export]');
  if (marked && marked.getBoundingClientRect().width > 0) return marked;
  let best: SVGSVGElement | null = null;
  let area = 0;
  for (const svg of region.querySelectorAll<SVGSVGElement>('svg')) {
    const r = svg.getBoundingClientRect();
    if (r.width * r.height > area) {
      area = r.width * r.height;
      best = svg;
    }
  }
  return area > 0 ? best : null;
}
