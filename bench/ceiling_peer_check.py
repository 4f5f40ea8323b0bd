"""The ceiling against scikit-learn on the same split (issue 18, item 3): for each regression task and
seed, one random split (numpy, 30% test, then the pool: half of the rest, as W2SGExperiment's
protocol uses), written as two CSV files of the strong view and the target; the package's
RidgeProbe (its default: ridge by exact leave-one-out over its grid) is trained and tested on them
by Weka's own evaluation (`-t`, `-T`), and scikit-learn's RidgeCV (efficient leave-one-out over the
same grid, alpha = n * beta) on the same rows. Prints both test MSEs and their ratio per task (means
over the seeds).

Usage: /usr/bin/python3 bench/ceiling_peer_check.py [CACHE] [task ...]   (run from the repository
after `mvn package`; needs java on the PATH)
"""
import os
import re
import subprocess
import sys
import tempfile

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from regression_check import TASKS, read, ridge, mse  # noqa: E402  (the same reader and peer)

SEEDS = [1, 2, 3, 4, 5]
CLASSPATH = os.pathsep.join(["target/weakToStrong.jar", "lib/*", "target/weka/*"])


def write_csv(path, x, y):
    header = ",".join([f"s{j}" for j in range(x.shape[1])] + ["target"])
    np.savetxt(path, np.column_stack([x, y]), delimiter=",", header=header, comments="", fmt="%.17g")


def ridge_probe_mse(train, test):
    out = subprocess.run(["java", "-cp", CLASSPATH, "weka.classifiers.functions.RidgeProbe", "-t", train,
                          "-T", test, "-c", "last", "-o"], capture_output=True, text=True, check=True).stdout
    rmse = re.findall(r"Root mean squared error\s+([0-9.eE+-]+)", out)
    return float(rmse[-1]) ** 2  # the last block is the test set's


def main():
    cache = sys.argv[1] if len(sys.argv) > 1 else os.environ.get(
        "W2S_CACHE", os.path.join(os.environ.get("XDG_CACHE_HOME", os.path.expanduser("~/.cache")), "weakToStrong"))
    tasks = sys.argv[2:] or TASKS
    print("| task | seeds | pool rows | strong dim | RidgeProbe MSE | RidgeCV MSE | ratio |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    with tempfile.TemporaryDirectory() as tmp:
        for task in tasks:
            x, y, views = read(os.path.join(cache, "regression", task + ".arff.gz"))
            strong = x[:, views["strong"]]
            ours, peer = [], []
            for seed in SEEDS:
                order = np.random.RandomState(seed).permutation(len(y))
                n_test = int(round(0.3 * len(y)))
                test, rest = order[:n_test], order[n_test:]
                pool = rest[len(rest) // 2:]
                train_csv, test_csv = os.path.join(tmp, "train.csv"), os.path.join(tmp, "test.csv")
                write_csv(train_csv, strong[pool], y[pool])
                write_csv(test_csv, strong[test], y[test])
                ours.append(ridge_probe_mse(train_csv, test_csv))
                peer.append(mse(ridge(strong[pool], y[pool]), strong[test], y[test]))
            print(f"| {task} | {len(SEEDS)} | {len(pool)} | {strong.shape[1]} | {np.mean(ours):.4g} | "
                  f"{np.mean(peer):.4g} | {np.mean(ours) / np.mean(peer):.3f} |")


if __name__ == "__main__":
    main()
