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

const NS = 'http://www.w3.org/2000/svg';

export interface Graphic {
  markup: string;
  width: number;
  height: number;
}

/** A copy of an svg with its computed styles written on each element: the page's CSS does not travel with it. */
function inlineSvg(svg: SVGSVGElement): SVGSVGElement {
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
    // Through the CSSOM, not setAttribute('style'): the page's CSP (style-src 'self') blocks
    // an inline style attribute, and reports each one.
    for (const p of STYLE_PROPS) copy.style.setProperty(p, cs.getPropertyValue(p));
    copy.removeAttribute('class');
    copy.removeAttribute('tabindex');
  });
  return clone;
}

function visibleBox(el: Element): DOMRect | null {
  const r = el.getBoundingClientRect();
  if (r.width < 1 || r.height < 1) return null;
  const cs = getComputedStyle(el);
  return cs.visibility === 'hidden' || cs.display === 'none' ? null : r;
}

/**
 * A standalone SVG of what is on screen inside `root`, layer by layer in document order:
 * every svg (icons inside buttons aside), every canvas as an embedded image, and every HTML
 * element marked `data-export-label` as text, above the rest. Whatever scrolled out of `root` is clipped.
 */
export function serializeGraphic(root: Element, title: string): Graphic {
  const box = root.getBoundingClientRect();
  const width = Math.round(box.width);
  const height = Math.round(box.height);
  const out = document.createElementNS(NS, 'svg');
  // No setAttribute('xmlns'): the serializer declares the namespace itself (some write it twice otherwise).
  out.setAttribute('width', String(width));
  out.setAttribute('height', String(height));
  out.setAttribute('viewBox', `0 0 ${width} ${height}`);
  const titleEl = document.createElementNS(NS, 'title');
  titleEl.textContent = title;
  const bg = document.createElementNS(NS, 'rect');
  bg.setAttribute('width', '100%');
  bg.setAttribute('height', '100%');
  bg.setAttribute('fill', '#ffffff');
  out.append(titleEl, bg);
  // Labels go on top: a canvas layer painted after them in the page must not hide them here.
  const labels = document.createElementNS(NS, 'g');

  const layers = root instanceof SVGSVGElement ? [root, ...root.querySelectorAll('canvas')] : root.querySelectorAll('svg, canvas, [data-export-label]');
  for (const el of layers) {
    if (el instanceof SVGSVGElement && el !== root && (el.ownerSVGElement || el.closest('button, [role="button"]'))) continue;
    const r = visibleBox(el);
    if (!r) continue;
    const x = String(r.left - box.left);
    const y = String(r.top - box.top);
    if (el instanceof SVGSVGElement) {
      const copy = inlineSvg(el);
      copy.setAttribute('x', x);
      copy.setAttribute('y', y);
      copy.setAttribute('width', String(r.width));
      copy.setAttribute('height', String(r.height));
      if (!copy.getAttribute('viewBox')) copy.setAttribute('viewBox', `0 0 ${r.width} ${r.height}`);
      out.append(copy);
    } else if (el instanceof HTMLCanvasElement) {
      const img = document.createElementNS(NS, 'image');
      img.setAttribute('x', x);
      img.setAttribute('y', y);
      img.setAttribute('width', String(r.width));
      img.setAttribute('height', String(r.height));
      img.setAttribute('href', el.toDataURL('image/png'));
      out.append(img);
    } else {
      const cs = getComputedStyle(el);
      const text = document.createElementNS(NS, 'text');
      text.setAttribute('x', String(r.left - box.left + parseFloat(cs.paddingLeft || '0')));
      text.setAttribute('y', String(r.top - box.top + r.height / 2));
      text.setAttribute('dominant-baseline', 'central');
      text.style.setProperty('fill', cs.color);
      text.style.setProperty('font-family', cs.fontFamily);
      text.style.setProperty('font-size', cs.fontSize);
      text.style.setProperty('font-weight', cs.fontWeight);
      text.textContent = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
      labels.append(text);
    }
  }
  out.append(labels);
  return { markup: xmlSafe(new XMLSerializer().serializeToString(out)), width, height };
}

// What XML 1.0 cannot carry, even escaped: C0 controls but tab, LF and CR; lone surrogates;
// U+FFFE and U+FFFF. The serializer writes them anyway, and the file then does not parse.
const NOT_XML = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;

/** Serialized markup without the characters XML cannot carry (they come from dataset text). */
export function xmlSafe(markup: string): string {
  return markup.replace(NOT_XML, '');
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
