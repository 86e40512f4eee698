import { z } from './zod';

const nonBlank = (what: string) => z.string().regex(/\S/, `${what} must not be empty`);

export const IdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a kebab-case id (a-z, 0-9, single hyphens)');

export const IsoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD');

export const BilingualSchema = z.strictObject({
  en: nonBlank('English text'),
  es: nonBlank('Spanish text'),
});

export const HttpUrlSchema = z
  .string()
  .regex(/^https?:\/\/[^\s]+$/i, 'must be an http: or https: address');

export const SourceSchema = z.strictObject({
  id: IdSchema,
  lang: z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/, 'must be a language tag such as "es"'),
  file: z
    .string()
    .regex(
      /^(?!\/)(?!.*(?:^|\/)\.\.(?:\/|$))[A-Za-z0-9._/-]+\.txt$/,
      'must be a relative path under public/data/ ending in .txt',
    ),
  publisher: nonBlank('publisher').nullable(),
  published: IsoDateSchema.nullable(),
  title: nonBlank('title').nullable(),
  url: HttpUrlSchema.nullable(),
  notes: nonBlank('notes').nullable(),
});

export const ACTOR_KINDS = ['person', 'organization', 'state', 'group'] as const;
export const SIDES = ['us', 'ru', 'ua', 'europe', 'mediator', 'other'] as const;

export const ActorSchema = z.strictObject({
  id: IdSchema,
  name: nonBlank('name'),
  aliases: z.array(nonBlank('alias')),
  kind: z.enum(ACTOR_KINDS),
  side: z.enum(SIDES),
  role: BilingualSchema,
});

export const TopicSchema = z.strictObject({
  id: IdSchema,
  label: BilingualSchema,
});

export const EVENT_KINDS = [
  'call',
  'meeting',
  'statement',
  'announcement',
  'appointment',
  'agreement',
  'request',
  'reaction',
  'background',
] as const;
export const EVENT_STATUSES = ['occurred', 'planned'] as const;
export const PRECISIONS = ['day', 'week', 'month', 'year', 'range'] as const;
export const ACTOR_ROLES = ['participant', 'speaker', 'subject', 'mentioned'] as const;
export const QUOTE_KINDS = ['direct', 'passage'] as const;

/**
 * `start`/`end` are inclusive calendar days (UTC). Only a `range` may leave one bound
 * `null`: "on or after start" or "on or before end", for what the text leaves open.
 */
export const EventDateSchema = z.strictObject({
  start: IsoDateSchema.nullable(),
  end: IsoDateSchema.nullable(),
  precision: z.enum(PRECISIONS),
  basis: nonBlank('basis'),
});

export const QuoteSchema = z.strictObject({
  sourceId: IdSchema,
  start: z.int().nonnegative(),
  end: z.int().nonnegative(),
  text: z.string().min(1, 'must not be empty'),
  speakerId: IdSchema.nullable(),
  kind: z.enum(QUOTE_KINDS),
  translation: z.strictObject({ en: nonBlank('translation') }),
});

export const EventActorSchema = z.strictObject({
  id: IdSchema,
  role: z.enum(ACTOR_ROLES),
});

export const EventSchema = z.strictObject({
  id: IdSchema,
  kind: z.enum(EVENT_KINDS),
  status: z.enum(EVENT_STATUSES),
  date: EventDateSchema,
  title: BilingualSchema,
  summary: BilingualSchema,
  actors: z.array(EventActorSchema).min(1, 'an event needs at least one actor'),
  topics: z.array(IdSchema),
  location: BilingualSchema.nullable(),
  quotes: z.array(QuoteSchema).min(1, 'an event needs at least one quote: provenance is required'),
});

export const RELATION_KINDS = [
  'counterpart',
  'member-of',
  'spokesperson-for',
  'envoy-of',
  'leads',
  'adviser-to',
] as const;

export const RelationSchema = z.strictObject({
  from: IdSchema,
  to: IdSchema,
  kind: z.enum(RELATION_KINDS),
  eventIds: z.array(IdSchema),
});

export const DatasetSchema = z.strictObject({
  $schema: z.string().optional(),
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
