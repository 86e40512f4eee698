/**
 * A new source as the curator fills it in: what is missing or wrong, the id it gets, and its
 * text read from a file. The text is never altered: offsets count its characters.
 */
import { isValidIsoDate } from '../../data/dates';
import { decodeUtf8, MAX_SOURCE_BYTES, NotUtf8Error, tooLarge } from '../../data/read';
import { sourceWarnings, type SourceWarning } from './source-check';
import { slugify, uniqueId, type CuratedSource } from './workspace';

export interface SourceFields {
  text: string;
  publisher: string;
  published: string;
  title: string;
  url: string;
  lang: string;
  notes: string;
  /** The id the curator typed; '' takes the suggested one. */
  id: string;
}

const blank = (s: string) => !/\S/.test(s);
// Optional fields stay null when unknown: a blank field is not an empty string.
const nullIfBlank = (s: string) => (blank(s) ? null : s.trim());

/** The form checked against the ids already taken: the id it gets, each field's error, and the text's warnings. */
export function checkSource(f: SourceFields, takenIds: ReadonlySet<string>) {
  const id = f.id || uniqueId(slugify(`${f.publisher}-${f.published}`), takenIds, 'source');
  const errors = {
    text: blank(f.text),
    publisher: blank(f.publisher),
    published: !isValidIsoDate(f.published),
    url: f.url !== '' && !/^https?:\/\/\S+$/i.test(f.url),
    lang: !/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/.test(f.lang),
    id: !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id) || takenIds.has(id),
  };
  // The body is marked on the text once it is added (a selection, never typed offsets).
  const warnings: SourceWarning[] = f.text ? sourceWarnings(f.text, null).filter((w) => w.kind !== 'no-body') : [];
  return { id, errors, ok: !Object.values(errors).some(Boolean), warnings };
}

/** The source the form adds, under `id`: the text exactly as given, its body still to mark. */
export function sourceOf(f: SourceFields, id: string): CuratedSource {
  return { id, lang: f.lang, text: f.text, publisher: f.publisher.trim(), published: f.published, title: nullIfBlank(f.title), url: nullIfBlank(f.url), notes: nullIfBlank(f.notes), body: null };
}

/**
 * A .txt file's text, or why it is refused. UTF-8 only, as the validator reads a source file:
 * another encoding is refused, never decoded into U+FFFD. A leading byte-order mark is
 * dropped, as every reader drops it.
 */
export async function readSourceFile(file: Blob): Promise<{ text: string; error: null } | { text: null; error: string }> {
  if (file.size > MAX_SOURCE_BYTES) return { text: null, error: `it ${tooLarge(file.size, MAX_SOURCE_BYTES)}` };
  const bytes = await file.arrayBuffer();
  try {
    return { text: decodeUtf8(bytes), error: null };
  } catch (e) {
    if (!(e instanceof NotUtf8Error)) throw e;
    return { text: null, error: e.message };
  }
}
