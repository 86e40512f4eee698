import type { Section } from '../section';

const en = {
  placeholder: '',
};

const es: typeof en = {
  placeholder: '',
};

export const network: Section<typeof en> = { en, es };
