#!/usr/bin/python3
"""Reference values for src/monitor/ (test/monitor/*.test.ts), computed with scipy / numpy.

Run: /usr/bin/python3 scripts/gen-monitor-fixtures.py  →  test/fixtures/monitor/reference.json
Definitions (docs/monitoring.md): reference-decile bins (numpy linear quantiles, duplicates
merged, bin i holds e[i-1] < x <= e[i], i.e. searchsorted 'left'), PSI with shares floored at
1e-4, scipy.spatial.distance.jensenshannon(base=2), scipy.stats.ks_2samp statistic with the
asymptotic p-value kstwobign.sf(sqrt(nm/(n+m)) D), scipy.stats.wasserstein_distance.
"""
import json
import os

import numpy as np
from scipy import optimize, special, stats
from scipy.spatial.distance import jensenshannon

OUT = os.path.join(os.path.dirname(__file__), '..', 'test', 'fixtures', 'monitor', 'reference.json')
EPS = 1e-4
BINS = 10


def edges_of(ref):
    e = np.quantile(ref, np.arange(1, BINS) / BINS)
    out = []
    for v in e:
        if not out or v != out[-1]:
            out.append(float(v))
    return np.array(out)


def counts_of(x, edges):
    return np.bincount(np.searchsorted(edges, x, side='left'), minlength=len(edges) + 1).astype(float)


def psi_of(r, w):
    p = np.maximum(r / r.sum(), EPS)
    q = np.maximum(w / w.sum(), EPS)
    return float(np.sum((q - p) * np.log(q / p)))


def continuous_case(name, ref, win):
    ref = np.asarray(ref, dtype=float)
    win = np.asarray(win, dtype=float)
    edges = edges_of(ref)
    r = counts_of(ref, edges)
    w = counts_of(win, edges)
    ks = stats.ks_2samp(ref, win)
    n, m = len(ref), len(win)
    return {
        'name': name,
        'reference': ref.tolist(),
        'window': win.tolist(),
        'edges': edges.tolist(),
        'reference_counts': r.tolist(),
        'window_counts': w.tolist(),
        'psi': psi_of(r, w),
        'js': float(jensenshannon(r, w, base=2)),
        'ks': float(ks.statistic),
        'ks_p_asymptotic': float(stats.kstwobign.sf(np.sqrt(n * m / (n + m)) * ks.statistic)),
        'wasserstein': float(stats.wasserstein_distance(ref, win)),
    }


def categorical_case(name, r, w):
    r = np.asarray(r, dtype=float)
    w = np.asarray(w, dtype=float)
    return {'name': name, 'reference_counts': r.tolist(), 'window_counts': w.tolist(),
            'psi': psi_of(r, w), 'js': float(jensenshannon(r, w, base=2))}


def main():
    rng = np.random.default_rng(20261202)
    cont = [
        continuous_case('normal-identical', rng.normal(size=500), rng.normal(size=700)),
        continuous_case('normal-shifted', rng.normal(size=1000), rng.normal(0.5, 1.2, size=800)),
        continuous_case('probabilities', special.expit(rng.normal(size=2000)), special.expit(rng.normal(0.3, 1, size=1500))),
        continuous_case('ties-rounded', np.round(rng.normal(size=600), 1), np.round(rng.normal(0.2, 1, size=400), 1)),
        continuous_case('discrete-heavy-ties', rng.integers(0, 4, size=300), rng.integers(0, 5, size=350)),
        continuous_case('constant-reference', np.full(50, 0.5), rng.uniform(size=60)),
        continuous_case('disjoint', rng.uniform(size=100), rng.uniform(2, 3, size=90)),
        continuous_case('tiny', [0.1, 0.9, 0.4], [0.2, 0.3]),
    ]
    cat = [
        categorical_case('same', [50, 30, 20], [48, 33, 19]),
        categorical_case('new-class', [60, 40, 0], [50, 30, 20]),
        categorical_case('lost-class', [10, 80, 10], [0, 90, 10]),
        categorical_case('many', rng.integers(1, 100, size=12), rng.integers(0, 100, size=12)),
    ]
    gamma = []
    for a, x in [(0.5, 0.1), (1, 1), (4.5, 3.2), (4.5, 12), (50, 45), (1000, 1010), (25000, 25100), (3, 0.001)]:
        gamma.append({'a': a, 'x': x, 'p': float(special.gammainc(a, x))})
    ncx2 = []
    for x, k, lam in [(5, 3, 0), (5, 3, 2), (20, 9, 10), (83, 9, 50), (60, 9, 50), (600, 9, 500),
                      (5200, 9, 5000), (50300, 9, 50000), (1.5, 1, 0.3)]:
        ncx2.append({'x': x, 'k': k, 'lambda': lam, 'cdf': float(stats.ncx2.cdf(x, k, lam) if lam > 0 else stats.chi2.cdf(x, k))})
    bounds = []
    for x, k, alpha in [(30, 9, 0.05), (100, 9, 0.05), (600, 9, 0.05), (12, 2, 0.1), (5, 9, 0.05)]:
        target = 1 - alpha
        if stats.chi2.cdf(x, k) <= target:
            lam = 0.0
        else:
            lam = optimize.brentq(lambda l: stats.ncx2.cdf(x, k, l) - target, 1e-12, 10 * x + 100, xtol=1e-14, rtol=1e-14)
        bounds.append({'x': x, 'k': k, 'alpha': alpha, 'lambda_lower': float(lam)})
    kolmogorov = [{'x': x, 'sf': float(stats.kstwobign.sf(x))} for x in [0.05, 0.3, 0.8, 0.99, 1.0, 1.36, 2, 3.5]]
    with open(OUT, 'w') as f:
        json.dump({'continuous': cont, 'categorical': cat, 'gamma': gamma, 'ncx2': ncx2,
                   'noncentrality_lower': bounds, 'kolmogorov': kolmogorov}, f)
        f.write('\n')


if __name__ == '__main__':
    main()
