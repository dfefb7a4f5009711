export const id = 980;
export const ids = [980];
export const modules = {

/***/ 18980:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   actionProgress: () => (/* binding */ actionProgress),
/* harmony export */   createActionLogger: () => (/* binding */ createActionLogger)
/* harmony export */ });
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58592);

/** Milestone logging for long work: at most one line per 10 % (or per 15 s when the total is unknown). */
function actionProgress(label, options = {}, now = Date.now) {
    const started = now();
    // A blocking step logs nothing until it ends: say what is running first.
    if (options.immediate)
        _log_js__WEBPACK_IMPORTED_MODULE_0__/* .log */ .R.info(`${label}…`);
    let lastPercent = -1;
    let lastTime = started;
    return {
        update(done, total, detail, rows) {
            const t = now();
            if (rows !== undefined)
                detail = detail ? `${detail}, ${rows} rows` : `${rows} rows`;
            if (total !== undefined && total > 0) {
                const percent = Math.floor((done / total) * 10) * 10;
                if (percent <= lastPercent)
                    return;
                lastPercent = percent;
                _log_js__WEBPACK_IMPORTED_MODULE_0__/* .log */ .R.info(`${label}: ${percent}%${detail ? ` (${detail})` : ''}`);
            }
            else {
                if (t - lastTime < 15_000)
                    return;
                _log_js__WEBPACK_IMPORTED_MODULE_0__/* .log */ .R.info(`${label}: ${done}${detail ? ` (${detail})` : ''}`);
            }
            lastTime = t;
        },
        done(summary) {
            const seconds = ((now() - started) / 1000).toFixed(1);
            _log_js__WEBPACK_IMPORTED_MODULE_0__/* .log */ .R.info(`${label}: done in ${seconds} s${summary ? ` — ${summary}` : ''}`);
        },
    };
}
/**
 * The core's Logger drawn in the Actions log: groups become collapsible sections. The log cannot
 * nest groups, so an inner group is a plain heading inside the outer one.
 */
function createActionLogger() {
    let depth = 0;
    return {
        info: (m) => _log_js__WEBPACK_IMPORTED_MODULE_0__/* .log */ .R.info(m),
        warning: (m) => _log_js__WEBPACK_IMPORTED_MODULE_0__/* .log */ .R.warning(m),
        async group(name, fn) {
            if (depth > 0) {
                _log_js__WEBPACK_IMPORTED_MODULE_0__/* .log */ .R.info(`— ${name}`);
                depth++;
                try {
                    return await fn();
                }
                finally {
                    depth--;
                }
            }
            depth++;
            _log_js__WEBPACK_IMPORTED_MODULE_0__/* .log */ .R.startGroup(name);
            try {
                return await fn();
            }
            finally {
                _log_js__WEBPACK_IMPORTED_MODULE_0__/* .log */ .R.endGroup();
                depth--;
            }
        },
        progress: { start: (label, options) => actionProgress(label, options) },
    };
}


/***/ })

};
