import { mkdirSync, writeFileSync } from 'node:fs';
import { generate } from '../bench/generate';
import { syntheticDataset } from '../src/lib/timeline/synthetic';
import { FIXTURE_DIR, LARGE_NETWORK, LARGE_TIMELINE } from './generated';

/**
 * The heavy synthetic datasets (test fixtures, not reporting) are generated once per run,
 * here, instead of in every worker that loads a spec file.
 */
export default function globalSetup(): void {
  mkdirSync(`${FIXTURE_DIR}/${LARGE_NETWORK.dir}`, { recursive: true });
  const big = generate(LARGE_NETWORK.events, LARGE_NETWORK.seed);
  writeFileSync(`${FIXTURE_DIR}/${LARGE_NETWORK.dir}/dataset.json`, JSON.stringify(big.dataset));
  for (const [file, text] of big.files) {
    mkdirSync(`${FIXTURE_DIR}/${LARGE_NETWORK.dir}/${file}`.replace(/\/[^/]+$/, ''), { recursive: true });
    writeFileSync(`${FIXTURE_DIR}/${LARGE_NETWORK.dir}/${file}`, text);
  }
  writeFileSync(`${FIXTURE_DIR}/${LARGE_TIMELINE.file}`, JSON.stringify(syntheticDataset(LARGE_TIMELINE.events, LARGE_TIMELINE.seed)));
}
