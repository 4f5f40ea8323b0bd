"""An independent check (numpy and scikit-learn, not the package) that the regression tasks that
weka.w2s.encoders.bench.RegressionTasks builds pose a weak-to-strong problem.

For each task file <cache>/regression/<task>.arff.gz (read with scipy's ARFF reader; columns
<view>_j, the numeric target last) and each of 5 seeds: a random 30% test split, the rest halved at
random into weak slice and pool. Weak model: RidgeCV (leave-one-out) on the weak slice with one weak
candidate view; its predictions on the pool are the weak labels. Naive W2S: RidgeCV (leave-one-out,
so its alpha is chosen on the weak labels; no gold) on the pool's strong view fitted to the weak
labels. Ceiling: RidgeCV on the pool's strong view with the gold targets. Ridge grid: beta =
10^-6 .. 10^3 (10 values) times the mean column variance of the rows fitted, in the mean-form loss
as the package's; scikit-learn's alpha is in sum form, so alpha = n_rows * beta. Reported: test MSE
of weak, naive W2S and ceiling, means over the seeds, and PGR = (MSE_weak - MSE_w2s) /
(MSE_weak - MSE_ceiling), of the mean MSEs, and the mean of the seeds' PGRs; "n/a" where the
ceiling is not better than the weak model. "mean" is the test MSE of predicting the pool's mean.

Usage: /usr/bin/python3 bench/regression_check.py [CACHE] [task ...]   (default cache: $W2S_CACHE,
else ${XDG_CACHE_HOME:-~/.cache}/weakToStrong; default tasks: every file in <cache>/regression)
"""
import gzip
import io
import os
import sys
import warnings

import numpy as np
import sklearn
from scipy.io import arff
from sklearn.linear_model import RidgeCV
from sklearn.model_selection import train_test_split

SEEDS = [1, 2, 3, 4, 5]
TASKS = ["chembl2321810-pic50", "anes96-pid", "diabetes-progression", "auto-mpg"]


def read(path):
    with gzip.open(path, "rt", encoding="utf-8") as f:
        data, meta = arff.loadarff(io.StringIO(f.read()))
    names = list(meta.names())
    if names[-1] != "target" or meta.types()[-1] != "numeric":
        sys.exit(f"{path}: the last column must be the numeric 'target'")
    x = np.column_stack([data[n].astype(float) for n in names[:-1]])
    y = data[names[-1]].astype(float)
    if not (np.isfinite(x).all() and np.isfinite(y).all()):
        sys.exit(f"{path}: missing or infinite values")
    views = {}
    for j, n in enumerate(names[:-1]):
        views.setdefault(n.rsplit("_", 1)[0], []).append(j)
    return x, y, views


def ridge(x, y):
    betas = 10.0 ** np.linspace(-6, 3, 10) * x.var(0).mean()
    return RidgeCV(alphas=len(x) * betas).fit(x, y)  # cv=None: efficient leave-one-out


def mse(model, x, y):
    return float(np.mean((model.predict(x) - y) ** 2))


def pgr(weak, w2s, ceiling):
    return (weak - w2s) / (weak - ceiling) if weak > ceiling else float("nan")


def check(path):
    x, y, views = read(path)
    strong = x[:, views.pop("strong")]
    per = {c: {"weak": [], "w2s": [], "pgr": []} for c in views}
    ceilings, means = [], []
    for seed in SEEDS:
        train, test = train_test_split(np.arange(len(y)), test_size=0.3, random_state=seed)
        weak_slice, pool = train_test_split(train, test_size=0.5, random_state=seed)
        ceiling = mse(ridge(strong[pool], y[pool]), strong[test], y[test])
        ceilings.append(ceiling)
        means.append(float(np.mean((y[test] - y[pool].mean()) ** 2)))
        for c, cols in views.items():
            xw = x[:, cols]
            weak = ridge(xw[weak_slice], y[weak_slice])
            labels = weak.predict(xw[pool])
            w2s = mse(ridge(strong[pool], labels), strong[test], y[test])
            r = per[c]
            r["weak"].append(mse(weak, xw[test], y[test]))
            r["w2s"].append(w2s)
            r["pgr"].append(pgr(r["weak"][-1], w2s, ceiling))
    return len(y), strong.shape[1], {c: len(cols) for c, cols in views.items()}, per, np.mean(ceilings), np.mean(means)


def fmt(v):
    return "n/a" if np.isnan(v) else f"{v:.3f}"


def main(argv):
    cache = argv[0] if argv else os.environ.get("W2S_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "weakToStrong")
    tasks = argv[1:] or [t for t in TASKS if os.path.isfile(os.path.join(cache, "regression", t + ".arff.gz"))]
    if not tasks:
        sys.exit(f"regression_check: no task files in {cache}/regression; run bench/regression-tasks.sh first")
    warnings.filterwarnings("ignore")  # ill-conditioned solves at the smallest alphas
    print(f"scikit-learn {sklearn.__version__}, numpy {np.__version__}; seeds {SEEDS}; test 30%, weak slice and"
          " pool halves of the rest; test MSE, means over the seeds; PGR of the mean MSEs (PGR mean: the mean of"
          " the seeds' PGRs)\n")
    print("| task | rows | strong | mean MSE | ceiling MSE | candidate | dim | weak MSE | naive W2S MSE | PGR |"
          " PGR mean |")
    print("|---|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|")
    for task in tasks:
        n, d, dims, per, ceiling, mean = check(os.path.join(cache, "regression", task + ".arff.gz"))
        for c, r in per.items():
            weak, w2s = np.mean(r["weak"]), np.mean(r["w2s"])
            seeds_pgr = np.array(r["pgr"])
            pgr_mean = float(np.mean(seeds_pgr)) if np.isfinite(seeds_pgr).all() else float("nan")
            print(f"| {task} | {n} | {d} | {fmt(mean)} | {fmt(ceiling)} | {c} | {dims[c]} | {fmt(weak)} | {fmt(w2s)}"
                  f" | {fmt(pgr(weak, w2s, ceiling))} | {fmt(pgr_mean)} |")
            sys.stdout.flush()


if __name__ == "__main__":
    main(sys.argv[1:])
