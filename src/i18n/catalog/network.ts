import type { RelationKind } from '../../data/schema';
import type { Section } from '../section';

interface Network {
  displayLabel: string;
  graph: string;
  list: string;
  summary: (actors: number, links: number, shown: number, total: number) => string;
  empty: string;
  emptyHint: string;
  layingOut: string;
  graphLabel: string;
  actorsGroup: string;
  connectionsOf: (name: string) => string;
  nodeName: (name: string, side: string, events: string) => string;
  edgeName: (a: string, b: string, shared: string, kinds: string) => string;
  sharedEvents: (n: number) => string;
  relation: Record<RelationKind, (from: string, to: string) => string>;
  connections: (n: number) => string;
  eventsInFilters: (n: number) => string;
  hintFilter: string;
  hintUnfilter: string;
  hintEdgeOne: string;
  hintEdgeMany: string;
  andMore: (n: number) => string;
  sharedBy: (a: string, b: string) => string;
  explicitOnly: string;
  zoomIn: string;
  zoomOut: string;
  reset: string;
  legend: string;
  legendSide: string;
  legendSize: string;
  legendPerson: string;
  legendInstitution: string;
  legendShared: string;
  legendFilter: string;
  keys: string;
  keyItems: readonly string[];
  largeNote: string;
  listSide: string;
  listRole: string;
  listEvents: string;
  listConnections: string;
  listNoConnections: string;
  listConnection: (name: string, shared: string) => string;
  showAll: (n: number) => string;
  showFewer: string;
  moreActors: (n: number) => string;
  filterHint: string;
  includeMentions: string;
  includeMentionsHint: string;
  hubNote: (n: number, max: number) => string;
  legendTogether: string;
}

const en: Network = {
  displayLabel: 'Show the network as',
  graph: 'Graph',
  list: 'List',
  summary: (a, l, s, t) =>
    `${a === 1 ? '1 actor' : `${a} actors`} and ${l === 1 ? '1 connection' : `${l} connections`} in ${s} of ${t} events`,
  empty: 'No actors in the current filters.',
  emptyHint: 'Widen the time window or remove a filter to see who was involved.',
  layingOut: 'Laying out the network…',
  graphLabel: 'Actor network graph',
  actorsGroup: 'Actors',
  connectionsOf: (name) => `Connections of ${name}`,
  nodeName: (name, side, events) => `${name}, ${side}, ${events}`,
  edgeName: (a, b, shared, kinds) => `${a} — ${b}: ${shared}${kinds ? `, ${kinds}` : ''}`,
  sharedEvents: (n) => (n === 0 ? 'no shared events in the current filters' : n === 1 ? '1 shared event' : `${n} shared events`),
  relation: {
    counterpart: (a, b) => `${a} and ${b} are counterparts`,
    'member-of': (a, b) => `${a} is a member of ${b}`,
    'spokesperson-for': (a, b) => `${a} is spokesperson for ${b}`,
    'envoy-of': (a, b) => `${a} is an envoy of ${b}`,
    leads: (a, b) => `${a} leads ${b}`,
    'adviser-to': (a, b) => `${a} is an adviser to ${b}`,
  },
  connections: (n) => (n === 1 ? '1 connection' : `${n} connections`),
  eventsInFilters: (n) => (n === 1 ? '1 event in the current filters' : `${n} events in the current filters`),
  hintFilter: 'Click or press Enter to filter by this actor.',
  hintUnfilter: 'Filtering by this actor. Click or press Enter to remove the filter.',
  hintEdgeOne: 'Click or press Enter to select this event.',
  hintEdgeMany: 'Click or press Enter to select the first and list them all.',
  andMore: (n) => `and ${n} more`,
  sharedBy: (a, b) => `Events shared by ${a} and ${b}`,
  explicitOnly: 'A stated relation with no event in the current filters.',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  reset: 'Reset layout and zoom',
  legend: 'Legend',
  legendSide: 'Colour: side',
  legendSize: 'Size: events in the current filters',
  legendPerson: 'Person',
  legendInstitution: 'Institution, state or group',
  legendShared: 'Shared events (thicker: more)',
  legendFilter: 'Ring: actor filter on',
  keys: 'Keyboard and mouse',
  keyItems: [
    'Tab into the graph; arrow keys move to the connected actor in that direction.',
    'Enter or Space filters the timeline and quotes by the actor; again removes it.',
    'Tab again for the actor’s connections; arrows move between them; Enter selects their events.',
    'Shift + arrows or drag to move an actor; scroll, pinch or the buttons to zoom; drag the background to pan.',
    'Escape hides the details.',
  ],
  largeNote: 'Large network: connections are drawn as a picture; point at or Tab to an actor to reach its connections.',
  listSide: 'Side',
  listRole: 'Role',
  listEvents: 'Events',
  listConnections: 'Connections',
  listNoConnections: 'No connections in the current filters.',
  listConnection: (name, shared) => `${name}: ${shared}`,
  showAll: (n) => `Show all ${n} connections`,
  showFewer: 'Show fewer connections',
  moreActors: (n) => (n === 1 ? 'Show 1 more actor' : `Show ${n} more actors`),
  filterHint: 'Press an actor’s name to filter the timeline and quotes by it.',
  includeMentions: 'Include mentions',
  includeMentionsHint: 'Also join actors only mentioned together, or the subject of an event',
  hubNote: (n, max) =>
    `${n === 1 ? '1 event has' : `${n} events have`} more than ${max} actors: each is drawn as a hub, its first participant joined to each of the others.`,
  legendTogether: 'Took part together (thicker: more events)',
};

const es: Network = {
  displayLabel: 'Mostrar la red como',
  graph: 'Grafo',
  list: 'Lista',
  summary: (a, l, s, t) =>
    `${a === 1 ? '1 actor' : `${a} actores`} y ${l === 1 ? '1 conexión' : `${l} conexiones`} en ${s} de ${t} eventos`,
  empty: 'No hay actores con los filtros actuales.',
  emptyHint: 'Amplíe el periodo o quite un filtro para ver quién participó.',
  layingOut: 'Calculando la disposición de la red…',
  graphLabel: 'Grafo de la red de actores',
  actorsGroup: 'Actores',
  connectionsOf: (name) => `Conexiones de ${name}`,
  nodeName: (name, side, events) => `${name}, ${side}, ${events}`,
  edgeName: (a, b, shared, kinds) => `${a} — ${b}: ${shared}${kinds ? `, ${kinds}` : ''}`,
  sharedEvents: (n) =>
    n === 0 ? 'ningún evento compartido con los filtros actuales' : n === 1 ? '1 evento compartido' : `${n} eventos compartidos`,
  relation: {
    counterpart: (a, b) => `${a} y ${b} son homólogos`,
    'member-of': (a, b) => `${a} es miembro de ${b}`,
    'spokesperson-for': (a, b) => `${a} es portavoz de ${b}`,
    'envoy-of': (a, b) => `${a} es enviado de ${b}`,
    leads: (a, b) => `${a} dirige ${b}`,
    'adviser-to': (a, b) => `${a} es asesor de ${b}`,
  },
  connections: (n) => (n === 1 ? '1 conexión' : `${n} conexiones`),
  eventsInFilters: (n) => (n === 1 ? '1 evento con los filtros actuales' : `${n} eventos con los filtros actuales`),
  hintFilter: 'Haga clic o pulse Intro para filtrar por este actor.',
  hintUnfilter: 'Filtrando por este actor. Haga clic o pulse Intro para quitar el filtro.',
  hintEdgeOne: 'Haga clic o pulse Intro para seleccionar este evento.',
  hintEdgeMany: 'Haga clic o pulse Intro para seleccionar el primero y verlos todos.',
  andMore: (n) => `y ${n} más`,
  sharedBy: (a, b) => `Eventos que comparten ${a} y ${b}`,
  explicitOnly: 'Una relación declarada sin eventos con los filtros actuales.',
  zoomIn: 'Acercar',
  zoomOut: 'Alejar',
  reset: 'Restablecer disposición y zoom',
  legend: 'Leyenda',
  legendSide: 'Color: bando',
  legendSize: 'Tamaño: eventos con los filtros actuales',
  legendPerson: 'Persona',
  legendInstitution: 'Institución, Estado o grupo',
  legendShared: 'Eventos compartidos (más grueso: más)',
  legendFilter: 'Anillo: filtro de actor activo',
  keys: 'Teclado y ratón',
  keyItems: [
    'Tab entra en el grafo; las flechas llevan al actor conectado en esa dirección.',
    'Intro o Espacio filtran la cronología y las citas por el actor; otra vez lo quitan.',
    'Tab de nuevo para las conexiones del actor; las flechas pasan de una a otra; Intro selecciona sus eventos.',
    'Mayús + flechas o arrastrar mueven un actor; rueda, pellizco o los botones hacen zoom; arrastrar el fondo desplaza.',
    'Escape oculta los detalles.',
  ],
  largeNote: 'Red grande: las conexiones se dibujan como imagen; señale un actor o llegue a él con Tab para alcanzar sus conexiones.',
  listSide: 'Bando',
  listRole: 'Cargo',
  listEvents: 'Eventos',
  listConnections: 'Conexiones',
  listNoConnections: 'Sin conexiones con los filtros actuales.',
  listConnection: (name, shared) => `${name}: ${shared}`,
  showAll: (n) => `Mostrar las ${n} conexiones`,
  showFewer: 'Mostrar menos conexiones',
  moreActors: (n) => (n === 1 ? 'Mostrar 1 actor más' : `Mostrar ${n} actores más`),
  filterHint: 'Pulse el nombre de un actor para filtrar por él la cronología y las citas.',
  includeMentions: 'Incluir menciones',
  includeMentionsHint: 'Unir también a los actores solo mencionados juntos, o que son objeto de un evento',
  hubNote: (n, max) =>
    `${n === 1 ? '1 evento tiene' : `${n} eventos tienen`} más de ${max} actores: cada uno se dibuja como un centro, con su primer participante unido a cada uno de los demás.`,
  legendTogether: 'Participaron juntos (más grueso: más eventos)',
};

export const network: Section<Network> = { en, es };
