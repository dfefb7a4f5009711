/** What the action is run with: the environment and the clients, injectable in tests. */
import type { RunGateOptions, RunGateOutput } from '../pipeline/run-gate.js';
import type { Logger } from '../util/progress.js';
import type { ArtifactClientLike } from './artifact-api.js';
import type { Octokit, OctokitSettings } from './octokit.js';

export interface ActionDeps {
  env: NodeJS.ProcessEnv;
  runGate: (options: RunGateOptions, logger: Logger) => Promise<RunGateOutput>;
  createOctokit: (token: string, settings?: OctokitSettings) => Octokit;
  createArtifactClient: () => ArtifactClientLike;
  logger: Logger;
  /** Base delay between artifact download attempts (2 s in production). */
  retryBaseDelayMs?: number;
}
