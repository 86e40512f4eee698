/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { headersFile, META_CSP } from './scripts/host-headers.ts';

// The production policy is strict; the dev server needs inline scripts/styles for hot reload.
const STRICT_CSP = META_CSP;

const DEV_CSP = STRICT_CSP.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
  .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
  .replace("connect-src 'self'", "connect-src 'self' ws: wss:");

function contentSecurityPolicy(): Plugin {
  let isBuild = false;
  return {
    name: 'backchannel-csp',
    configResolved(config) {
      isBuild = config.command === 'build';
    },
    transformIndexHtml() {
      return [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: isBuild ? STRICT_CSP : DEV_CSP },
          injectTo: 'head-prepend',
        },
      ];
    },
  };
}

/** dist/_headers: the same policy (with frame-ancestors) as response headers, for static hosts that read it. */
function hostHeaders(): Plugin {
  return {
    name: 'backchannel-host-headers',
    apply: 'build',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: '_headers', source: headersFile() });
    },
  };
}

type Chunk = { fileName: string; imports: readonly string[] };

/** The files of `roots` and of every chunk they import statically, transitively. */
function staticClosure(chunks: readonly Chunk[], roots: readonly string[]): Set<string> {
  const byFile = new Map(chunks.map((c) => [c.fileName, c]));
  const files = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    byFile.get(file)?.imports.forEach(visit);
  };
  roots.forEach(visit);
  return files;
}

/**
 * The entry (main.tsx) is small and imports the app dynamically, so the dataset download
 * starts before the app has compiled. index.html still names the app's chunks, so the
 * browser fetches them at once, in parallel with the entry.
 */
function preloadApp(dynamicEntry: string): Plugin {
  return {
    name: 'backchannel-preload-app',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const bundle = ctx.bundle;
        if (!bundle) return [];
        const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
        const app = chunks.find((c) => c.facadeModuleId?.endsWith(dynamicEntry));
        if (!app) throw new Error(`preloadApp: no chunk for ${dynamicEntry}`);
        const files = staticClosure(chunks, [app.fileName]);
        // What the entry itself loads already has its own tag.
        for (const c of chunks) if (c.isEntry) files.delete(c.fileName);
        return [...files].map((file) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `/${file}` },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}

/**
 * V8's explicit compile hint: a script that starts with this comment has all its functions
 * compiled as it streams in, on a background thread, instead of one by one on the main thread
 * the first time each is called (most of the start's main-thread time for a small dataset).
 * Given to the chunks the first view runs (those the entry or the named modules load
 * statically), and to every worker chunk; code loaded later on demand (the curation
 * workspace, the exporters) is left to lazy compilation.
 */
const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';
function compileHints(firstView: readonly string[] | 'all'): Plugin {
  return {
    name: 'backchannel-compile-hints',
    apply: 'build',
    enforce: 'post',
    // After Vite's own generateBundle work, which puts its preload table at the top of a chunk:
    // the hint must be the file's first line.
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
        const first = (c: (typeof chunks)[number]) => firstView === 'all' || c.isEntry || firstView.some((m) => c.facadeModuleId?.endsWith(m));
        const hinted = staticClosure(chunks, chunks.filter(first).map((c) => c.fileName));
        for (const c of chunks) if (hinted.has(c.fileName)) c.code = COMPILE_HINT + c.code;
      },
    },
  };
}

export default defineConfig({
  plugins: [
    contentSecurityPolicy(),
    hostHeaders(),
    preloadApp('src/app/start.tsx'),
    compileHints(['src/app/start.tsx', 'src/views/network/NetworkView.tsx']),
    react(),
    tailwindcss(),
  ],
  build: {
    target: 'es2022',
    // Inline assets would become data: URLs; keep every asset a same-origin file.
    assetsInlineLimit: 0,
    sourcemap: false,
    // The app chunk is ~510 kB minified; what counts is its gzipped size, which `npm run bench`
    // holds to the 170 kB initial-JS budget.
    chunkSizeWarningLimit: 600,
  },
  worker: { format: 'es', plugins: () => [compileHints('all')] },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts', 'bench/**/*.test.ts'],
    environment: 'node',
  },
});
