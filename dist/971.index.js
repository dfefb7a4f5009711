export const id = 971;
export const ids = [971,101];
export const modules = {

/***/ 71101:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createOctokit: () => (/* binding */ createOctokit),
  describeApiError: () => (/* binding */ describeApiError),
  httpStatus: () => (/* binding */ httpStatus)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 12 modules
var core = __webpack_require__(3894);
// EXTERNAL MODULE: ./src/action/log.ts
var log = __webpack_require__(58592);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js
var github = __webpack_require__(61351);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(49735);
// EXTERNAL MODULE: ./node_modules/bottleneck/light.js
var light = __webpack_require__(63251);
;// CONCATENATED MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
// pkg/dist-src/index.js


// pkg/dist-src/version.js
var VERSION = "0.0.0-development";

// pkg/dist-src/wrap-request.js
var noop = () => Promise.resolve();
function wrapRequest(state, request, options) {
  return state.retryLimiter.schedule(doRequest, state, request, options);
}
async function doRequest(state, request, options) {
  const { pathname } = new URL(options.url, "http://github.test");
  const isAuth = isAuthRequest(options.method, pathname);
  const isWrite = !isAuth && options.method !== "GET" && options.method !== "HEAD";
  const isSearch = options.method === "GET" && pathname.startsWith("/search/");
  const isGraphQL = pathname.startsWith("/graphql");
  const retryCount = ~~request.retryCount;
  const jobOptions = retryCount > 0 ? { priority: 0, weight: 0 } : {};
  if (state.clustering) {
    jobOptions.expiration = 1e3 * 60;
  }
  if (isWrite || isGraphQL) {
    await state.write.key(state.id).schedule(jobOptions, noop);
  }
  if (isWrite && state.triggersNotification(pathname)) {
    await state.notifications.key(state.id).schedule(jobOptions, noop);
  }
  if (isSearch) {
    await state.search.key(state.id).schedule(jobOptions, noop);
  }
  const req = (isAuth ? state.auth : state.global).key(state.id).schedule(jobOptions, request, options);
  if (isGraphQL) {
    const res = await req;
    if (res.data.errors != null && res.data.errors.some((error) => error.type === "RATE_LIMITED")) {
      const error = Object.assign(new Error("GraphQL Rate Limit Exceeded"), {
        response: res,
        data: res.data
      });
      throw error;
    }
  }
  return req;
}
function isAuthRequest(method, pathname) {
  return method === "PATCH" && // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-a-scoped-access-token
  /^\/applications\/[^/]+\/token\/scoped$/.test(pathname) || method === "POST" && // https://docs.github.com/en/rest/apps/oauth-applications?apiVersion=2022-11-28#reset-a-token
  (/^\/applications\/[^/]+\/token$/.test(pathname) || // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-an-installation-access-token-for-an-app
  /^\/app\/installations\/[^/]+\/access_tokens$/.test(pathname) || // https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps
  pathname === "/login/oauth/access_token");
}

// pkg/dist-src/generated/triggers-notification-paths.js
var triggers_notification_paths_default = [
  "/orgs/{org}/invitations",
  "/orgs/{org}/invitations/{invitation_id}",
  "/orgs/{org}/teams/{team_slug}/discussions",
  "/orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments",
  "/repos/{owner}/{repo}/collaborators/{username}",
  "/repos/{owner}/{repo}/commits/{commit_sha}/comments",
  "/repos/{owner}/{repo}/issues",
  "/repos/{owner}/{repo}/issues/{issue_number}/comments",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issue",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority",
  "/repos/{owner}/{repo}/pulls",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies",
  "/repos/{owner}/{repo}/pulls/{pull_number}/merge",
  "/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers",
  "/repos/{owner}/{repo}/pulls/{pull_number}/reviews",
  "/repos/{owner}/{repo}/releases",
  "/teams/{team_id}/discussions",
  "/teams/{team_id}/discussions/{discussion_number}/comments"
];

// pkg/dist-src/route-matcher.js
function routeMatcher(paths) {
  const regexes = paths.map(
    (path) => path.split("/").map((c) => c.startsWith("{") ? "(?:.+?)" : c).join("/")
  );
  const regex2 = `^(?:${regexes.map((r) => `(?:${r})`).join("|")})[^/]*$`;
  return new RegExp(regex2, "i");
}

// pkg/dist-src/index.js
var regex = routeMatcher(triggers_notification_paths_default);
var triggersNotification = regex.test.bind(regex);
var groups = {};
var createGroups = function(Bottleneck, common) {
  groups.global = new Bottleneck.Group({
    id: "octokit-global",
    maxConcurrent: 10,
    ...common
  });
  groups.auth = new Bottleneck.Group({
    id: "octokit-auth",
    maxConcurrent: 1,
    ...common
  });
  groups.search = new Bottleneck.Group({
    id: "octokit-search",
    maxConcurrent: 1,
    minTime: 2e3,
    ...common
  });
  groups.write = new Bottleneck.Group({
    id: "octokit-write",
    maxConcurrent: 1,
    minTime: 1e3,
    ...common
  });
  groups.notifications = new Bottleneck.Group({
    id: "octokit-notifications",
    maxConcurrent: 1,
    minTime: 3e3,
    ...common
  });
};
function throttling(octokit, octokitOptions) {
  const {
    enabled = true,
    Bottleneck = light,
    id = "no-id",
    timeout = 1e3 * 60 * 2,
    // Redis TTL: 2 minutes
    connection
  } = octokitOptions.throttle || {};
  if (!enabled) {
    return {};
  }
  const common = { timeout };
  if (typeof connection !== "undefined") {
    common.connection = connection;
  }
  const state = Object.assign(
    {
      clustering: connection != null,
      triggersNotification,
      fallbackSecondaryRateRetryAfter: 60,
      retryAfterBaseValue: 1e3,
      id
    },
    octokitOptions.throttle
  );
  if (typeof state.onSecondaryRateLimit !== "function" || typeof state.onRateLimit !== "function") {
    throw new Error(`octokit/plugin-throttling error:
        You must pass the onSecondaryRateLimit and onRateLimit error handlers.
        See https://octokit.github.io/rest.js/#throttling

        const octokit = new Octokit({
          throttle: {
            onSecondaryRateLimit: (retryAfter, options) => {/* ... */},
            onRateLimit: (retryAfter, options) => {/* ... */}
          }
        })
    `);
  }
  let initialized = false;
  const initializeBottleneck = () => {
    if (initialized) {
      return;
    }
    initialized = true;
    if (groups.global == null) {
      createGroups(Bottleneck, common);
    }
    state.global = state.global ?? groups.global;
    state.auth = state.auth ?? groups.auth;
    state.search = state.search ?? groups.search;
    state.write = state.write ?? groups.write;
    state.notifications = state.notifications ?? groups.notifications;
    state.retryLimiter = state.retryLimiter ?? new Bottleneck();
    const events = {};
    const emitter = new Bottleneck.Events(events);
    events.on("secondary-limit", state.onSecondaryRateLimit);
    events.on("rate-limit", state.onRateLimit);
    events.on(
      "error",
      (e) => octokit.log.warn("Error in throttling-plugin limit handler", e)
    );
    state.retryLimiter.on("failed", async function(error, info) {
      const [state2, request, options] = info.args;
      const { pathname } = new URL(options.url, "http://github.test");
      const shouldRetryGraphQL = pathname.startsWith("/graphql") && error.status !== 401;
      if (!(shouldRetryGraphQL || error.status === 403 || error.status === 429)) {
        return;
      }
      const retryCount = ~~request.retryCount;
      request.retryCount = retryCount;
      options.request.retryCount = retryCount;
      const { wantRetry, retryAfter = 0 } = await (async function() {
        if (/\bsecondary rate\b/i.test(error.message)) {
          const retryAfter2 = Number(error.response.headers["retry-after"]) || state2.fallbackSecondaryRateRetryAfter;
          const wantRetry2 = await emitter.trigger(
            "secondary-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        if (error.response.headers != null && error.response.headers["x-ratelimit-remaining"] === "0" || (error.response.data?.errors ?? []).some(
          (error2) => error2.type === "RATE_LIMITED"
        )) {
          const rateLimitReset = new Date(
            ~~error.response.headers["x-ratelimit-reset"] * 1e3
          ).getTime();
          const retryAfter2 = Math.max(
            // Add one second so we retry _after_ the reset time
            // https://docs.github.com/en/rest/overview/resources-in-the-rest-api?apiVersion=2022-11-28#exceeding-the-rate-limit
            Math.ceil((rateLimitReset - Date.now()) / 1e3) + 1,
            0
          );
          const wantRetry2 = await emitter.trigger(
            "rate-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        return {};
      })();
      if (wantRetry) {
        request.retryCount++;
        return retryAfter * state2.retryAfterBaseValue;
      }
    });
  };
  octokit.hook.wrap("request", (request, options) => {
    initializeBottleneck();
    return wrapRequest(state, request, options);
  });
  return {};
}
throttling.VERSION = VERSION;
throttling.triggersNotification = triggersNotification;


;// CONCATENATED MODULE: ./src/action/octokit.ts





/**
 * Listed before the retry plugin, so it sees each attempt's error first: once the deadline's
 * signal has fired, the error becomes the DeadlineError itself, which plugin-retry does not
 * retry (it is no RequestError). Without this, an aborted request reads as a status-500 error
 * and is retried, 1 s, 4 s and 9 s later, long after the operation was given up.
 */
function stopRetriesOnAbort(octokit) {
    octokit.hook.error('request', (error, options) => {
        const signal = options.request?.signal;
        if (signal?.aborted)
            throw signal.reason ?? error;
        throw error;
    });
    return {};
}
/**
 * An Octokit that retries transient failures (5xx, network) and waits out rate limits a couple of
 * times. The token is registered as a secret first, so the runner masks it wherever it might be
 * echoed; it is never logged by model-gate itself.
 */
function createOctokit(token, settings = {}) {
    core/* setSecret */.Pq(token);
    const limitHandler = (kind) => (retryAfter, options, _octokit, retryCount) => {
        const pastDeadline = settings.endsAt !== undefined && Date.now() + retryAfter * 1000 >= settings.endsAt;
        const again = retryCount < 2 && !pastDeadline;
        log/* log */.R.warning(`GitHub API ${kind} rate limit hit on ${options.method ?? ''} ${options.url ?? ''}` +
            (again
                ? `; retrying in ${retryAfter} s.`
                : pastDeadline
                    ? `; retry-after ${retryAfter} s would pass the network-timeout: giving up.`
                    : '; giving up.'));
        return again;
    };
    return github/* getOctokit */.Q(token, {
        ...(settings.baseUrl ? { baseUrl: settings.baseUrl } : {}),
        ...(settings.signal ? { request: { signal: settings.signal } } : {}),
        retry: {
            retries: 3,
            ...(settings.retryAfterBaseValue !== undefined
                ? { retryAfterBaseValue: settings.retryAfterBaseValue }
                : {}),
        },
        throttle: {
            enabled: settings.throttle ?? process.env.MODEL_GATE_TEST_NO_THROTTLE !== '1',
            onRateLimit: limitHandler('primary'),
            onSecondaryRateLimit: limitHandler('secondary'),
        },
    }, stopRetriesOnAbort, dist_bundle/* retry */.L, throttling);
}
/** The HTTP status of an Octokit RequestError, else undefined. */
function httpStatus(e) {
    const s = e?.status;
    return typeof s === 'number' ? s : undefined;
}
/** A one-line description of an API error without headers or request details (which hold the token). */
function describeApiError(e) {
    const status = httpStatus(e);
    const msg = e instanceof Error ? e.message.split('\n')[0] : String(e);
    return status !== undefined && !msg.includes(String(status)) ? `HTTP ${status}: ${msg}` : msg;
}


/***/ }),

/***/ 65971:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runAction: () => (/* binding */ runAction)
});

// EXTERNAL MODULE: ./src/action/context.ts
var context = __webpack_require__(40645);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/pipeline/gate-name.ts

/**
 * Gate names end up in artifact names (`<name>-baseline`), in an HTML comment (the sticky marker)
 * and in metric labels, so they are restricted to characters that are safe in all three.
 * `what` names where the value came from (`input "name"`, `--name`).
 */
function validateGateName(name, what) {
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/.test(name)) {
        throw new errors/* UsageError */.eb(`${what}: "${name}" is not a valid gate name: use 1-100 letters, digits, ".", "_" or "-", starting with a letter or digit.`);
    }
    return name;
}

// EXTERNAL MODULE: ./src/bench/index.ts + 2 modules
var bench = __webpack_require__(71350);
// EXTERNAL MODULE: ./src/result/evaluation-data.ts
var evaluation_data = __webpack_require__(97368);
// EXTERNAL MODULE: ./src/evaluate/ranking-scores.ts + 1 modules
var ranking_scores = __webpack_require__(19685);
// EXTERNAL MODULE: ./src/result/scores-data.ts
var scores_data = __webpack_require__(69407);
;// CONCATENATED MODULE: ./src/pipeline/options.ts



/** `cutoffs` as both adapters read it (the CLI's --cutoffs, the Action's input). */


const TASKS = ['auto', 'binary', 'multiclass', 'regression', 'ranking', 'scores', 'text'];
const MISSING = ['error', 'count-as-wrong', 'intersection'];
const FAIL_ON = ['fail', 'warn', 'never'];
const OPTIONS = {
    mode: { type: 'string', choices: ['gate', 'post-comment', 'monitor'], default: 'gate' },
    predictions: {
        type: 'string',
        default: '',
        flag: {
            name: 'predictions',
            valueName: 'PATH',
            description: 'predictions file (CSV, TSV, JSONL; .gz too)',
        },
    },
    labels: {
        type: 'string',
        default: '',
        flag: {
            name: 'labels',
            valueName: 'PATH',
            description: 'labels file (else labels are a column of the predictions file)',
        },
    },
    task: {
        type: 'string',
        choices: TASKS,
        default: evaluation_data/* DEFAULT_EVALUATE_OPTIONS */.ho.task,
        flag: {
            name: 'task',
            valueName: 'TASK',
            description: 'auto|binary|multiclass|regression|ranking|scores|text (auto: binary when exactly two labels, never ranking, scores or text; ranking: a TREC run and its qrels; scores: per-example scores, e.g. an eval harness; text: generated text against references)',
        },
    },
    'id-column': {
        type: 'string',
        default: evaluation_data/* DEFAULT_EVALUATE_OPTIONS */.ho.idColumn,
        flag: {
            name: 'id-column',
            valueName: 'NAME',
            description: 'id column joining the two files (default id; else rows join by position)',
        },
    },
    'label-column': {
        type: 'string',
        default: evaluation_data/* DEFAULT_EVALUATE_OPTIONS */.ho.labelColumn,
        flag: { name: 'label-column', valueName: 'NAME', description: 'true label column (default label)' },
    },
    'prediction-column': {
        type: 'string',
        default: evaluation_data/* DEFAULT_EVALUATE_OPTIONS */.ho.predictionColumn,
        flag: {
            name: 'prediction-column',
            valueName: 'NAME',
            description: 'predicted label/value column (default prediction)',
        },
    },
    'score-column': {
        type: 'string',
        default: '',
        flag: {
            name: 'score-column',
            valueName: 'NAME',
            description: 'binary: score or probability of the positive class',
        },
    },
    'score-prefix': {
        type: 'string',
        default: '',
        flag: {
            name: 'score-prefix',
            valueName: 'PREFIX',
            description: 'multiclass: one probability column per class, named PREFIX + class',
        },
    },
    // --task scores: per-example scores from any table, or an eval harness's own output.
    'score-columns': {
        type: 'string',
        default: '',
        flag: {
            name: 'score-columns',
            valueName: 'A,B',
            description: 'scores: the score columns (default every numeric or boolean column but the id)',
        },
    },
    from: {
        type: 'string',
        choices: scores_data/* HARNESSES */.Ls,
        default: '',
        flag: {
            name: 'from',
            valueName: 'HARNESS',
            description: `scores: read a harness's own per-sample output (${scores_data/* HARNESSES */.Ls.join('|')}) as --predictions`,
        },
    },
    'positive-label': {
        type: 'string',
        default: '',
        flag: {
            name: 'positive-label',
            valueName: 'VALUE',
            description: 'binary: the positive class (default: the greater label)',
        },
    },
    cutoffs: {
        type: 'string',
        default: ranking_scores/* DEFAULT_CUTOFFS */.jE.join(','),
        flag: {
            name: 'cutoffs',
            valueName: 'K,K,…',
            description: `ranking: the k of ndcg@k, precision@k, recall@k (default ${ranking_scores/* DEFAULT_CUTOFFS */.jE.join(',')})`,
        },
    },
    missing: {
        type: 'string',
        choices: MISSING,
        default: evaluation_data/* DEFAULT_EVALUATE_OPTIONS */.ho.missing,
        flag: {
            name: 'missing',
            valueName: 'POLICY',
            description: 'labels without a prediction: error (default) or count-as-wrong; scores: intersection pairs the samples both runs have',
        },
    },
    'bench-command': {
        type: 'string',
        default: '',
        flag: {
            name: 'bench',
            valueName: 'COMMAND',
            description: 'inference command to run and measure first (it may write the predictions)',
        },
    },
    'bench-runs': {
        type: 'integer',
        default: String(bench/* DEFAULT_RUNS */.V),
        min: 1,
        max: 1000,
        flag: {
            name: 'bench-runs',
            valueName: 'N',
            description: `measured runs of --bench (default ${bench/* DEFAULT_RUNS */.V})`,
        },
    },
    'bench-warmup': {
        type: 'integer',
        default: String(bench/* DEFAULT_WARMUP */.VB),
        min: 0,
        max: 1000,
        flag: {
            name: 'bench-warmup',
            valueName: 'N',
            description: `warm-up runs of --bench (default ${bench/* DEFAULT_WARMUP */.VB})`,
        },
    },
    'bench-timeout': {
        type: 'seconds',
        default: '',
        flag: {
            name: 'bench-timeout',
            valueName: 'SECONDS',
            description: 'kill a --bench run (and its whole process tree) after this long',
        },
    },
    // Interleaved A/B (docs/benchmark.md): the baseline's command measured in turn with bench-command.
    'bench-baseline-command': {
        type: 'string',
        default: '',
        flag: {
            name: 'bench-against',
            valueName: 'COMMAND',
            description: "the baseline's command, measured in turn with --bench (A B A B …); the gate compares the two series",
        },
    },
    'bench-confirm': {
        type: 'integer',
        default: '0',
        min: 0,
        max: 1000,
        flag: {
            name: 'bench-confirm',
            valueName: 'N',
            description: 'with --bench-against: re-measure a failing bench check with N more pairs before it fails',
        },
    },
    // A served model (serve-bench): its rounds of load are the runs (bench-runs, bench-warmup).
    'serve-command': {
        type: 'string',
        default: '',
        flag: {
            name: 'serve',
            valueName: 'COMMAND',
            description: 'model server to start, load with --serve-requests and stop (instead of --bench)',
        },
    },
    'serve-ready': {
        type: 'string',
        default: '',
        flag: {
            name: 'serve-ready',
            valueName: 'URL|PORT',
            description: 'readiness of --serve: a health URL answering 2xx, a port or HOST:PORT accepting',
        },
    },
    'serve-requests': {
        type: 'string',
        default: '',
        flag: {
            name: 'serve-requests',
            valueName: 'PATH',
            description: 'requests for --serve: JSON Lines {method, path, headers, body}, or bodies with --serve-url',
        },
    },
    'serve-url': {
        type: 'string',
        default: '',
        flag: {
            name: 'serve-url',
            valueName: 'URL',
            description: 'POST each line of --serve-requests as a body to this URL',
        },
    },
    'serve-concurrency': {
        type: 'integer',
        default: '',
        min: 1,
        max: 10000,
        flag: {
            name: 'serve-concurrency',
            valueName: 'N',
            description: 'requests in flight (closed loop; with --serve-rate: the most in flight) (default 1)',
        },
    },
    'serve-rate': {
        type: 'number',
        default: '',
        flag: {
            name: 'serve-rate',
            valueName: 'PER_SECOND',
            description: 'open loop: send at this fixed rate, latency from the scheduled send time',
        },
    },
    'serve-duration': {
        type: 'seconds',
        default: '',
        flag: {
            name: 'serve-duration',
            valueName: 'SECONDS',
            description: 'length of each round of load (default 10)',
        },
    },
    'serve-count': {
        type: 'integer',
        default: '',
        min: 1,
        max: 100000000,
        flag: {
            name: 'serve-count',
            valueName: 'N',
            description: 'requests per round of load (instead of --serve-duration)',
        },
    },
    'serve-timeout': {
        type: 'seconds',
        default: '',
        flag: {
            name: 'serve-timeout',
            valueName: 'SECONDS',
            description: 'how long to wait for --serve to be ready (default 60)',
        },
    },
    config: {
        type: 'string',
        default: '',
        flag: {
            name: 'config',
            valueName: 'PATH',
            description: 'gate.yml (default: gate the primary metric with max_regression 0)',
        },
    },
    name: {
        type: 'string',
        default: 'model-gate',
        flag: {
            name: 'name',
            valueName: 'NAME',
            description: 'gate name, for reports and metric labels (default model-gate)',
        },
    },
    // The Action's default looks the baseline up among the artifacts; the CLI has no artifacts and
    // takes a path only.
    baseline: {
        type: 'string',
        default: 'artifact',
        flag: {
            name: 'baseline',
            valueName: 'DIR|FILE',
            description: "a previous run's output folder or result.json",
        },
    },
    'baseline-branch': { type: 'string', default: '' },
    'update-baseline': { type: 'string', choices: ['auto', 'always', 'never'], default: 'auto' },
    'retention-days': { type: 'integer', default: '90', min: 1, max: 400 },
    comment: { type: 'string', choices: ['auto', 'never'], default: 'auto' },
    // Empty: gate.yml's fail_on decides.
    'fail-on': {
        type: 'string',
        choices: FAIL_ON,
        default: '',
        flag: {
            name: 'fail-on',
            valueName: 'LEVEL',
            description: "exit 1 on: fail (default, or gate.yml's fail_on), warn, never",
        },
    },
    'github-token': { type: 'string', default: '${{ github.token }}' },
    'out-dir': {
        type: 'string',
        default: 'model-gate-out',
        flag: {
            name: 'out-dir',
            valueName: 'DIR',
            description: 'where result.json, report.md, report.html go (default model-gate-out)',
        },
    },
    'pushgateway-url': {
        type: 'string',
        default: '',
        flag: {
            name: 'pushgateway',
            valueName: 'URL',
            description: 'push the result to a Prometheus Pushgateway (auth from env MODEL_GATE_PUSHGATEWAY_AUTH)',
        },
    },
    // The CLI reads credentials from the environment only, so they never show in `ps`.
    'pushgateway-auth': { type: 'string', default: '' },
    'network-timeout': {
        type: 'integer',
        default: '30',
        min: 1,
        max: 600,
        flag: {
            name: 'network-timeout',
            valueName: 'SECONDS',
            description: 'overall deadline of the --pushgateway push, retries included (default 30, or env MODEL_GATE_NETWORK_TIMEOUT)',
        },
    },
    openmetrics: {
        type: 'string',
        default: '',
        flag: {
            name: 'openmetrics',
            valueName: 'PATH',
            description: 'also write the result as OpenMetrics text',
        },
    },
    // `monitor` (the CLI command and the Action's `mode: monitor`), docs/monitoring.md.
    window: {
        type: 'string',
        default: '',
        flag: {
            name: 'window',
            valueName: 'PATH',
            description: 'monitor: the window of served predictions (CSV, TSV, JSONL; .gz too)',
        },
    },
    reference: {
        type: 'string',
        default: '',
        flag: {
            name: 'reference',
            valueName: 'FILE|DIR',
            description: "monitor: a reference window file, or the release's run folder / result.json (with its examples.bin)",
        },
    },
    'latency-column': {
        type: 'string',
        default: '',
        flag: {
            name: 'latency-column',
            valueName: 'NAME',
            description: 'monitor: per-request latency in milliseconds (p50/p90/p99)',
        },
    },
    'error-column': {
        type: 'string',
        default: '',
        flag: {
            name: 'error-column',
            valueName: 'NAME',
            description: 'monitor: error type of a failed request (empty, 0 or false: success)',
        },
    },
    'drift-tolerance': {
        type: 'string',
        default: '0.1',
        flag: {
            name: 'drift-tolerance',
            valueName: 'PSI',
            description: 'monitor: a column alarms when its PSI exceeds this with confidence (default 0.1)',
        },
    },
    'drift-significance': {
        type: 'string',
        default: '0.05',
        flag: {
            name: 'drift-significance',
            valueName: 'ALPHA',
            description: 'monitor: false-alarm rate of the drift test at the tolerance (default 0.05)',
        },
    },
    'max-error-rate': {
        type: 'string',
        default: '',
        flag: {
            name: 'max-error-rate',
            valueName: 'RATE',
            description: 'monitor: also alarm when more than this share of requests failed (e.g. 0.01)',
        },
    },
    'max-p99-latency': {
        type: 'string',
        default: '',
        flag: {
            name: 'max-p99-latency',
            valueName: 'MS',
            description: 'monitor: also alarm when the p99 latency exceeds this many milliseconds',
        },
    },
};
/** The spec of an option, widened (the table is `as const` so that choice lists stay literal). */
function optionSpec(name) {
    return OPTIONS[name];
}

;// CONCATENATED MODULE: ./src/pipeline/scores-options.ts
/** `--score-columns a,b` as a list (empty items dropped); undefined when none is named. */
function scoreColumnList(text) {
    if (text === undefined)
        return undefined;
    const list = text
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s !== '');
    return list.length > 0 ? list : undefined;
}
/** The --task scores options as both adapters read them (`score-columns`, `from`). */
function scoresOptions(scoreColumns, from) {
    const columns = scoreColumnList(scoreColumns);
    const harness = from === '' ? undefined : from;
    return {
        ...(columns !== undefined ? { scoreColumns: columns } : {}),
        ...(harness !== undefined ? { from: harness } : {}),
    };
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/compare/stats/holm.ts
var holm = __webpack_require__(58713);
// EXTERNAL MODULE: ./src/evaluate/evaluate.ts + 22 modules
var evaluate = __webpack_require__(67520);
// EXTERNAL MODULE: ./src/util/escape.ts
var util_escape = __webpack_require__(55421);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/monitor/noncentral-chi-square.ts
/**
 * The (noncentral) chi-square distribution the drift test needs (docs/monitoring.md, "The drift
 * decision"): the regularized lower incomplete gamma P(a, x) (series below a + 1, Lentz's
 * continued fraction above: Numerical Recipes §6.2), and the noncentral CDF as its Poisson
 * mixture F(x; k, λ) = Σⱼ e^(−λ/2)(λ/2)ʲ/j! · P(k/2 + j, x/2), summed outward from the largest
 * weight until the weights no longer matter. Parity with scipy.stats.chi2 / ncx2 in
 * test/monitor/noncentral-chi-square.test.ts.
 */
const LANCZOS = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];
/** ln Γ(x), x > 0 (Lanczos, g = 7). */
function lnGamma(x) {
    if (x < 0.5)
        return Math.log(Math.PI / Math.sin(Math.PI * x)) - lnGamma(1 - x);
    const z = x - 1;
    let a = LANCZOS[0];
    const t = z + 7.5;
    for (let i = 1; i < 9; i++)
        a += LANCZOS[i] / (z + i);
    return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}
/** Regularized lower incomplete gamma P(a, x). */
function gammaP(a, x) {
    if (!(x > 0))
        return 0;
    if (x === Infinity)
        return 1;
    const logPrefix = -x + a * Math.log(x) - lnGamma(a);
    if (x < a + 1) {
        let term = 1 / a;
        let sum = term;
        for (let n = 1; n < 100000; n++) {
            term *= x / (a + n);
            sum += term;
            if (term < sum * 1e-17)
                break;
        }
        return Math.min(1, sum * Math.exp(logPrefix));
    }
    // Q(a, x) by the continued fraction 1/(x + 1 − a − 1·(1 − a)/(x + 3 − a − …)).
    const tiny = 1e-300;
    let b = x + 1 - a;
    let c = 1 / tiny;
    let d = 1 / b;
    let h = d;
    for (let i = 1; i < 100000; i++) {
        const an = -i * (i - a);
        b += 2;
        d = an * d + b;
        if (Math.abs(d) < tiny)
            d = tiny;
        c = b + an / c;
        if (Math.abs(c) < tiny)
            c = tiny;
        d = 1 / d;
        const delta = d * c;
        h *= delta;
        if (Math.abs(delta - 1) < 1e-16)
            break;
    }
    return Math.max(0, 1 - Math.exp(logPrefix) * h);
}
/** CDF of the chi-square distribution with k degrees of freedom and noncentrality λ ≥ 0. */
function noncentralChiSquareCdf(x, k, lambda) {
    if (!(x > 0))
        return 0;
    if (lambda <= 0)
        return gammaP(k / 2, x / 2);
    const mu = lambda / 2;
    const j0 = Math.floor(mu);
    const logWeight = (j) => -mu + j * Math.log(mu) - lnGamma(j + 1);
    let sum = 0;
    let weights = 0;
    for (let j = j0;; j++) {
        const w = Math.exp(logWeight(j));
        sum += w * gammaP(k / 2 + j, x / 2);
        weights += w;
        if (w < 1e-17 * weights || w === 0)
            break;
    }
    for (let j = j0 - 1; j >= 0; j--) {
        const w = Math.exp(logWeight(j));
        sum += w * gammaP(k / 2 + j, x / 2);
        weights += w;
        if (w < 1e-17 * weights)
            break;
    }
    return Math.min(1, sum);
}
/**
 * The smallest noncentrality λ for which `x` is still within the lower 1 − α of χ²ₖ(λ): the
 * one-sided 1 − α lower confidence bound of λ given one observation x (0 when even λ = 0 fits).
 * F(x; k, λ) falls as λ grows, so a bracket is doubled, then halved by bisection.
 */
function noncentralityLowerBound(x, k, alpha) {
    const target = 1 - alpha;
    if (noncentralChiSquareCdf(x, k, 0) <= target)
        return 0;
    let lo = 0;
    let hi = Math.max(1, x);
    while (noncentralChiSquareCdf(x, k, hi) > target) {
        lo = hi;
        hi *= 2;
    }
    for (let i = 0; i < 60 && hi - lo > 1e-12 * hi; i++) {
        const mid = (lo + hi) / 2;
        if (noncentralChiSquareCdf(x, k, mid) > target)
            lo = mid;
        else
            hi = mid;
    }
    return (lo + hi) / 2;
}

;// CONCATENATED MODULE: ./src/monitor/drift-test.ts
/**
 * The drift decision (docs/monitoring.md, "The drift decision"): a column alarms only when its
 * PSI exceeds a practical tolerance τ with confidence, so that identical populations alarm at
 * most α of the time at every sample size and a shift too small to matter (PSI < τ) does not
 * alarm however large the window.
 *
 * With s² = 1/n + 1/m (window n, reference m values) and df = bins − 1, the scaled statistic
 * T = PSI/s² is approximately noncentral chi-square χ²_df(λ) with λ = PSI_pop/s² (PSI is, to
 * second order, the chi-square divergence Σ(q − p)²/p of the two-sample test). H₀: PSI_pop ≤ τ is
 * rejected when T exceeds the 1 − α quantile of χ²_df(τ/s²) — the "test of close fit" of
 * Hodges & Lehmann (1954). The noncentral null takes care of PSI's upward small-sample bias
 * (its mean is PSI_pop + df·s²): no fixed PSI threshold does that. τ = 0 gives back the ordinary
 * chi-square test, whose alarms at 1M rows are the complaint this design answers.
 */

const DEFAULT_DRIFT_TOLERANCE = 0.1;
const DEFAULT_DRIFT_SIGNIFICANCE = 0.05;
/** The test of one column; df 0 (a single bin on both sides) is no test (p = 1). */
function psiToleranceTest(psiValue, bins, n, m, tolerance, alpha, withBound = true) {
    const df = bins - 1;
    const s2 = 1 / n + 1 / m;
    if (df < 1 || !Number.isFinite(psiValue))
        return {
            p_value: df < 1 ? 1 : 0,
            psi_bias_corrected: df < 1 ? 0 : psiValue,
            psi_lower: df < 1 ? 0 : psiValue,
            df: Math.max(0, df),
        };
    const t = psiValue / s2;
    const p = 1 - noncentralChiSquareCdf(t, df, tolerance / s2);
    return {
        p_value: Math.max(0, Math.min(1, p)),
        psi_bias_corrected: Math.max(0, psiValue - df * s2),
        psi_lower: withBound ? noncentralityLowerBound(t, df, alpha) * s2 : NaN,
        df,
    };
}

;// CONCATENATED MODULE: ./src/monitor/monitor-result.ts
const MONITOR_SCHEMA = 'model-gate/monitor@1';

// EXTERNAL MODULE: ./src/compare/stats/quantile.ts
var quantile = __webpack_require__(4758);
// EXTERNAL MODULE: ./src/util/sum.ts
var util_sum = __webpack_require__(41863);
;// CONCATENATED MODULE: ./src/monitor/operations.ts
/**
 * The operational side of a window: how many requests failed and why (the error column), and
 * latency percentiles (numpy's default linear percentile, `np.percentile(x, q)`, Hyndman & Fan
 * type 7, as the bench summary uses).
 */


/** Error types listed by name; the rest are summed as "(other)". */
const MAX_ERROR_TYPES = 20;
function latencySummary(column, values, missing) {
    if (values.length === 0)
        return null;
    const sorted = Float64Array.from(values).sort();
    return {
        column,
        n: sorted.length,
        missing,
        unit: 'milliseconds',
        mean: (0,util_sum/* sumOf */.X)(sorted) / sorted.length,
        p50: (0,quantile/* quantileSorted */.Z4)(sorted, 0.5),
        p90: (0,quantile/* quantileSorted */.Z4)(sorted, 0.9),
        p99: (0,quantile/* quantileSorted */.Z4)(sorted, 0.99),
        max: sorted[sorted.length - 1],
    };
}
function errorSummary(column, rows, failed, types) {
    // Most frequent first; ties in code-point order, so the list is the same on every run.
    const all = [...types].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    const listed = all.slice(0, MAX_ERROR_TYPES).map(([type, count]) => ({ type, count }));
    const rest = all.slice(MAX_ERROR_TYPES).reduce((s, [, c]) => s + c, 0);
    if (rest > 0)
        listed.push({ type: '(other)', count: rest });
    return { column, rows, failed, rate: rows === 0 ? 0 : failed / rows, types: listed };
}

// EXTERNAL MODULE: ./src/result/load.ts
var load = __webpack_require__(29377);
// EXTERNAL MODULE: ./src/evaluate/read/bytes.ts
var bytes = __webpack_require__(75803);
// EXTERNAL MODULE: ./src/evaluate/read/cells.ts
var read_cells = __webpack_require__(47193);
// EXTERNAL MODULE: ./src/evaluate/read/columns.ts
var read_columns = __webpack_require__(2523);
// EXTERNAL MODULE: ./src/evaluate/read/interner.ts
var interner = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/evaluate/read/table.ts + 1 modules
var table = __webpack_require__(40341);
// EXTERNAL MODULE: ./src/evaluate/read/typed-arrays.ts
var typed_arrays = __webpack_require__(37575);
;// CONCATENATED MODULE: ./src/monitor/window.ts
/**
 * Reads a window of served predictions (or a reference window) into typed arrays: one
 * Float64Array per score column, the predicted labels as codes into their classes (or numbers
 * for regression), latencies, and the error column's counts. The same readers as `evaluate`
 * (CSV/TSV/JSON Lines, gzip, BOM, CRLF, RFC 4180), streamed once; nothing per row is an object.
 *
 * Every cell is checked: a score or latency that is not a finite number is an error naming the
 * file, line and column, except on a row whose error column says the request failed (a failed
 * request has no prediction to check). Empty cells are counted as missing, not guessed.
 */







/** The default score columns when neither --score-column nor --score-prefix is given. */
const DEFAULT_SCORE_PREFIX = 'p_';
const CLI_FLAG_NAMES = {
    scoreColumn: '--score-column',
    scorePrefix: '--score-prefix',
    predictionColumn: '--prediction-column',
    latencyColumn: '--latency-column',
    errorColumn: '--error-column',
};
/** Chooses the monitored columns from the window's header. */
function chooseLayout(file, columns, options, flags) {
    const need = (name, flag) => {
        if (name === undefined)
            return null;
        if (!columns.includes(name))
            throw (0,read_columns/* missingColumn */.J)(file, name, flag, columns);
        return name;
    };
    let scoreColumns;
    if (options.scoreColumn !== undefined)
        scoreColumns = [need(options.scoreColumn, flags.scoreColumn)];
    else {
        const prefix = options.scorePrefix ?? DEFAULT_SCORE_PREFIX;
        scoreColumns = columns.filter((c) => c.startsWith(prefix) && c.length > prefix.length);
        if (options.scorePrefix !== undefined && scoreColumns.length === 0)
            throw new errors/* InputError */.dz({ file }, `no column starts with ${JSON.stringify(prefix)} (${flags.scorePrefix}); the file has the columns ${columns
                .slice(0, 30)
                .map((c) => JSON.stringify(c))
                .join(', ')}.`);
    }
    const predictionColumn = options.predictionColumn !== undefined
        ? need(options.predictionColumn, flags.predictionColumn)
        : columns.includes('prediction')
            ? 'prediction'
            : null;
    const layout = {
        scoreColumns,
        predictionColumn,
        latencyColumn: need(options.latencyColumn, flags.latencyColumn),
        errorColumn: need(options.errorColumn, flags.errorColumn),
        numericPrediction: options.numericPrediction,
    };
    const used = [...scoreColumns, predictionColumn, layout.latencyColumn, layout.errorColumn].filter((c) => c !== null);
    if (new Set(used).size !== used.length)
        throw new errors/* UsageError */.eb(`${file}: one column is named for two roles (scores, prediction, latency, error); each must be its own column.`);
    if (scoreColumns.length === 0 && predictionColumn === null)
        throw new errors/* InputError */.dz({ file }, `nothing to monitor: no score column (columns named ${DEFAULT_SCORE_PREFIX}<class>, or ${flags.scoreColumn} / ` +
            `${flags.scorePrefix}) and no prediction column (${flags.predictionColumn}, default "prediction").`);
    return layout;
}
/** Reads a window; with `layout`, the columns a reference window must have (the window's). */
async function readWindow(file, role, options, flags, logger, layout) {
    const reader = await table/* TableReader */.k.open(file, role);
    try {
        const chosen = layout ?? chooseLayout(file, reader.columns, options, flags);
        if (layout) {
            const columnFlag = (c) => c === layout.predictionColumn
                ? flags.predictionColumn
                : c === layout.latencyColumn
                    ? flags.latencyColumn
                    : c === layout.errorColumn
                        ? flags.errorColumn
                        : `${flags.scorePrefix} (a score column of the window)`;
            for (const c of [...layout.scoreColumns, layout.predictionColumn].filter((x) => x !== null))
                if (!reader.columns.includes(c))
                    throw (0,read_columns/* missingColumn */.J)(file, c, columnFlag(c), reader.columns);
        }
        // A reference window needs the monitored columns only; its latency and error columns are optional.
        const latencyColumn = chosen.latencyColumn !== null && reader.columns.includes(chosen.latencyColumn)
            ? chosen.latencyColumn
            : null;
        const errorColumn = chosen.errorColumn !== null && reader.columns.includes(chosen.errorColumn) ? chosen.errorColumn : null;
        const sink = new WindowSink(file, chosen, latencyColumn !== null, errorColumn !== null, reader.estimateRows());
        const slots = [...chosen.scoreColumns];
        if (chosen.predictionColumn !== null)
            slots.push(chosen.predictionColumn);
        if (latencyColumn !== null)
            slots.push(latencyColumn);
        if (errorColumn !== null)
            slots.push(errorColumn);
        sink.cells = reader.prepare(slots, sink);
        const progress = logger.progress.start(`Reading the ${role} ${file}`);
        await reader.scan(progress);
        progress.done(`${reader.rows.toLocaleString('en-US')} rows`);
        return sink.finish(reader.rows);
    }
    finally {
        reader.close();
    }
}
/** True when a cell holds nothing (empty CSV cell, JSON null or absent key). */
function isEmpty(cells, slot) {
    const k = cells.kinds[slot];
    return cells.starts[slot] === cells.ends[slot] || k === read_cells/* KIND_NULL */.j3 || k === read_cells/* KIND_MISSING */.S;
}
class WindowSink {
    file;
    layout;
    cells;
    scores;
    scoreCount;
    scoreMissing;
    codes;
    values;
    predictions = 0;
    predictionMissing = 0;
    latencies;
    latencyCount = 0;
    latencyMissing = 0;
    interner = new interner/* ByteInterner */.M();
    errorTypes = new interner/* ByteInterner */.M();
    errorCounts = new Float64Array(16);
    errorRows = 0;
    predictionSlot;
    latencySlot;
    errorSlot;
    constructor(file, layout, hasLatency, hasError, expected) {
        this.file = file;
        this.layout = layout;
        const cap = Math.max(16, Math.min(expected, 1 << 26));
        const k = layout.scoreColumns.length;
        this.scores = layout.scoreColumns.map(() => new Float64Array(cap));
        this.scoreCount = new Int32Array(k);
        this.scoreMissing = layout.scoreColumns.map(() => 0);
        let slot = k;
        this.predictionSlot = layout.predictionColumn !== null ? slot++ : -1;
        this.latencySlot = hasLatency ? slot++ : -1;
        this.errorSlot = hasError ? slot : -1;
        const categorical = this.predictionSlot >= 0 && !layout.numericPrediction;
        this.codes = new Int32Array(categorical ? cap : 0);
        this.values = new Float64Array(this.predictionSlot >= 0 && layout.numericPrediction ? cap : 0);
        this.latencies = new Float64Array(hasLatency ? cap : 0);
    }
    row(buf, line) {
        const cells = this.cells;
        // A failed request (a non-empty error cell) may lack its prediction: its cells are not checked.
        let failed = false;
        if (this.errorSlot >= 0 && !isEmpty(cells, this.errorSlot)) {
            const s = cells.starts[this.errorSlot];
            const e = cells.ends[this.errorSlot];
            const kind = cells.kinds[this.errorSlot];
            // JSON false / 0 / "" mean no error.
            const text = kind === read_cells/* KIND_BOOL */.gv ? buf.toString('latin1', s, e) : null;
            const zero = e - s === 1 && buf[s] === 48;
            if (text !== 'false' && !zero) {
                failed = true;
                this.checkText(buf, s, e, line, this.layout.errorColumn);
                let idx = this.errorTypes.add(buf, s, e);
                if (idx < 0)
                    idx = -idx - 1;
                if (idx >= this.errorCounts.length)
                    this.errorCounts = (0,typed_arrays/* resizeF */.tA)(this.errorCounts, idx * 2, this.errorCounts.length);
                this.errorCounts[idx]++;
                this.errorRows++;
            }
        }
        const k = this.scores.length;
        for (let c = 0; c < k; c++) {
            if (isEmpty(cells, c)) {
                this.scoreMissing[c]++;
                continue;
            }
            const v = this.number(buf, c, line, this.layout.scoreColumns[c], 'a score', failed);
            if (Number.isNaN(v))
                continue;
            let arr = this.scores[c];
            const at = this.scoreCount[c];
            if (at === arr.length)
                this.scores[c] = arr = (0,typed_arrays/* resizeF */.tA)(arr, at * 2, at);
            arr[at] = v;
            this.scoreCount[c] = at + 1;
        }
        if (this.predictionSlot >= 0)
            this.prediction(buf, line, failed);
        if (this.latencySlot >= 0) {
            if (isEmpty(cells, this.latencySlot))
                this.latencyMissing++;
            else {
                const v = this.number(buf, this.latencySlot, line, this.layout.latencyColumn, 'a latency', false);
                if (v < 0)
                    throw new errors/* InputError */.dz({ file: this.file, line, column: this.layout.latencyColumn }, `a latency must be ≥ 0 (milliseconds); found ${v}.`);
                if (this.latencyCount === this.latencies.length)
                    this.latencies = (0,typed_arrays/* resizeF */.tA)(this.latencies, this.latencyCount * 2, this.latencyCount);
                this.latencies[this.latencyCount++] = v;
            }
        }
    }
    prediction(buf, line, failed) {
        const slot = this.predictionSlot;
        const cells = this.cells;
        if (isEmpty(cells, slot)) {
            this.predictionMissing++;
            return;
        }
        const column = this.layout.predictionColumn;
        if (this.layout.numericPrediction) {
            const v = this.number(buf, slot, line, column, 'a predicted value', failed);
            if (Number.isNaN(v))
                return;
            if (this.predictions === this.values.length)
                this.values = (0,typed_arrays/* resizeF */.tA)(this.values, this.predictions * 2, this.predictions);
            this.values[this.predictions++] = v;
            return;
        }
        const s = cells.starts[slot];
        const e = cells.ends[slot];
        if (cells.kinds[slot] === read_cells/* KIND_NESTED */.VH) {
            if (failed)
                return;
            throw new errors/* InputError */.dz({ file: this.file, line, column }, `expected a predicted label (a string, number or boolean), found ${(0,bytes/* showBytes */.ni)(buf, s, e)}.`);
        }
        this.checkText(buf, s, e, line, column);
        let idx = this.interner.add(buf, s, e);
        if (idx < 0)
            idx = -idx - 1;
        if (this.predictions === this.codes.length)
            this.codes = (0,typed_arrays/* resizeI */.mY)(this.codes, this.predictions * 2, this.predictions);
        this.codes[this.predictions++] = idx;
    }
    checkText(buf, s, e, line, column) {
        const bad = (0,bytes/* firstInvalidUtf8 */.vE)(buf, s, e);
        if (bad >= 0)
            throw new errors/* InputError */.dz({ file: this.file, line, column }, `byte ${bad - s + 1} of the cell is not valid UTF-8; model-gate reads UTF-8 text.`);
    }
    /** A finite number, else an error (or NaN, skipped, on a failed request's row). */
    number(buf, slot, line, column, what, lenient) {
        const cells = this.cells;
        const s = cells.starts[slot];
        const e = cells.ends[slot];
        const kind = cells.kinds[slot];
        const v = kind === read_cells/* KIND_BOOL */.gv || kind === read_cells/* KIND_NESTED */.VH ? NaN : (0,bytes/* parseNumber */.$J)(buf, s, e);
        if (Number.isFinite(v))
            return v;
        if (lenient)
            return NaN;
        throw new errors/* InputError */.dz({ file: this.file, line, column }, `expected ${what} (a finite number), found ${(0,bytes/* showBytes */.ni)(buf, s, e)}.`);
    }
    finish(rows) {
        const errorTypes = new Map();
        for (let i = 0; i < this.errorTypes.size; i++)
            errorTypes.set(this.errorTypes.get(i), this.errorCounts[i]);
        const categorical = this.predictionSlot >= 0 && !this.layout.numericPrediction;
        return {
            file: this.file,
            rows,
            layout: this.layout,
            scores: this.scores.map((a, c) => a.subarray(0, this.scoreCount[c])),
            scoreMissing: this.scoreMissing,
            predictionCodes: categorical ? this.codes.subarray(0, this.predictions) : null,
            classes: categorical ? this.interner.strings() : [],
            predictionValues: this.predictionSlot >= 0 && this.layout.numericPrediction
                ? this.values.subarray(0, this.predictions)
                : null,
            predictionMissing: this.predictionMissing,
            latencies: this.latencySlot >= 0 ? this.latencies.subarray(0, this.latencyCount) : null,
            latencyMissing: this.latencyMissing,
            errorTypes,
            errorRows: this.errorRows,
        };
    }
}

;// CONCATENATED MODULE: ./src/monitor/reference.ts
/**
 * What the window is compared with, as one sample per monitored column: a reference window
 * (a file in the window's format, e.g. the first week after a release), or the release's own run
 * folder / result.json with its per-example sidecar (examples.bin: the evaluated rows' predicted
 * labels and scores), so that a release gated with `model-gate run --out-dir` is its own
 * reference.
 */





/** The samples of a window's monitored columns. */
function windowSamples(data) {
    const out = new Map();
    data.layout.scoreColumns.forEach((c, i) => out.set(c, { type: 'continuous', values: data.scores[i] }));
    const p = data.layout.predictionColumn;
    if (p !== null) {
        if (data.predictionValues)
            out.set(p, { type: 'continuous', values: data.predictionValues });
        else if (data.predictionCodes)
            out.set(p, { type: 'categorical', codes: data.predictionCodes, classes: data.classes });
    }
    return out;
}
/** A run folder or result.json (else a window file): a folder, or a name ending in .json. */
async function isRunFolder(path) {
    if (path.endsWith('.json'))
        return true;
    const st = await (0,promises_.stat)(path).catch(() => undefined);
    return st?.isDirectory() ?? false;
}
async function loadReferenceRun(path, logger) {
    return (0,load/* loadRunFolder */.w)(path, logger);
}
/** The reference window: a file with the window's monitored columns. */
async function referenceFromWindow(file, layout, options, flags, logger) {
    const data = await readWindow(file, 'reference window', options, flags, logger, layout);
    return {
        info: { kind: 'window', file, rows: data.rows },
        columns: windowSamples(data),
        latency: data.latencies && layout.latencyColumn !== null
            ? latencySummary(layout.latencyColumn, data.latencies, data.latencyMissing)
            : null,
        warnings: [],
    };
}
/**
 * The reference from a release's run folder: each window score column PREFIX+class is the
 * sidecar's score column of that class (binary: the positive class's, which is also the one
 * --score-column names), and the prediction column is the sidecar's predicted labels.
 */
function referenceFromRun(run, layout, options) {
    const file = run.file;
    const data = run.examples;
    if (data !== null && data.task === 'scores')
        throw new errors/* InputError */.dz({ file }, 'this is a --task scores result: it has per-example scores, not the predictions a drift reference needs. Give a classification run folder or a reference window file.');
    if (data === null)
        throw new errors/* InputError */.dz({ file }, 'this result has no per-example sidecar (examples.bin), which holds the predictions a drift reference needs. ' +
            'Write one with `model-gate run --out-dir DIR` (the gate keeps it), or give a reference window file instead.');
    if (data.task === 'ranking')
        throw new errors/* InputError */.dz({ file }, 'this is a ranking result (one row per query, no predictions): a drift reference needs the run of a table ' +
            'task. Give a reference window file instead.');
    if (data.task === 'text')
        throw new errors/* InputError */.dz({ file }, 'this is a text result: its sidecar keeps per-example metric statistics, not predicted labels or scores, so it ' +
            'cannot be a drift reference; give a reference window file instead.');
    const columns = new Map();
    const warnings = [];
    const prefix = options.scorePrefix ?? DEFAULT_SCORE_PREFIX;
    const n = data.n;
    for (const column of layout.scoreColumns) {
        if (data.task === 'regression' || data.scores === null)
            throw new errors/* InputError */.dz({ file, column }, `the window has the score column ${JSON.stringify(column)}, but this ${data.task} result stored no scores; ` +
                'give a reference window file, or monitor the prediction column only (--score-column / --score-prefix unset and no p_* columns).');
        let width = 1;
        let index = 0;
        if (data.task === 'multiclass') {
            const classes = data.scoreClasses ?? [];
            width = classes.length;
            index = column.startsWith(prefix) ? classes.indexOf(column.slice(prefix.length)) : -1;
            if (options.scoreColumn !== undefined || index < 0)
                throw new errors/* InputError */.dz({ file, column }, `the reference stores one score per class (${classes
                    .slice(0, 20)
                    .map((c) => JSON.stringify(prefix + c))
                    .join(', ')}) and none matches the window's column ${JSON.stringify(column)}.`);
        }
        else if (options.scoreColumn === undefined) {
            const positive = data.classes[data.positive ?? 1];
            if (column !== prefix + positive) {
                // Binary: the other class's probability is 1 − the positive one's, so nothing is lost.
                warnings.push(`${column}: not monitored; the reference (a binary result) stores the positive class's scores ` +
                    `(${JSON.stringify(prefix + positive)}) only. Give a reference window file to monitor every column.`);
                continue;
            }
        }
        const values = new Float64Array(n);
        let k = 0;
        for (let i = 0; i < n; i++) {
            const v = data.scores[i * width + index];
            if (!Number.isNaN(v))
                values[k++] = v;
        }
        columns.set(column, { type: 'continuous', values: values.subarray(0, k) });
    }
    if (layout.predictionColumn !== null) {
        if (data.task === 'regression') {
            const values = data.yPred.filter((v) => !Number.isNaN(v));
            columns.set(layout.predictionColumn, { type: 'continuous', values });
        }
        else {
            const codes = data.yPred.filter((c) => c >= 0);
            columns.set(layout.predictionColumn, { type: 'categorical', codes, classes: data.classes });
        }
    }
    return {
        info: {
            kind: 'result',
            file,
            rows: n,
            task: run.result.task,
            ...(run.result.source?.commit ? { commit: run.result.source.commit } : {}),
        },
        columns,
        latency: null,
        metrics: run.result.metrics,
        warnings,
    };
}

;// CONCATENATED MODULE: ./src/monitor/statistics.ts
/**
 * The four label-free drift statistics of a monitored column, each defined as its reference
 * implementation computes it (docs/monitoring.md, "Drift statistics"; parity fixtures from
 * scripts/gen-monitor-fixtures.py):
 * - Kolmogorov–Smirnov: `scipy.stats.ks_2samp(reference, window).statistic`, the largest gap
 *   between the two empirical CDFs, evaluated at every observed value (right-continuous CDFs);
 *   its p-value here is the asymptotic one, `scipy.stats.kstwobign.sf(√(nm/(n+m))·D)`.
 * - Wasserstein-1: `scipy.stats.wasserstein_distance(reference, window)` = ∫|F − G| dx.
 * - PSI: Σᵢ (qᵢ − pᵢ)·ln(qᵢ/pᵢ) over bins, pᵢ the reference and qᵢ the window share of bin i, each
 *   floored at `PSI_EPSILON` (so an empty bin costs a large but finite amount).
 * - Jensen–Shannon: `scipy.spatial.distance.jensenshannon(p, q, base=2)` over the same bins (the
 *   distance, the square root of the divergence, in [0, 1]).
 * Continuous columns (scores, regression predictions) are binned at the reference's deciles
 * (numpy's default linear quantile, duplicate edges merged; bin i holds eᵢ₋₁ < x ≤ eᵢ); a label
 * column's bins are its classes. KS and Wasserstein need an order and are left out for labels.
 */


/** Bins of a continuous column: the reference's deciles. */
const DEFAULT_BINS = 10;
/** Floor of a bin's share in PSI (the usual rule: an empty bin counts as 0.01 %). */
const PSI_EPSILON = 1e-4;
/**
 * The interior bin edges: the reference's quantiles at k/bins (k = 1 … bins − 1), numpy linear,
 * duplicates merged (a score with ties, or a constant one, then has fewer bins).
 */
function referenceBinEdges(sortedReference, bins = DEFAULT_BINS) {
    const edges = [];
    for (let k = 1; k < bins; k++) {
        const e = (0,quantile/* quantileSorted */.Z4)(sortedReference, k / bins);
        if (edges.length === 0 || e !== edges[edges.length - 1])
            edges.push(e);
    }
    return Float64Array.from(edges);
}
/** Counts of sorted values per bin: bin i holds edges[i − 1] < x ≤ edges[i] (numpy searchsorted 'left'). */
function binCounts(sorted, edges) {
    const counts = new Float64Array(edges.length + 1);
    let bin = 0;
    for (let i = 0; i < sorted.length; i++) {
        const x = sorted[i];
        while (bin < edges.length && x > edges[bin])
            bin++;
        counts[bin]++;
    }
    return counts;
}
/** PSI of two count vectors over the same bins (`reference` → p, `window` → q). */
function psi(reference, window, epsilon = PSI_EPSILON) {
    const m = total(reference);
    const n = total(window);
    const sum = new util_sum/* CompensatedSum */.$();
    for (let i = 0; i < reference.length; i++) {
        const p = Math.max(reference[i] / m, epsilon);
        const q = Math.max(window[i] / n, epsilon);
        sum.add((q - p) * Math.log(q / p));
    }
    return sum.value;
}
/** scipy's rel_entr: x·ln(x/y), 0 at x = 0. */
function relEntr(x, y) {
    if (x === 0)
        return 0;
    if (y === 0)
        return Infinity;
    return x * Math.log(x / y);
}
/** Jensen–Shannon distance (base 2) of two count vectors over the same bins, as scipy computes it. */
function jensenShannon(reference, window) {
    const m = total(reference);
    const n = total(window);
    const left = new util_sum/* CompensatedSum */.$();
    const right = new util_sum/* CompensatedSum */.$();
    for (let i = 0; i < reference.length; i++) {
        const p = reference[i] / m;
        const q = window[i] / n;
        const mid = (p + q) / 2;
        left.add(relEntr(p, mid));
        right.add(relEntr(q, mid));
    }
    const js = (left.value + right.value) / Math.log(2);
    return Math.sqrt(js / 2);
}
function total(counts) {
    let s = 0;
    for (let i = 0; i < counts.length; i++)
        s += counts[i];
    return s;
}
/**
 * KS and Wasserstein in one merge of the two sorted samples: at each distinct value x (in
 * order) both CDFs step past every value ≤ x; the KS gap is read there and the area up to the
 * next value is added (compensated, as numpy's pairwise sum is close to exact).
 */
function ecdfDistances(a, b) {
    const n = a.length;
    const m = b.length;
    let i = 0;
    let j = 0;
    let ks = 0;
    const area = new util_sum/* CompensatedSum */.$();
    while (i < n || j < m) {
        const x = j >= m || (i < n && a[i] <= b[j]) ? a[i] : b[j];
        while (i < n && a[i] <= x)
            i++;
        while (j < m && b[j] <= x)
            j++;
        const gap = Math.abs(i / n - j / m);
        if (gap > ks)
            ks = gap;
        if (i < n || j < m) {
            const next = j >= m || (i < n && a[i] <= b[j]) ? a[i] : b[j];
            area.add(gap * (next - x));
        }
    }
    return { ks, wasserstein: area.value };
}
/**
 * The Kolmogorov distribution's survival function, P(K > x) (scipy.stats.kstwobign.sf): the
 * alternating series 2·Σ (−1)^(k−1)·e^(−2k²x²) for x ≥ 1, and 1 − √(2π)/x·Σ e^(−(2k−1)²π²/(8x²))
 * below, where that one converges fast.
 */
function kolmogorovSf(x) {
    if (!(x > 0))
        return 1;
    if (x < 1) {
        const c = (Math.PI * Math.PI) / (8 * x * x);
        let s = 0;
        for (let k = 1; k < 100; k++) {
            const t = Math.exp(-(2 * k - 1) * (2 * k - 1) * c);
            s += t;
            if (t < 1e-18 * s)
                break;
        }
        return 1 - (Math.sqrt(2 * Math.PI) / x) * s;
    }
    let s = 0;
    for (let k = 1; k < 100; k++) {
        const t = Math.exp(-2 * k * k * x * x);
        s += k % 2 === 1 ? t : -t;
        if (t < 1e-18 * Math.abs(s))
            break;
    }
    return Math.min(1, Math.max(0, 2 * s));
}
/** The asymptotic two-sided KS p-value of D between samples of n and m values. */
function ksPValue(d, n, m) {
    return kolmogorovSf(Math.sqrt((n * m) / (n + m)) * d);
}

;// CONCATENATED MODULE: ./src/monitor/monitor.ts
/**
 * `monitor`: a window of served predictions against a reference. Label-free drift per score and
 * prediction column (drift-test.ts decides), error rate and types, latency percentiles, and,
 * when labels have arrived, the task's metrics through the evaluate engine. Pure apart from
 * reading its input files; seeded by nothing (no resampling): the same files give the same
 * result.
 */











/** Classes shown per categorical column. */
const MAX_SHARES = 20;
async function monitor(options, logger) {
    const warnings = [];
    const run = (await isRunFolder(options.reference))
        ? await loadReferenceRun(options.reference, logger)
        : null;
    if (run)
        warnings.push(...run.warnings);
    const numericPrediction = options.task === 'regression' || run?.result.task === 'regression';
    const columnOptions = { ...options.columns, numericPrediction };
    const window = await readWindow(options.window, 'window', columnOptions, options.flags, logger);
    const reference = run
        ? referenceFromRun(run, window.layout, columnOptions)
        : await referenceFromWindow(options.reference, window.layout, columnOptions, options.flags, logger);
    warnings.push(...reference.warnings);
    const bins = options.bins ?? DEFAULT_BINS;
    const drifts = columnDrifts(window, reference, options, bins, warnings);
    const alarms = [];
    for (const d of drifts)
        if (d.alarm)
            alarms.push(`${(0,util_escape/* displayLabel */.RQ)(d.column)} drifted: PSI ${d.psi.toFixed(4)}, at least ${d.psi_lower.toFixed(4)} with ` +
                `${Math.round((1 - options.significance) * 100)}% confidence, above the tolerance ${options.tolerance}.`);
    const layout = window.layout;
    const errors = layout.errorColumn !== null
        ? errorSummary(layout.errorColumn, window.rows, window.errorRows, window.errorTypes)
        : null;
    if (errors && options.maxErrorRate !== undefined && errors.rate > options.maxErrorRate)
        alarms.push(`error rate ${(errors.rate * 100).toFixed(2)}% (${errors.failed} of ${errors.rows} requests) is above the limit ${(options.maxErrorRate * 100).toFixed(2)}%.`);
    const latency = layout.latencyColumn !== null && window.latencies
        ? latencySummary(layout.latencyColumn, window.latencies, window.latencyMissing)
        : null;
    if (options.maxP99Ms !== undefined && latency && latency.p99 > options.maxP99Ms)
        alarms.push(`p99 latency ${latency.p99} ms is above the limit ${options.maxP99Ms} ms.`);
    const performance = await performanceOf(options, window, reference, logger);
    return {
        schema: MONITOR_SCHEMA,
        tool: { name: 'model-gate', version: version/* VERSION */.x },
        created_at: (options.now ?? new Date()).toISOString(),
        source: options.source,
        name: options.name,
        window: { file: options.window, rows: window.rows },
        reference: reference.info,
        drift: {
            test: 'psi-tolerance',
            tolerance: options.tolerance,
            significance: options.significance,
            bins,
            columns: drifts,
        },
        errors,
        latency,
        reference_latency: reference.latency,
        performance,
        alarm: alarms.length > 0,
        alarms,
        warnings,
    };
}
function columnDrifts(window, reference, options, bins, warnings) {
    const samples = windowSamples(window);
    const out = [];
    const layout = window.layout;
    for (const [column, sample] of samples) {
        const ref = reference.columns.get(column);
        if (!ref)
            continue; // not monitored (a warning says why)
        const role = column === layout.predictionColumn ? 'prediction' : 'score';
        const missing = role === 'prediction'
            ? window.predictionMissing
            : window.scoreMissing[layout.scoreColumns.indexOf(column)];
        const n = sample.type === 'continuous' ? sample.values.length : sample.codes.length;
        const m = ref.type === 'continuous' ? ref.values.length : ref.codes.length;
        if (n === 0 || m === 0) {
            warnings.push(`${column}: not compared; the ${n === 0 ? 'window' : 'reference'} has no values in this column.`);
            continue;
        }
        out.push(columnDrift(column, role, sample, ref, missing, bins, options));
    }
    const { adjusted, rejected } = (0,holm/* holm */.f)(out.map((d) => d.p_value), options.significance);
    out.forEach((d, i) => {
        d.p_adjusted = adjusted[i] ?? d.p_value;
        d.alarm = rejected[i];
    });
    return out;
}
/** One column's statistics and test (p_adjusted/alarm are settled over all the columns). */
function columnDrift(column, role, window, reference, missing, bins, options) {
    if (window.type === 'continuous' && reference.type === 'continuous') {
        // The window's arrays are its own (read for this run): sorted in place, no copy.
        const w = window.values.sort();
        const r = reference.values.sort();
        const edges = referenceBinEdges(r, bins);
        const rc = binCounts(r, edges);
        const wc = binCounts(w, edges);
        const p = psi(rc, wc);
        const { ks, wasserstein } = ecdfDistances(r, w);
        const test = psiToleranceTest(p, rc.length, w.length, r.length, options.tolerance, options.significance);
        return {
            column,
            role,
            type: 'continuous',
            n: w.length,
            reference_n: r.length,
            missing,
            bins: rc.length,
            psi: p,
            js: jensenShannon(rc, wc),
            ks,
            ks_p_value: ksPValue(ks, r.length, w.length),
            wasserstein,
            psi_bias_corrected: test.psi_bias_corrected,
            psi_lower: test.psi_lower,
            p_value: test.p_value,
            p_adjusted: test.p_value,
            alarm: false,
        };
    }
    const { classes, rc, wc } = categoricalCounts(window, reference);
    const n = window.type === 'categorical' ? window.codes.length : 0;
    const m = reference.type === 'categorical' ? reference.codes.length : 0;
    const p = psi(rc, wc);
    const test = psiToleranceTest(p, classes.length, n, m, options.tolerance, options.significance);
    const order = classes.map((_, i) => i).sort((a, b) => wc[b] + rc[b] - (wc[a] + rc[a]) || a - b);
    return {
        column,
        role,
        type: 'categorical',
        n,
        reference_n: m,
        missing,
        bins: classes.length,
        psi: p,
        js: jensenShannon(rc, wc),
        ks: null,
        ks_p_value: null,
        wasserstein: null,
        psi_bias_corrected: test.psi_bias_corrected,
        psi_lower: test.psi_lower,
        p_value: test.p_value,
        p_adjusted: test.p_value,
        alarm: false,
        shares: order
            .slice(0, MAX_SHARES)
            .map((i) => ({ class: classes[i], window: wc[i] / n, reference: rc[i] / m })),
    };
}
/** Counts per class over the union of both sides' classes (reference classes first, in their order). */
function categoricalCounts(window, reference) {
    const index = new Map();
    const classes = [];
    const code = (c) => {
        let i = index.get(c);
        if (i === undefined) {
            i = classes.length;
            index.set(c, i);
            classes.push(c);
        }
        return i;
    };
    const refMap = Int32Array.from(reference.classes, code);
    const winMap = Int32Array.from(window.classes, code);
    const rc = new Float64Array(classes.length);
    const wc = new Float64Array(classes.length);
    for (let i = 0; i < reference.codes.length; i++)
        rc[refMap[reference.codes[i]]]++;
    for (let i = 0; i < window.codes.length; i++)
        wc[winMap[window.codes[i]]]++;
    // Classes the reference declares but neither side predicted are not bins.
    const keep = classes.map((_, i) => i).filter((i) => rc[i] + wc[i] > 0);
    return {
        classes: keep.map((i) => classes[i]),
        rc: Float64Array.from(keep, (i) => rc[i]),
        wc: Float64Array.from(keep, (i) => wc[i]),
    };
}
async function performanceOf(options, window, reference, logger) {
    if (options.labels === undefined)
        return null;
    const layout = window.layout;
    const cols = options.columns;
    const scorePrefix = cols.scoreColumn === undefined && layout.scoreColumns.length > 0 ? (cols.scorePrefix ?? 'p_') : undefined;
    const { result } = await (0,evaluate/* evaluate */._3)({
        ...evaluation_data/* DEFAULT_EVALUATE_OPTIONS */.ho,
        predictions: options.window,
        labels: options.labels,
        task: options.task,
        idColumn: options.idColumn,
        labelColumn: options.labelColumn,
        predictionColumn: layout.predictionColumn ?? cols.predictionColumn ?? 'prediction',
        scoreColumn: cols.scoreColumn,
        scorePrefix: options.task === 'regression' ? undefined : scorePrefix,
        positiveLabel: options.positiveLabel,
        missing: options.missing,
        retainRows: false,
    }, logger, options.source);
    return {
        labels_file: options.labels,
        task: result.task,
        n: result.n,
        metrics: result.metrics,
        ...(reference.metrics ? { reference_metrics: reference.metrics } : {}),
    };
}

;// CONCATENATED MODULE: ./src/monitor/render.ts
/**
 * The monitor result as people read it: a Markdown summary (the issue the example workflow opens,
 * the job summary) and the terminal text. Every data string (column, class and error names, file
 * paths) goes through src/util/escape.ts.
 */

function num(v, digits = 4) {
    if (v === null || !Number.isFinite(v))
        return '—';
    return v.toFixed(digits);
}
function pValue(p) {
    return p < 1e-4 ? '<0.0001' : p.toFixed(4);
}
function percent(v) {
    return `${(v * 100).toFixed(2)}%`;
}
function verdict(r) {
    return r.alarm ? 'ALARM' : 'OK';
}
function driftRow(d, cell) {
    return [
        cell(d.column),
        d.type === 'continuous' ? ('score' === d.role ? 'score' : 'prediction (numeric)') : 'prediction (labels)',
        String(d.n),
        num(d.psi),
        num(d.psi_lower),
        num(d.js),
        num(d.ks),
        num(d.wasserstein),
        pValue(d.p_adjusted),
        d.alarm ? 'drift' : 'ok',
    ];
}
const DRIFT_HEADER = [
    'column',
    'kind',
    'n',
    'PSI',
    'PSI ≥ (95%)',
    'JS',
    'KS',
    'Wasserstein',
    'p (Holm)',
    'verdict',
];
function renderMonitorMarkdown(r) {
    const md = (s) => (0,util_escape/* escapeMarkdownInline */.E4)(s, 120);
    const out = [];
    out.push(`## model-gate monitor: ${r.alarm ? '🔴 alarm' : '🟢 no alarm'} — ${md(r.name)}`, '');
    out.push(`Window ${md(r.window.file)} (${r.window.rows} rows) against the reference ${r.reference.kind === 'result' ? 'result' : 'window'} ` +
        `${md(r.reference.file)} (${r.reference.rows} rows${r.reference.commit ? `, commit ${md(r.reference.commit.slice(0, 12))}` : ''}).`, '');
    if (r.alarms.length > 0) {
        for (const a of r.alarms)
            out.push(`- ${md(a)}`);
        out.push('');
    }
    const confidence = Math.round((1 - r.drift.significance) * 100);
    out.push(`### Prediction drift`, '', `A column alarms when its PSI exceeds ${r.drift.tolerance} with ${confidence}% confidence (one-sided test, Holm over the columns); ` +
        `"PSI ≥" is that confidence bound.`, '');
    const header = DRIFT_HEADER.map((h) => (h === 'PSI ≥ (95%)' ? `PSI ≥ (${confidence}%)` : h));
    out.push(`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`);
    for (const d of r.drift.columns)
        out.push(`| ${driftRow(d, md).join(' | ')} |`);
    out.push('');
    for (const d of r.drift.columns.filter((c) => c.shares && c.alarm)) {
        out.push(`Class shares of ${md(d.column)} (window vs reference):`, '');
        out.push('| class | window | reference |', '|---|---|---|');
        for (const s of d.shares ?? [])
            out.push(`| ${md(s.class)} | ${percent(s.window)} | ${percent(s.reference)} |`);
        out.push('');
    }
    if (r.errors) {
        out.push(`### Errors`, '', `${r.errors.failed} of ${r.errors.rows} requests failed (${percent(r.errors.rate)}).`, '');
        if (r.errors.types.length > 0) {
            out.push('| error | count |', '|---|---|');
            for (const t of r.errors.types)
                out.push(`| ${md(t.type)} | ${t.count} |`);
            out.push('');
        }
    }
    if (r.latency) {
        const l = r.latency;
        const ref = r.reference_latency;
        out.push(`### Latency (ms)`, '', '| | p50 | p90 | p99 | max | n |', '|---|---|---|---|---|---|');
        out.push(`| window | ${num(l.p50, 2)} | ${num(l.p90, 2)} | ${num(l.p99, 2)} | ${num(l.max, 2)} | ${l.n} |`);
        if (ref)
            out.push(`| reference | ${num(ref.p50, 2)} | ${num(ref.p90, 2)} | ${num(ref.p99, 2)} | ${num(ref.max, 2)} | ${ref.n} |`);
        out.push('');
    }
    if (r.performance) {
        const p = r.performance;
        out.push(`### Performance (${p.n} labelled rows)`, '', '| metric | window | reference |', '|---|---|---|');
        for (const [k, v] of Object.entries(p.metrics))
            out.push(`| ${md(k)} | ${num(v)} | ${num(p.reference_metrics?.[k] ?? null)} |`);
        out.push('');
    }
    for (const w of r.warnings)
        out.push(`> ⚠️ ${md(w)}`, '');
    return out.join('\n');
}
function render_table(rows) {
    const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
    return rows.map((r) => r.map((v, c) => (c === 0 ? v.padEnd(widths[c]) : v.padStart(widths[c]))).join('  '));
}
function renderMonitorText(r) {
    const t = (s) => sanitizeTerminal(s, 60);
    const out = [];
    out.push(`model-gate monitor: ${verdict(r)}  window ${t(r.window.file)} (${r.window.rows} rows) vs ${r.reference.kind} ${t(r.reference.file)} (${r.reference.rows} rows)`);
    for (const a of r.alarms)
        out.push(`  ! ${sanitizeTerminal(a, 400)}`);
    out.push('');
    out.push(`Prediction drift (alarm: PSI > ${r.drift.tolerance} with ${Math.round((1 - r.drift.significance) * 100)}% confidence)`);
    out.push(...render_table([DRIFT_HEADER, ...r.drift.columns.map((d) => driftRow(d, t))]).map((l) => `  ${l}`));
    if (r.errors) {
        out.push('', `Errors: ${r.errors.failed} of ${r.errors.rows} requests (${percent(r.errors.rate)})`);
        for (const e of r.errors.types)
            out.push(`  ${t(e.type)}: ${e.count}`);
    }
    if (r.latency) {
        const l = r.latency;
        out.push('', `Latency (ms): p50 ${num(l.p50, 2)}  p90 ${num(l.p90, 2)}  p99 ${num(l.p99, 2)}  max ${num(l.max, 2)}  (n ${l.n})`);
        const ref = r.reference_latency;
        if (ref)
            out.push(`  reference:  p50 ${num(ref.p50, 2)}  p90 ${num(ref.p90, 2)}  p99 ${num(ref.p99, 2)}  max ${num(ref.max, 2)}`);
    }
    if (r.performance) {
        out.push('', `Performance on ${r.performance.n} labelled rows:`);
        for (const [k, v] of Object.entries(r.performance.metrics)) {
            const ref = r.performance.reference_metrics?.[k];
            out.push(`  ${t(k)}: ${num(v)}${ref !== undefined ? `  (reference ${num(ref)})` : ''}`);
        }
    }
    for (const w of r.warnings)
        out.push('', `warning: ${sanitizeTerminal(w, 400)}`);
    return out.join('\n') + '\n';
}

// EXTERNAL MODULE: ./src/registry/metrics.ts
var metrics = __webpack_require__(36502);
// EXTERNAL MODULE: ./src/util/quantity.ts
var quantity = __webpack_require__(43347);
;// CONCATENATED MODULE: ./src/publish/openmetrics.ts


/** Per-class series are left out above this many classes (cardinality bound). */
const MAX_CLASSES = 50;
/** Numeric code of `model_gate_verdict_code`. */
const VERDICT_CODES = { pass: 0, warn: 1, fail: 2, 'no-baseline': -1 };
const GATE_VERDICTS = ['pass', 'warn', 'fail', 'no-baseline'];
const CHECK_VERDICTS = ['pass', 'improved', 'warn', 'fail', 'no-baseline'];
const SUMMARY_STATS = ['median', 'mean', 'stddev', 'min', 'max'];
const CLASS_STATS = ['precision', 'recall', 'f1', 'support'];
/**
 * result.json bench summary field → family, divisor to base units, extra labels: read from the
 * metric registry's `bench.*` declarations (family and labels as declared, the divisor from the
 * unit: milliseconds → seconds, percent → ratio).
 */
const BENCH_FIELDS = new Map((0,metrics/* metricsForTask */.uS)('bench').map((d) => [
    d.name.slice('bench.'.length),
    { family: d.openmetrics.family, divisor: (0,quantity/* baseDivisor */.os)(d.unit), labels: d.openmetrics.labels },
]));
/** The families the registry declares with their HELP lines, in declaration order (a family
 * shared by several metrics, like the latency quantiles, once). */
function registryFamilies(bench) {
    const seen = new Set();
    const out = [];
    for (const d of metrics/* METRIC_DECLARATIONS */.Vd) {
        if (d.tasks.includes('bench') !== bench)
            continue;
        if (seen.has(d.openmetrics.family))
            continue;
        seen.add(d.openmetrics.family);
        out.push([d.openmetrics.family, d.openmetrics.help]);
    }
    return out;
}
/** Every family this module can write, in output order, with its HELP text. */
const FAMILIES = {
    model_gate_run_info: 'Always 1; labels describe the run (commit, tool version, dataset fingerprint). The only series with a commit label.',
    model_gate_run_timestamp_seconds: 'Unix time the result was created (result.json created_at).',
    model_gate_examples: 'Number of examples evaluated (result.json n).',
    model_gate_input_rows: 'Input rows with a problem, by kind (missing_predictions, extra_predictions, invalid_rows).',
    model_gate_warnings: 'Number of warnings in the result.',
    ...Object.fromEntries(registryFamilies(false)),
    model_gate_classes: 'Number of classes (classification only).',
    model_gate_class_metric: 'Per-class precision, recall, f1 and support, by class and metric (bounded number of classes).',
    model_gate_bench_runs: 'Number of measured (non-warm-up) benchmark runs.',
    ...Object.fromEntries(registryFamilies(true)),
    model_gate_verdict: 'Gate verdict as a state set: 1 for the current verdict, 0 for the others.',
    model_gate_verdict_code: 'Gate verdict as a number: 0 pass, 1 warn, 2 fail, -1 no-baseline.',
    model_gate_checks: 'Number of gate checks, by check verdict.',
    model_gate_check_failed: '1 when the check failed, else 0.',
    model_gate_check_verdict: 'Check verdict as a state set: 1 for the current verdict, 0 for the others.',
    model_gate_check_delta: 'Candidate minus baseline, in the unit of the metric as in result.json.',
    model_gate_check_p_value: 'p-value of the statistical test behind the check.',
    model_gate_check_ci_lower: 'Lower end of the confidence interval of the delta.',
    model_gate_check_ci_upper: 'Upper end of the confidence interval of the delta.',
    model_gate_check_baseline: 'Baseline value of the checked metric, as in result.json.',
    model_gate_check_candidate: 'Candidate value of the checked metric, as in result.json.',
};
/** Escape a label value (both formats): backslash, double quote, line feed. */
function escapeLabelValue(value) {
    return value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}
/** Number as the exposition formats write it (Go's ParseFloat reads all of these). */
function formatValue(value) {
    if (Number.isNaN(value))
        return 'NaN';
    if (value === Infinity)
        return '+Inf';
    if (value === -Infinity)
        return '-Inf';
    if (Object.is(value, -0))
        return '0';
    return String(value);
}
/** `refs/heads/main` → `main`; other refs as they are. */
function branchFromRef(ref) {
    if (ref === undefined)
        return undefined;
    return ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : ref;
}
/** The labels every series gets, defaults filled in from the result. */
function resolveLabels(result, labels) {
    return {
        gate: labels.gate,
        branch: branchFromRef(labels.branch ?? result.source?.branch ?? result.source?.ref) ?? '',
        commit: labels.commit ?? result.source?.commit ?? '',
        task: result.task ?? '',
    };
}
function isNumber(v) {
    return typeof v === 'number' && !Number.isNaN(v);
}
/** Build the families (empty ones left out) for a result. */
function buildFamilies(result, labels, options = {}) {
    const common = resolveLabels(result, labels);
    const base = [
        ['gate', common.gate],
        ['branch', common.branch],
        ['task', common.task],
    ];
    const byName = new Map();
    const seen = new Map();
    for (const [name, help] of Object.entries(FAMILIES)) {
        byName.set(name, { name, help, samples: [] });
        seen.set(name, new Set());
    }
    const add = (family, extra, value) => {
        if (!isNumber(value))
            return;
        const f = byName.get(family);
        if (!f)
            throw new Error(`openmetrics: unknown family ${family}`);
        const all = [...base, ...Object.entries(extra)].filter(([, v]) => v !== '');
        const key = JSON.stringify(all);
        const keys = seen.get(family);
        if (keys.has(key))
            return; // never a duplicate series: the first one wins
        keys.add(key);
        f.samples.push({ labels: all, value });
    };
    // Run.
    add('model_gate_run_info', {
        commit: common.commit,
        tool_version: result.tool?.version ?? '',
        dataset_fingerprint: result.dataset?.fingerprint ?? '',
    }, 1);
    const created = Date.parse(result.created_at);
    if (Number.isFinite(created))
        add('model_gate_run_timestamp_seconds', {}, created / 1000);
    add('model_gate_examples', {}, result.n);
    if (result.errors) {
        add('model_gate_input_rows', { kind: 'missing_predictions' }, result.errors.missing_predictions);
        add('model_gate_input_rows', { kind: 'extra_predictions' }, result.errors.extra_predictions);
        add('model_gate_input_rows', { kind: 'invalid_rows' }, result.errors.invalid_rows);
    }
    add('model_gate_warnings', {}, result.warnings?.length ?? 0);
    // Quality.
    for (const [metric, value] of Object.entries(result.metrics ?? {})) {
        // Declared metrics are written as their declaration says; others (a newer tool's) generically.
        const series = (0,metrics/* metricDeclaration */.NL)(metric)?.openmetrics;
        add(series?.family ?? 'model_gate_metric', series?.labels ?? { metric }, value);
    }
    const classes = result.confusion?.labels.length ?? Object.keys(result.per_class ?? {}).length;
    if (result.task !== 'regression' && classes > 0)
        add('model_gate_classes', {}, classes);
    const perClass = result.per_class ?? {};
    if (Object.keys(perClass).length <= (options.maxClasses ?? MAX_CLASSES)) {
        for (const [cls, stats] of Object.entries(perClass)) {
            for (const stat of CLASS_STATS)
                add('model_gate_class_metric', { class: cls, metric: stat }, stats[stat]);
        }
    }
    // Bench.
    const bench = result.bench;
    if (bench) {
        const measured = bench.runs?.filter((r) => !r.warmup).length;
        add('model_gate_bench_runs', {}, bench.summary?.wall_seconds?.n ?? measured);
        for (const [field, summary] of Object.entries(bench.summary ?? {})) {
            const spec = BENCH_FIELDS.get(field);
            if (!spec || !summary)
                continue; // fields this version does not know are not exported
            for (const stat of SUMMARY_STATS) {
                const v = summary[stat];
                add(spec.family, { ...spec.labels, stat }, isNumber(v) ? v / spec.divisor : undefined);
            }
        }
    }
    // Gate.
    const gate = result.gate;
    if (gate) {
        for (const v of GATE_VERDICTS)
            add('model_gate_verdict', { verdict: v }, gate.verdict === v ? 1 : 0);
        add('model_gate_verdict_code', {}, VERDICT_CODES[gate.verdict]);
        const checks = gate.checks ?? [];
        for (const v of CHECK_VERDICTS) {
            add('model_gate_checks', { verdict: v }, checks.filter((c) => c.verdict === v).length);
        }
        for (const c of checks) {
            const l = { metric: c.metric, threshold: c.threshold ?? '' };
            add('model_gate_check_failed', l, c.verdict === 'fail' ? 1 : 0);
            for (const v of CHECK_VERDICTS)
                add('model_gate_check_verdict', { ...l, verdict: v }, c.verdict === v ? 1 : 0);
            add('model_gate_check_delta', l, c.delta);
            add('model_gate_check_p_value', l, c.p_value);
            add('model_gate_check_ci_lower', l, c.ci?.[0]);
            add('model_gate_check_ci_upper', l, c.ci?.[1]);
            add('model_gate_check_baseline', l, c.baseline);
            add('model_gate_check_candidate', l, c.candidate);
        }
    }
    return [...byName.values()].filter((f) => f.samples.length > 0);
}
/** Families as OpenMetrics 1.0 (`openMetrics`) or classic 0.0.4 text (also `model-gate monitor`'s). */
function renderFamilies(families, openMetrics) {
    const out = [];
    for (const f of families) {
        // OpenMetrics escapes \ \n " in HELP; the classic format only \ and \n.
        let help = f.help.replace(/\\/g, '\\\\').replace(/\n/g, '\\n');
        if (openMetrics)
            help = help.replace(/"/g, '\\"');
        out.push(`# HELP ${f.name} ${help}`, `# TYPE ${f.name} gauge`);
        for (const s of f.samples) {
            const labels = s.labels.map(([k, v]) => `${k}="${escapeLabelValue(v)}"`).join(',');
            out.push(`${f.name}{${labels}} ${formatValue(s.value)}`);
        }
    }
    if (openMetrics)
        out.push('# EOF');
    return out.join('\n') + '\n';
}
/**
 * The result as OpenMetrics 1.0 text (`application/openmetrics-text; version=1.0.0`): gauges
 * only, `# HELP`/`# TYPE` once per family before its samples, no timestamps, `# EOF` at the end.
 */
function toOpenMetrics(result, labels, options) {
    return renderFamilies(buildFamilies(result, labels, options), true);
}
/**
 * The same series in the classic Prometheus text format 0.0.4 (`text/plain; version=0.0.4`), which
 * is what the Pushgateway documents as accepted for pushes (with protobuf). It reads OpenMetrics
 * text only by accident — its classic parser ignores `# EOF` as a comment — so we push this.
 */
function toPrometheusText(result, labels, options) {
    return renderFamilies(buildFamilies(result, labels, options), false);
}
const OPENMETRICS_CONTENT_TYPE = 'application/openmetrics-text; version=1.0.0; charset=utf-8';
const PROMETHEUS_TEXT_CONTENT_TYPE = 'text/plain; version=0.0.4; charset=utf-8';

;// CONCATENATED MODULE: ./src/publish/pushgateway.ts

/** The job name of every push (the `job` label on the Pushgateway). */
const PUSH_JOB = 'model-gate';
const MAX_BACKOFF_MS = 8000;
/** The overall deadline of a push when none is given (the default `network-timeout`). */
const DEFAULT_DEADLINE_MS = 30_000;
/**
 * One grouping-key path segment pair. Plain values are percent-encoded; empty values, values with a
 * `/`, and `.`/`..` (which URL normalisation would swallow) use the Pushgateway's `@base64` form
 * (RFC 4648 URL-safe alphabet; `=` stands for the empty value).
 */
function groupingSegment(name, value) {
    if (value === '')
        return `${name}@base64/=`;
    if (value.includes('/') || value === '.' || value === '..') {
        return `${name}@base64/${Buffer.from(value, 'utf8').toString('base64url')}`;
    }
    return `${name}/${encodeURIComponent(value)}`;
}
/** `/metrics/job/model-gate/gate/<gate>/branch/<branch>` under the base URL's path. */
function groupingPath(gate, branch, job = PUSH_JOB) {
    return `/metrics/${groupingSegment('job', job)}/${groupingSegment('gate', gate)}/${groupingSegment('branch', branch)}`;
}
function sleep(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
}
/**
 * Hides the userinfo of anything URL-like in a text (`scheme://user:pw@host` → `scheme://***@host`),
 * also in strings that do not parse as a URL (a bad port, a space): those are the ones printed in
 * "is not a valid URL" messages.
 */
function redactUserinfo(text) {
    return text.replace(/([a-z][a-z0-9+.-]*:\/\/)[^/?#\s@]*@/gi, '$1***@');
}
/** The password (or user) of a URL's userinfo, decoded, for masking; empty strings dropped. */
function urlCredentials(raw) {
    const m = /^[a-z][a-z0-9+.-]*:\/\/([^/?#\s@]*)@/i.exec(raw.trim());
    if (!m)
        return [];
    const info = m[1];
    const colon = info.indexOf(':');
    const parts = colon < 0 ? [info] : [info.slice(colon + 1), info];
    const out = new Set();
    for (const p of parts) {
        if (!p)
            continue;
        out.add(p);
        try {
            out.add(decodeURIComponent(p));
        }
        catch {
            // A malformed %-escape: the raw form is masked already.
        }
    }
    return [...out];
}
class Redactor {
    secrets;
    constructor(secrets) {
        const all = new Set();
        for (const s of secrets) {
            if (!s)
                continue;
            all.add(s);
            all.add(encodeURIComponent(s));
            all.add(Buffer.from(s, 'utf8').toString('base64'));
        }
        // Longest first, so a secret that contains another is replaced whole.
        this.secrets = [...all].filter((s) => s.length > 0).sort((a, b) => b.length - a.length);
    }
    apply(text) {
        let out = text;
        for (const s of this.secrets)
            out = out.split(s).join('***');
        return out;
    }
}
function describeError(err) {
    if (!(err instanceof Error))
        return String(err);
    if (err.name === 'TimeoutError' || err.name === 'AbortError')
        return 'timed out';
    const cause = err.cause;
    if (cause instanceof Error) {
        const code = cause.code;
        return code ? `${code} (${cause.message})` : cause.message;
    }
    return err.message;
}
/** PUT the result (replacing the group) to the Pushgateway, with retries. Never throws. */
async function pushToGateway(options) {
    const secrets = [];
    let redactor = new Redactor([]);
    let shownUrl = '(invalid URL)';
    try {
        const auth = options.auth;
        if (auth && 'bearer' in auth)
            secrets.push(auth.bearer);
        else if (auth)
            secrets.push(auth.password, `${auth.username}:${auth.password}`);
        let base;
        try {
            base = new URL(options.url);
        }
        catch {
            return {
                ok: false,
                warning: `Pushgateway push skipped: "${redactUserinfo(options.url)}" is not a valid URL.`,
            };
        }
        // Credentials in the URL: fetch refuses them, and they must never be printed.
        let urlAuth;
        if (base.username || base.password) {
            const username = decodeURIComponent(base.username);
            const password = decodeURIComponent(base.password);
            secrets.push(base.username, base.password, password, `${username}:${password}`);
            urlAuth = { username, password };
            base.username = '';
            base.password = '';
        }
        redactor = new Redactor(secrets);
        const shown = new URL(base.href);
        if (shown.search)
            shown.search = '?…';
        shownUrl = redactor.apply(shown.href);
        if (base.protocol !== 'http:' && base.protocol !== 'https:') {
            return { ok: false, warning: `Pushgateway push skipped: ${shownUrl} is not an http(s) URL.` };
        }
        const given = { gate: options.gate, branch: options.branch, commit: options.commit };
        const labels = options.result
            ? resolveLabels(options.result, given)
            : { gate: options.gate, branch: branchFromRef(options.branch) ?? '' };
        const body = options.body ?? (options.result ? toPrometheusText(options.result, labels) : '');
        const target = new URL(base.href);
        target.pathname =
            target.pathname.replace(/\/+$/, '') + groupingPath(labels.gate, labels.branch, options.job ?? PUSH_JOB);
        shownUrl = redactor.apply((() => {
            const u = new URL(target.href);
            if (u.search)
                u.search = '?…';
            return u.href;
        })());
        const headers = { 'Content-Type': PROMETHEUS_TEXT_CONTENT_TYPE };
        const effective = auth ?? urlAuth;
        if (effective && 'bearer' in effective)
            headers.Authorization = `Bearer ${effective.bearer}`;
        else if (effective) {
            headers.Authorization = `Basic ${Buffer.from(`${effective.username}:${effective.password}`, 'utf8').toString('base64')}`;
        }
        const retries = Math.max(0, Math.floor(options.retries ?? 3));
        const timeoutMs = options.timeoutMs ?? 10_000;
        const backoffMs = options.backoffMs ?? 500;
        const deadlineMs = options.deadlineMs ?? DEFAULT_DEADLINE_MS;
        const endsAt = Date.now() + deadlineMs;
        let lastProblem = '';
        let attempts = 0;
        let outOfTime = false;
        let wait = 0;
        while (attempts <= retries) {
            if (attempts > 0) {
                // A wait that would end past the deadline is not begun: the push ends now, with a warning.
                if (Date.now() + wait >= endsAt) {
                    outOfTime = true;
                    break;
                }
                await sleep(wait);
            }
            attempts++;
            let retryable;
            const left = endsAt - Date.now();
            try {
                const response = await fetch(target, {
                    method: 'PUT',
                    headers,
                    body,
                    signal: AbortSignal.timeout(Math.max(1, Math.min(timeoutMs, left))),
                });
                const text = await response.text().catch(() => '');
                if (response.ok)
                    return { ok: true };
                const detail = text.trim().replace(/\s+/g, ' ').slice(0, 300);
                lastProblem = `HTTP ${response.status} ${response.statusText}${detail ? `: ${detail}` : ''}`;
                retryable = response.status >= 500 || response.status === 429;
                wait = Math.min(MAX_BACKOFF_MS, backoffMs * 2 ** (attempts - 1));
                // A 429's retry-after (seconds) is honoured, as long as it fits in the deadline.
                const after = Number(response.headers.get('retry-after'));
                if (response.status === 429 && Number.isFinite(after) && after > 0)
                    wait = Math.max(wait, after * 1000);
            }
            catch (err) {
                lastProblem = describeError(err);
                retryable = true;
                wait = Math.min(MAX_BACKOFF_MS, backoffMs * 2 ** (attempts - 1));
                if (Date.now() >= endsAt) {
                    outOfTime = true;
                    break;
                }
            }
            if (!retryable)
                break;
        }
        const deadline = outOfTime ? ` (stopped at the ${deadlineMs / 1000} s deadline, network-timeout)` : '';
        return {
            ok: false,
            warning: redactor.apply(`Pushgateway push to ${shownUrl} failed after ${attempts} attempt${attempts === 1 ? '' : 's'}${deadline}: ${lastProblem}. The gate result is not affected.`),
        };
    }
    catch (err) {
        return {
            ok: false,
            warning: redactor.apply(`Pushgateway push to ${shownUrl} failed: ${describeError(err)}.`),
        };
    }
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
;// CONCATENATED MODULE: ./src/publish/tfrecord.ts
/**
 * TFRecord framing and the bit of protobuf encoding TensorBoard event files need — hand-written,
 * no dependency.
 *
 * A record: uint64 length (little-endian), masked CRC32C of those 8 bytes, the data, masked CRC32C
 * of the data. Mask: `((crc >>> 15) | (crc << 17)) + 0xa282ead8` (mod 2^32).
 */
const CRC32C_TABLE = (() => {
    const table = new Uint32Array(256);
    for (let i = 0; i < 256; i++) {
        let c = i;
        for (let k = 0; k < 8; k++)
            c = c & 1 ? (c >>> 1) ^ 0x82f63b78 : c >>> 1;
        table[i] = c >>> 0;
    }
    return table;
})();
/** CRC-32C (Castagnoli), as used by TFRecord. */
function crc32c(data) {
    let crc = 0xffffffff;
    for (let i = 0; i < data.length; i++)
        crc = CRC32C_TABLE[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
    return (crc ^ 0xffffffff) >>> 0;
}
/** TFRecord's masked CRC. */
function maskedCrc32c(data) {
    const crc = crc32c(data);
    return (((crc >>> 15) | (crc << 17)) + 0xa282ead8) >>> 0;
}
/** One TFRecord around `data`. */
function tfRecord(data) {
    const out = Buffer.alloc(8 + 4 + data.length + 4);
    out.writeBigUInt64LE(BigInt(data.length), 0);
    out.writeUInt32LE(maskedCrc32c(out.subarray(0, 8)), 8);
    out.set(data, 12);
    out.writeUInt32LE(maskedCrc32c(data), 12 + data.length);
    return out;
}
/** A minimal protobuf writer: the wire types Event and Summary use. */
class ProtoWriter {
    chunks = [];
    push(bytes) {
        this.chunks.push(bytes);
        return this;
    }
    /** A varint; negative numbers as 64-bit two's complement (10 bytes), like int64. */
    varint(value) {
        let v = BigInt.asUintN(64, value);
        const bytes = [];
        while (v >= 0x80n) {
            bytes.push(Number(v & 0x7fn) | 0x80);
            v >>= 7n;
        }
        bytes.push(Number(v));
        return Uint8Array.from(bytes);
    }
    tag(field, wireType) {
        return this.push(this.varint(BigInt((field << 3) | wireType)));
    }
    /** Wire type 1: `double`. */
    double(field, value) {
        const b = Buffer.alloc(8);
        b.writeDoubleLE(value, 0);
        return this.tag(field, 1).push(b);
    }
    /** Wire type 5: `float` (rounded to float32). */
    float(field, value) {
        const b = Buffer.alloc(4);
        b.writeFloatLE(value, 0);
        return this.tag(field, 5).push(b);
    }
    /** Wire type 0: `int64`. */
    int64(field, value) {
        return this.tag(field, 0).push(this.varint(BigInt(value)));
    }
    /** Wire type 2: `bytes` / embedded message. */
    bytes(field, value) {
        return this.tag(field, 2)
            .push(this.varint(BigInt(value.length)))
            .push(value);
    }
    /** Wire type 2: `string` (UTF-8). */
    string(field, value) {
        return this.bytes(field, Buffer.from(value, 'utf8'));
    }
    finish() {
        return Buffer.concat(this.chunks);
    }
}

;// CONCATENATED MODULE: ./src/publish/tensorboard.ts
/**
 * A result as a TensorBoard event file (scalars), so metrics and bench figures can be charted over
 * runs next to training curves. No dependency: TFRecord framing and protobuf are hand-written.
 *
 * Protobuf (tensorflow/core/util/event.proto, framework/summary.proto):
 *   Event   { double wall_time = 1; int64 step = 2; string file_version = 3; Summary summary = 5; }
 *   Summary { repeated Value value = 1; }
 *   Value   { string tag = 1; float simple_value = 2; }
 */






/** The scalars written for a result, in order. Non-finite and null values are left out. */
function tensorBoardScalars(result) {
    const out = [];
    const seen = new Set();
    const add = (tag, value) => {
        if (typeof value !== 'number' || !Number.isFinite(value) || seen.has(tag))
            return;
        seen.add(tag);
        out.push({ tag, value });
    };
    for (const [name, value] of Object.entries(result.metrics ?? {}))
        add(`metrics/${name}`, value);
    const perClass = result.per_class ?? {};
    if (Object.keys(perClass).length <= MAX_CLASSES) {
        for (const [cls, s] of Object.entries(perClass)) {
            add(`per_class/${cls}/precision`, s.precision);
            add(`per_class/${cls}/recall`, s.recall);
            add(`per_class/${cls}/f1`, s.f1);
        }
    }
    add('data/examples', result.n);
    if (result.errors) {
        add('data/missing_predictions', result.errors.missing_predictions);
        add('data/extra_predictions', result.errors.extra_predictions);
        add('data/invalid_rows', result.errors.invalid_rows);
    }
    for (const [field, s] of Object.entries(result.bench?.summary ?? {}))
        add(`bench/${field}_median`, s?.median);
    if (result.gate) {
        add('gate/verdict_code', VERDICT_CODES[result.gate.verdict]);
        const checks = result.gate.checks ?? [];
        add('gate/failed_checks', checks.filter((c) => c.verdict === 'fail').length);
        add('gate/warned_checks', checks.filter((c) => c.verdict === 'warn').length);
        for (const c of checks) {
            add(`checks/${c.metric}/delta`, c.delta);
            add(`checks/${c.metric}/p_value`, c.p_value);
        }
    }
    return out;
}
/** `Event{wall_time, file_version}` — the first record of every event file. */
function fileVersionEvent(wallTime) {
    return new ProtoWriter().double(1, wallTime).string(3, 'brain.Event:2').finish();
}
/** `Event{wall_time, step, summary{value*}}`. */
function summaryEvent(wallTime, step, scalars) {
    const summary = new ProtoWriter();
    for (const s of scalars)
        summary.bytes(1, new ProtoWriter().string(1, s.tag).float(2, s.value).finish());
    const event = new ProtoWriter().double(1, wallTime);
    if (step !== 0)
        event.int64(2, step); // proto3: 0 is the default and is not written
    return event.bytes(5, summary.finish()).finish();
}
function fileSafe(s) {
    return s.replace(/[^A-Za-z0-9_.-]/g, '_').replace(/^\.+/, '_') || '_';
}
/**
 * Write `DIR/events.out.tfevents.<unix seconds>.<host>.model-gate[.<gate>]` (a new file each call;
 * `-2`, `-3`… appended if that name exists) with a file-version event and one summary event at
 * `step`. Returns the file's path.
 */
async function writeTensorBoard(dir, result, options) {
    const { step } = options;
    if (!Number.isSafeInteger(step)) {
        throw new errors/* UsageError */.eb(`TensorBoard step must be an integer (a run counter or a commit time), got ${step}.`);
    }
    let wallTime = options.wallTime ?? Date.parse(result.created_at) / 1000;
    if (!Number.isFinite(wallTime))
        wallTime = Date.now() / 1000;
    const data = Buffer.concat([
        tfRecord(fileVersionEvent(wallTime)),
        tfRecord(summaryEvent(wallTime, step, tensorBoardScalars(result))),
    ]);
    await (0,promises_.mkdir)(dir, { recursive: true });
    const stem = `events.out.tfevents.${Math.floor(wallTime)}.${fileSafe((0,external_node_os_.hostname)())}.model-gate${options.gate ? `.${fileSafe(options.gate)}` : ''}`;
    for (let i = 1;; i++) {
        const path = (0,external_node_path_.join)(dir, i === 1 ? stem : `${stem}-${i}`);
        let handle;
        try {
            handle = await (0,promises_.open)(path, 'wx');
        }
        catch (err) {
            if (err.code === 'EEXIST' && i < 1000)
                continue;
            throw err;
        }
        try {
            await handle.writeFile(data);
        }
        finally {
            await handle.close();
        }
        return path;
    }
}

;// CONCATENATED MODULE: ./src/publish/export.ts






function fileProblem(e) {
    const err = e;
    if (err.code === 'EISDIR')
        return 'it is a directory; give a file path (e.g. DIR/metrics.om.txt)';
    if (err.code === 'ENOTDIR')
        return 'a part of the path is a file, not a directory';
    return `${err.message}${err.code ? ` (${err.code})` : ''}`;
}
/**
 * File exports are outputs the user asked for, like `--out`: a path that cannot be one (a
 * directory given for the OpenMetrics file, a file given for the TensorBoard directory) is a
 * usage error, found here before any work is done. Network exports are different: a Pushgateway
 * that is down is a warning (see exportResult).
 */
async function checkExportPaths(targets) {
    const om = targets.openmetricsPath;
    if (om !== undefined) {
        const st = await (0,promises_.stat)(om).catch(() => undefined);
        if (st?.isDirectory())
            throw new errors/* UsageError */.eb(`${targets.names?.openmetrics ?? 'openmetrics'}: ${JSON.stringify(om)} is a directory; give the path of the ` +
                'OpenMetrics file to write (e.g. DIR/metrics.om.txt).');
    }
    const tb = targets.tensorboardDir;
    if (tb !== undefined) {
        const st = await (0,promises_.stat)(tb).catch(() => undefined);
        if (st && !st.isDirectory())
            throw new errors/* UsageError */.eb(`${targets.names?.tensorboard ?? 'tensorboard'}: ${JSON.stringify(tb)} is a file; give the directory to write ` +
                'TensorBoard event files into.');
    }
}
/** "user:password" → basic auth; "Bearer TOKEN" or a bare token → bearer. */
function parsePushgatewayAuth(value) {
    if (!value)
        return undefined;
    const bearer = /^bearer\s+(.+)$/i.exec(value);
    if (bearer)
        return { bearer: bearer[1] };
    const colon = value.indexOf(':');
    return colon === -1
        ? { bearer: value }
        : { username: value.slice(0, colon), password: value.slice(colon + 1) };
}
/**
 * Sends a result to the monitoring stack. The network export (Pushgateway) never changes the
 * verdict: its failures are warnings. A file export that cannot be written is a UsageError
 * (exit 2), like an unwritable `--out`.
 */
async function exportResult(result, targets, logger) {
    const labels = { gate: targets.gate };
    if (targets.openmetricsPath) {
        try {
            await (0,promises_.mkdir)((0,external_node_path_.dirname)(targets.openmetricsPath), { recursive: true });
            await (0,promises_.writeFile)(targets.openmetricsPath, toOpenMetrics(result, labels));
            logger.info(`Wrote OpenMetrics to ${targets.openmetricsPath}.`);
        }
        catch (e) {
            throw new errors/* UsageError */.eb(`${targets.names?.openmetrics ?? 'openmetrics'}: cannot write ${JSON.stringify(targets.openmetricsPath)}: ${fileProblem(e)}.`);
        }
    }
    if (targets.tensorboardDir) {
        try {
            const file = await writeTensorBoard(targets.tensorboardDir, result, {
                step: targets.tensorboardStep ?? Math.floor(Date.parse(result.created_at) / 1000),
                gate: targets.gate,
            });
            logger.info(`Wrote TensorBoard scalars to ${file}.`);
        }
        catch (e) {
            throw new errors/* UsageError */.eb(`${targets.names?.tensorboard ?? 'tensorboard'}: cannot write TensorBoard events to ${JSON.stringify(targets.tensorboardDir)}: ${fileProblem(e)}.`);
        }
    }
    if (targets.pushgatewayUrl) {
        const pushed = await pushToGateway({
            url: targets.pushgatewayUrl,
            gate: targets.gate,
            result,
            auth: parsePushgatewayAuth(targets.pushgatewayAuth),
            deadlineMs: targets.networkTimeoutMs,
        });
        if (pushed.ok)
            logger.info('Pushed the metrics to the Pushgateway.');
        else
            logger.warning(pushed.warning);
    }
}

;// CONCATENATED MODULE: ./src/publish/monitor-openmetrics.ts

const MONITOR_PUSH_JOB = 'model-gate-monitor';
const MONITOR_FAMILIES = {
    model_gate_monitor_alarm: '1 when the monitor raised an alarm (drift or a limit passed), else 0.',
    model_gate_monitor_timestamp_seconds: 'Unix time the monitor ran (monitor.json created_at).',
    model_gate_monitor_window_rows: 'Rows in the monitored window.',
    model_gate_monitor_reference_rows: 'Rows in the reference.',
    model_gate_monitor_drift: 'Drift statistic of a column, window vs reference (psi, psi_lower, js, ks, wasserstein).',
    model_gate_monitor_drift_p_value: 'Holm-adjusted p-value of "PSI at most the tolerance", by column.',
    model_gate_monitor_drift_alarm: '1 when the column drifted beyond the tolerance with confidence, else 0.',
    model_gate_monitor_error_ratio: 'Share of the window requests that failed (error column non-empty).',
    model_gate_monitor_errors: 'Failed requests in the window, by error type.',
    model_gate_monitor_latency_seconds: 'Latency percentile of the window requests (numpy linear percentile).',
    model_gate_monitor_metric: 'Metric of the labelled window rows (delayed labels), by metric.',
};
function monitorFamilies(r, gate) {
    const branch = branchFromRef(r.source.branch ?? r.source.ref) ?? '';
    const base = [
        ['gate', gate],
        ['branch', branch],
    ];
    const families = new Map();
    for (const [name, help] of Object.entries(MONITOR_FAMILIES))
        families.set(name, { name, help, samples: [] });
    const seen = new Set();
    const add = (family, extra, value) => {
        if (typeof value !== 'number' || Number.isNaN(value))
            return;
        const labels = [...base, ...Object.entries(extra)].filter(([, v]) => v !== '');
        const key = family + JSON.stringify(labels);
        if (seen.has(key))
            return;
        seen.add(key);
        families.get(family).samples.push({ labels, value });
    };
    add('model_gate_monitor_alarm', {}, r.alarm ? 1 : 0);
    const created = Date.parse(r.created_at);
    if (Number.isFinite(created))
        add('model_gate_monitor_timestamp_seconds', {}, created / 1000);
    add('model_gate_monitor_window_rows', {}, r.window.rows);
    add('model_gate_monitor_reference_rows', {}, r.reference.rows);
    for (const d of r.drift.columns.slice(0, MAX_CLASSES)) {
        const c = { column: d.column };
        add('model_gate_monitor_drift', { ...c, statistic: 'psi' }, d.psi);
        add('model_gate_monitor_drift', { ...c, statistic: 'psi_lower' }, d.psi_lower);
        add('model_gate_monitor_drift', { ...c, statistic: 'js' }, d.js);
        add('model_gate_monitor_drift', { ...c, statistic: 'ks' }, d.ks);
        add('model_gate_monitor_drift', { ...c, statistic: 'wasserstein' }, d.wasserstein);
        add('model_gate_monitor_drift_p_value', c, d.p_adjusted);
        add('model_gate_monitor_drift_alarm', c, d.alarm ? 1 : 0);
    }
    if (r.errors) {
        add('model_gate_monitor_error_ratio', {}, r.errors.rate);
        for (const t of r.errors.types)
            add('model_gate_monitor_errors', { type: t.type }, t.count);
    }
    if (r.latency) {
        add('model_gate_monitor_latency_seconds', { quantile: '0.5' }, r.latency.p50 / 1000);
        add('model_gate_monitor_latency_seconds', { quantile: '0.9' }, r.latency.p90 / 1000);
        add('model_gate_monitor_latency_seconds', { quantile: '0.99' }, r.latency.p99 / 1000);
    }
    for (const [metric, v] of Object.entries(r.performance?.metrics ?? {}))
        add('model_gate_monitor_metric', { metric }, v);
    return [...families.values()].filter((f) => f.samples.length > 0);
}
function monitorToOpenMetrics(r, gate) {
    return renderFamilies(monitorFamilies(r, gate), true);
}
function monitorToPrometheusText(r, gate) {
    return renderFamilies(monitorFamilies(r, gate), false);
}

;// CONCATENATED MODULE: ./src/pipeline/run-monitor.ts
/**
 * `monitor` end to end, shared by the CLI command and the Action's `mode: monitor`: run the
 * monitor, write monitor.json and monitor.md into the output folder, export (OpenMetrics file,
 * Pushgateway), and say the exit code: 1 on an alarm (for alerting), 0 otherwise; bad input is a
 * GateError (2) before anything is written.
 */









/**
 * The monitor's decimal options, read the same way from flags and inputs: `get` returns the
 * value given (undefined = the table's default), `where` names it in messages.
 */
function monitorNumbers(get, where) {
    const read = (name, min, max, what, exclusiveMin = false) => {
        const raw = get(name) ?? OPTIONS[name].default;
        if (raw === '')
            return undefined;
        const v = Number(raw);
        if (!/^\s*[0-9.eE+-]+\s*$/.test(raw) ||
            !Number.isFinite(v) ||
            v < min ||
            v > max ||
            (exclusiveMin && v === min))
            throw new errors/* UsageError */.eb(`${where(name)}: "${raw}" is not ${what}.`);
        return v;
    };
    return {
        tolerance: read('drift-tolerance', 0, 10, 'a PSI tolerance in 0..10 (e.g. 0.1)'),
        significance: read('drift-significance', 0, 0.5, 'a significance level in (0, 0.5] (e.g. 0.05)', true),
        maxErrorRate: read('max-error-rate', 0, 1, 'a share of requests in 0..1 (e.g. 0.01)'),
        maxP99Ms: read('max-p99-latency', 0, Number.MAX_VALUE, 'a latency in milliseconds (e.g. 250)'),
    };
}
async function writeText(path, text, what) {
    try {
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
        await (0,promises_.writeFile)(path, text);
    }
    catch (e) {
        throw new errors/* UsageError */.eb(`${what}: cannot write ${JSON.stringify(path)}: ${e.message}.`);
    }
}
async function runMonitor(options, outputs, logger) {
    const result = await monitor(options, logger);
    const json = (0,external_node_path_.join)(outputs.outDir, 'monitor.json');
    const markdown = (0,external_node_path_.join)(outputs.outDir, 'monitor.md');
    await writeText(json, JSON.stringify(result, null, 2) + '\n', 'out-dir');
    await writeText(markdown, renderMonitorMarkdown(result), 'out-dir');
    if (outputs.openmetricsPath) {
        await writeText(outputs.openmetricsPath, monitorToOpenMetrics(result, options.name), outputs.names?.openmetrics ?? 'openmetrics');
        logger.info(`Wrote OpenMetrics to ${outputs.openmetricsPath}.`);
    }
    if (outputs.pushgatewayUrl) {
        const pushed = await pushToGateway({
            url: outputs.pushgatewayUrl,
            gate: options.name,
            branch: result.source.branch ?? result.source.ref,
            body: monitorToPrometheusText(result, options.name),
            job: MONITOR_PUSH_JOB,
            auth: parsePushgatewayAuth(outputs.pushgatewayAuth),
            deadlineMs: outputs.networkTimeoutMs,
        });
        if (pushed.ok)
            logger.info('Pushed the monitor metrics to the Pushgateway.');
        else
            logger.warning(pushed.warning);
    }
    for (const w of result.warnings)
        logger.warning(w);
    return { result, exitCode: result.alarm ? 1 : 0, paths: { json, markdown } };
}

;// CONCATENATED MODULE: ./src/action/inputs.ts





function envInputReader(env = process.env) {
    return (name) => (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}
function optional(read, name) {
    const v = read(name);
    return v === '' ? undefined : v;
}
/** The input, or its default from the options table. */
function inputs_text(read, name) {
    return read(name) || OPTIONS[name].default;
}
/** One of the option's choices (case-insensitive); empty = its default. */
function oneOf(read, name) {
    const spec = optionSpec(name);
    const allowed = spec.choices ?? [];
    const v = read(name) || spec.default;
    const lower = v.toLowerCase();
    const hit = allowed.find((a) => a === lower);
    if (!hit) {
        throw new errors/* UsageError */.eb(`input "${name}": "${v}" is not one of ${allowed.map((a) => `"${a}"`).join(', ')}.`);
    }
    return hit;
}
function integer(read, name) {
    const spec = optionSpec(name);
    const v = read(name) || spec.default;
    if (!/^[0-9]+$/.test(v))
        throw new errors/* UsageError */.eb(`input "${name}": "${v}" is not a whole number.`);
    const n = Number(v);
    const min = spec.min ?? 0;
    const max = spec.max ?? Number.MAX_SAFE_INTEGER;
    if (n < min || n > max)
        throw new errors/* UsageError */.eb(`input "${name}": ${n} is outside ${min}..${max}.`);
    return n;
}
function positiveNumber(read, name) {
    const v = read(name);
    if (v === '')
        return undefined;
    const n = Number(v);
    if (!Number.isFinite(n) || n <= 0)
        throw new errors/* UsageError */.eb(`input "${name}": "${v}" is not a positive number${optionSpec(name).type === 'seconds' ? ' of seconds' : ''}.`);
    return n;
}
/** An integer input whose empty value means "unset" (the core's default applies). */
function optionalInteger(read, name) {
    return read(name) === '' ? undefined : integer(read, name);
}
function inputs_validateGateName(name) {
    return validateGateName(name, 'input "name"');
}
function readInputs(read) {
    const mode = oneOf(read, 'mode');
    const baselineRaw = inputs_text(read, 'baseline');
    const baseline = baselineRaw.toLowerCase() === 'artifact'
        ? { kind: 'artifact' }
        : baselineRaw.toLowerCase() === 'none'
            ? { kind: 'none' }
            : { kind: 'path', path: baselineRaw };
    const inputs = {
        mode,
        predictions: optional(read, 'predictions'),
        labels: optional(read, 'labels'),
        task: oneOf(read, 'task'),
        idColumn: inputs_text(read, 'id-column'),
        labelColumn: inputs_text(read, 'label-column'),
        predictionColumn: inputs_text(read, 'prediction-column'),
        scoreColumn: optional(read, 'score-column'),
        scorePrefix: optional(read, 'score-prefix'),
        positiveLabel: optional(read, 'positive-label'),
        cutoffs: (0,ranking_scores/* parseCutoffs */.yd)(inputs_text(read, 'cutoffs'), 'input cutoffs'),
        missing: oneOf(read, 'missing'),
        ...scoresOptions(optional(read, 'score-columns'), read('from') === '' ? undefined : oneOf(read, 'from')),
        benchCommand: optional(read, 'bench-command'),
        benchRuns: integer(read, 'bench-runs'),
        benchWarmup: integer(read, 'bench-warmup'),
        benchTimeout: positiveNumber(read, 'bench-timeout'),
        benchBaselineCommand: optional(read, 'bench-baseline-command'),
        benchConfirm: integer(read, 'bench-confirm'),
        serveCommand: optional(read, 'serve-command'),
        serveReady: optional(read, 'serve-ready'),
        serveRequests: optional(read, 'serve-requests'),
        serveUrl: optional(read, 'serve-url'),
        serveConcurrency: optionalInteger(read, 'serve-concurrency'),
        serveRate: positiveNumber(read, 'serve-rate'),
        serveDuration: positiveNumber(read, 'serve-duration'),
        serveCount: optionalInteger(read, 'serve-count'),
        serveTimeout: positiveNumber(read, 'serve-timeout'),
        config: optional(read, 'config'),
        name: inputs_validateGateName(inputs_text(read, 'name')),
        baseline,
        baselineBranch: optional(read, 'baseline-branch'),
        updateBaseline: oneOf(read, 'update-baseline'),
        retentionDays: integer(read, 'retention-days'),
        comment: oneOf(read, 'comment'),
        // Empty (the default): gate.yml's fail_on decides.
        failOn: read('fail-on') === '' ? undefined : oneOf(read, 'fail-on'),
        githubToken: read('github-token'),
        outDir: inputs_text(read, 'out-dir'),
        pushgatewayUrl: optional(read, 'pushgateway-url'),
        pushgatewayAuth: optional(read, 'pushgateway-auth'),
        openmetrics: optional(read, 'openmetrics'),
        networkTimeout: integer(read, 'network-timeout'),
        monitor: {
            ...monitorNumbers((name) => optional(read, name), (name) => `input "${name}"`),
            window: optional(read, 'window'),
            reference: optional(read, 'reference'),
            latencyColumn: optional(read, 'latency-column'),
            errorColumn: optional(read, 'error-column'),
            // The default ("prediction") means the column when the window has it, as on the command line.
            predictionColumn: inputs_text(read, 'prediction-column') === OPTIONS['prediction-column'].default
                ? undefined
                : inputs_text(read, 'prediction-column'),
        },
    };
    // The interleaved baseline is measured beside bench-command; without it there is nothing to pair.
    if (inputs.benchBaselineCommand && !inputs.benchCommand)
        throw new errors/* UsageError */.eb('input "bench-baseline-command" is measured in turn with "bench-command"; set bench-command too (or drop bench-baseline-command).');
    if (inputs.benchConfirm > 0 && !inputs.benchBaselineCommand)
        throw new errors/* UsageError */.eb('input "bench-confirm" re-measures the interleaved pairs of "bench-baseline-command"; set bench-baseline-command too (or bench-confirm: 0).');
    if (inputs.benchCommand && inputs.serveCommand)
        throw new errors/* UsageError */.eb('inputs "bench-command" and "serve-command" exclude each other: give one.');
    if (inputs.serveCommand && (!inputs.serveReady || !inputs.serveRequests))
        throw new errors/* UsageError */.eb('input "serve-command" needs "serve-ready" (a health URL or port) and "serve-requests" (a requests file).');
    if (inputs.serveDuration !== undefined && inputs.serveCount !== undefined)
        throw new errors/* UsageError */.eb('inputs "serve-duration" and "serve-count" exclude each other: give one.');
    if (mode === 'gate' && !inputs.predictions) {
        throw new errors/* UsageError */.eb('input "predictions" is required (the path of the predictions file) in mode "gate".');
    }
    return inputs;
}

// EXTERNAL MODULE: ./src/action/log.ts
var log = __webpack_require__(58592);
// EXTERNAL MODULE: ./src/compare/baseline.ts
var baseline = __webpack_require__(75460);
// EXTERNAL MODULE: ./src/action/octokit.ts + 1 modules
var action_octokit = __webpack_require__(71101);
// EXTERNAL MODULE: ./src/util/zip.ts
var util_zip = __webpack_require__(52003);
;// CONCATENATED MODULE: ./src/action/zip.ts
/** The strict zip reader lives in src/util/zip.ts (the inspect log reader uses it too). */


;// CONCATENATED MODULE: ./src/action/artifact-api.ts

/**
 * Pages of artifact listings read at most: GitHub lists newest first, so the baseline is on the
 * first page in practice, and a `Link: next` chain that never ends stops here.
 */
const MAX_LIST_PAGES = 3;
async function listArtifactsNamed(octokit, owner, repo, name) {
    let pages = 0;
    const all = await octokit.paginate(octokit.rest.actions.listArtifactsForRepo, { owner, repo, name, per_page: 100 }, (response, done) => {
        if (++pages >= MAX_LIST_PAGES)
            done();
        return response.data;
    });
    // The name filter is exact on github.com; filter again in case a server treats it as a prefix.
    return all.filter((a) => a.name === name);
}
async function listRunArtifacts(octokit, owner, repo, runId) {
    let pages = 0;
    const all = await octokit.paginate(octokit.rest.actions.listWorkflowRunArtifacts, { owner, repo, run_id: runId, per_page: 100 }, (response, done) => {
        if (++pages >= MAX_LIST_PAGES)
            done();
        return response.data;
    });
    return all;
}
/**
 * Downloads an artifact's zip into memory. GET …/artifacts/{id}/zip answers a redirect to a
 * signed blob URL, and the blob is fetched here rather than by @actions/artifact's downloader:
 * that one writes whatever the blob store sends to disk with no size limit, retries a stalled
 * blob five times 30 s apart, and takes no AbortSignal. Here the archive's declared size is
 * checked before its body is read, the body stops at `maxBytes`, and `signal` (the operation's
 * deadline) aborts both requests. The signed URL is never printed.
 */
async function downloadArtifactZip(octokit, ref, opts) {
    const res = await octokit.rest.actions.downloadArtifact({
        owner: ref.owner,
        repo: ref.repo,
        artifact_id: ref.artifactId,
        archive_format: 'zip',
        request: { redirect: 'manual', ...(opts.signal ? { signal: opts.signal } : {}) },
    });
    const location = res.headers.location;
    if (res.status < 300 || res.status > 399 || !location) {
        throw new Error(`the artifact's download answered HTTP ${res.status} without the archive's address`);
    }
    const blob = await fetch(location, { signal: opts.signal });
    if (blob.status !== 200) {
        await blob.body?.cancel().catch(() => undefined);
        throw Object.assign(new Error(`the blob store answered HTTP ${blob.status} ${blob.statusText}`), {
            status: blob.status,
        });
    }
    const declared = Number(blob.headers.get('content-length') ?? NaN);
    if (Number.isFinite(declared) && declared > opts.maxBytes) {
        await blob.body?.cancel().catch(() => undefined);
        throw new util_zip/* ZipError */.Wz(`the archive declares ${declared} bytes, more than the ${opts.maxBytes} allowed; not downloading it`);
    }
    const chunks = [];
    let total = 0;
    if (blob.body) {
        for await (const chunk of blob.body) {
            total += chunk.byteLength;
            if (total > opts.maxBytes) {
                await blob.body.cancel().catch(() => undefined);
                throw new util_zip/* ZipError */.Wz(`the archive is larger than the ${opts.maxBytes} bytes allowed; download stopped`);
            }
            chunks.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
        }
    }
    return Buffer.concat(chunks, total);
}

// EXTERNAL MODULE: ./src/result/schema.ts
var schema = __webpack_require__(6318);
// EXTERNAL MODULE: ./src/result/write.ts
var write = __webpack_require__(71618);
;// CONCATENATED MODULE: ./src/action/untrusted-baseline.ts
/**
 * A baseline is untrusted input: the checks on its result.json, the unpacking of an artifact's
 * needed files under strict rules, and the checks on a baseline given as a path.
 */




class BaselineValidationError extends Error {
    constructor(message) {
        super(message);
        this.name = 'BaselineValidationError';
    }
}
const MAX_RESULT_BYTES = 64 * 1024 * 1024;
/** Checks that a parsed document looks like a model-gate/result@1 (enough to trust it as a baseline). */
function checkResultDocument(doc, where) {
    const d = doc;
    if (!d || typeof d !== 'object' || Array.isArray(d))
        throw new BaselineValidationError(`${where} is not a JSON object`);
    if (d.schema !== schema/* RESULT_SCHEMA */.w) {
        throw new BaselineValidationError(`${where} has schema ${JSON.stringify(d.schema ?? null)}, expected "${schema/* RESULT_SCHEMA */.w}"`);
    }
    if (!schema/* TASKS */.n3.includes(d.task)) {
        throw new BaselineValidationError(`${where} has no valid "task"`);
    }
    if (typeof d.n !== 'number' || !d.metrics || typeof d.metrics !== 'object') {
        throw new BaselineValidationError(`${where} lacks "n" or "metrics"`);
    }
    return d;
}
function isPlainBasename(name) {
    return name !== '' && name !== '.' && name !== '..' && !/[/\\\0]/.test(name);
}
/**
 * Writes the parts of an untrusted baseline archive that the comparison needs — result.json and
 * the examples sidecar it names — into `targetDir` (created fresh, must not exist), after
 * validating them. Everything else in the archive is ignored and never touches the disk.
 */
async function materializeBaseline(files, targetDir) {
    const byName = new Map(files.map((f) => [f.name, f]));
    const resultFile = byName.get('result.json');
    if (!resultFile) {
        throw new BaselineValidationError(`the artifact has no result.json at its root (found: ${files.map((f) => f.name).join(', ') || 'nothing'})`);
    }
    if (resultFile.data.length > MAX_RESULT_BYTES)
        throw new BaselineValidationError('result.json is too large');
    let doc;
    try {
        doc = JSON.parse(resultFile.data.toString('utf8'));
    }
    catch (e) {
        throw new BaselineValidationError(`result.json is not valid JSON (${e.message})`);
    }
    const result = checkResultDocument(doc, 'result.json');
    const warnings = [];
    const keep = new Map([['result.json', resultFile.data]]);
    const examplesName = result.examples?.file;
    if (examplesName !== undefined) {
        if (typeof examplesName !== 'string' || !isPlainBasename(examplesName)) {
            throw new BaselineValidationError(`result.json names an unsafe examples file ${JSON.stringify(examplesName)}`);
        }
        const ex = byName.get(examplesName);
        if (ex)
            keep.set(examplesName, ex.data);
        else {
            warnings.push(`the baseline's per-example file ${examplesName} is missing from the artifact: paired tests are not possible`);
            delete result.examples;
            keep.set('result.json', Buffer.from((0,write/* serializeResult */.sf)(result)));
        }
    }
    await (0,promises_.mkdir)(targetDir, { recursive: false });
    const root = (0,external_node_path_.resolve)(targetDir);
    for (const [name, data] of keep) {
        const path = (0,external_node_path_.resolve)(root, name);
        if ((0,external_node_path_.relative)(root, path).startsWith('..') || !path.startsWith(root + external_node_path_.sep)) {
            throw new BaselineValidationError(`refusing to write ${JSON.stringify(name)} outside ${root}`);
        }
        // 'wx': create, never follow or overwrite anything already there.
        await (0,promises_.writeFile)(path, data, { flag: 'wx' });
    }
    const ignored = files.map((f) => f.name).filter((n) => !keep.has(n));
    return { dir: root, result, ignored, warnings };
}
/**
 * A baseline given as a path: a result.json file or a folder that holds one. Symbolic links are
 * refused (a checkout could plant one pointing anywhere on the runner).
 */
async function checkBaselinePath(path) {
    let st;
    try {
        st = await (0,promises_.lstat)(path);
    }
    catch {
        throw new BaselineValidationError(`baseline path ${path} does not exist`);
    }
    if (st.isSymbolicLink())
        throw new BaselineValidationError(`baseline path ${path} is a symbolic link`);
    const file = st.isDirectory() ? (0,external_node_path_.join)(path, 'result.json') : path;
    if (st.isDirectory()) {
        const inner = await (0,promises_.lstat)(file).catch(() => null);
        if (!inner)
            throw new BaselineValidationError(`baseline folder ${path} has no result.json`);
        if (inner.isSymbolicLink())
            throw new BaselineValidationError(`${file} is a symbolic link`);
    }
    let doc;
    try {
        doc = JSON.parse(await (0,promises_.readFile)(file, 'utf8'));
    }
    catch (e) {
        throw new BaselineValidationError(`${file} is not valid JSON (${e.message})`);
    }
    checkResultDocument(doc, file);
    return path;
}

;// CONCATENATED MODULE: ./src/action/retries.ts
/** Retrying a network operation with exponential backoff, within the operation's deadline. */



/** A wait that ends early, rejecting with the signal's reason, when the signal fires. */
function retries_sleep(ms, signal) {
    return new Promise((resolve, reject) => {
        if (signal?.aborted)
            return reject(signal.reason);
        const onAbort = () => {
            clearTimeout(timer);
            reject(signal.reason);
        };
        const timer = setTimeout(() => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
        }, ms);
        signal?.addEventListener('abort', onAbort, { once: true });
    });
}
/** Errors that another attempt will not fix: client errors (except timeouts/throttling) and bad content. */
function isPermanentError(e) {
    if (e instanceof util_zip/* ZipError */.Wz || e instanceof BaselineValidationError)
        return true;
    const status = (0,action_octokit.httpStatus)(e);
    return status !== undefined && status >= 400 && status < 500 && status !== 408 && status !== 429;
}
async function withRetries(fn, opts) {
    for (let attempt = 1;; attempt++) {
        try {
            return await fn(attempt);
        }
        catch (e) {
            if (opts.signal?.aborted)
                throw opts.signal.reason;
            if (attempt >= opts.attempts || isPermanentError(e))
                throw e;
            const delay = opts.baseDelayMs * 2 ** (attempt - 1);
            opts.onRetry?.(e, attempt, delay);
            await retries_sleep(delay, opts.signal);
        }
    }
}

;// CONCATENATED MODULE: ./src/action/baseline-artifact.ts
/**
 * Baselines kept as workflow artifacts: find the newest usable `<name>-baseline` of the baseline
 * branch, download it as a raw zip (`artifact-api.ts`, with `retries.ts`), unpack it under strict
 * rules and validate it (it is untrusted: `untrusted-baseline.ts`); and upload a run's out-dir as
 * the next baseline.
 */










/**
 * The artifact to use as baseline: not expired, made on the branch by this repository, preferably
 * for `preferSha`, else the newest. Ties on created_at go to the higher id (uploaded later).
 */
function pickBaselineArtifact(artifacts, c) {
    const now = (c.now ?? new Date()).getTime();
    const usable = artifacts.filter((a) => {
        if (a.expired)
            return false;
        if (a.expires_at && Date.parse(a.expires_at) <= now)
            return false;
        const run = a.workflow_run;
        return !!run && run.head_branch === c.branch && run.head_repository_id === c.repositoryId;
    });
    const newestFirst = [...usable].sort((a, b) => {
        const d = Date.parse(b.created_at ?? '') - Date.parse(a.created_at ?? '');
        return Number.isNaN(d) || d === 0 ? b.id - a.id : d;
    });
    if (c.preferSha) {
        const exact = newestFirst.find((a) => a.workflow_run?.head_sha === c.preferSha);
        if (exact)
            return exact;
    }
    return newestFirst[0];
}
/** Every regular file under `dir` (symbolic links and special files skipped), sorted. */
async function listRegularFiles(dir) {
    const out = [];
    async function walk(d) {
        for (const e of await (0,promises_.readdir)(d, { withFileTypes: true })) {
            const p = (0,external_node_path_.join)(d, e.name);
            if (e.isDirectory())
                await walk(p);
            else if (e.isFile())
                out.push(p);
        }
    }
    await walk(dir);
    return out.sort();
}
function defaultWorkRoot(env = process.env) {
    return env.RUNNER_TEMP || (0,external_node_os_.tmpdir)();
}
async function resolveBaselineArtifact(o) {
    const artifactName = `${o.name}-baseline`;
    let list;
    try {
        list = await listArtifactsNamed(o.octokit, o.owner, o.repo, artifactName);
    }
    catch (e) {
        const status = (0,action_octokit.httpStatus)(e);
        const hint = status === 403 || status === 404 ? ' (the token needs `actions: read`)' : '';
        return {
            kind: 'failed',
            message: `could not list the artifacts ${artifactName}: ${(0,action_octokit.describeApiError)(e)}${hint}`,
        };
    }
    const chosen = pickBaselineArtifact(list, {
        branch: o.branch,
        repositoryId: o.repositoryId,
        preferSha: o.preferSha,
    });
    if (!chosen) {
        return {
            kind: 'none',
            message: `no baseline artifact "${artifactName}" from branch ${o.branch} (of ${list.length} with that name, none usable)`,
        };
    }
    // A declared size past the strict reader's limit is refused before any byte is fetched.
    if (typeof chosen.size_in_bytes === 'number' && chosen.size_in_bytes > util_zip/* DEFAULT_ZIP_LIMITS */.RT.maxTotalBytes) {
        return {
            kind: 'failed',
            message: `the baseline artifact ${artifactName} #${chosen.id} declares ${chosen.size_in_bytes} bytes, more than ` +
                `the ${util_zip/* DEFAULT_ZIP_LIMITS */.RT.maxTotalBytes} a baseline may have; not downloading it`,
        };
    }
    const run = chosen.workflow_run ?? {};
    o.info(`Baseline: artifact ${artifactName} #${chosen.id} from run ${run.id} (${o.branch} @ ${String(run.head_sha).slice(0, 12)}, ${chosen.created_at})` +
        (o.preferSha && run.head_sha === o.preferSha ? ', the PR base commit' : ''));
    try {
        const zip = await withRetries(() => downloadArtifactZip(o.octokit, { owner: o.owner, repo: o.repo, artifactId: chosen.id }, { signal: o.signal, maxBytes: util_zip/* DEFAULT_ZIP_LIMITS */.RT.maxTotalBytes }), {
            signal: o.signal,
            attempts: o.attempts ?? 3,
            baseDelayMs: o.baseDelayMs ?? 2000,
            onRetry: (e, attempt, delay) => o.info(`Baseline download attempt ${attempt} failed (${(0,action_octokit.describeApiError)(e)}); retrying in ${delay} ms.`),
        });
        const files = (0,util_zip/* readZipFiles */.FF)(zip);
        const v = await materializeBaseline(files, (0,external_node_path_.join)(o.workDir, 'baseline'));
        // The same loader the comparison uses, run now: a baseline it would refuse (wrong types,
        // out-of-range metrics, a corrupt sidecar, n mismatch) becomes "no baseline" with a warning
        // here instead of stopping the job later.
        const loaded = await (0,baseline/* loadBaseline */.o)(v.dir);
        const warnings = [...v.warnings, ...loaded.warnings];
        if (v.ignored.length)
            o.info(`Baseline artifact: ignored ${v.ignored.length} entries not needed (${v.ignored.join(', ')}).`);
        return { kind: 'found', dir: v.dir, artifact: chosen, warnings };
    }
    catch (e) {
        const why = e instanceof errors/* GateError */.ue ? e.message.replace(/\.$/, '') : (0,action_octokit.describeApiError)(e);
        return {
            kind: 'failed',
            message: `the baseline artifact ${artifactName} #${chosen.id} could not be used: ${why}`,
        };
    }
}
/** Uploads every regular file of `outDir` as the artifact `<name>-baseline`. */
async function uploadBaseline(client, name, outDir, retentionDays) {
    const root = (0,external_node_path_.resolve)(outDir);
    const files = await listRegularFiles(root);
    if (!files.some((f) => (0,external_node_path_.basename)(f) === 'result.json')) {
        throw new Error(`${outDir} has no result.json to upload as the baseline`);
    }
    const res = await client.uploadArtifact(`${name}-baseline`, files, root, { retentionDays });
    return { id: res.id, files: files.map((f) => (0,external_node_path_.relative)(root, f)) };
}

;// CONCATENATED MODULE: ./src/action/report-artifact.ts
/**
 * The report artifact of the fork-safe comment workflow: uploaded by the gate run of a pull request,
 * its pr.json read back (as untrusted) by the `post-comment` run.
 */



/**
 * Uploads `<name>-report` (report.md, result.json, pr.json) so that a `workflow_run` workflow with
 * a write token can post the comment for a pull request whose own token is read-only.
 */
async function uploadReportArtifact(client, name, paths, pr, workDir, retentionDays) {
    await (0,promises_.mkdir)(workDir, { recursive: true });
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(workDir, 'report-'));
    await (0,promises_.writeFile)((0,external_node_path_.join)(dir, 'report.md'), await (0,promises_.readFile)(paths.report));
    await (0,promises_.writeFile)((0,external_node_path_.join)(dir, 'result.json'), await (0,promises_.readFile)(paths.result));
    await (0,promises_.writeFile)((0,external_node_path_.join)(dir, 'pr.json'), JSON.stringify(pr, null, 2) + '\n');
    const files = ['report.md', 'result.json', 'pr.json'].map((f) => (0,external_node_path_.join)(dir, f));
    return client.uploadArtifact(`${name}-report`, files, dir, { retentionDays });
}
/** Validates the pr.json of a report artifact: the number must be a positive integer. */
function parsePrInfo(data) {
    if (!data)
        throw new BaselineValidationError('the report artifact has no pr.json');
    let doc;
    try {
        doc = JSON.parse(data.toString('utf8'));
    }
    catch {
        throw new BaselineValidationError('pr.json is not valid JSON');
    }
    const d = doc;
    if (!d || typeof d !== 'object' || !Number.isSafeInteger(d.number) || d.number <= 0) {
        throw new BaselineValidationError('pr.json has no valid pull request "number" (a positive integer)');
    }
    if (typeof d.head_sha !== 'string' || !/^[0-9a-f]{7,64}$/i.test(d.head_sha)) {
        throw new BaselineValidationError('pr.json has no valid "head_sha"');
    }
    return {
        number: d.number,
        head_sha: d.head_sha,
        base_ref: d.base_ref,
        name: String(d.name ?? ''),
    };
}

;// CONCATENATED MODULE: ./src/action/comment.ts

/** GitHub rejects issue comments longer than this many characters. */
const GITHUB_COMMENT_LIMIT = 65_536;
function commentMarker(name) {
    return `<!-- model-gate:${name} -->`;
}
/** The body to post: the marker first (added when the report does not start with it), within the limit. */
function buildCommentBody(reportMarkdown, name, limit = GITHUB_COMMENT_LIMIT) {
    const marker = commentMarker(name);
    const body = reportMarkdown.trimStart().startsWith(marker)
        ? reportMarkdown.trimStart()
        : `${marker}\n${reportMarkdown}`;
    return truncateBody(body, limit);
}
/**
 * Last-resort hard truncation (the report renderer already keeps the report near 60,000
 * characters): cut at a line break, close an open code fence, and say so.
 */
function truncateBody(body, limit = GITHUB_COMMENT_LIMIT) {
    if (body.length <= limit)
        return body;
    const note = `\n\n> [!WARNING]\n> This report was cut at ${limit.toLocaleString('en-US')} characters (GitHub's limit for ` +
        `a comment; the full report had ${body.length.toLocaleString('en-US')}). The complete report is in the job ` +
        `summary and in report.md of the run's output folder.\n`;
    const fenceClose = '\n```';
    let cut = body.slice(0, limit - note.length - fenceClose.length);
    const nl = cut.lastIndexOf('\n');
    if (nl > cut.length / 2)
        cut = cut.slice(0, nl);
    // Do not leave half a surrogate pair or an unclosed code fence behind.
    if (/[\uD800-\uDBFF]$/.test(cut))
        cut = cut.slice(0, -1);
    const fences = cut.match(/^\s*```/gm)?.length ?? 0;
    if (fences % 2 === 1)
        cut += fenceClose;
    return cut + note;
}
/** The identity an Actions GITHUB_TOKEN writes comments as. */
const ACTIONS_BOT = { login: 'github-actions[bot]', type: 'Bot' };
/**
 * The token's own identity. GET /user answers for personal access tokens (and user-to-server app
 * tokens); for the Actions GITHUB_TOKEN (and installation tokens) it answers 403/404, and the
 * comments such a token writes are authored by github-actions[bot] (type Bot) — that is the
 * fallback. A GitHub App installation token other than Actions' therefore never edits an older
 * comment of its own: it creates one, which is the safe side of the trade.
 */
async function tokenIdentity(octokit) {
    try {
        const { data } = await octokit.request('GET /user');
        const login = data.login;
        if (typeof login === 'string' && login !== '')
            return { login, type: String(data.type ?? '') || undefined };
    }
    catch {
        // 401/403/404: not a user token; fall through to the Actions bot.
    }
    return ACTIONS_BOT;
}
/** True when the body starts with the marker: the whole marker, including its closing ` -->`. */
function startsWithMarker(body, marker) {
    return (body ?? '').trimStart().startsWith(marker);
}
/**
 * Finds our comment: the first whose body starts with this gate's whole marker AND whose author is
 * the token's own identity. A person (or another bot) who writes a comment starting with the
 * marker does not get the report written into their comment: we only ever edit our own.
 */
function findStickyComment(comments, marker, me = ACTIONS_BOT) {
    return comments.find((c) => startsWithMarker(c.body, marker) &&
        c.user?.login === me.login &&
        (me.type === undefined || c.user?.type === me.type));
}
/** Creates the sticky comment, or updates the existing one (left alone when already identical). */
async function upsertStickyComment(octokit, target, name, body, me) {
    const marker = commentMarker(name);
    const identity = me ?? (await tokenIdentity(octokit));
    const comments = (await octokit.paginate(octokit.rest.issues.listComments, {
        owner: target.owner,
        repo: target.repo,
        issue_number: target.issueNumber,
        per_page: 100,
    }));
    const existing = findStickyComment(comments, marker, identity);
    if (existing) {
        if (existing.body === body)
            return { action: 'unchanged', id: existing.id, url: existing.html_url };
        const { data } = await octokit.rest.issues.updateComment({
            owner: target.owner,
            repo: target.repo,
            comment_id: existing.id,
            body,
        });
        return { action: 'updated', id: data.id, url: data.html_url };
    }
    const { data } = await octokit.rest.issues.createComment({
        owner: target.owner,
        repo: target.repo,
        issue_number: target.issueNumber,
        body,
    });
    return { action: 'created', id: data.id, url: data.html_url };
}
/** The warning for a comment that could not be written, with the fix. */
function commentFailureMessage(error, fromFork) {
    const status = (0,action_octokit.httpStatus)(error);
    const what = error instanceof Error ? error.message.split('\n')[0] : String(error);
    if (status === 403 || status === 404) {
        return (`model-gate could not write the pull request comment (HTTP ${status}: ${what}). ` +
            (fromFork
                ? 'This pull request comes from a fork, so its GITHUB_TOKEN is read-only. '
                : 'The token may not write to pull requests. ') +
            'Fix: give the job `permissions: pull-requests: write` (same-repository pull requests), or, for pull ' +
            'requests from forks, use the fork-safe pattern: this workflow uploads the report and a second workflow ' +
            'on `workflow_run` posts it with `mode: post-comment` (see examples/fork-safe-gate.yml and ' +
            'examples/fork-safe-comment.yml). The report is in the job summary.');
    }
    return `model-gate could not write the pull request comment: ${what}. The report is in the job summary.`;
}

;// CONCATENATED MODULE: ./src/action/deadline.ts
/**
 * An overall deadline for a network operation (listing artifacts, downloading one, posting a
 * comment, reading the repository, uploading): a stalled server, an endless `Link: next` chain or
 * a slow retry loop ends as a DeadlineError after `ms`, and the AbortSignal stops the requests
 * still in flight — and, through the Octokit hook in octokit.ts, every retry not begun yet.
 */
class DeadlineError extends Error {
    constructor(what, seconds) {
        super(`${what} did not finish within ${seconds} s (network-timeout)`);
        this.name = 'DeadlineError';
    }
}
async function withDeadline(what, ms, fn) {
    const controller = new AbortController();
    const endsAt = Date.now() + ms;
    let timer;
    const expired = new Promise((_, reject) => {
        timer = setTimeout(() => {
            const err = new DeadlineError(what, ms / 1000);
            controller.abort(err);
            reject(err);
        }, ms);
    });
    try {
        return await Promise.race([fn(controller.signal, { signal: controller.signal, endsAt }), expired]);
    }
    finally {
        clearTimeout(timer);
    }
}
function isDeadlineError(e) {
    return e instanceof DeadlineError;
}

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 12 modules
var core = __webpack_require__(3894);
;// CONCATENATED MODULE: ./src/action/outputs.ts

function verdictOf(result) {
    return result.gate?.verdict ?? 'no-baseline';
}
/** Failed checks: regressions and broken absolute bounds. */
function regressionCount(result) {
    return (result.gate?.checks ?? []).filter((c) => c.verdict === 'fail').length;
}
function setGateOutputs(o) {
    core/* setOutput */.uH('verdict', o.verdict);
    core/* setOutput */.uH('result', o.result);
    core/* setOutput */.uH('report', o.report);
    core/* setOutput */.uH('comment-url', o.commentUrl);
    core/* setOutput */.uH('regressions', String(o.regressions));
}

;// CONCATENATED MODULE: ./src/publish/index.ts





;// CONCATENATED MODULE: ./src/action/publish.ts



/**
 * OpenMetrics file and Pushgateway push. A push never changes the verdict (its failures are
 * warnings, within network-timeout); an OpenMetrics file that cannot be written is exit 2.
 */
async function publishMetrics(inputs, result, logger) {
    maskPushgatewayCredentials(inputs);
    await exportResult(result, exportTargets(inputs), logger);
}
/** Masks the Pushgateway credentials (auth input, URL userinfo) before any request or log line. */
function maskPushgatewayCredentials(inputs) {
    // Credentials written into the URL (http://user:pw@host/) are masked like the auth input.
    if (inputs.pushgatewayUrl)
        for (const secret of urlCredentials(inputs.pushgatewayUrl))
            core/* setSecret */.Pq(secret);
    if (inputs.pushgatewayAuth) {
        // Masked before any request, so no log line (ours or a library's) can show it.
        core/* setSecret */.Pq(inputs.pushgatewayAuth);
        const auth = parsePushgatewayAuth(inputs.pushgatewayAuth);
        if (auth && 'password' in auth && auth.password)
            core/* setSecret */.Pq(auth.password);
        if (auth && 'bearer' in auth)
            core/* setSecret */.Pq(auth.bearer);
    }
}
function exportTargets(inputs) {
    return {
        gate: inputs.name,
        openmetricsPath: inputs.openmetrics,
        pushgatewayUrl: inputs.pushgatewayUrl,
        pushgatewayAuth: inputs.pushgatewayAuth,
        networkTimeoutMs: inputs.networkTimeout * 1000,
        names: { openmetrics: 'input "openmetrics"' },
    };
}
/** A directory given as the `openmetrics` file is a usage error (exit 2), found before any work. */
async function checkPublishInputs(inputs) {
    await checkExportPaths(exportTargets(inputs));
}

;// CONCATENATED MODULE: ./src/action/summary.ts


/** The job summary accepts up to 1 MiB per step; stay well below it. */
const SUMMARY_LIMIT = 1000 * 1024;
/** Appends the report to the job summary. Returns false (after a warning) when it cannot. */
async function writeJobSummary(markdown, env = process.env) {
    if (!env.GITHUB_STEP_SUMMARY) {
        log/* log */.R.info('GITHUB_STEP_SUMMARY is not set: no job summary written.');
        return false;
    }
    const text = markdown.length > SUMMARY_LIMIT
        ? markdown.slice(0, SUMMARY_LIMIT) + '\n\n_(report truncated to fit the job summary)_\n'
        : markdown;
    try {
        await core/* summary */.z.addRaw(text, true).write();
        return true;
    }
    catch (e) {
        log/* log */.R.warning(`model-gate could not write the job summary: ${e.message}`);
        return false;
    }
}
function fmt(v) {
    if (v === null || !Number.isFinite(v))
        return 'n/a';
    return Math.abs(v) >= 1000 || Number.isInteger(v) ? String(v) : v.toPrecision(4);
}
function checkAnnotationMessage(c) {
    const parts = [`${c.metric}: baseline ${fmt(c.baseline)} → candidate ${fmt(c.candidate)}`];
    if (c.delta !== null)
        parts.push(`Δ ${c.delta > 0 ? '+' : ''}${fmt(c.delta)}`);
    parts.push(`rule ${c.threshold}`);
    if (c.p_value !== null)
        parts.push(`p = ${fmt(c.p_value)}`);
    let s = parts.join(', ');
    if (c.reason)
        s += `. ${c.reason}`;
    return s;
}
/** One annotation per failed (error) or warned (warning) check. */
function annotateChecks(result, name) {
    for (const c of result.gate?.checks ?? []) {
        if (c.verdict === 'fail') {
            log/* log */.R.error(checkAnnotationMessage(c), { title: `${name}: ${c.metric} failed the gate` });
        }
        else if (c.verdict === 'warn') {
            log/* log */.R.warning(checkAnnotationMessage(c), { title: `${name}: ${c.metric} warning` });
        }
    }
}

;// CONCATENATED MODULE: ./src/action/baseline-update.ts
/** Whether this run refreshes `<name>-baseline`. Never from a pull request, whatever the input says. */
function decideBaselineUpdate(mode, ctx, defaultBranch) {
    if (mode === 'never')
        return { upload: false };
    if (ctx.kind === 'pull_request') {
        return mode === 'always'
            ? {
                upload: false,
                notice: 'update-baseline: always is ignored on pull request events: a pull request never replaces the baseline ' +
                    'it is judged against (its code is not merged yet, and a fork could plant one). The baseline is ' +
                    'refreshed by runs on pushes to the baseline branch.',
            }
            : { upload: false };
    }
    if (mode === 'always')
        return { upload: true };
    return { upload: ctx.kind === 'push' && !!ctx.branch && ctx.branch === defaultBranch };
}

;// CONCATENATED MODULE: ./src/action/network-operation.ts
/** The action's network operations: each under the `network-timeout` deadline, and which failures are transient. */




/**
 * One network operation under the `network-timeout` deadline, with an Octokit of its own whose
 * requests (and retries) the deadline aborts. Every GitHub API, artifact and blob operation of
 * the action goes through here; what a failure means (no baseline, no comment) is the caller's.
 */
function networkOperation(what, inputs, deps, fn) {
    return withDeadline(what, inputs.networkTimeout * 1000, (signal, deadline) => fn(deps.createOctokit(inputs.githubToken, { signal, endsAt: deadline.endsAt }), signal));
}
/**
 * A failure that says nothing about the setup — the deadline, a 5xx or 429 left after the
 * retries, a connection error — as opposed to one the user must fix (401/403/404, a refused
 * artifact). In post-comment mode the first kind is a warning, the second exit 2.
 */
function isTransientNetworkFailure(e) {
    if (e instanceof DeadlineError)
        return true;
    if (e instanceof errors/* GateError */.ue || isPermanentError(e))
        return false;
    const status = (0,action_octokit.httpStatus)(e);
    if (status !== undefined)
        return status >= 500 || status === 429 || status === 408;
    return e instanceof TypeError || typeof e?.code === 'string';
}

;// CONCATENATED MODULE: ./src/action/gate-mode.ts
/**
 * The action's `gate` mode: resolve the baseline, run the pipeline, report (job summary,
 * annotations, sticky PR comment, outputs) and refresh the baseline.
 */
















function canUseArtifacts(env) {
    return !!env.ACTIONS_RUNTIME_TOKEN && !!env.ACTIONS_RESULTS_URL;
}
async function repositoryFacts(ctx, inputs, deps) {
    let { repositoryId, defaultBranch } = ctx;
    if ((repositoryId === undefined || defaultBranch === undefined) && inputs.githubToken) {
        try {
            const { data } = await networkOperation(`reading the repository ${ctx.owner}/${ctx.repo}`, inputs, deps, (octokit) => octokit.rest.repos.get({ owner: ctx.owner, repo: ctx.repo }));
            repositoryId ??= data.id;
            defaultBranch ??= data.default_branch;
        }
        catch (e) {
            log/* log */.R.warning(`model-gate could not read the repository's id and default branch: ${(0,action_octokit.describeApiError)(e)}`);
        }
    }
    return { repositoryId, defaultBranch };
}
async function gateMode(inputs, ctx, deps) {
    const { env, logger } = deps;
    const name = inputs.name;
    const token = inputs.githubToken;
    await checkPublishInputs(inputs);
    const facts = await repositoryFacts(ctx, inputs, deps);
    const baselineBranch = inputs.baselineBranch ?? (0,context/* defaultBaselineBranch */.NY)({ ...ctx, ...facts });
    const workRoot = defaultWorkRoot(env);
    await (0,promises_.mkdir)(workRoot, { recursive: true });
    const workDir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(workRoot, `model-gate-${name}-`));
    // 1. The baseline.
    let baseline;
    let noBaselineWhy = '';
    if (inputs.baseline.kind === 'none') {
        noBaselineWhy = 'baseline: none';
    }
    else if (inputs.baseline.kind === 'path') {
        try {
            baseline = await checkBaselinePath(inputs.baseline.path);
        }
        catch (e) {
            throw new errors/* UsageError */.eb(`input "baseline": ${e.message}.`);
        }
    }
    else {
        const missing = !token
            ? 'no github-token'
            : !baselineBranch
                ? 'the baseline branch is unknown (set baseline-branch)'
                : facts.repositoryId === undefined
                    ? "the repository's id is unknown"
                    : '';
        if (missing) {
            log/* log */.R.warning(`model-gate cannot look up the baseline artifact: ${missing}. Continuing without a baseline.`);
            noBaselineWhy = missing;
        }
        else {
            const res = await logger.group(`Baseline: ${name}-baseline from ${baselineBranch}`, () => networkOperation(`looking up and downloading ${name}-baseline`, inputs, deps, (octokit, signal) => resolveBaselineArtifact({
                octokit,
                signal,
                owner: ctx.owner,
                repo: ctx.repo,
                repositoryId: facts.repositoryId,
                name,
                branch: baselineBranch,
                preferSha: ctx.kind === 'pull_request' ? ctx.baseSha : undefined,
                workDir,
                baseDelayMs: deps.retryBaseDelayMs,
                info: (m) => log/* log */.R.info(m),
            })).catch((e) => ({ kind: 'failed', message: (0,action_octokit.describeApiError)(e) })));
            if (res.kind === 'found') {
                baseline = res.dir;
                for (const w of res.warnings)
                    log/* log */.R.warning(w);
            }
            else if (res.kind === 'failed') {
                log/* log */.R.warning(`model-gate: ${res.message}. Continuing without a baseline.`);
                noBaselineWhy = res.message;
            }
            else {
                noBaselineWhy = res.message;
            }
        }
    }
    // 2. The pipeline.
    const options = {
        evaluate: {
            predictions: inputs.predictions,
            labels: inputs.labels,
            task: inputs.task,
            idColumn: inputs.idColumn,
            labelColumn: inputs.labelColumn,
            predictionColumn: inputs.predictionColumn,
            scoreColumn: inputs.scoreColumn,
            scorePrefix: inputs.scorePrefix,
            positiveLabel: inputs.positiveLabel,
            cutoffs: inputs.cutoffs,
            missing: inputs.missing,
            ...(inputs.scoreColumns !== undefined ? { scoreColumns: inputs.scoreColumns } : {}),
            ...(inputs.from !== undefined ? { from: inputs.from } : {}),
        },
        bench: inputs.benchCommand
            ? {
                command: inputs.benchCommand,
                runs: inputs.benchRuns,
                warmup: inputs.benchWarmup,
                timeoutSeconds: inputs.benchTimeout,
                against: inputs.benchBaselineCommand,
                confirmPairs: inputs.benchConfirm,
            }
            : undefined,
        serve: inputs.serveCommand
            ? {
                server: inputs.serveCommand,
                ready: inputs.serveReady,
                requests: inputs.serveRequests,
                url: inputs.serveUrl,
                concurrency: inputs.serveConcurrency,
                rate: inputs.serveRate,
                durationSeconds: inputs.serveDuration,
                count: inputs.serveCount,
                timeoutSeconds: inputs.serveTimeout,
                runs: inputs.benchRuns,
                warmup: inputs.benchWarmup,
            }
            : undefined,
        configPath: inputs.config,
        baseline,
        outDir: inputs.outDir,
        failOn: inputs.failOn,
        name,
        source: {
            commit: ctx.headSha || undefined,
            ref: ctx.ref || undefined,
            branch: env.GITHUB_HEAD_REF || ctx.branch || ctx.tag || undefined,
            run_url: ctx.runId ? ctx.runUrl : undefined,
            event: ctx.eventName || undefined,
            pr_number: ctx.prNumber,
        },
    };
    const out = await deps.runGate(options, logger);
    const verdict = verdictOf(out.result);
    const regressions = regressionCount(out.result);
    // 3. Report: summary, annotations, notice.
    await writeJobSummary(out.reportMarkdown, env);
    annotateChecks(out.result, name);
    if (verdict === 'no-baseline') {
        const decision = decideBaselineUpdate(inputs.updateBaseline, ctx, facts.defaultBranch);
        log/* log */.R.notice(`No baseline to compare with (${noBaselineWhy || 'none given'}); the gate passes and only absolute bounds ` +
            `apply. ` +
            (decision.upload
                ? `This run uploads ${name}-baseline.`
                : `A baseline is created by a run on a push to ${baselineBranch ?? 'the default branch'} ` +
                    `(update-baseline: auto).`), { title: `${name}: no baseline yet` });
    }
    // 4. The sticky comment.
    let commentUrl = '';
    if (inputs.comment === 'auto' && ctx.kind === 'pull_request') {
        if (!ctx.prNumber)
            log/* log */.R.warning('model-gate: the event payload has no pull request number: no comment.');
        else if (!token)
            log/* log */.R.warning('model-gate: no github-token: no pull request comment.');
        else {
            try {
                const c = await networkOperation('writing the pull request comment', inputs, deps, (octokit) => upsertStickyComment(octokit, { owner: ctx.owner, repo: ctx.repo, issueNumber: ctx.prNumber }, name, buildCommentBody(out.reportMarkdown, name)));
                commentUrl = c.url;
                log/* log */.R.info(`Pull request comment ${c.action}: ${c.url}`);
            }
            catch (e) {
                log/* log */.R.warning(commentFailureMessage(e, ctx.fromFork));
            }
        }
    }
    setGateOutputs({ verdict, result: out.paths.result, report: out.paths.report, commentUrl, regressions });
    await publishMetrics(inputs, out.result, logger);
    // 5. Artifacts: the report for the fork-safe comment workflow, and the next baseline.
    const artifactsOk = canUseArtifacts(env);
    if (ctx.eventName === 'pull_request' && ctx.prNumber) {
        if (!artifactsOk)
            log/* log */.R.info('No Actions runtime token: the report artifact is not uploaded.');
        else {
            try {
                await withDeadline(`uploading ${name}-report`, inputs.networkTimeout * 1000, () => uploadReportArtifact(deps.createArtifactClient(), name, out.paths, { number: ctx.prNumber, head_sha: ctx.headSha, base_ref: ctx.baseBranch, name }, workDir, Math.min(inputs.retentionDays, 14)));
                log/* log */.R.info(`Uploaded ${name}-report (for a workflow_run comment workflow).`);
            }
            catch (e) {
                log/* log */.R.warning(`model-gate could not upload ${name}-report: ${(0,action_octokit.describeApiError)(e)}`);
            }
        }
    }
    const decision = decideBaselineUpdate(inputs.updateBaseline, ctx, facts.defaultBranch);
    if (decision.notice)
        log/* log */.R.notice(decision.notice);
    if (decision.upload) {
        if (!artifactsOk) {
            log/* log */.R.warning('model-gate cannot upload the baseline: ACTIONS_RUNTIME_TOKEN / ACTIONS_RESULTS_URL are not set ' +
                '(not running in GitHub Actions?).');
        }
        else {
            try {
                if (verdict === 'fail') {
                    log/* log */.R.warning(`This run failed the gate and still becomes the ${name}-baseline of ${ctx.branch ?? ctx.ref}: ` +
                        'later pull requests are compared with it.');
                }
                const up = await withDeadline(`uploading ${name}-baseline`, inputs.networkTimeout * 1000, () => uploadBaseline(deps.createArtifactClient(), name, inputs.outDir, inputs.retentionDays));
                log/* log */.R.info(`Uploaded ${name}-baseline (${up.files.join(', ')}), kept ${inputs.retentionDays} days.`);
            }
            catch (e) {
                log/* log */.R.warning(`model-gate could not upload ${name}-baseline: ${(0,action_octokit.describeApiError)(e)}`);
            }
        }
    }
    if (out.exitCode === 1) {
        const failed = (out.result.gate?.checks ?? []).filter((c) => c.verdict === 'fail').map((c) => c.metric);
        log/* log */.R.setFailed(`${name}: the gate failed (verdict ${verdict}; ${regressions} failed check${regressions === 1 ? '' : 's'}` +
            (failed.length ? `: ${failed.join(', ')}` : '') +
            ').');
    }
    return out.exitCode;
}

;// CONCATENATED MODULE: ./src/cli/source.ts
/**
 * Where this run comes from, read from the CI's own variables so GitHub Actions, GitLab CI and
 * Jenkins records say which commit and branch a result belongs to.
 */
function sourceFromEnvironment(env = process.env) {
    const commit = env.GITHUB_SHA ?? env.CI_COMMIT_SHA ?? env.GIT_COMMIT ?? env.BUILDKITE_COMMIT;
    const ref = env.GITHUB_REF || env.CI_COMMIT_REF_NAME || env.GIT_BRANCH || env.BRANCH_NAME;
    const branch = env.GITHUB_HEAD_REF || env.GITHUB_REF_NAME || env.CI_COMMIT_REF_NAME || env.GIT_BRANCH || env.BRANCH_NAME;
    let runUrl;
    if (env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID) {
        runUrl = `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`;
    }
    else if (env.CI_JOB_URL)
        runUrl = env.CI_JOB_URL;
    else if (env.BUILD_URL)
        runUrl = env.BUILD_URL;
    return {
        ...(commit ? { commit } : {}),
        ...(ref ? { ref } : {}),
        ...(branch ? { branch } : {}),
        ...(runUrl ? { run_url: runUrl } : {}),
    };
}

;// CONCATENATED MODULE: ./src/action/monitor-mode.ts
/**
 * The action's `monitor` mode (docs/monitoring.md): a window of served predictions against a
 * reference, for a scheduled workflow. Writes monitor.json / monitor.md, the job summary, the
 * outputs `alarm`, `monitor-result`, `monitor-report`, the OpenMetrics file and the Pushgateway
 * push; exits 1 on an alarm, so the workflow's next step can open or update an issue.
 */







const ACTION_FLAG_NAMES = {
    scoreColumn: 'input "score-column"',
    scorePrefix: 'input "score-prefix"',
    predictionColumn: 'input "prediction-column"',
    latencyColumn: 'input "latency-column"',
    errorColumn: 'input "error-column"',
};
async function monitorMode(inputs, deps) {
    const m = inputs.monitor;
    if (!m.window)
        throw new errors/* UsageError */.eb('input "window" is required in mode "monitor" (the served predictions file).');
    if (!m.reference)
        throw new errors/* UsageError */.eb('input "reference" is required in mode "monitor" (a reference window file, or the release\'s run folder).');
    maskPushgatewayCredentials(inputs);
    const run = await runMonitor({
        window: m.window,
        reference: m.reference,
        labels: inputs.labels,
        columns: {
            scoreColumn: inputs.scoreColumn,
            scorePrefix: inputs.scorePrefix,
            predictionColumn: m.predictionColumn,
            latencyColumn: m.latencyColumn,
            errorColumn: m.errorColumn,
        },
        task: inputs.task,
        idColumn: inputs.idColumn,
        labelColumn: inputs.labelColumn,
        positiveLabel: inputs.positiveLabel,
        missing: inputs.missing,
        tolerance: m.tolerance,
        significance: m.significance,
        maxErrorRate: m.maxErrorRate,
        maxP99Ms: m.maxP99Ms,
        name: inputs.name,
        source: sourceFromEnvironment(deps.env),
        flags: ACTION_FLAG_NAMES,
    }, {
        outDir: inputs.outDir,
        openmetricsPath: inputs.openmetrics,
        pushgatewayUrl: inputs.pushgatewayUrl,
        pushgatewayAuth: inputs.pushgatewayAuth,
        networkTimeoutMs: inputs.networkTimeout * 1000,
        names: { openmetrics: 'input "openmetrics"' },
    }, deps.logger);
    await writeJobSummary(renderMonitorMarkdown(run.result), deps.env);
    core/* setOutput */.uH('alarm', String(run.result.alarm));
    core/* setOutput */.uH('monitor-result', run.paths.json);
    core/* setOutput */.uH('monitor-report', run.paths.markdown);
    for (const a of run.result.alarms)
        core/* error */.z3(a, { title: `${inputs.name}: monitor alarm` });
    return run.exitCode;
}

// EXTERNAL MODULE: ./src/result/parse.ts + 1 modules
var parse = __webpack_require__(31794);
// EXTERNAL MODULE: ./src/report/index.ts + 8 modules
var report = __webpack_require__(26518);
;// CONCATENATED MODULE: ./src/action/untrusted-report.ts
/**
 * The comment `mode: post-comment` posts for a pull request, rendered on the trusted side.
 *
 * The report artifact was written by the pull request's own code (a fork can write anything), so
 * its report.md is never posted: result.json is validated like any result read from disk (schema
 * types, metric ranges, field paths named on error), the verdict is recomputed from the validated
 * checks, every string goes through the report renderer's escaping, the run link is the trusted
 * one from the workflow_run event, and the comment says whose run computed the figures.
 */


/** The gate verdict the checks imply (the stored one is not trusted). */
function verdictFromChecks(checks) {
    if (checks.length === 0 || checks.every((c) => c.verdict === 'no-baseline'))
        return 'no-baseline';
    if (checks.some((c) => c.verdict === 'fail'))
        return 'fail';
    if (checks.some((c) => c.verdict === 'warn'))
        return 'warn';
    return 'pass';
}
function renderUntrustedReport(resultJson, name, trusted) {
    const result = (0,parse/* parseResult */.F)(resultJson.toString('utf8'), 'result.json');
    let verdict = 'no-baseline';
    if (result.gate) {
        verdict = verdictFromChecks(result.gate.checks);
        result.gate.verdict = verdict;
    }
    // The fork's run URL is replaced by the run the workflow_run event names.
    result.source = { ...result.source, run_url: trusted.runUrl };
    const body = (0,report/* renderMarkdown */.Gc)(result, { name, runUrl: trusted.runUrl });
    const label = `> [!NOTE]\n> The figures below were computed by the pull request's own workflow run ` +
        `([run ${trusted.runId}](${trusted.runUrl}), code from pull request #${trusted.prNumber}); ` +
        `this comment was rendered from its result.json by the trusted workflow.\n\n`;
    return { markdown: label + body, result, verdict };
}

;// CONCATENATED MODULE: ./src/action/post-comment-mode.ts
/**
 * The action's `post-comment` mode: in a `workflow_run` workflow, post the report a pull-request
 * run uploaded (the fork-safe pattern). Everything in the artifact is untrusted.
 */













async function postCommentMode(inputs, ctx, deps) {
    const name = inputs.name;
    const run = ctx.workflowRun;
    if (ctx.kind !== 'workflow_run' || !run || !run.id) {
        throw new errors/* UsageError */.eb(`mode "post-comment" runs in a workflow triggered by workflow_run (this event is "${ctx.eventName}"); ` +
            'see examples/fork-safe-comment.yml.');
    }
    if (run.event !== 'pull_request' && run.event !== 'pull_request_target') {
        log/* log */.R.notice(`The triggering run was a ${run.event || 'non-pull-request'} event: no pull request comment to post.`);
        return 0;
    }
    if (!inputs.githubToken)
        throw new errors/* UsageError */.eb('mode "post-comment" needs github-token.');
    const artifactName = `${name}-report`;
    // A network failure that says nothing about the setup (the deadline, 5xx or 429 after the
    // retries) posts nothing and warns: re-running the workflow posts the comment. One that the
    // user must fix (permissions, a refused artifact) stays an error, exit 2.
    const notPosted = (e, what) => {
        if (!isTransientNetworkFailure(e))
            throw new errors/* GateError */.ue(`${what}: ${(0,action_octokit.describeApiError)(e)}`);
        log/* log */.R.warning(`model-gate: ${what}: ${(0,action_octokit.describeApiError)(e)}. No pull request comment was posted; re-run this workflow to post it.`);
        return 0;
    };
    let list;
    try {
        list = await networkOperation(`listing the artifacts of run ${run.id}`, inputs, deps, (octokit) => listRunArtifacts(octokit, ctx.owner, ctx.repo, run.id));
    }
    catch (e) {
        return notPosted(e, `could not list the artifacts of run ${run.id}`);
    }
    const artifact = list.find((a) => a.name === artifactName && !a.expired);
    if (!artifact) {
        log/* log */.R.notice(`Run ${run.id} has no ${artifactName} artifact (the gate did not run on a pull request, or stopped before ` +
            'its report): nothing to post.');
        return 0;
    }
    const limits = { maxEntries: 20, maxTotalBytes: 64 * 1024 * 1024, maxEntryBytes: 32 * 1024 * 1024 };
    let zip;
    try {
        zip = await networkOperation(`downloading ${artifactName} of run ${run.id}`, inputs, deps, (octokit, signal) => withRetries(() => downloadArtifactZip(octokit, { owner: ctx.owner, repo: ctx.repo, artifactId: artifact.id }, { signal, maxBytes: limits.maxTotalBytes }), {
            signal,
            attempts: 3,
            baseDelayMs: deps.retryBaseDelayMs ?? 2000,
            onRetry: (e, attempt, delay) => log/* log */.R.info(`Download attempt ${attempt} failed (${(0,action_octokit.describeApiError)(e)}); retrying in ${delay} ms.`),
        }));
    }
    catch (e) {
        return notPosted(e, `the ${artifactName} artifact of run ${run.id} could not be downloaded`);
    }
    let files;
    try {
        files = (0,util_zip/* readZipFiles */.FF)(zip, limits);
    }
    catch (e) {
        throw new errors/* GateError */.ue(`the ${artifactName} artifact of run ${run.id} could not be used: ${(0,action_octokit.describeApiError)(e)}`);
    }
    const byName = new Map(files.map((f) => [f.name, f.data]));
    let pr;
    try {
        pr = parsePrInfo(byName.get('pr.json'));
    }
    catch (e) {
        throw new errors/* GateError */.ue(`the ${artifactName} artifact of run ${run.id}: ${e.message}`);
    }
    // The artifact was written by code from the pull request: only trust it for the run's own PR.
    if (pr.head_sha !== run.headSha) {
        throw new errors/* GateError */.ue(`pr.json says head ${pr.head_sha}, but the triggering run tested ${run.headSha}: not posting.`);
    }
    if (run.pullRequests.length > 0 && !run.pullRequests.includes(pr.number)) {
        throw new errors/* GateError */.ue(`pr.json names pull request #${pr.number}, but run ${run.id} belongs to #${run.pullRequests.join(', #')}: not posting.`);
    }
    let pull;
    try {
        ({ data: pull } = await networkOperation(`reading pull request #${pr.number}`, inputs, deps, (octokit) => octokit.rest.pulls.get({ owner: ctx.owner, repo: ctx.repo, pull_number: pr.number })));
    }
    catch (e) {
        return notPosted(e, `could not read pull request #${pr.number}`);
    }
    if (pull.head.sha !== run.headSha) {
        log/* log */.R.notice(`Pull request #${pr.number} has moved on to ${pull.head.sha.slice(0, 12)} since run ${run.id} ` +
            `(${run.headSha.slice(0, 12)}): not posting a stale report.`);
        return 0;
    }
    // report.md is never read: the fork wrote it. The comment is rendered here from result.json.
    const resultData = byName.get('result.json');
    if (!resultData)
        throw new errors/* GateError */.ue(`the ${artifactName} artifact of run ${run.id} has no result.json`);
    const trustedRunUrl = `${ctx.serverUrl}/${ctx.owner}/${ctx.repo}/actions/runs/${run.id}`;
    let rendered;
    try {
        rendered = renderUntrustedReport(resultData, name, {
            runId: run.id,
            runUrl: trustedRunUrl,
            prNumber: pr.number,
        });
    }
    catch (e) {
        if (e instanceof errors/* GateError */.ue)
            throw new errors/* GateError */.ue(`the ${artifactName} artifact of run ${run.id}: ${e.message} Not posting.`);
        throw e;
    }
    const markdown = rendered.markdown;
    let commentUrl = '';
    try {
        const c = await networkOperation(`writing the comment on pull request #${pr.number}`, inputs, deps, (octokit) => upsertStickyComment(octokit, { owner: ctx.owner, repo: ctx.repo, issueNumber: pr.number }, name, buildCommentBody(markdown, name)));
        commentUrl = c.url;
        log/* log */.R.info(`Pull request #${pr.number} comment ${c.action}: ${c.url}`);
    }
    catch (e) {
        if (!isTransientNetworkFailure(e))
            throw new errors/* GateError */.ue(commentFailureMessage(e, false));
        log/* log */.R.warning(`${commentFailureMessage(e, false)} Re-run this workflow to post it.`);
    }
    await writeJobSummary(markdown, deps.env);
    const verdict = rendered.verdict;
    const regressions = regressionCount(rendered.result);
    core/* setOutput */.uH('verdict', verdict);
    core/* setOutput */.uH('comment-url', commentUrl);
    core/* setOutput */.uH('regressions', String(regressions));
    return 0;
}

;// CONCATENATED MODULE: ./src/action/run.ts
/**
 * The action's modes (`monitor`: `monitor-mode.ts`, a window against a reference). `gate` (`gate-mode.ts`): resolve the baseline, run the pipeline, report
 * (job summary, annotations, sticky PR comment, outputs) and refresh the baseline. `post-comment`
 * (`post-comment-mode.ts`): in a `workflow_run` workflow, post the report a pull-request run
 * uploaded (the fork-safe pattern).
 */





/** Runs the action; returns the process exit code (0 pass/warn/no-baseline, 1 gate failed). */
async function runAction(deps) {
    const inputs = readInputs(envInputReader(deps.env));
    const ctx = (0,context/* parseContext */.DO)(deps.env, (0,context/* readEventPayload */.N5)(deps.env));
    if (inputs.mode === 'monitor')
        return monitorMode(inputs, deps);
    return inputs.mode === 'post-comment' ? postCommentMode(inputs, ctx, deps) : gateMode(inputs, ctx, deps);
}


/***/ })

};
