export const id = 407;
export const ids = [407,101];
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

/***/ 21407:
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

// EXTERNAL MODULE: ./src/bench/index.ts + 7 modules
var bench = __webpack_require__(62568);
// EXTERNAL MODULE: ./src/result/evaluation-data.ts
var evaluation_data = __webpack_require__(97368);
;// CONCATENATED MODULE: ./src/pipeline/options.ts


const TASKS = ['auto', 'binary', 'multiclass', 'regression'];
const MISSING = ['error', 'count-as-wrong'];
const FAIL_ON = ['fail', 'warn', 'never'];
const OPTIONS = {
    mode: { type: 'string', choices: ['gate', 'post-comment'], default: 'gate' },
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
            description: 'auto|binary|multiclass|regression (auto: binary when exactly two labels)',
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
    'positive-label': {
        type: 'string',
        default: '',
        flag: {
            name: 'positive-label',
            valueName: 'VALUE',
            description: 'binary: the positive class (default: the greater label)',
        },
    },
    missing: {
        type: 'string',
        choices: MISSING,
        default: evaluation_data/* DEFAULT_EVALUATE_OPTIONS */.ho.missing,
        flag: {
            name: 'missing',
            valueName: 'POLICY',
            description: 'labels without a prediction: error (default) or count-as-wrong',
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
};
/** The spec of an option, widened (the table is `as const` so that choice lists stay literal). */
function optionSpec(name) {
    return OPTIONS[name];
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
        throw new errors/* UsageError */.eb(`input "${name}": "${v}" is not a positive number of seconds.`);
    return n;
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
        missing: oneOf(read, 'missing'),
        benchCommand: optional(read, 'bench-command'),
        benchRuns: integer(read, 'bench-runs'),
        benchWarmup: integer(read, 'bench-warmup'),
        benchTimeout: positiveNumber(read, 'bench-timeout'),
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
    };
    if (mode === 'gate' && !inputs.predictions) {
        throw new errors/* UsageError */.eb('input "predictions" is required (the path of the predictions file) in mode "gate".');
    }
    return inputs;
}

// EXTERNAL MODULE: ./src/action/log.ts
var log = __webpack_require__(58592);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./src/compare/baseline.ts + 1 modules
var baseline = __webpack_require__(96753);
// EXTERNAL MODULE: ./src/action/octokit.ts + 1 modules
var action_octokit = __webpack_require__(71101);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
;// CONCATENATED MODULE: ./src/action/zip.ts
/**
 * A strict reader for the zip archives that hold baseline and report artifacts.
 *
 * Artifacts are untrusted input (anyone who can push a branch can upload one), so they are
 * downloaded as a raw zip (`skipDecompress`) and unpacked here, under rules the general-purpose
 * extractor does not enforce: only plain files and folders, names relative and inside the target
 * (no `..`, no absolute or drive paths, no backslashes), no symbolic links, no encryption, and
 * bounded sizes (a zip bomb stops at the limit instead of filling the disk).
 */

class ZipError extends Error {
    constructor(message) {
        super(message);
        this.name = 'ZipError';
    }
}
const DEFAULT_ZIP_LIMITS = {
    maxEntries: 1000,
    maxTotalBytes: 512 * 1024 * 1024,
    maxEntryBytes: 256 * 1024 * 1024,
};
const EOCD_SIG = 0x06054b50;
const CDH_SIG = 0x02014b50;
const LFH_SIG = 0x04034b50;
/** Lists the central directory. Throws ZipError when the archive is not a readable zip. */
function listZipEntries(buf) {
    if (buf.length < 22)
        throw new ZipError('not a zip archive (too short)');
    // The end-of-central-directory record sits in the last 22 + 65535 (comment) bytes.
    let eocd = -1;
    for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
        if (buf.readUInt32LE(i) === EOCD_SIG) {
            eocd = i;
            break;
        }
    }
    if (eocd < 0)
        throw new ZipError('not a zip archive (no end-of-central-directory record)');
    const count = buf.readUInt16LE(eocd + 10);
    const cdSize = buf.readUInt32LE(eocd + 12);
    const cdOffset = buf.readUInt32LE(eocd + 16);
    if (count === 0xffff || cdOffset === 0xffffffff || cdSize === 0xffffffff) {
        throw new ZipError('ZIP64 archives are not supported for baselines');
    }
    if (cdOffset + cdSize > eocd)
        throw new ZipError('corrupt zip archive (central directory out of range)');
    const entries = [];
    let p = cdOffset;
    for (let i = 0; i < count; i++) {
        if (p + 46 > buf.length || buf.readUInt32LE(p) !== CDH_SIG) {
            throw new ZipError('corrupt zip archive (bad central directory header)');
        }
        const versionMadeBy = buf.readUInt16LE(p + 4);
        const flags = buf.readUInt16LE(p + 8);
        const method = buf.readUInt16LE(p + 10);
        const compressedSize = buf.readUInt32LE(p + 20);
        const uncompressedSize = buf.readUInt32LE(p + 24);
        const nameLen = buf.readUInt16LE(p + 28);
        const extraLen = buf.readUInt16LE(p + 30);
        const commentLen = buf.readUInt16LE(p + 32);
        const externalAttrs = buf.readUInt32LE(p + 38);
        const localHeaderOffset = buf.readUInt32LE(p + 42);
        if (p + 46 + nameLen > buf.length)
            throw new ZipError('corrupt zip archive (truncated file name)');
        const name = buf.toString('utf8', p + 46, p + 46 + nameLen);
        const hostOs = versionMadeBy >> 8;
        const unixMode = hostOs === 3 ? externalAttrs >>> 16 : 0;
        const isSymlink = (unixMode & 0o170000) === 0o120000;
        entries.push({
            name,
            isDirectory: name.endsWith('/') || (unixMode & 0o170000) === 0o040000,
            isSymlink,
            method,
            flags,
            compressedSize,
            uncompressedSize,
            localHeaderOffset,
        });
        p += 46 + nameLen + extraLen + commentLen;
    }
    return entries;
}
/**
 * Why a name is unsafe to create under a target folder, or null when it is safe. Safe names are
 * relative, use forward slashes, and have no empty, `.` or `..` segments.
 */
function unsafeEntryName(name) {
    if (name.length === 0)
        return 'an empty name';
    if (name.includes('\0'))
        return 'a NUL character';
    if (name.includes('\\'))
        return 'a backslash';
    if (name.startsWith('/'))
        return 'an absolute path';
    if (/^[A-Za-z]:/.test(name))
        return 'a drive letter';
    const segments = name.replace(/\/$/, '').split('/');
    for (const s of segments) {
        if (s === '..')
            return 'a ".." segment (path traversal)';
        if (s === '.' || s === '')
            return 'an empty or "." segment';
    }
    return null;
}
/** The uncompressed bytes of one entry, checked against its CRC-free declared size and limits. */
function readZipEntry(buf, entry, limits = DEFAULT_ZIP_LIMITS) {
    if (entry.flags & 0x1)
        throw new ZipError(`"${entry.name}" is encrypted`);
    const p = entry.localHeaderOffset;
    if (p + 30 > buf.length || buf.readUInt32LE(p) !== LFH_SIG) {
        throw new ZipError(`corrupt zip archive (bad local header for "${entry.name}")`);
    }
    const nameLen = buf.readUInt16LE(p + 26);
    const extraLen = buf.readUInt16LE(p + 28);
    const start = p + 30 + nameLen + extraLen;
    const end = start + entry.compressedSize;
    if (end > buf.length)
        throw new ZipError(`corrupt zip archive ("${entry.name}" is truncated)`);
    if (entry.uncompressedSize > limits.maxEntryBytes) {
        throw new ZipError(`"${entry.name}" is larger than ${limits.maxEntryBytes} bytes`);
    }
    const data = buf.subarray(start, end);
    let out;
    if (entry.method === 0)
        out = Buffer.from(data);
    else if (entry.method === 8) {
        try {
            out = (0,external_node_zlib_.inflateRawSync)(data, { maxOutputLength: Math.max(1, entry.uncompressedSize) });
        }
        catch (e) {
            throw new ZipError(`corrupt zip archive ("${entry.name}" does not inflate: ${e.message})`);
        }
    }
    else
        throw new ZipError(`"${entry.name}" uses an unsupported compression method (${entry.method})`);
    if (out.length !== entry.uncompressedSize) {
        throw new ZipError(`corrupt zip archive ("${entry.name}" has ${out.length} bytes, expected ${entry.uncompressedSize})`);
    }
    return out;
}
/**
 * Reads every file of the archive into memory after validating all names first: one unsafe entry
 * (traversal, absolute path, symlink) rejects the whole archive, so nothing is ever written for it.
 */
function readZipFiles(buf, limits = DEFAULT_ZIP_LIMITS) {
    const entries = listZipEntries(buf);
    if (entries.length > limits.maxEntries)
        throw new ZipError(`more than ${limits.maxEntries} entries`);
    let total = 0;
    // Two entries with one name: which one an extractor keeps differs between tools, so a reviewer
    // and the gate could see different files. The archive is refused whole.
    const seen = new Set();
    for (const e of entries) {
        const key = e.name.replace(/\/$/, '');
        if (seen.has(key))
            throw new ZipError(`entry ${JSON.stringify(e.name)} appears more than once`);
        seen.add(key);
    }
    for (const e of entries) {
        const why = unsafeEntryName(e.name);
        if (why)
            throw new ZipError(`entry ${JSON.stringify(e.name)} has ${why}`);
        if (e.isSymlink)
            throw new ZipError(`entry ${JSON.stringify(e.name)} is a symbolic link`);
        total += e.uncompressedSize;
        if (total > limits.maxTotalBytes)
            throw new ZipError(`more than ${limits.maxTotalBytes} bytes uncompressed`);
    }
    const files = [];
    for (const e of entries) {
        if (e.isDirectory)
            continue;
        files.push({ name: e.name, data: readZipEntry(buf, e, limits) });
    }
    return files;
}

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
        throw new ZipError(`the archive declares ${declared} bytes, more than the ${opts.maxBytes} allowed; not downloading it`);
    }
    const chunks = [];
    let total = 0;
    if (blob.body) {
        for await (const chunk of blob.body) {
            total += chunk.byteLength;
            if (total > opts.maxBytes) {
                await blob.body.cancel().catch(() => undefined);
                throw new ZipError(`the archive is larger than the ${opts.maxBytes} bytes allowed; download stopped`);
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
    if (d.task !== 'binary' && d.task !== 'multiclass' && d.task !== 'regression') {
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
function sleep(ms, signal) {
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
    if (e instanceof ZipError || e instanceof BaselineValidationError)
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
            await sleep(delay, opts.signal);
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
    if (typeof chosen.size_in_bytes === 'number' && chosen.size_in_bytes > DEFAULT_ZIP_LIMITS.maxTotalBytes) {
        return {
            kind: 'failed',
            message: `the baseline artifact ${artifactName} #${chosen.id} declares ${chosen.size_in_bytes} bytes, more than ` +
                `the ${DEFAULT_ZIP_LIMITS.maxTotalBytes} a baseline may have; not downloading it`,
        };
    }
    const run = chosen.workflow_run ?? {};
    o.info(`Baseline: artifact ${artifactName} #${chosen.id} from run ${run.id} (${o.branch} @ ${String(run.head_sha).slice(0, 12)}, ${chosen.created_at})` +
        (o.preferSha && run.head_sha === o.preferSha ? ', the PR base commit' : ''));
    try {
        const zip = await withRetries(() => downloadArtifactZip(o.octokit, { owner: o.owner, repo: o.repo, artifactId: chosen.id }, { signal: o.signal, maxBytes: DEFAULT_ZIP_LIMITS.maxTotalBytes }), {
            signal: o.signal,
            attempts: o.attempts ?? 3,
            baseDelayMs: o.baseDelayMs ?? 2000,
            onRetry: (e, attempt, delay) => o.info(`Baseline download attempt ${attempt} failed (${(0,action_octokit.describeApiError)(e)}); retrying in ${delay} ms.`),
        });
        const files = readZipFiles(zip);
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
function render(families, openMetrics) {
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
    return render(buildFamilies(result, labels, options), true);
}
/**
 * The same series in the classic Prometheus text format 0.0.4 (`text/plain; version=0.0.4`), which
 * is what the Pushgateway documents as accepted for pushes (with protobuf). It reads OpenMetrics
 * text only by accident — its classic parser ignores `# EOF` as a comment — so we push this.
 */
function toPrometheusText(result, labels, options) {
    return render(buildFamilies(result, labels, options), false);
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
function groupingPath(gate, branch) {
    return `/metrics/${groupingSegment('job', PUSH_JOB)}/${groupingSegment('gate', gate)}/${groupingSegment('branch', branch)}`;
}
function pushgateway_sleep(ms) {
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
        const labels = resolveLabels(options.result, {
            gate: options.gate,
            branch: options.branch,
            commit: options.commit,
        });
        const body = toPrometheusText(options.result, labels);
        const target = new URL(base.href);
        target.pathname = target.pathname.replace(/\/+$/, '') + groupingPath(labels.gate, labels.branch);
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
                await pushgateway_sleep(wait);
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

;// CONCATENATED MODULE: ./src/publish/index.ts





;// CONCATENATED MODULE: ./src/action/publish.ts



/**
 * OpenMetrics file and Pushgateway push. A push never changes the verdict (its failures are
 * warnings, within network-timeout); an OpenMetrics file that cannot be written is exit 2.
 */
async function publishMetrics(inputs, result, logger) {
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
    await exportResult(result, exportTargets(inputs), logger);
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
            missing: inputs.missing,
        },
        bench: inputs.benchCommand
            ? {
                command: inputs.benchCommand,
                runs: inputs.benchRuns,
                warmup: inputs.benchWarmup,
                timeoutSeconds: inputs.benchTimeout,
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

// EXTERNAL MODULE: ./src/result/parse.ts + 1 modules
var parse = __webpack_require__(31794);
// EXTERNAL MODULE: ./src/report/index.ts + 7 modules
var report = __webpack_require__(76569);
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
        files = readZipFiles(zip, limits);
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
 * The action's two modes. `gate` (`gate-mode.ts`): resolve the baseline, run the pipeline, report
 * (job summary, annotations, sticky PR comment, outputs) and refresh the baseline. `post-comment`
 * (`post-comment-mode.ts`): in a `workflow_run` workflow, post the report a pull-request run
 * uploaded (the fork-safe pattern).
 */




/** Runs the action; returns the process exit code (0 pass/warn/no-baseline, 1 gate failed). */
async function runAction(deps) {
    const inputs = readInputs(envInputReader(deps.env));
    const ctx = (0,context/* parseContext */.DO)(deps.env, (0,context/* readEventPayload */.N5)(deps.env));
    return inputs.mode === 'post-comment' ? postCommentMode(inputs, ctx, deps) : gateMode(inputs, ctx, deps);
}


/***/ })

};
