import './app/boot';
import './index.css';
import { showBootFailure } from './app/boot-failure';
import { retryOnce } from './lib/retry-import';

// A small entry: the dataset download and its worker start first (boot), while the app
// itself, preloaded by index.html, downloads and compiles alongside. If it does not arrive,
// it is asked for once more, then the page says so rather than stay blank.
retryOnce(() => import('./app/start')).catch(showBootFailure);
