"""The script a numpy user would write for W2SGAnalysis -weak 1-384 -strong 385-1408 (variance rule
rho = 0.9, soft shrinkage, beta = 0, m_w = n): load, two covariance eigendecompositions, the score
||P_s (I - P_w)||_op of W2SG-MATH.md section 4. Usage: w2sg_score.py data.arff"""
import sys
import time
import numpy as np

start = time.time()
with open(sys.argv[1]) as f:
    header = next(i for i, line in enumerate(f) if line.lower().startswith("@data")) + 1
x = np.loadtxt(sys.argv[1], delimiter=",", skiprows=header, usecols=range(1408))
loaded = time.time()


def principal(h, rho=0.9):
    h = h - h.mean(0)
    n = len(h)
    lam, v = np.linalg.eigh(h.T @ h / n)
    lam, v = lam[::-1], v[:, ::-1]
    k = np.searchsorted(np.cumsum(lam) / lam.sum(), rho) + 1
    gamma = lam[k:].sum() / n
    return h @ v[:, :k] / np.sqrt(n * lam[:k]), lam[:k] / (lam[:k] + gamma)


uw, dw = principal(x[:, :384])
us, ds = principal(x[:, 384:])
c = us.T @ uw
m = np.diag(ds) @ (np.eye(len(ds)) - c @ np.diag(2 * dw - dw ** 2) @ c.T) @ np.diag(ds)
print("numpy: score %.10f; load %.2f s, compute %.2f s" % (np.sqrt(np.linalg.eigvalsh(m).max()),
      loaded - start, time.time() - loaded))
