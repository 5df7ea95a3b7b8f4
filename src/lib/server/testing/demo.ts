/**
 * A test that seeds the whole demo region takes a few seconds alone and many
 * times that on a busy two-core machine running the suite's other workers.
 */
export const DEMO_SEED_TIMEOUT_MS = 120_000;
