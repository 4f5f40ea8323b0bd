"""Writes the training benchmark's synthetic data (bench/training-benchmark.sh): n rows of a weak
view w0..w{dw-1} and a strong view s0..s{ds-1} shaped like frozen embeddings of a classification
task, and a two-class label {neg,pos}. Deterministic: the same arguments write the same file.

  k = 32 latent Gaussian factors z; label weights a_j = 0.95^j (so the first 8 factors carry about
  58% of var(a.z)); class = pos if a.z + 0.3 |a| e > 0 (e standard normal), else neg.
  weak   = [z_1..z_8, u] M_w + noise   (u: 24 nuisance factors of the weak view's own)
  strong = [z_1..z_32, v] M_s + noise  (v: 32 nuisance factors of the strong view's own)
  M_w, M_s Gaussian with entries of sd 1/sqrt(factors), noise sd 0.5 per coordinate.

Usage: python3 make_training_data.py out.arff n d_weak d_strong [seed]   (seed default 1)
"""
import sys
import numpy as np

out, n, dw, ds = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
seed = int(sys.argv[5]) if len(sys.argv) > 5 else 1
K, K_WEAK, NUIS_W, NUIS_S, NOISE, LABEL_NOISE = 32, 8, 24, 32, 0.5, 0.3
rng = np.random.default_rng(seed)
a = 0.95 ** np.arange(K)
mw = rng.standard_normal((K_WEAK + NUIS_W, dw)) / np.sqrt(K_WEAK + NUIS_W)
ms = rng.standard_normal((K + NUIS_S, ds)) / np.sqrt(K + NUIS_S)
labels = np.array(["neg", "pos"])
row_fmt = ",".join(["%.5g"] * (dw + ds)) + ",%s\n"
with open(out, "w") as f:
    f.write("%% bench/make_training_data.py OUT %d %d %d %d\n@relation w2s-training-%dx%dx%d\n"
            % (n, dw, ds, seed, n, dw, ds))
    f.writelines("@attribute w%d numeric\n" % j for j in range(dw))
    f.writelines("@attribute s%d numeric\n" % j for j in range(ds))
    f.write("@attribute class {neg,pos}\n@data\n")
    block = 1000  # rows per block, so memory stays small at any n; the draws depend on n only
    for start in range(0, n, block):
        m = min(block, n - start)
        z = rng.standard_normal((m, K))
        y = labels[(z @ a + LABEL_NOISE * np.linalg.norm(a) * rng.standard_normal(m) > 0).astype(int)]
        weak = np.hstack([z[:, :K_WEAK], rng.standard_normal((m, NUIS_W))]) @ mw
        weak += NOISE * rng.standard_normal((m, dw))
        strong = np.hstack([z, rng.standard_normal((m, NUIS_S))]) @ ms
        strong += NOISE * rng.standard_normal((m, ds))
        x = np.hstack([weak, strong])
        f.writelines(row_fmt % (*x[i], y[i]) for i in range(m))
