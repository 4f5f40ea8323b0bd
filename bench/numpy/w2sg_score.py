"""The script a numpy user would write for W2SGAnalysis -weak 1-384 -strong 385-1408 (variance rule
rho = 0.9, soft shrinkage, beta = 0, m_w = n): load, two covariance eigendecompositions, the score
||P_s (I - P_w)||_op of W2SG-MATH.md section 4.
Usage: w2sg_score.py data.arff [d_w d_s]
       w2sg_score.py --raw rows.f64 n d d_w d_s   (n x d little-endian float64 rows; times compute only)"""
import sys
import time
import numpy as np

start = time.time()
if sys.argv[1] == "--raw":
    n, d, dw, ds = (int(a) for a in sys.argv[3:7])
    x = np.fromfile(sys.argv[2], dtype="<f8").reshape(n, d)
else:
    dw, ds = (int(a) for a in sys.argv[2:4]) if len(sys.argv) > 3 else (384, 1024)
    with open(sys.argv[1]) as f:
        header = next(i for i, line in enumerate(f) if line.lower().startswith("@data")) + 1
    x = np.loadtxt(sys.argv[1], delimiter=",", skiprows=header, usecols=range(dw + ds))
loaded = time.time()


def principal(h, rho=0.9):
    h = h - h.mean(0)
    n = len(h)
    lam, v = np.linalg.eigh(h.T @ h / n)
    lam, v = lam[::-1], v[:, ::-1]
    k = np.searchsorted(np.cumsum(lam) / lam.sum(), rho) + 1
    gamma = lam[k:].sum() / n
    return h @ v[:, :k] / np.sqrt(n * lam[:k]), lam[:k] / (lam[:k] + gamma)


uw, dw_ = principal(x[:, :dw])
us, ds_ = principal(x[:, dw:dw + ds])
c = us.T @ uw
m = np.diag(ds_) @ (np.eye(len(ds_)) - c @ np.diag(2 * dw_ - dw_ ** 2) @ c.T) @ np.diag(ds_)
print("numpy: score %.10f; load %.2f s, compute %.2f s" % (np.sqrt(np.linalg.eigvalsh(m).max()),
      loaded - start, time.time() - loaded))
