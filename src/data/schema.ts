import { z } from './zod';
import {
  ACTOR_KINDS,
  ACTOR_ROLES,
  EVENT_KINDS,
  EVENT_STATUSES,
  PRECISIONS,
  QUOTE_KINDS,
  RELATION_KINDS,
  SIDES,
  SOURCE_FILE_PATTERN,
} from './enums';

export { ACTOR_KINDS, ACTOR_ROLES, EVENT_KINDS, EVENT_STATUSES, PRECISIONS, QUOTE_KINDS, RELATION_KINDS, SIDES };

// Descriptions travel into public/data/dataset.schema.json: curators read them as editor hovers.

/** How a text field that holds a control character is described (issues.ts adds which and where). */
export const CONTROL_MESSAGE = 'must not contain control characters';

// C0 control characters break export (XML cannot carry them) and are invisible on screen.
// Names and titles are one line; prose may hold tab and line feed; a quote may also hold the
// carriage return of a source it copies (sources themselves are never changed).
/* eslint-disable no-control-regex -- these patterns exist to find control characters */
export const LINE_CONTROL = /[\u0000-\u001f]/;
export const PROSE_CONTROL = /[\u0000-\u0008\u000b-\u001f]/;
export const QUOTE_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/;
/* eslint-enable no-control-regex */
const without = (control: RegExp) => new RegExp(`^[^${control.source.slice(1, -1)}]*$`);

/** A one-line text: a name, a title, a label. */
const line = () => z.string().regex(/\S/, 'must not be empty or blank').regex(without(LINE_CONTROL), CONTROL_MESSAGE);
/** Free text: a summary, a note, the basis of a date, a translation. */
const prose = () => z.string().regex(/\S/, 'must not be empty or blank').regex(without(PROSE_CONTROL), CONTROL_MESSAGE);

export const IdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a kebab-case id (a-z, 0-9, single hyphens)');

export const IsoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD');

export const BilingualSchema = z.strictObject({
  en: line().describe('English.'),
  es: line().describe('Spanish.'),
});

/** Bilingual free text (a summary): may run over several lines. */
export const BilingualProseSchema = z.strictObject({
  en: prose().describe('English.'),
  es: prose().describe('Spanish.'),
});

export const HttpUrlSchema = z
  .string()
  .regex(/^https?:\/\/[^\s]+$/i, 'must be an http: or https: address')
  .regex(without(LINE_CONTROL), CONTROL_MESSAGE);

export const SourceSchema = z
  .strictObject({
    id: IdSchema.describe('Stable kebab-case id; quotes name it in sourceId.'),
    lang: z
      .string()
      .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/, 'must be a language tag such as "es"')
      .describe('Language of the text (BCP 47 tag such as "es").'),
    file: z
      .string()
      .regex(
        SOURCE_FILE_PATTERN,
        'must be a relative path under public/data/ ending in .txt',
      )
      .optional()
      .describe('The text file, relative to the dataset file, e.g. "sources/<id>.txt". Byte-identical to what was received. Give either file or text.'),
    text: z
      .string()
      .optional()
      .describe('The whole source text itself, exactly as received (a self-contained dataset). Give either file or text.'),
    publisher: line().nullable().describe('Who published it; null when unknown. Say in notes if inferred.'),
    published: IsoDateSchema.nullable().describe('Publication date YYYY-MM-DD; null when unknown. Say in notes if inferred.'),
    title: line().nullable().describe('Headline as published; null when unknown (never invented).'),
    url: HttpUrlSchema.nullable().describe('http(s) address of the original; null when unknown.'),
    notes: prose().nullable().describe('How inferred values were inferred, and anything odd about the file.'),
    body: z
      .strictObject({ start: z.int().nonnegative(), end: z.int().nonnegative() })
      .nullable()
      .optional()
      .describe(
        'Where the article itself lies in the file (offsets as for quotes, end exclusive). Text outside it (a newsletter promotion, stray characters) stays in the file, but no quote may use it and context stops at its edges. Omit or null when the whole file is the article.',
      ),
  })
  // Exactly one of `file` and `text`: the check words it for curators, and the `oneOf`
  // says the same in the generated JSON Schema (the compiled validator and editors use it).
  .check((ctx) => {
    const { file, text } = ctx.value;
    if ((file === undefined) === (text === undefined))
      ctx.issues.push({
        code: 'custom',
        input: ctx.value,
        message:
          file === undefined
            ? 'needs its text: either "file" (a path to the text file) or "text" (the text itself)'
            : 'has both "file" and "text": give exactly one of them',
      });
  })
  .meta({ oneOf: [{ required: ['file'] }, { required: ['text'] }] })
  .describe('A source text that quotes point into: a file next to the dataset, or the text inline.');


export const ActorSchema = z
  .strictObject({
    id: IdSchema.describe('Stable kebab-case id, e.g. "marco-rubio".'),
    name: line().describe('Usual name.'),
    aliases: z.array(line()).describe('How the source text names the actor, as written there.'),
    kind: z.enum(ACTOR_KINDS),
    side: z.enum(SIDES),
    role: BilingualSchema.describe('Role or office at the time of the events.'),
  })
  .describe('A person, body, state or group the text names.');

export const TopicSchema = z.strictObject({
  id: IdSchema,
  label: BilingualSchema,
});


/**
 * `start`/`end` are inclusive calendar days (UTC). Only a `range` may leave one bound
 * `null`: "on or after start" or "on or before end", for what the text leaves open.
 */
export const EventDateSchema = z
  .strictObject({
    start: IsoDateSchema.nullable().describe('First day, inclusive; null only in a range open at the start ("on or before end").'),
    end: IsoDateSchema.nullable().describe('Last day, inclusive; null only in a range open at the end ("on or after start").'),
    precision: z
      .enum(PRECISIONS)
      .describe('day: start = end; week: 7 days; month: 1st to last day; year: 1 Jan to 31 Dec; range: anything else.'),
    basis: prose().describe(
      'How the date was resolved, e.g. «el miércoles» before publication on 2025-02-15 → 2025-02-12; say when it comes from outside the article.',
    ),
  })
  .describe('When it happened or is planned. Never invent a bound the text leaves open.');

export const QuoteSchema = z
  .strictObject({
    sourceId: IdSchema.describe('The source id.'),
    start: z.int().nonnegative().describe('Offset of the first character, as a JavaScript string index (UTF-16 code units).'),
    end: z.int().nonnegative().describe('Offset just after the last character (exclusive).'),
    text: z.string().min(1, 'must not be empty').regex(without(QUOTE_CONTROL), CONTROL_MESSAGE).describe('Exactly the source text between start and end.'),
    speakerId: IdSchema.nullable().describe("The speaker's actor id (one of the event's actors), or null where the article names none."),
    kind: z
      .enum(QUOTE_KINDS)
      .describe('direct: words the article puts in quotation marks; passage: the article\'s own sentence reporting the event.'),
    translation: z
      .strictObject({ en: prose().describe("The curator's English rendering.") })
      .describe('Shown labelled as a translation.'),
  })
  .describe('A verbatim slice of a source text.');

export const EventActorSchema = z.strictObject({
  id: IdSchema.describe('An actor id.'),
  role: z.enum(ACTOR_ROLES),
});

export const EventSchema = z
  .strictObject({
    id: IdSchema.describe('Stable, readable kebab-case id, e.g. "rubio-lavrov-call".'),
    kind: z.enum(EVENT_KINDS),
    status: z.enum(EVENT_STATUSES).describe('occurred, or planned (announced for the future).'),
    date: EventDateSchema,
    title: BilingualSchema,
    summary: BilingualProseSchema,
    actors: z.array(EventActorSchema).min(1, 'an event needs at least one actor'),
    topics: z.array(IdSchema).describe('Topic ids.'),
    location: BilingualSchema.nullable().describe('Where, or null when the text does not say.'),
    quotes: z
      .array(QuoteSchema)
      .min(1, 'an event needs at least one quote: provenance is required')
      .describe('At least one: every event is backed by the source text.'),
  })
  .describe('Something that happened or was planned, as the source reports it.');


export const RelationSchema = z
  .strictObject({
    from: IdSchema.describe('An actor id.'),
    to: IdSchema.describe('An actor id.'),
    kind: z.enum(RELATION_KINDS),
    eventIds: z.array(IdSchema).describe('The events that show the relation; each involves both actors.'),
  })
  .describe('A standing tie between two actors.');

/** Written by the app's JSON export: where the file was cut from. Shape only; never required. */
export const ExportInfoSchema = z
  .strictObject({
    link: HttpUrlSchema.describe('The address of the exported view: opening it in Backchannel restores its filters.'),
    exportedAt: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/, 'must be a UTC time such as 2025-02-15T10:00:00.000Z')
      .describe('When the export was made (UTC, ISO 8601).'),
    eventCount: z.int().nonnegative().describe('Events exported: those the filters left.'),
    totalEvents: z.int().nonnegative().describe('Events in the dataset the export was cut from.'),
  })
  .describe('Present in a file exported from the app; a curator may delete it. The app and the validator check only its shape.');

export const DatasetSchema = z.strictObject({
  $schema: z.string().optional().describe('Editor hint: "./dataset.schema.json".'),
  export: ExportInfoSchema.optional(),
  schemaVersion: z.literal(1),
  title: BilingualSchema,
  sources: z.array(SourceSchema).min(1, 'a dataset needs at least one source'),
  actors: z.array(ActorSchema),
  topics: z.array(TopicSchema),
  events: z.array(EventSchema),
  relations: z.array(RelationSchema),
});

export type Bilingual = z.infer<typeof BilingualSchema>;
export type Source = z.infer<typeof SourceSchema>;
export type Actor = z.infer<typeof ActorSchema>;
export type ActorKind = Actor['kind'];
export type Side = Actor['side'];
export type Topic = z.infer<typeof TopicSchema>;
export type EventDate = z.infer<typeof EventDateSchema>;
export type Precision = EventDate['precision'];
export type Quote = z.infer<typeof QuoteSchema>;
export type QuoteKind = Quote['kind'];
export type EventActor = z.infer<typeof EventActorSchema>;
export type ActorRole = EventActor['role'];
export type DatasetEvent = z.infer<typeof EventSchema>;
export type EventKind = DatasetEvent['kind'];
export type EventStatus = DatasetEvent['status'];
export type Relation = z.infer<typeof RelationSchema>;
export type RelationKind = Relation['kind'];
export type Dataset = z.infer<typeof DatasetSchema>;
export type ExportInfo = z.infer<typeof ExportInfoSchema>;
