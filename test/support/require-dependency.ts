/**
 * Tests that need an outside tool (GNU time, prometheus-pushgateway, the built bundle) skip
 * without it on a developer's machine — but in CI (env CI, or MODEL_GATE_REQUIRE_DEPS=1 that
 * .ci/run exports) a missing tool fails the test file, naming it, so coverage never silently drops.
 */
export function dependencyPresent(name: string, present: boolean, install: string): boolean {
  if (present) return true;
  const required = Boolean(process.env.CI) || process.env.MODEL_GATE_REQUIRE_DEPS === '1';
  if (required)
    throw new Error(
      `missing test dependency: ${name} (${install}). In CI (CI or MODEL_GATE_REQUIRE_DEPS=1 set) this fails instead of skipping.`,
    );
  console.warn(`SKIPPED: ${name} is not available (${install}).`);
  return false;
}
