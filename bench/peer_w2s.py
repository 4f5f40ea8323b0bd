"""The scikit-learn peer of W2SGExperiment -modes naive -runs 1 (bench/training-benchmark.sh): what a
Python user writes. Stratified 30% test split, training part halved (stratified) into weak slice and
pool; weak model and ceiling are RidgeClassifierCV (leave-one-out); the student is Ridge on the pool's
strong columns fitted to the weak model's decision scores clipped to [-1, 1], its alpha chosen by
accuracy on the weak slice's gold labels. Ridge grid as the package's: beta = r * tr(S)/d, r = 1e-6 ..
1e3, in the mean-form loss; scikit-learn's alpha is in sum form, so alpha = n_rows * beta.
Usage: python3 peer_w2s.py data.arff[.gz] WEAK_REGEX STRONG_REGEX [seed]   (class last)"""
import gzip, json, re, sys, time
t0 = time.time()
import numpy as np, sklearn
from sklearn.linear_model import Ridge, RidgeClassifierCV
from sklearn.model_selection import train_test_split

path, weak_re, strong_re = sys.argv[1:4]
seed = int(sys.argv[4]) if len(sys.argv) > 4 else 1
names, skip = [], 0
with (gzip.open(path, "rt") if path.endswith(".gz") else open(path)) as f:  # dense ARFF header
    for skip, line in enumerate(f, 1):
        if line.lower().startswith("@attribute"):
            names.append(line.split(None, 2)[1].strip("'\""))
            classes = [c.strip(" '\"") for c in line.split(None, 2)[2].strip(" {}\n").split(",")]
        elif line.lower().startswith("@data"):
            break
x = np.loadtxt(path, delimiter=",", skiprows=skip, comments="%", encoding="utf-8",
               converters={len(names) - 1: lambda s: classes.index(s.strip("'\""))})
t_read = time.time()
y, cols = x[:, -1].astype(int), lambda rx: [j for j, n in enumerate(names[:-1]) if re.fullmatch(rx, n)]
xw, xs = x[:, cols(weak_re)], x[:, cols(strong_re)]
train, test = train_test_split(np.arange(len(y)), test_size=0.3, stratify=y, random_state=seed)
weak_slice, pool = train_test_split(train, test_size=0.5, stratify=y[train], random_state=seed)
alphas = lambda a: len(a) * 10.0 ** np.arange(-6, 4) * a.var(0).mean()   # sum-form alpha = n * beta
label = lambda s: (s > 0).astype(int) if s.ndim == 1 else s.argmax(1)
acc = lambda s, rows: float(np.mean(label(s) == y[rows]))
weak = RidgeClassifierCV(alphas=alphas(xw[weak_slice])).fit(xw[weak_slice], y[weak_slice])
ceiling = RidgeClassifierCV(alphas=alphas(xs[pool])).fit(xs[pool], y[pool])
soft = np.clip(weak.decision_function(xw[pool]), -1, 1)   # weak labels as soft +-1 targets
students = [Ridge(alpha=a).fit(xs[pool], soft) for a in alphas(xs[pool])]
student = max(students, key=lambda m: acc(m.predict(xs[weak_slice]), weak_slice))  # first best
print(json.dumps({"peer": "scikit-learn " + sklearn.__version__, "rows": len(y), "train": len(train),
    "test": len(test), "weak_attributes": xw.shape[1], "strong_attributes": xs.shape[1],
    "weak_accuracy": acc(weak.decision_function(xw[test]), test),
    "ceiling_accuracy": acc(ceiling.decision_function(xs[test]), test),
    "naive_accuracy": acc(student.predict(xs[test]), test),
    "weak_ridge": weak.alpha_ / len(weak_slice), "ceiling_ridge": ceiling.alpha_ / len(pool),
    "naive_ridge": student.alpha / len(pool), "read_s": round(t_read - t0, 3),
    "total_s": round(time.time() - t0, 3)}))
