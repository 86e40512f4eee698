import { findChromium, NO_CHROMIUM_MESSAGE } from './chromium';

if (!findChromium()) {
  console.error(NO_CHROMIUM_MESSAGE);
  process.exit(1);
}
