import type {
  ActorKind,
  ActorRole,
  EventKind,
  EventStatus,
  Precision,
  QuoteKind,
  RelationKind,
  Side,
} from '../../data/schema';
import type { Section } from '../section';

/** Labels for the dataset's enumerations, shared by every view. */
interface Common {
  sides: Record<Side, string>;
  eventKinds: Record<EventKind, string>;
  statuses: Record<EventStatus, string>;
  precisions: Record<Precision, string>;
  actorKinds: Record<ActorKind, string>;
  actorRoles: Record<ActorRole, string>;
  quoteKinds: Record<QuoteKind, string>;
  relationKinds: Record<RelationKind, string>;
  unknown: string;
  speakerUnnamed: string;
  articleVoice: string;
  eventCount: (n: number) => string;
  close: string;
}

const en: Common = {
  sides: { us: 'United States', ru: 'Russia', ua: 'Ukraine', europe: 'Europe', mediator: 'Mediators', other: 'Other' },
  eventKinds: {
    call: 'Call',
    meeting: 'Meeting',
    statement: 'Statement',
    announcement: 'Announcement',
    appointment: 'Appointment',
    agreement: 'Agreement',
    request: 'Request',
    reaction: 'Reaction',
    background: 'Background',
  },
  statuses: { occurred: 'Occurred', planned: 'Planned' },
  precisions: { day: 'Day', week: 'Week', month: 'Month', year: 'Year', range: 'Range' },
  actorKinds: { person: 'Person', organization: 'Organization', state: 'State', group: 'Group' },
  actorRoles: { participant: 'participant', speaker: 'speaker', subject: 'subject', mentioned: 'mentioned' },
  quoteKinds: { direct: 'Direct quotation', passage: 'Reporting passage' },
  relationKinds: {
    counterpart: 'counterpart',
    'member-of': 'member of',
    'spokesperson-for': 'spokesperson for',
    'envoy-of': 'envoy of',
    leads: 'leads',
    'adviser-to': 'adviser to',
  },
  unknown: 'unknown',
  speakerUnnamed: 'speaker not named in the article',
  articleVoice: 'the article’s own reporting',
  eventCount: (n) => (n === 1 ? '1 event' : `${n} events`),
  close: 'Close',
};

const es: Common = {
  sides: { us: 'Estados Unidos', ru: 'Rusia', ua: 'Ucrania', europe: 'Europa', mediator: 'Mediadores', other: 'Otros' },
  eventKinds: {
    call: 'Llamada',
    meeting: 'Reunión',
    statement: 'Declaración',
    announcement: 'Anuncio',
    appointment: 'Nombramiento',
    agreement: 'Acuerdo',
    request: 'Solicitud',
    reaction: 'Reacción',
    background: 'Antecedente',
  },
  statuses: { occurred: 'Ocurrido', planned: 'Previsto' },
  precisions: { day: 'Día', week: 'Semana', month: 'Mes', year: 'Año', range: 'Intervalo' },
  actorKinds: { person: 'Persona', organization: 'Organización', state: 'Estado', group: 'Grupo' },
  actorRoles: { participant: 'participante', speaker: 'portavoz', subject: 'sujeto', mentioned: 'mencionado' },
  quoteKinds: { direct: 'Cita directa', passage: 'Pasaje informativo' },
  relationKinds: {
    counterpart: 'homólogo de',
    'member-of': 'miembro de',
    'spokesperson-for': 'portavoz de',
    'envoy-of': 'enviado de',
    leads: 'dirige',
    'adviser-to': 'asesor de',
  },
  unknown: 'desconocido',
  speakerUnnamed: 'el artículo no nombra al hablante',
  articleVoice: 'redacción del propio artículo',
  eventCount: (n) => (n === 1 ? '1 evento' : `${n} eventos`),
  close: 'Cerrar',
};

export const common: Section<Common> = { en, es };
