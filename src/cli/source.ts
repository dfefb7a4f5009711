import type { Result } from '../result/schema.js';

/**
 * Where this run comes from, read from the CI's own variables so GitHub Actions, GitLab CI and
 * Jenkins records say which commit and branch a result belongs to.
 */
export function sourceFromEnvironment(env: NodeJS.ProcessEnv = process.env): Result['source'] {
  const commit = env.GITHUB_SHA ?? env.CI_COMMIT_SHA ?? env.GIT_COMMIT ?? env.BUILDKITE_COMMIT;
  const ref = env.GITHUB_REF || env.CI_COMMIT_REF_NAME || env.GIT_BRANCH || env.BRANCH_NAME;
  const branch =
    env.GITHUB_HEAD_REF || env.GITHUB_REF_NAME || env.CI_COMMIT_REF_NAME || env.GIT_BRANCH || env.BRANCH_NAME;
  let runUrl: string | undefined;
  if (env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID) {
    runUrl = `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`;
  } else if (env.CI_JOB_URL) runUrl = env.CI_JOB_URL;
  else if (env.BUILD_URL) runUrl = env.BUILD_URL;
  return {
    ...(commit ? { commit } : {}),
    ...(ref ? { ref } : {}),
    ...(branch ? { branch } : {}),
    ...(runUrl ? { run_url: runUrl } : {}),
  };
}
