import type { Section } from '../section';

const en = {
  productName: 'Backchannel',
  tagline: 'US–Russia negotiations, from the original reporting',
  regionTimeline: 'Timeline',
  regionNetwork: 'Actor network',
  regionQuotes: 'Sources and quotes',
  language: 'Language',
  languageNames: { en: 'English', es: 'Español' },
  loading: 'Loading the dataset…',
  loadFailedTitle: 'The dataset could not be loaded',
  invalidTitle: (n: number) => (n === 1 ? 'The dataset has 1 problem' : `The dataset has ${n} problems`),
  invalidIntro: 'Nothing is shown until the data is valid. Each line names the JSON path of a problem, in the words of the command-line validator:',
  moreProblems: (n: number) => `… and ${n} more: the command-line validator lists them all.`,
  copyProblems: 'Copy the list',
  problemsCopied: 'Copied',
  cliHint: 'The same check from a terminal:',
  networkError: (status: string) => `The request failed: ${status}.`,
  retry: 'Try again',
  unknown: 'unknown',
  skipToContent: 'Skip to the timeline',
  openDataset: 'Open a dataset file…',
  openDatasetShort: 'Open file…',
  openDatasetHint: 'or drop a dataset JSON file on the page',
  dropHere: 'Drop the dataset JSON file to open it',
  openedFile: (name: string) => `Showing ${name}`,
  backToShipped: 'Back to the shipped dataset',
  missingSourcesForFile: (files: string) =>
    `the dataset names source texts that were not opened with it: ${files}. Select the JSON file together with its source .txt files.`,
};

const es: typeof en = {
  productName: 'Backchannel',
  tagline: 'Negociaciones EE. UU.–Rusia, desde la información original',
  regionTimeline: 'Cronología',
  regionNetwork: 'Red de actores',
  regionQuotes: 'Fuentes y citas',
  language: 'Idioma',
  languageNames: { en: 'English', es: 'Español' },
  loading: 'Cargando el conjunto de datos…',
  loadFailedTitle: 'No se pudo cargar el conjunto de datos',
  invalidTitle: (n: number) => (n === 1 ? 'El conjunto de datos tiene 1 problema' : `El conjunto de datos tiene ${n} problemas`),
  invalidIntro:
    'No se muestra nada hasta que los datos sean válidos. Cada línea indica la ruta JSON de un problema, con las palabras (en inglés) del validador de línea de comandos:',
  moreProblems: (n: number) => `… y ${n} más: el validador de línea de comandos los muestra todos.`,
  copyProblems: 'Copiar la lista',
  problemsCopied: 'Copiado',
  cliHint: 'La misma comprobación desde una terminal:',
  networkError: (status: string) => `La solicitud falló: ${status}.`,
  retry: 'Reintentar',
  unknown: 'desconocido',
  skipToContent: 'Saltar a la cronología',
  openDataset: 'Abrir un archivo de datos…',
  openDatasetShort: 'Abrir archivo…',
  openDatasetHint: 'o suelte un archivo JSON de datos en la página',
  dropHere: 'Suelte el archivo JSON para abrirlo',
  openedFile: (name: string) => `Mostrando ${name}`,
  backToShipped: 'Volver al conjunto de datos incluido',
  missingSourcesForFile: (files: string) =>
    `el conjunto de datos nombra textos fuente que no se abrieron con él: ${files}. Seleccione el archivo JSON junto con sus archivos .txt de fuentes.`,
};

export const app: Section<typeof en> = { en, es };
