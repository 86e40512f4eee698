import type { Section } from '../section';

/** What the reader shows of curation: the header's control, the region's name, the preview banner. */
const en = {
  open: 'Curate',
  openHint: 'Add articles and curate events, quotes and actors in the browser',
  region: 'Curation workspace',
  restoring: 'Restoring your saved work…',
  previewBanner: 'Curated, not yet exported',
  previewBack: 'Back to the workspace',
  previewInvalid: 'The curated dataset has problems: fix them in the workspace to preview it.',
};

const es: typeof en = {
  open: 'Curar',
  openHint: 'Añadir artículos y curar eventos, citas y actores en el navegador',
  region: 'Espacio de curación',
  restoring: 'Restaurando el trabajo guardado…',
  previewBanner: 'Curado, aún no exportado',
  previewBack: 'Volver al espacio de curación',
  previewInvalid: 'El conjunto curado tiene problemas: corríjalos en el espacio de curación para verlo.',
};

export const curate: Section<typeof en> = { en, es };
