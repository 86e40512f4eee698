import './app/boot';
import './index.css';

// A small entry: the dataset download and its worker start first (boot), while the app
// itself, preloaded by index.html, downloads and compiles alongside.
void import('./app/start');
