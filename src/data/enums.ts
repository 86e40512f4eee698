/**
 * The dataset's enumerations, apart from the zod schema so the page can use them without
 * loading zod (validation runs in a worker).
 */
export const ACTOR_KINDS = ['person', 'organization', 'state', 'group'] as const;

export const SIDES = ['us', 'ru', 'ua', 'europe', 'mediator', 'other'] as const;

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

export const RELATION_KINDS = [
  'counterpart',
  'member-of',
  'spokesperson-for',
  'envoy-of',
  'leads',
  'adviser-to',
] as const;

/** A source file: a relative path under the dataset's folder, no `..`, ending in .txt. */
export const SOURCE_FILE_PATTERN = /^(?!\/)(?!.*(?:^|\/)\.\.(?:\/|$))[A-Za-z0-9._/-]+\.txt$/;
