#!/usr/bin/python3
"""Generate the scikit-learn parity fixtures of the metrics engine.

Run with Debian's scikit-learn 1.2.1 (the oracle):

    /usr/bin/python3 scripts/gen-sklearn-fixtures.py

Writes test/fixtures/metrics/cases.json (inputs as plain arrays + the values scikit-learn
computes) and one CSV per case (test/fixtures/metrics/<case>.csv: id,label,prediction[,score |
p_<class>...], RFC 4180, CRLF) for end-to-end runs of the CLI. Deterministic (fixed seeds).

Conventions carried into cases.json:
- a metric scikit-learn returns as NaN, or refuses with ValueError where model-gate reports null,
  is written as null;
- a missing prediction is null in y_pred (an empty cell in the CSV); scikit-learn sees it as a
  label that is never true (MISSING), and P/R/F1 and the confusion matrix are restricted to the
  real classes with `labels=`;
- `expected` is unweighted; cases with `weights` also carry `expected_weighted` (sample_weight,
  with median_ae and max_error over the rows repeated w times, see below).
"""

import json
import math
import os
import sys
import warnings

import numpy as np
import sklearn
from sklearn import metrics as M

assert sklearn.__version__.startswith("1.2"), sklearn.__version__

warnings.simplefilter("ignore")

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "test", "fixtures", "metrics")
MISSING = "\x00<missing>"


def num(x):
    """JSON-safe float: NaN -> None, -0.0 -> 0.0."""
    if x is None:
        return None
    x = float(x)
    if math.isnan(x):
        return None
    return x + 0.0


def sk_classes(labels):
    """scikit-learn's label order: np.unique (numeric order for numbers)."""
    return list(np.unique(np.asarray(labels)))


def top_confusions(cells, classes, limit=10):
    idx = {c: i for i, c in enumerate(classes)}
    off = [c for c in cells if c[0] != c[1]]
    off.sort(key=lambda c: (-c[2], idx[c[0]], idx[c[1]]))
    return [{"true": t, "predicted": p, "count": n} for t, p, n in off[:limit]]


def classification_expected(y_true, y_pred, classes, positive, scores, score_classes, score_kind, sw):
    """y_true / y_pred: lists of labels (y_pred None = missing); classes in sklearn order."""
    has_missing = any(p is None for p in y_pred)
    if has_missing:
        yt = np.array([str(v) for v in y_true], dtype=object)
        yp = np.array([MISSING if v is None else str(v) for v in y_pred], dtype=object)
        labels = [str(c) for c in classes]
    else:
        yt = np.asarray(y_true)
        yp = np.asarray(y_pred)
        labels = list(classes)
    out = {}
    acc = M.accuracy_score(yt, yp, sample_weight=sw)
    out["accuracy"] = num(acc)
    out["error_rate"] = num(1 - acc)
    out["balanced_accuracy"] = num(M.balanced_accuracy_score(yt, yp, sample_weight=sw))
    for avg in ("macro", "micro", "weighted"):
        p, r, f, _ = M.precision_recall_fscore_support(
            yt, yp, labels=labels, average=avg, zero_division=0, sample_weight=sw
        )
        out[f"precision_{avg}"] = num(p)
        out[f"recall_{avg}"] = num(r)
        out[f"f1_{avg}"] = num(f)
    out["mcc"] = num(M.matthews_corrcoef(yt, yp, sample_weight=sw))
    out["cohen_kappa"] = num(M.cohen_kappa_score(yt, yp, sample_weight=sw))
    p, r, f, s = M.precision_recall_fscore_support(
        yt, yp, labels=labels, average=None, zero_division=0, sample_weight=sw
    )
    per_class = {
        str(c): {"precision": num(p[i]), "recall": num(r[i]), "f1": num(f[i]), "support": num(s[i])}
        for i, c in enumerate(labels)
    }
    if positive is not None:
        i = [str(c) for c in labels].index(str(positive))
        out["precision"] = num(p[i])
        out["recall"] = num(r[i])
        out["f1"] = num(f[i])

    cm = M.confusion_matrix(yt, yp, labels=labels, sample_weight=sw)
    cells = [
        [str(labels[i]), str(labels[j]), num(cm[i, j])]
        for i in range(len(labels))
        for j in range(len(labels))
        if cm[i, j] != 0
    ]
    notes = []
    if scores is not None:
        scores_expected(out, notes, yt, positive, scores, score_classes, score_kind, sw)
    return out, per_class, {"labels": [str(c) for c in labels], "counts": cells}, notes


def scores_expected(out, notes, yt, positive, scores, score_classes, score_kind, sw):
    s = np.asarray(scores, dtype=float)
    if score_classes is None:
        mask = ~np.isnan(s)
        yb = (np.array([str(v) for v in yt]) == str(positive)).astype(int)[mask]
        w = None if sw is None else np.asarray(sw)[mask]
        s = s[mask]
        try:
            out["roc_auc"] = num(M.roc_auc_score(yb, s, sample_weight=w))
        except ValueError as e:
            out["roc_auc"] = None
            notes.append(f"roc_auc: scikit-learn raises: {e}")
        out["average_precision"] = num(M.average_precision_score(yb, s, sample_weight=w))
        if score_kind == "probability":
            out["log_loss"] = num(M.log_loss(yb, s, labels=[0, 1], sample_weight=w))
            out["brier"] = num(M.brier_score_loss(yb, s, pos_label=1, sample_weight=w))
        return
    P = s.reshape(len(yt), len(score_classes))
    mask = ~np.isnan(P).any(axis=1)
    P = P[mask]
    ytm = np.asarray(yt)[mask]
    w = None if sw is None else np.asarray(sw)[mask]
    if np.allclose(1, P.sum(axis=1)):
        try:
            out["roc_auc"] = num(
                M.roc_auc_score(
                    ytm, P, multi_class="ovr", average="macro", labels=score_classes, sample_weight=w
                )
            )
        except ValueError as e:
            out["roc_auc"] = None
            notes.append(f"roc_auc: scikit-learn raises: {e}")
    else:
        # scikit-learn refuses rows that do not sum to 1; model-gate computes the same one-vs-rest
        # macro average anyway (with a warning): the mean of the per-column binary AUCs.
        notes.append("roc_auc: rows do not sum to 1 (scikit-learn raises); expected = OvR macro by hand")
        try:
            aucs = [
                M.roc_auc_score((ytm == c).astype(int), P[:, j], sample_weight=w)
                for j, c in enumerate(score_classes)
            ]
            out["roc_auc"] = num(np.mean(aucs))
        except ValueError as e:
            out["roc_auc"] = None
            notes.append(f"roc_auc: scikit-learn raises: {e}")
    out["log_loss"] = num(M.log_loss(ytm, P, labels=score_classes, sample_weight=w))


def regression_expected(y_true, y_pred, sw):
    yt = np.asarray(y_true, dtype=float)
    yp = np.asarray(y_pred, dtype=float)
    out = {
        "mae": num(M.mean_absolute_error(yt, yp, sample_weight=sw)),
        "mse": num(M.mean_squared_error(yt, yp, sample_weight=sw)),
        "rmse": num(M.mean_squared_error(yt, yp, sample_weight=sw, squared=False)),
        "r2": num(M.r2_score(yt, yp, sample_weight=sw)),
        "mape": num(M.mean_absolute_percentage_error(yt, yp, sample_weight=sw)),
    }
    if sw is None:
        out["median_ae"] = num(M.median_absolute_error(yt, yp))
        out["max_error"] = num(M.max_error(yt, yp))
    else:
        # model-gate's weights are multiplicities: the median and the max of the repeated rows
        # (scikit-learn's weighted median is a lower percentile; max_error takes no weights).
        reps = np.asarray(sw, dtype=int)
        ytr, ypr = np.repeat(yt, reps), np.repeat(yp, reps)
        out["median_ae"] = num(M.median_absolute_error(ytr, ypr))
        out["max_error"] = num(M.max_error(ytr, ypr))
        # Sanity: sample_weight is the repeated rows for the others.
        rep = regression_expected(list(ytr), list(ypr), None)
        for k in ("mae", "mse", "rmse", "r2", "mape"):
            assert math.isclose(rep[k], out[k], rel_tol=1e-12, abs_tol=1e-300), (k, rep[k], out[k])
    return out


def write_csv(name, case):
    path = os.path.join(OUT, f"{name}.csv")
    header = ["id", "label", "prediction"]
    sc = case.get("scores")
    cols = case.get("score_classes")
    if sc is not None and cols is None:
        header.append("score")
    elif sc is not None:
        header += [f"p_{c}" for c in cols]
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = Rfc4180Writer(fh)
        w.writerow(header)
        n = len(case["y_true"])
        for i in range(n):
            pred = case["y_pred"][i]
            row = [f"r{i:05d}", fmt(case["y_true"][i]), "" if pred is None else fmt(pred)]
            if sc is not None and cols is None:
                row.append(fmt(sc[i]))
            elif sc is not None:
                row += [fmt(sc[i * len(cols) + j]) for j in range(len(cols))]
            w.writerow(row)


class Rfc4180Writer:
    """RFC 4180 with CRLF; also quotes fields with leading/trailing spaces, which some readers
    would otherwise trim (the csv module leaves them bare)."""

    def __init__(self, fh):
        self.fh = fh

    def writerow(self, fields):
        self.fh.write(",".join(self.quote(f) for f in fields) + "\r\n")

    @staticmethod
    def quote(field):
        if any(ch in field for ch in ',"\r\n') or field != field.strip():
            return '"' + field.replace('"', '""') + '"'
        return field


def fmt(v):
    if v is None:
        return ""
    if isinstance(v, float):
        return "" if math.isnan(v) else repr(v)
    return str(v)


def classification_case(
    name, y_true, y_pred, *, positive=None, scores=None, score_classes=None, score_kind=None, weights=None
):
    present = [v for v in list(y_true) + list(y_pred) if v is not None]
    classes = sk_classes(present)
    task = "binary" if len(classes) == 2 and positive is not None else "multiclass"
    if score_classes is not None:
        score_classes = sk_classes(score_classes)
    if scores is not None and score_classes is None and score_kind is None:
        finite = [x for x in scores if not math.isnan(x)]
        score_kind = "probability" if all(0 <= x <= 1 for x in finite) else "decision"
    expected, per_class, confusion, notes = classification_expected(
        list(y_true), list(y_pred), classes, positive, scores, score_classes, score_kind, None
    )
    case = {
        "name": name,
        "task": task,
        "classes": [str(c) for c in classes],
        "y_true": [str(v) for v in y_true],
        "y_pred": [None if v is None else str(v) for v in y_pred],
        "positive": None if positive is None else str(positive),
        "scores": None if scores is None else [None if math.isnan(x) else float(x) for x in scores],
        "score_classes": None if score_classes is None else [str(c) for c in score_classes],
        "score_kind": score_kind,
        "expected": expected,
        "per_class": {k: v for k, v in per_class.items() if k in set(map(str, present))},
        "confusion": confusion,
        "top_confusions": top_confusions(confusion["counts"], confusion["labels"]),
        "notes": notes,
    }
    if weights is not None:
        ew, pcw, cw, notes_w = classification_expected(
            list(y_true), list(y_pred), classes, positive, scores, score_classes, score_kind, list(weights)
        )
        case["weights"] = [int(x) for x in weights]
        case["expected_weighted"] = ew
        case["notes"] += [f"weighted: {x}" for x in notes_w]
    return case


def regression_case(name, y_true, y_pred, weights=None):
    case = {
        "name": name,
        "task": "regression",
        "y_true": [float(v) for v in y_true],
        "y_pred": [float(v) for v in y_pred],
        "expected": regression_expected(y_true, y_pred, None),
        "notes": [],
    }
    if weights is not None:
        case["weights"] = [int(x) for x in weights]
        case["expected_weighted"] = regression_expected(y_true, y_pred, list(weights))
    return case


def dirichlet_rows(rng, n, k, truth_idx, strength):
    """Probabilities that favour the true class by `strength`."""
    alpha = np.ones((n, k))
    alpha[np.arange(n), truth_idx] += strength
    g = rng.gamma(alpha)
    return g / g.sum(axis=1, keepdims=True)


def main():
    rng = np.random.default_rng(20240611)
    cases = []

    # Binary, many tied scores (one decimal), string labels.
    n = 400
    yt = rng.choice(["neg", "pos"], size=n, p=[0.6, 0.4])
    s = np.clip(np.round(rng.normal(0.35 + 0.3 * (yt == "pos"), 0.2), 1), 0, 1)
    yp = np.where(s >= 0.5, "pos", "neg")
    cases.append(classification_case("binary_ties", yt, yp, positive="pos", scores=list(s)))

    # Binary imbalanced (5 % positives), numeric labels, continuous probabilities.
    n = 2000
    yt = (rng.random(n) < 0.05).astype(int)
    s = 1 / (1 + np.exp(-(rng.normal(0, 1, n) + 2.2 * yt - 2.5)))
    yp = (s >= 0.3).astype(int)
    cases.append(classification_case("binary_imbalanced", yt, yp, positive=1, scores=list(s)))

    # Binary decision scores (not probabilities); the positive label is the smaller one.
    n = 300
    yt = rng.choice(["cat", "dog"], size=n)
    s = rng.normal(0, 1.5, n) + 1.2 * (yt == "cat")
    s[:40] = np.round(s[:40])  # some ties
    yp = np.where(s > 0.5, "cat", "dog")
    cases.append(classification_case("binary_decision", yt, yp, positive="cat", scores=list(s)))

    # Multiclass, awkward string labels, one label only in predictions.
    labels = ["a, b", 'say "hi"', " lead space", "plain", "trail space "]
    only_pred = 'only "pred", here'
    n = 250
    yt = rng.choice(labels, size=n, p=[0.3, 0.25, 0.2, 0.15, 0.1])
    yp = yt.copy().astype(object)
    flip = rng.random(n) < 0.35
    yp[flip] = rng.choice(labels + [only_pred], size=flip.sum())
    cases.append(classification_case("multiclass_strings", list(yt), list(yp)))

    # Multiclass with per-class probabilities; rows sum to 1 up to ~1e-9 (within allclose).
    cls = ["alpha", "beta", "gamma", "delta"]
    n = 600
    ti = rng.integers(0, 4, n)
    order = sk_classes(cls)
    P = dirichlet_rows(rng, n, 4, ti, 2.0)
    P[::7] *= 1 + rng.uniform(-1e-9, 1e-9, size=(len(P[::7]), 1))
    yt = [order[i] for i in ti]
    yp = [order[i] for i in P.argmax(axis=1)]
    P[::13] = np.round(P[::13], 2)  # ties in the columns
    P[::13] /= P[::13].sum(axis=1, keepdims=True)
    cases.append(classification_case("multiclass_proba", yt, yp, scores=list(P.ravel()), score_classes=order))

    # Multiclass probabilities that clearly do not sum to 1 (scikit-learn raises for ROC AUC).
    n = 300
    ti = rng.integers(0, 3, n)
    order = ["x", "y", "z"]
    P = dirichlet_rows(rng, n, 3, ti, 1.5) * rng.uniform(0.8, 1.2, size=(n, 1))
    P = np.clip(P, 0, 1)
    yt = [order[i] for i in ti]
    yp = [order[i] for i in P.argmax(axis=1)]
    cases.append(
        classification_case("multiclass_unnormalised", yt, yp, scores=list(P.ravel()), score_classes=order)
    )

    # A score column whose class never occurs (sklearn's labels=): ROC AUC undefined, log loss fine.
    n = 120
    ti = rng.integers(0, 3, n)
    order = ["ant", "bee", "cow", "dog"]
    P = dirichlet_rows(rng, n, 4, ti, 3.0)
    yt = [order[i] for i in ti]
    yp = [order[i] for i in P[:, :3].argmax(axis=1)]
    cases.append(classification_case("multiclass_extra_column", yt, yp, scores=list(P.ravel()), score_classes=order))

    # Binary, a single class in y_true (ROC AUC undefined, AP 0).
    n = 50
    yt = ["neg"] * n
    s = rng.uniform(0, 1, n)
    yp = np.where(s > 0.7, "pos", "neg")
    cases.append(classification_case("single_class", yt, list(yp), positive="pos", scores=list(s)))

    # Perfect predictions, multiclass, one-hot probabilities (exercises clipping too).
    order = ["a", "b", "c"]
    ti = rng.integers(0, 3, 90)
    P = np.eye(3)[ti]
    yt = [order[i] for i in ti]
    cases.append(classification_case("perfect", yt, list(yt), scores=list(P.ravel()), score_classes=order))

    # All wrong, binary, probabilities pointing the wrong way.
    n = 60
    yt = rng.choice(["no", "yes"], size=n)
    yp = np.where(yt == "yes", "no", "yes")
    s = np.where(yt == "yes", rng.uniform(0, 0.4, n), rng.uniform(0.6, 1, n))
    cases.append(classification_case("all_wrong", yt, yp, positive="yes", scores=list(s)))

    # Two identical constant raters: kappa 0/0 (NaN in scikit-learn), MCC 0.
    cases.append(classification_case("constant_raters", ["same"] * 20, ["same"] * 20))

    # Log-loss clipping: probabilities exactly 0 and 1, some confidently wrong.
    yt = np.array([0, 1, 1, 0, 1, 0, 0, 1, 1, 0, 1, 0])
    s = np.array([0.0, 1.0, 1.0, 1.0, 0.0, 0.0, 0.5, 1.0, 1e-20, 1 - 1e-17, 0.999999, 0.0])
    yp = (s >= 0.5).astype(int)
    cases.append(classification_case("log_loss_clipping", yt, yp, positive=1, scores=list(s)))

    # Missing predictions (counted as wrong), binary with scores (NaN for the missing rows).
    n = 200
    yt = rng.choice(["bad", "good"], size=n, p=[0.45, 0.55])
    s = 1 / (1 + np.exp(-(rng.normal(0, 1.2, n) + 1.5 * (yt == "good") - 0.75)))
    yp = list(np.where(s >= 0.5, "good", "bad"))
    miss = rng.choice(n, size=17, replace=False)
    for i in miss:
        yp[i] = None
        s[i] = np.nan
    cases.append(classification_case("missing_binary", yt, yp, positive="good", scores=list(s)))

    # Missing predictions, multiclass without scores.
    labels = ["red", "green", "blue"]
    n = 150
    yt = rng.choice(labels, size=n)
    yp = [v if rng.random() < 0.7 else labels[rng.integers(0, 3)] for v in yt]
    for i in rng.choice(n, size=12, replace=False):
        yp[i] = None
    cases.append(classification_case("missing_multiclass", list(yt), yp))

    # Weighted (bootstrap-like integer counts, zeros included), multiclass with probabilities.
    n = 400
    order = ["c1", "c2", "c3", "c4", "c5"]
    ti = rng.integers(0, 5, n)
    P = dirichlet_rows(rng, n, 5, ti, 2.5)
    yt = [order[i] for i in ti]
    yp = [order[i] for i in P.argmax(axis=1)]
    wts = rng.poisson(1.0, n)
    cases.append(
        classification_case(
            "weighted_multiclass", yt, yp, scores=list(P.ravel()), score_classes=order, weights=wts
        )
    )

    # Weighted binary with tied scores.
    n = 300
    yt = rng.choice(["n", "p"], size=n, p=[0.7, 0.3])
    s = np.clip(np.round(rng.normal(0.3 + 0.35 * (yt == "p"), 0.2), 2), 0, 1)
    yp = np.where(s >= 0.5, "p", "n")
    wts = rng.poisson(1.0, n)
    cases.append(classification_case("weighted_binary", yt, yp, positive="p", scores=list(s), weights=wts))

    # Weighted, a class whose every row weighs 0 (the label set is fixed by the data, as
    # scikit-learn's sample_weight).
    yt = ["a"] * 10 + ["b"] * 10 + ["c"] * 5
    yp = ["a"] * 8 + ["b"] * 2 + ["b"] * 7 + ["a"] * 3 + ["c"] * 3 + ["a"] * 2
    wts = [2] * 10 + [1] * 10 + [0] * 5
    cases.append(classification_case("weighted_vanishing_class", yt, yp, weights=wts))

    # Large random multiclass with probabilities; numeric labels (numeric order != string order).
    n = 5000
    order = [1, 2, 3, 5, 8, 13, 21]
    ti = rng.integers(0, 7, n)
    P = dirichlet_rows(rng, n, 7, ti, 1.2)
    yt = [order[i] for i in ti]
    yp = [order[i] for i in P.argmax(axis=1)]
    cases.append(classification_case("large_multiclass", yt, yp, scores=list(P.ravel()), score_classes=order))

    # Regression.
    n = 1001
    y = rng.normal(10, 3, n)
    cases.append(regression_case("regression_random", y, y + rng.normal(0, 1, n)))
    n = 40
    cases.append(regression_case("regression_constant_target", np.full(n, 2.5), 2.5 + rng.normal(0, 0.5, n)))
    cases.append(regression_case("regression_constant_exact", np.full(8, -3.0), np.full(8, -3.0)))
    y = np.round(rng.normal(0, 2, 60), 1)
    y[::5] = 0.0
    cases.append(regression_case("regression_zero_targets", y, y + rng.normal(0, 0.3, 60)))
    y = rng.normal(0, 1, 10)
    cases.append(regression_case("regression_even", y, y + rng.normal(0, 0.5, 10)))
    cases.append(regression_case("regression_single", [3.0], [2.5]))
    n = 500
    y = rng.gamma(2.0, 2.0, n)
    cases.append(
        regression_case("regression_weighted", y, y * rng.uniform(0.8, 1.2, n), weights=rng.poisson(1.0, n))
    )

    # Cases added for the "Trust" issue: their own generator, so the cases above keep their data.
    rng2 = np.random.default_rng(20261201)

    # Unweighted multiclass with a class that is never predicted (its precision is 0 by
    # zero_division=0, its recall 0; it still counts in the macro averages).
    n = 60
    yt = list(rng2.choice(["ant", "bee", "cat", "dog"], size=n))
    yp = [("bee" if t == "dog" else t) if rng2.random() < 0.8 else "ant" for t in yt]
    cases.append(classification_case("never_predicted_class", yt, yp))

    # A missing prediction whose score is still given (--missing count-as-wrong): the score is
    # valid data and stays in roc_auc / average_precision / log_loss / brier.
    n = 40
    yt = list(rng2.choice(["n", "p"], size=n))
    s = [float(np.round(np.clip(rng2.normal(0.35 + 0.3 * (t == "p"), 0.2), 0, 1), 3)) for t in yt]
    yp = ["p" if x >= 0.5 else "n" for x in s]
    for i in (3, 11, 20, 33):
        yp[i] = None
    cases.append(classification_case("missing_scored_binary", yt, yp, positive="p", scores=s))

    os.makedirs(OUT, exist_ok=True)
    binary_prefix_fixtures(rng2)
    for case in cases:
        write_csv(case["name"], case)
    doc = {
        "generator": "scripts/gen-sklearn-fixtures.py",
        "sklearn": sklearn.__version__,
        "numpy": np.__version__,
        "cases": cases,
    }
    with open(os.path.join(OUT, "cases.json"), "w", encoding="utf-8") as fh:
        json.dump(doc, fh, indent=1, allow_nan=False)
        fh.write("\n")
    print(f"wrote {len(cases)} cases to {os.path.relpath(OUT, ROOT)}", file=sys.stderr)


def binary_prefix_fixtures(rng):
    """Binary tasks given one probability column per class (--score-prefix p_), rows that do not
    sum to 1: scikit-learn's log_loss renormalises each row over every column (labels= the
    columns), roc_auc / average_precision / brier use the positive class's column. Writes
    test/fixtures/metrics/binary_prefix.json (rows + expected values)."""
    out = []
    for name, columns in (("two_columns", ["neg", "pos"]), ("three_columns", ["neg", "other", "pos"])):
        n = 50
        yt = list(rng.choice(["neg", "pos"], size=n))
        P = rng.uniform(0.01, 1.0, size=(n, len(columns)))
        ipos = columns.index("pos")
        for i, t in enumerate(yt):
            if t == "pos":
                P[i, ipos] += 0.4
        P = np.round(np.clip(P, 0, 1), 4)
        yp = ["pos" if P[i, ipos] >= 0.5 else "neg" for i in range(n)]
        yb = np.array([1 if t == "pos" else 0 for t in yt])
        expected = {
            "accuracy": num(M.accuracy_score(yt, yp)),
            "roc_auc": num(M.roc_auc_score(yb, P[:, ipos])),
            "average_precision": num(M.average_precision_score(yb, P[:, ipos])),
            "brier": num(M.brier_score_loss(yb, P[:, ipos])),
            "log_loss": num(M.log_loss(yt, P, labels=columns)),
        }
        out.append(
            {
                "name": name,
                "columns": columns,
                "y_true": yt,
                "y_pred": yp,
                "probabilities": [[float(x) for x in row] for row in P],
                "expected": expected,
            }
        )
    with open(os.path.join(OUT, "binary_prefix.json"), "w", encoding="utf-8") as fh:
        json.dump({"generator": "scripts/gen-sklearn-fixtures.py", "sklearn": sklearn.__version__, "cases": out}, fh, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
