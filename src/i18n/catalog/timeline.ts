import type { Section } from '../section';

interface Timeline {
  count: (shown: number, total: number) => string;
  lanes: string;
  lanesBySide: string;
  lanesByActor: string;
  show: string;
  showChart: string;
  showList: string;
  navigation: string;
  zoomIn: string;
  zoomOut: string;
  fitAll: string;
  fitAllLong: string;
  busiest: (span: string) => string;
  busiestLong: (span: string, n: number) => string;
  window: string;
  windowNone: string;
  windowRange: (from: string, to: string) => string;
  windowFrom: (from: string) => string;
  windowTo: (to: string) => string;
  useViewAsWindow: string;
  clearWindow: string;
  overview: string;
  axis: (from: string, to: string, ticks: string) => string;
  marks: string;
  keyboardHint: string;
  dense: string;
  eventName: (date: string, title: string) => string;
  laneEvents: (n: number) => string;
  tipStatus: string;
  tipActors: string;
  moreActors: (n: number) => string;
  legend: string;
  legendPoint: string;
  legendSoft: string;
  legendRange: string;
  legendOpen: string;
  legendPlanned: string;
  legendSides: string;
  legendConnector: string;
  legendFaint: string;
  listCaption: string;
  colDate: string;
  colEvent: string;
  colActors: string;
  colTopics: string;
  listMore: (n: number) => string;
  listShowing: (n: number, total: number) => string;
  none: string;
  noEvents: string;
  segmentCount: (side: 'left' | 'right', n: number) => string;
  segmentName: (side: 'left' | 'right', n: number, years: string) => string;
  axisSegment: (side: 'left' | 'right', range: string, n: number) => string;
}

const en: Timeline = {
  count: (shown, total) => `${shown} of ${total} ${total === 1 ? 'event' : 'events'}`,
  lanes: 'Lanes',
  lanesBySide: 'By side',
  lanesByActor: 'By actor',
  show: 'Show as',
  showChart: 'Chart',
  showList: 'List',
  navigation: 'Zoom and time window',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  fitAll: 'Fit all',
  fitAllLong: 'Zoom out to show all events',
  busiest: (span) => `Busiest: ${span}`,
  busiestLong: (span, n) => `Zoom to the busiest stretch, ${span} (${n} events)`,
  window: 'Time window',
  windowNone: 'all dates',
  windowRange: (from, to) => `${from} – ${to}`,
  windowFrom: (from) => `from ${from}`,
  windowTo: (to) => `until ${to}`,
  useViewAsWindow: 'Use view as window',
  clearWindow: 'Clear window',
  overview: 'Overview of all dates',
  axis: (from, to, ticks) => `Time axis from ${from} to ${to}: ${ticks}`,
  marks: 'Events in time order',
  keyboardHint: 'Arrow keys move between events, Enter selects, Escape clears, + and − zoom.',
  dense:
    'Many events in view: they are drawn as one image. Click a mark, use the arrow keys, or switch to the list.',
  eventName: (date, title) => `${date} — ${title}`,
  laneEvents: (n) => (n === 1 ? '1 event' : `${n} events`),
  tipStatus: 'Status',
  tipActors: 'Actors',
  moreActors: (n) => `and ${n} more`,
  legend: 'Key',
  legendPoint: 'exact day',
  legendSoft: 'some time that week, month or year',
  legendRange: 'between two dates',
  legendOpen: 'open-ended: only one date is known',
  legendPlanned: 'planned (hollow, dashed)',
  legendSides: 'sides involved; the lane is the lead participant’s side',
  legendConnector: 'one event joining its actors',
  legendFaint: 'faint: outside the filters',
  listCaption: 'Events in the current filters, in time order',
  colDate: 'Date',
  colEvent: 'Event',
  colActors: 'Actors',
  colTopics: 'Topics',
  listMore: (n) => `Show ${n} more`,
  listShowing: (n, total) => `Showing ${n} of ${total}`,
  none: 'none',
  noEvents: 'No events match the current filters.',
  segmentCount: (side, n) => `${n} ${side === 'left' ? 'earlier' : 'later'}`,
  segmentName: (side, n, years) =>
    `${years}: ${n} ${side === 'left' ? 'earlier' : 'later'} ${n === 1 ? 'event' : 'events'}, drawn compressed. Show them at full scale`,
  axisSegment: (side, range, n) =>
    `${side === 'left' ? 'before it' : 'after it'}, compressed: ${range}, ${n === 1 ? '1 event' : `${n} events`}`,
};

const es: Timeline = {
  count: (shown, total) => `${shown} de ${total} ${total === 1 ? 'evento' : 'eventos'}`,
  lanes: 'Carriles',
  lanesBySide: 'Por bando',
  lanesByActor: 'Por actor',
  show: 'Mostrar como',
  showChart: 'Gráfico',
  showList: 'Lista',
  navigation: 'Zoom y ventana temporal',
  zoomIn: 'Acercar',
  zoomOut: 'Alejar',
  fitAll: 'Ver todo',
  fitAllLong: 'Alejar para ver todos los eventos',
  busiest: (span) => `Más intenso: ${span}`,
  busiestLong: (span, n) => `Acercar al tramo más intenso, ${span} (${n} eventos)`,
  window: 'Ventana temporal',
  windowNone: 'todas las fechas',
  windowRange: (from, to) => `${from} – ${to}`,
  windowFrom: (from) => `desde el ${from}`,
  windowTo: (to) => `hasta el ${to}`,
  useViewAsWindow: 'Usar la vista como ventana',
  clearWindow: 'Quitar ventana',
  overview: 'Vista general de todas las fechas',
  axis: (from, to, ticks) => `Eje temporal del ${from} al ${to}: ${ticks}`,
  marks: 'Eventos en orden cronológico',
  keyboardHint: 'Las flechas recorren los eventos, Intro selecciona, Escape quita la selección, + y − hacen zoom.',
  dense:
    'Hay muchos eventos a la vista: se dibujan como una sola imagen. Pulse una marca, use las flechas o cambie a la lista.',
  eventName: (date, title) => `${date} — ${title}`,
  laneEvents: (n) => (n === 1 ? '1 evento' : `${n} eventos`),
  tipStatus: 'Estado',
  tipActors: 'Actores',
  moreActors: (n) => `y ${n} más`,
  legend: 'Leyenda',
  legendPoint: 'día exacto',
  legendSoft: 'en algún momento de esa semana, mes o año',
  legendRange: 'entre dos fechas',
  legendOpen: 'abierto: solo se conoce una fecha',
  legendPlanned: 'previsto (hueco, discontinuo)',
  legendSides: 'bandos implicados; el carril es el del participante principal',
  legendConnector: 'un evento que une a sus actores',
  legendFaint: 'tenue: fuera de los filtros',
  listCaption: 'Eventos de los filtros actuales, en orden cronológico',
  colDate: 'Fecha',
  colEvent: 'Evento',
  colActors: 'Actores',
  colTopics: 'Temas',
  listMore: (n) => `Mostrar ${n} más`,
  listShowing: (n, total) => `Se muestran ${n} de ${total}`,
  none: 'ninguno',
  noEvents: 'Ningún evento coincide con los filtros actuales.',
  segmentCount: (side, n) => `${n} ${side === 'left' ? (n === 1 ? 'anterior' : 'anteriores') : n === 1 ? 'posterior' : 'posteriores'}`,
  segmentName: (side, n, years) =>
    `${years}: ${n} ${n === 1 ? 'evento' : 'eventos'} ${side === 'left' ? (n === 1 ? 'anterior' : 'anteriores') : n === 1 ? 'posterior' : 'posteriores'}, dibujados comprimidos. Mostrarlos a escala completa`,
  axisSegment: (side, range, n) =>
    `${side === 'left' ? 'antes' : 'después'}, comprimido: ${range}, ${n === 1 ? '1 evento' : `${n} eventos`}`,
};

export const timeline: Section<Timeline> = { en, es };
