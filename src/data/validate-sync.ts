import { describeIssue } from './issues';
import { cut } from './names';
import { formatPath, type Problem } from './problems';
import { DatasetSchema } from './schema';
import type { SourceTexts } from './integrity';
import { acceptShape, withIntegrity, type ShapeCheck, type Validation } from './validate';

/**
 * The checks of src/data/validate.ts, synchronous and with zod loaded: for a dataset already
 * in memory (the curation workspace, exports, the command-line tools and tests). A load from
 * a file or an address uses `validateDatasetText`, which loads zod only to explain a failure.
 */

/** The shape check, with every issue as a located problem. */
export function checkShape(raw: unknown): ShapeCheck {
  return acceptShape(raw) ?? explainShape(raw);
}

/** zod's verdict on the shape alone: the one description, and the words of every problem. */
export function explainShape(raw: unknown): ShapeCheck {
  const parsed = DatasetSchema.safeParse(raw, { reportInput: true });
  if (parsed.success) return { ok: true, dataset: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.map((issue) => ({ path: formatPath(issue.path), message: describeIssue(issue) })),
  };
}

/** Shape, then integrity against already-loaded source texts. Never throws. */
export function validateParsed(raw: unknown, texts: SourceTexts): Validation {
  const shape = checkShape(raw);
  if (!shape.ok) return shape;
  const problems: Problem[] = [];
  const all = new Map(texts);
  shape.dataset.sources.forEach((s, i) => {
    if (s.text !== undefined) all.set(s.id, s.text);
    else if (!texts.has(s.id)) problems.push({ path: `sources[${i}].file`, message: `cannot read ${cut(s.file ?? '')}: no text given` });
  });
  return withIntegrity(problems, shape.dataset, all);
}
