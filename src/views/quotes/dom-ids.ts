/** Element ids the view moves focus to after a selection changes. */
export const groupDomId = (eventId: string) => `quotes-group-${eventId}`;
export const openButtonId = (eventId: string) => `quotes-open-${eventId}`;
export const EVENT_HEADING_ID = 'quotes-event-heading';
export const quoteCardId = (key: string) => `quote-${key}`;
