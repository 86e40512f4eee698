/** One problem in a dataset, located by its JSON path (`events[3].quotes[0]`). */
export interface Problem {
  path: string;
  message: string;
}

export const ROOT_PATH = '(root)';

export function formatProblem(p: Problem): string {
  return `${p.path}: ${p.message}`;
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** `['events', 3, 'quotes', 0]` → `events[3].quotes[0]`. */
export function formatPath(segments: readonly PropertyKey[]): string {
  let out = '';
  for (const seg of segments) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else {
      const key = String(seg);
      if (IDENTIFIER.test(key)) out += out ? `.${key}` : key;
      else out += `[${JSON.stringify(key)}]`;
    }
  }
  return out || ROOT_PATH;
}
