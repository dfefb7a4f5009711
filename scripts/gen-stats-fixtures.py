#!/usr/bin/python3
"""Reference values for src/compare/stats/ (test/compare/stats/*.test.ts), computed with scipy / numpy.

Run: /usr/bin/python3 scripts/gen-stats-fixtures.py  →  test/fixtures/stats/reference.json
statsmodels is used when installed (mcnemar, proportion_confint); otherwise the same quantities
come from scipy (binomtest, chi2.sf, BinomTestResult.proportion_ci(method='wilson')).
"""
import itertools
import json
import math
import os

import numpy as np
import scipy
from scipy import stats

OUT = os.path.join(os.path.dirname(__file__), '..', 'test', 'fixtures', 'stats', 'reference.json')
M32 = 0xFFFFFFFF


# --- xoshiro128** seeded by splitmix32 (independent big-int implementation) -------------------
def splitmix32(state):
    state = (state + 0x9E3779B9) & M32
    z = state
    z = ((z ^ (z >> 16)) * 0x85EBCA6B) & M32
    z = ((z ^ (z >> 13)) * 0xC2B2AE35) & M32
    return (z ^ (z >> 16)) & M32, state


class Xoshiro128ss:
    def __init__(self, seed):
        st = seed & M32
        self.s = []
        for _ in range(4):
            z, st = splitmix32(st)
            self.s.append(z)
        if not any(self.s):
            self.s[0] = 1

    def next(self):
        s = self.s
        rotl = lambda x, k: ((x << k) | (x >> (32 - k))) & M32
        result = (rotl((s[1] * 5) & M32, 7) * 9) & M32
        t = (s[1] << 9) & M32
        s[2] ^= s[0]
        s[3] ^= s[1]
        s[1] ^= s[2]
        s[0] ^= s[3]
        s[2] ^= t
        s[3] = rotl(s[3], 11)
        return result

    def next_int(self, n):  # Lemire
        m = self.next() * n
        low = m & M32
        if low < n:
            t = (2**32 - n) % n
            while low < t:
                m = self.next() * n
                low = m & M32
        return m >> 32


def prng_cases():
    cases = []
    for seed in [0, 1, 42, 2**32 - 1, 123456789]:
        r = Xoshiro128ss(seed)
        u32 = [r.next() for _ in range(8)]
        ints = {}
        for n in [1, 2, 3, 10, 1000, 3000, 2**31 + 1, 4294967295]:
            ints[str(n)] = [r.next_int(n) for _ in range(6)]
        cases.append({'seed': seed, 'uint32': u32, 'ints': ints})
    return cases


def mcnemar_ref(b, c):
    m = b + c
    if m == 0:
        return None
    k = min(b, c)
    exact = min(1.0, 2 * stats.binom.cdf(k, m, 0.5))
    bt = stats.binomtest(k, m, 0.5).pvalue  # scipy's two-sided exact, for the symmetric case = exact
    chi = (max(0, abs(b - c) - 1)) ** 2 / m
    mid = min(1.0, 2 * (stats.binom.cdf(k, m, 0.5) - 0.5 * stats.binom.pmf(k, m, 0.5)))
    pworse_exact = stats.binomtest(b, m, 0.5, alternative='greater').pvalue
    z = (b - c - 1) / math.sqrt(m)
    pworse_chi = stats.norm.sf(z)
    out = {'b': b, 'c': c, 'exact': exact, 'binomtest': bt, 'statistic': chi, 'chi2_p': stats.chi2.sf(chi, 1),
           'mid_p': mid, 'p_worse_exact': pworse_exact, 'p_worse_chi2': pworse_chi}
    try:
        from statsmodels.stats.contingency_tables import mcnemar
        out['statsmodels_exact'] = mcnemar([[0, b], [c, 0]], exact=True).pvalue
        out['statsmodels_chi2'] = mcnemar([[0, b], [c, 0]], exact=False, correction=True).pvalue
    except ImportError:
        pass
    return out


def noninf_ref(b, c, n, tol):
    d = (c - b) / n
    se = math.sqrt(b + c - (c - b) ** 2 / n) / n
    return {'b': b, 'c': c, 'n': n, 'tolerance': tol, 'delta': d, 'se': se, 'z': (d + tol) / se,
            'p': stats.norm.cdf((d + tol) / se)}


def wilson_ref(k, n, level):
    ci = stats.binomtest(k, n).proportion_ci(confidence_level=level, method='wilson')
    return {'k': k, 'n': n, 'level': level, 'z': stats.norm.ppf(1 - (1 - level) / 2), 'lo': ci.low, 'hi': ci.high}


def holm_ref(ps, alpha):
    m = len(ps)
    order = sorted(range(m), key=lambda i: (ps[i], i))
    adj = [None] * m
    rej = [False] * m
    running = 0.0
    go = True
    for rank, i in enumerate(order):
        running = max(running, min(1.0, (m - rank) * ps[i]))
        adj[i] = running
        if go and ps[i] <= alpha / (m - rank):
            rej[i] = True
        else:
            go = False
    return {'p': ps, 'alpha': alpha, 'adjusted': adj, 'rejected': rej}


def mwu_cases():
    rng = np.random.default_rng(7)
    out = []
    samples = [
        ([1.1, 2.3, 0.7, 4.5, 3.3], [5.1, 6.2, 4.9, 7.3, 5.5, 8.1]),
        (list(rng.normal(10, 1, 8)), list(rng.normal(10.8, 1, 9))),
        (list(rng.normal(1.0, 0.05, 12)), list(rng.normal(1.02, 0.05, 15))),
        (list(rng.lognormal(0, 0.2, 30)), list(rng.lognormal(0.1, 0.2, 25))),
        ([1, 2, 2, 3, 3, 3, 4], [2, 3, 4, 4, 5, 5]),  # ties → asymptotic
        ([100, 100, 100, 100], [100, 100, 100, 101, 102]),
        (list(rng.normal(0, 1, 60)), list(rng.normal(0.3, 1, 70))),
        ([0.5, 0.6, 0.55, 0.52], [0.7, 0.71, 0.69, 0.73]),
    ]
    for x, y in samples:
        x = [float(v) for v in x]
        y = [float(v) for v in y]
        case = {'x': x, 'y': y}
        for alt in ['two-sided', 'less', 'greater']:
            a = stats.mannwhitneyu(x, y, alternative=alt, method='asymptotic', use_continuity=True)
            case[f'asymptotic_{alt}'] = a.pvalue
            case['u1'] = float(a.statistic)
            ties = len(set(x + y)) < len(x + y)
            if not ties and len(x) <= 50 and len(y) <= 50:
                case[f'exact_{alt}'] = stats.mannwhitneyu(x, y, alternative=alt, method='exact').pvalue
        out.append(case)
    return out


def exact_u_counts(n1, n2):
    counts = [0] * (n1 * n2 + 1)
    for comb in itertools.combinations(range(n1 + n2), n1):
        # U of x = number of (x, y) pairs with x > y; ranks 0..N-1
        r = sum(comb) + n1  # 1-based rank sum
        counts[r - n1 * (n1 + 1) // 2] += 1
    return counts


def moses_ref(x, y, alpha):
    n1, n2 = len(x), len(y)
    counts = exact_u_counts(n1, n2)
    total = sum(counts)
    cdf, k = 0, 0
    while k < len(counts) and cdf + counts[k] <= alpha / 2 * total:
        cdf += counts[k]
        k += 1
    d = sorted(yj - xi for xi in x for yj in y)
    m = n1 * n2
    ci = [d[k - 1], d[m - k]] if k >= 1 else None
    return {'x': x, 'y': y, 'alpha': alpha, 'counts': counts, 'k': k, 'ci': ci,
            'estimate': float(np.median(d))}


# --- paired tests by metric shape (src/compare/stats/paired-mean.ts, delong.ts, delta-method.ts,
# binomial-sampler.ts) --------------------------------------------------------------------------
def paired_mean_ref(rng):
    n = 300
    b = rng.gamma(2.0, 0.2, n)
    c = b + rng.normal(0.01, 0.05, n)
    t = stats.ttest_rel(c, b)
    d = c - b
    return {'base': [float(x) for x in b], 'cand': [float(x) for x in c],
            'delta': float(d.mean()), 'se': float(d.mean() / t.statistic), 'statistic': float(t.statistic),
            'scipy_p_two_sided': float(t.pvalue)}


def delong_textbook(y, scores):
    """Textbook DeLong (1988): psi over every (positive, negative) pair, O(P*N)."""
    pos = scores[:, y == 1]
    neg = scores[:, y == 0]
    m = pos.shape[1]
    nn = neg.shape[1]
    psi = (pos[:, :, None] > neg[:, None, :]) + 0.5 * (pos[:, :, None] == neg[:, None, :])
    v10 = psi.mean(axis=2)  # models x P
    v01 = psi.mean(axis=1)  # models x N
    auc = v10.mean(axis=1)
    s10 = np.cov(v10)
    s01 = np.cov(v01)
    return auc, s10 / m + s01 / nn, v10, v01


def bootstrap_sd(rng, n, stat, B=2000):
    vals = []
    for _ in range(B):
        idx = rng.integers(0, n, n)
        v = stat(idx)
        if v is not None:
            vals.append(v)
    return float(np.std(vals, ddof=1))


def auc_of(y, s):
    pos = s[y == 1]
    neg = s[y == 0]
    if len(pos) == 0 or len(neg) == 0:
        return None
    return float(((pos[:, None] > neg[None, :]) + 0.5 * (pos[:, None] == neg[None, :])).mean())


def delong_binary_ref(rng):
    n = 200
    y = (rng.random(n) < 0.4).astype(int)
    sb = np.round(np.clip(0.5 * y + rng.normal(0.25, 0.25, n), 0, 1), 2)  # ties on purpose
    sc = np.round(np.clip(0.6 * y + rng.normal(0.2, 0.25, n), 0, 1), 2)
    auc, cov, _, _ = delong_textbook(y, np.vstack([sb, sc]))
    var = cov[0, 0] + cov[1, 1] - 2 * cov[0, 1]
    def stat(idx):
        a, b = auc_of(y[idx], sc[idx]), auc_of(y[idx], sb[idx])
        return None if a is None or b is None else a - b
    boot = bootstrap_sd(rng, n, stat)
    se = math.sqrt(var)
    assert abs(boot / se - 1) < 0.15, (boot, se)
    return {'y': [int(v) for v in y], 'base': [float(v) for v in sb], 'cand': [float(v) for v in sc],
            'auc_base': float(auc[0]), 'auc_cand': float(auc[1]), 'delta': float(auc[1] - auc[0]),
            'se': se, 'bootstrap_sd': boot}


def delong_multiclass_ref(rng):
    """One-vs-rest macro AUC: per class the DeLong components; the row influence
    phi_i = sum_c (1/k)(u_ci - delta_c)/sqrt(P_c(P_c-1)) (positives) or /sqrt(N_c(N_c-1)) (negatives)."""
    n, k = 150, 3
    y = rng.integers(0, k, n)
    def probs(strength):
        logits = rng.normal(0, 1, (n, k))
        logits[np.arange(n), y] += strength
        e = np.exp(logits)
        return np.round(e / e.sum(axis=1, keepdims=True), 3)
    pb, pc = probs(1.0), probs(1.4)
    phi = np.zeros(n)
    delta = 0.0
    for c in range(k):
        yc = (y == c).astype(int)
        auc, _, v10, v01 = delong_textbook(yc, np.vstack([pb[:, c], pc[:, c]]))
        d = auc[1] - auc[0]
        delta += d / k
        P, N = yc.sum(), n - yc.sum()
        u = np.zeros(n)
        u[yc == 1] = v10[1] - v10[0]
        u[yc == 0] = v01[1] - v01[0]
        phi += np.where(yc == 1, (u - d) / math.sqrt(P * (P - 1)), (u - d) / math.sqrt(N * (N - 1))) / k
    se = float(math.sqrt((phi ** 2).sum()))
    def macro(p, idx):
        vals = [auc_of((y[idx] == c).astype(int), p[idx, c]) for c in range(k)]
        return None if any(v is None for v in vals) else sum(vals) / k
    def stat(idx):
        a, b = macro(pc, idx), macro(pb, idx)
        return None if a is None or b is None else a - b
    boot = bootstrap_sd(rng, n, stat, 1000)
    assert abs(boot / se - 1) < 0.15, (boot, se)
    return {'k': k, 'y': [int(v) for v in y], 'base': [float(v) for v in pb.ravel()],
            'cand': [float(v) for v in pc.ravel()], 'delta': float(delta), 'se': se, 'bootstrap_sd': boot}


def delta_method_ref(rng):
    n = 400
    y = rng.normal(3, 2, n)
    pb = y + rng.normal(0, 1.0, n)
    pc = y + rng.normal(0.1, 1.1, n)
    eb, ec = (pb - y) ** 2, (pc - y) ** 2
    mb, mc = eb.mean(), ec.mean()
    psi = (ec - mc) / (2 * math.sqrt(mc)) - (eb - mb) / (2 * math.sqrt(mb))
    rmse_se = float(psi.std(ddof=1) / math.sqrt(n))
    t = (y - y.mean()) ** 2
    S = t.mean()
    D = (eb - ec).mean()
    psi2 = (eb - ec - D) / S - D * (t - S) / S ** 2
    r2_se = float(psi2.std(ddof=1) / math.sqrt(n))
    def r2(idx, e):
        yy = y[idx]
        return 1 - e[idx].sum() / ((yy - yy.mean()) ** 2).sum()
    boot_rmse = bootstrap_sd(rng, n, lambda idx: math.sqrt(ec[idx].mean()) - math.sqrt(eb[idx].mean()))
    boot_r2 = bootstrap_sd(rng, n, lambda idx: r2(idx, ec) - r2(idx, eb))
    assert abs(boot_rmse / rmse_se - 1) < 0.15 and abs(boot_r2 / r2_se - 1) < 0.15
    return {'y': [float(v) for v in y], 'base': [float(v) for v in pb], 'cand': [float(v) for v in pc],
            'rmse_delta': float(math.sqrt(mc) - math.sqrt(mb)), 'rmse_se': rmse_se,
            'r2_delta': float(D / S), 'r2_se': r2_se, 'bootstrap_sd_rmse': boot_rmse, 'bootstrap_sd_r2': boot_r2}


def binomial_bins(n, p, draws):
    """scipy.stats.binom pmf merged into bins of expected count >= 5 for a chi-square goodness of
    fit of `draws` variates, with the 0.9999 critical value of the chi-square for those bins."""
    pmf = stats.binom.pmf(np.arange(n + 1), n, p)
    bins, lo, acc = [], 0, 0.0
    for kk in range(n + 1):
        acc += pmf[kk]
        if acc * draws >= 5 and (1 - pmf[: kk + 1].sum()) * draws >= 5:
            bins.append([lo, kk, float(acc)])
            lo, acc = kk + 1, 0.0
    bins.append([lo, n, float(1 - sum(b[2] for b in bins))])
    return {'n': n, 'p': p, 'draws': draws, 'bins': bins,
            'critical': float(stats.chi2.ppf(0.9999, len(bins) - 1))}


def main():
    zs = [-38.0, -20.0, -8.5, -5.0, -3.0, -2.5, -1.959963984540054, -1.0, -0.3, 0.0, 0.2, 0.9, 1.5, 2.0,
          2.7, 3.5, 6.0, 9.0]
    ps = [1e-300, 1e-100, 1e-20, 1e-10, 1e-6, 0.001, 0.01, 0.02425, 0.025, 0.05, 0.1, 0.3, 0.5, 0.7, 0.95,
          0.975, 0.99, 0.999999, 1 - 1e-12]
    xs = [0.0, 1e-8, 0.1, 0.49, 0.5, 1.0, 1.5, 1.99, 2.0, 2.01, 3.0, 4.5, 6.0, 10.0, 26.0]
    ref = {
        'versions': {'scipy': scipy.__version__, 'numpy': np.__version__},
        'erfc': [[x, float(scipy.special.erfc(x))] for x in xs + [-0.5, -2.5]],
        'erf': [[x, float(scipy.special.erf(x))] for x in [0.0, 0.05, 0.3, 1.0, 1.9, 2.5, -0.7, -3.0]],
        'norm_cdf': [[z, float(stats.norm.cdf(z))] for z in zs],
        'norm_sf': [[z, float(stats.norm.sf(z))] for z in zs],
        'norm_ppf': [[p, float(stats.norm.ppf(p))] for p in ps],
        'chi2_sf_1': [[x, float(stats.chi2.sf(x, 1))] for x in [0.0, 0.001, 0.5, 1.0, 3.841458820694124, 6.6, 12.0, 50.0, 200.0]],
        'binom_pmf': [[k, n, p, float(stats.binom.pmf(k, n, p))] for (k, n, p) in [
            (0, 10, 0.5), (3, 10, 0.5), (10, 10, 0.5), (7, 24, 0.5), (12, 24, 0.5), (0, 1000, 0.5), (480, 1000, 0.5),
            (49_800, 100_000, 0.5), (3, 50, 0.02), (0, 50, 0.02), (50, 50, 0.98), (17, 40, 0.3), (2_000, 1_000_000, 0.001)]],
        'binom_cdf': [[k, n, p, float(stats.binom.cdf(k, n, p))] for (k, n, p) in [
            (0, 10, 0.5), (3, 10, 0.5), (9, 10, 0.5), (7, 24, 0.5), (12, 24, 0.5), (400, 1000, 0.5), (480, 1000, 0.5),
            (520, 1000, 0.5), (49_500, 100_000, 0.5), (3, 50, 0.02), (17, 40, 0.3), (30, 40, 0.3)]],
        'binom_sf': [[k, n, p, float(stats.binom.sf(k, n, p))] for (k, n, p) in [
            (3, 10, 0.5), (18, 24, 0.5), (600, 1000, 0.5), (17, 40, 0.3), (5, 40, 0.3)]],
        'mcnemar': [mcnemar_ref(b, c) for (b, c) in [(0, 1), (1, 0), (3, 4), (5, 0), (0, 12), (10, 14), (12, 12),
                                                     (20, 4), (13, 12), (30, 12), (100, 130), (270, 265), (378, 258)]],
        'noninferiority': [noninf_ref(*a) for a in [(270, 265, 3000, 0.005), (378, 258, 3000, 0.005),
                                                    (40, 10, 1000, 0.0), (40, 10, 1000, 0.02), (5, 9, 200, 0.01)]],
        'wilson': [wilson_ref(k, n, lv) for (k, n, lv) in [(0, 10, 0.95), (10, 10, 0.95), (7, 10, 0.95),
                                                            (2700, 3000, 0.95), (2700, 3000, 0.9), (1, 1, 0.99), (333, 1000, 0.95)]],
        'holm': [holm_ref([0.01, 0.04, 0.03, 0.005], 0.05), holm_ref([0.02, 0.2, 0.001], 0.05),
                 holm_ref([0.5, 0.01, 0.01, 0.04, 0.0125], 0.05), holm_ref([0.04], 0.05)],
        'mann_whitney': mwu_cases(),
        'moses': [moses_ref([1.0, 2.0, 4.0, 7.0, 11.0], [3.0, 5.0, 6.0, 9.0, 12.0, 15.0], 0.05),
                  moses_ref([10.2, 10.5, 9.8, 10.1], [11.0, 11.4, 10.9, 11.2], 0.05),
                  moses_ref([0.91, 1.02, 0.97, 1.05, 0.99, 1.01, 0.95], [1.1, 1.2, 1.05, 1.15, 1.08, 1.12, 1.18], 0.1)],
        'prng': prng_cases(),
    }
    rng = np.random.default_rng(3)
    qcases = []
    for n in [1, 2, 5, 10, 101]:
        v = [float(a) for a in rng.normal(0, 1, n)]
        qs = [0.0, 0.025, 0.1, 0.25, 0.5, 0.75, 0.9, 0.975, 1.0]
        qcases.append({'values': v, 'q': qs, 'expected': [float(np.quantile(v, q, method='linear')) for q in qs]})
    ref['quantile'] = qcases
    # Bootstrap p for a fixed Δ* sample (the formula, with numpy's percentile CI).
    d = [float(a) for a in rng.normal(-0.01, 0.008, 999)]
    ref['bootstrap'] = {
        'deltas': d,
        'ci95': [float(np.quantile(d, 0.025)), float(np.quantile(d, 0.975))],
        'p_higher_tol_0.005': (sum(1 for a in d if a >= -0.005) + 1) / (len(d) + 1),
        'p_lower_tol_0.005': (sum(1 for a in d if a <= 0.005) + 1) / (len(d) + 1),
    }
    prng = np.random.default_rng(11)
    ref['paired'] = {
        'mean': paired_mean_ref(prng),
        'delong_binary': delong_binary_ref(prng),
        'delong_multiclass': delong_multiclass_ref(prng),
        'delta_method': delta_method_ref(prng),
        'binomial': [binomial_bins(n, p, 20000) for n, p in
                     [(5, 0.3), (40, 0.1), (100, 0.4), (1000, 0.02), (1000, 0.5), (100000, 0.3), (2000000, 0.9)]],
    }
    with open(OUT, 'w') as f:
        json.dump(ref, f, indent=1)
        f.write('\n')


if __name__ == '__main__':
    main()
