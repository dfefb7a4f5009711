#!/usr/bin/python3
"""The peer model-gate is measured against: what a team would script with pandas + scikit-learn.
Reads labels and predictions (joined on id when both have it), prints the metrics as JSON.
Usage: peer_pandas_sklearn.py LABELS PREDICTIONS [--score-column score]"""
import json
import sys

import numpy as np
import pandas as pd
from sklearn import metrics as m

labels_path, predictions_path = sys.argv[1], sys.argv[2]
score_column = sys.argv[sys.argv.index("--score-column") + 1] if "--score-column" in sys.argv else None

labels = pd.read_csv(labels_path, dtype={"id": str})
predictions = pd.read_csv(predictions_path, dtype={"id": str})
if "id" in labels.columns and "id" in predictions.columns:
    df = labels.merge(predictions, on="id", how="inner", validate="one_to_one")
else:
    df = pd.concat([labels, predictions], axis=1)
y, p = df["label"].to_numpy(), df["prediction"].to_numpy()
classes = sorted(set(y) | set(p))
out = {
    "accuracy": m.accuracy_score(y, p),
    "balanced_accuracy": m.balanced_accuracy_score(y, p),
    "mcc": m.matthews_corrcoef(y, p),
    "cohen_kappa": m.cohen_kappa_score(y, p),
}
for avg in ("macro", "micro", "weighted"):
    pr, rc, f1, _ = m.precision_recall_fscore_support(y, p, average=avg, zero_division=0)
    out[f"precision_{avg}"], out[f"recall_{avg}"], out[f"f1_{avg}"] = pr, rc, f1
if len(classes) == 2:
    pos = classes[-1]
    pr, rc, f1, _ = m.precision_recall_fscore_support(y, p, average="binary", pos_label=pos, zero_division=0)
    out["precision"], out["recall"], out["f1"] = pr, rc, f1
    if score_column:
        s = df[score_column].to_numpy(dtype=float)
        yt = (y == pos).astype(int)
        out["roc_auc"] = m.roc_auc_score(yt, s)
        out["average_precision"] = m.average_precision_score(yt, s)
        out["log_loss"] = m.log_loss(yt, s)
        out["brier"] = m.brier_score_loss(yt, s)
cm = m.confusion_matrix(y, p, labels=classes)
out["n"] = int(len(df))
print(json.dumps({k: (float(v) if not isinstance(v, int) else v) for k, v in out.items()}))
