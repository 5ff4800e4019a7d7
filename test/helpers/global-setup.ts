import { bundle } from '../../scripts/bundle.mjs';
import { BUILT_DIR } from './paths.js';

/** Builds the CLI bundle once, into a scratch folder, for the end-to-end tests. */
export default async function setup(): Promise<void> {
  await bundle(BUILT_DIR);
}
