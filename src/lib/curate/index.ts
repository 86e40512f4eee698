/** The drafting engine's public API (see draft.ts). */
export { draftArticle, DraftInputError } from './draft';
export type {
  ActorRef,
  Draft,
  DraftDate,
  DraftDateMention,
  DraftEvent,
  DraftInput,
  DraftMention,
  DraftQuote,
  DraftSource,
  DraftSpeaker,
  Span,
} from './draft';
export type { DraftEventActor } from './events';
