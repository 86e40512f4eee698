const STYLE_PROPS = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'paint-order',
  'visibility',
] as const;

/** The view's main graphic: an svg marked `data-export`, else the largest svg inside. */
export function findGraphic(root: Element): SVGSVGElement | null {
  const marked = root.querySelector<SVGSVGElement>('svg[data-export]');
  if (marked) return marked;
  let best: SVGSVGElement | null = null;
  let area = 0;
  for (const svg of root.querySelectorAll<SVGSVGElement>('svg')) {
    const r = svg.getBoundingClientRect();
    if (r.width * r.height > area) {
      area = r.width * r.height;
      best = svg;
    }
  }
  return area > 0 ? best : null;
}

/**
 * A standalone SVG of what is on screen: computed styles inlined (the page's CSS does not
 * travel with the file) and canvas layers under the svg embedded as images.
 */
export function serializeGraphic(root: Element, svg: SVGSVGElement, title: string): { markup: string; width: number; height: number } {
  const box = svg.getBoundingClientRect();
  const width = Math.round(box.width);
  const height = Math.round(box.height);
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll('*')];
  const copies = [clone, ...clone.querySelectorAll('*')];
  originals.forEach((orig, i) => {
    const copy = copies[i] as SVGElement | undefined;
    if (!copy) return;
    const cs = getComputedStyle(orig);
    if (cs.display === 'none') {
      copy.remove();
      return;
    }
    const decl = STYLE_PROPS.map((p) => `${p}:${cs.getPropertyValue(p)}`).join(';');
    copy.setAttribute('style', decl);
    copy.removeAttribute('class');
    copy.removeAttribute('tabindex');
  });
  const NS = 'http://www.w3.org/2000/svg';
  clone.setAttribute('xmlns', NS);
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  if (!clone.getAttribute('viewBox')) clone.setAttribute('viewBox', `0 0 ${width} ${height}`);
  const bg = document.createElementNS(NS, 'rect');
  bg.setAttribute('width', '100%');
  bg.setAttribute('height', '100%');
  bg.setAttribute('fill', '#ffffff');
  const layers: Element[] = [bg];
  for (const canvas of root.querySelectorAll('canvas')) {
    const r = canvas.getBoundingClientRect();
    if (!r.width || !r.height) continue;
    const img = document.createElementNS(NS, 'image');
    img.setAttribute('x', String(r.left - box.left));
    img.setAttribute('y', String(r.top - box.top));
    img.setAttribute('width', String(r.width));
    img.setAttribute('height', String(r.height));
    img.setAttribute('href', canvas.toDataURL('image/png'));
    layers.push(img);
  }
  const titleEl = document.createElementNS(NS, 'title');
  titleEl.textContent = title;
  clone.prepend(titleEl, ...layers);
  return { markup: new XMLSerializer().serializeToString(clone), width, height };
}

/** Rasterise serialized SVG at twice its size (sharp on high-density screens and in print). */
export async function svgToPng(markup: string, width: number, height: number, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.decoding = 'async';
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, width * scale);
    canvas.height = Math.max(1, height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2D canvas');
    ctx.scale(scale, scale);
    ctx.drawImage(img, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
