/** The dataset the app ships, relative to the page. */
export const SHIPPED_DATASET = 'data/dataset.json';
