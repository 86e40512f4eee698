import type { Section } from '../section';

const en = {
  placeholder: '',
};

const es: typeof en = {
  placeholder: '',
};

export const filters: Section<typeof en> = { en, es };
