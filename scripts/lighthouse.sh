#!/usr/bin/env bash
# `npm run lighthouse`: Lighthouse 12 (mobile defaults: simulated slow 4G and 4x CPU slowdown)
# against the production build, with Debian's Chromium. Lighthouse is installed on demand into
# a cache folder of its own (it is not a dependency of the app or of `npm test`).
# Usage: npm run lighthouse [-- --skip-build] [-- --port=4390] ; reports go to lighthouse/.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=4390
BUILD=1
for a in "$@"; do
  case "$a" in
    --skip-build) BUILD=0 ;;
    --port=*) PORT="${a#--port=}" ;;
  esac
done
LH_DIR="${LIGHTHOUSE_DIR:-node_modules/.cache/lighthouse-12.2.3}"
if [ ! -x "$LH_DIR/node_modules/.bin/lighthouse" ]; then
  echo "lighthouse: installing lighthouse@12.2.3 into $LH_DIR (once)"
  mkdir -p "$LH_DIR"
  npm install --prefix "$LH_DIR" --no-save --no-audit --no-fund lighthouse@12.2.3 >/dev/null
fi
CHROME="${PLAYWRIGHT_CHROMIUM_PATH:-/usr/bin/chromium}"
[ -x "$CHROME" ] || { echo "lighthouse: no Chromium at $CHROME (apt-get install chromium)"; exit 1; }
[ "$BUILD" = 1 ] && npx vite build >/dev/null
npx vite preview --host 127.0.0.1 --port "$PORT" --strictPort >/dev/null 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 50); do curl -sf "http://127.0.0.1:$PORT/" >/dev/null && break; sleep 0.2; done
mkdir -p lighthouse
CHROME_PATH="$CHROME" "$LH_DIR/node_modules/.bin/lighthouse" "http://127.0.0.1:$PORT/?lang=en" \
  --quiet --output=json --output=html --output-path=lighthouse/report \
  --only-categories=performance,accessibility,best-practices \
  --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run"
node -e '
const r = require("./lighthouse/report.report.json");
const c = r.categories, a = r.audits;
const pct = (x) => Math.round(x.score * 100);
console.log(`performance ${pct(c.performance)}, accessibility ${pct(c.accessibility)}, best practices ${pct(c["best-practices"])}`);
for (const k of ["first-contentful-paint", "largest-contentful-paint", "total-blocking-time", "cumulative-layout-shift", "speed-index", "dom-size"])
  console.log(`  ${a[k].title}: ${a[k].displayValue}`);
console.log("report: lighthouse/report.report.html");
'
