"""Writes the comparison's data: n rows of a 384-column weak and a 1024-column strong representation
driven by 12 latent factors plus noise, and a two-class label (seed 1). Usage: make_data.py out.arff"""
import sys
import numpy as np

rng = np.random.default_rng(1)
n, dw, ds, k = 10000, 384, 1024, 12
z = rng.standard_normal((n, k))
weak = z @ rng.standard_normal((k, dw)) + 0.5 * rng.standard_normal((n, dw))
strong = z @ rng.standard_normal((k, ds)) + 0.5 * rng.standard_normal((n, ds))
label = np.where(z[:, 0] + 0.3 * rng.standard_normal(n) > 0, "pos", "neg")
with open(sys.argv[1], "w") as f:
    f.write("@relation w2sg-compare\n")
    f.writelines("@attribute w%d numeric\n" % j for j in range(dw))
    f.writelines("@attribute s%d numeric\n" % j for j in range(ds))
    f.write("@attribute class {neg,pos}\n@data\n")
    rows = np.hstack([weak, strong])
    for i in range(n):
        f.write(",".join("%.6g" % v for v in rows[i]) + "," + label[i] + "\n")
