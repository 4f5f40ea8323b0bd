"""Molecular views of the regression task chembl2321810-pic50 (bench/regression-tasks.sh), with RDKit.

Input: RDKit's Free-Wilson example as bench/fetch-tasks.sh unpacks it from Debian's rdkit-data
202209.3-1 into <cache>/tabular/rdkit-data: CHEMBL2321810.smi (1017 lines "SMILES name") and
CHEMBL2321810_act.csv ("Name,Act": the pIC50 of each molecule, ChEMBL assay CHEMBL2321810).
Output: <cache>/molecules/chembl2321810-pic50.csv.gz, one row per molecule in the .smi file's order,
the raw (unscaled) columns of every view and the pIC50 last, named target; and
<cache>/molecules/chembl2321810-pic50.complete, which names the RDKit that computed them.
weka.w2s.encoders.bench.RegressionTasks reads the CSV with Weka's CSVLoader and finishes the views
(drops constant columns, standardizes desc12). Views:
  desc12    12 whole-molecule descriptors: MolWt, MolLogP, TPSA, NumHDonors, NumHAcceptors,
            NumRotatableBonds, RingCount, NumAromaticRings, HeavyAtomCount, FractionCSP3,
            NumHeteroatoms, MolMR (rdkit.Chem.Descriptors)
  maccs     the 167 MACCS keys (bits; key 0 is always 0)
  atompair  atom-pair counts hashed to 128 (rdMolDescriptors.GetHashedAtomPairFingerprint)
  morgan1   Morgan (ECFP-like) counts of radius 1 hashed to 64 (GetHashedMorganFingerprint)
  strong    Morgan counts of radius 3 hashed to 2048
Deterministic: the same RDKit writes the same bytes (gzip without a time stamp or file name).
Needs python3-rdkit (Debian; bench/regression-tasks.sh installs it). Usage: molecule_views.py CACHE
"""
import csv
import gzip
import io
import os
import subprocess
import sys

from rdkit import Chem, RDLogger, rdBase
from rdkit.Chem import Descriptors, MACCSkeys, rdMolDescriptors

TASK = "chembl2321810-pic50"
DESC12 = ["MolWt", "MolLogP", "TPSA", "NumHDonors", "NumHAcceptors", "NumRotatableBonds", "RingCount",
          "NumAromaticRings", "HeavyAtomCount", "FractionCSP3", "NumHeteroatoms", "MolMR"]


def counts(fp, n):
    out = [0] * n
    for k, v in fp.GetNonzeroElements().items():
        out[k] += v
    return out


def views(mol):
    """The views of one molecule, in column order: name -> list of numbers."""
    return {
        "desc12": [getattr(Descriptors, d)(mol) for d in DESC12],
        "maccs": list(MACCSkeys.GenMACCSKeys(mol)),
        "atompair": counts(rdMolDescriptors.GetHashedAtomPairFingerprint(mol, nBits=128), 128),
        "morgan1": counts(rdMolDescriptors.GetHashedMorganFingerprint(mol, 1, nBits=64), 64),
        "strong": counts(rdMolDescriptors.GetHashedMorganFingerprint(mol, 3, nBits=2048), 2048),
    }


def number(v):
    return str(v) if isinstance(v, int) else "%.10g" % v


def debian_version(pkg):
    try:
        return subprocess.run(["dpkg-query", "-W", "-f=${Version}", pkg], capture_output=True, text=True,
                              check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return ""


def main(cache):
    RDLogger.DisableLog("rdApp.*")
    raw = os.path.join(cache, "tabular", "rdkit-data")
    if not os.path.isfile(os.path.join(raw, ".complete")):
        sys.exit(f"molecule_views: {raw} is missing; run bench/fetch-tasks.sh first.")
    with open(os.path.join(raw, "CHEMBL2321810_act.csv"), newline="") as f:
        rows = list(csv.reader(f))
    if rows[0] != ["Name", "Act"]:
        sys.exit(f"molecule_views: unexpected header {rows[0]} of CHEMBL2321810_act.csv")
    activity = {name: float(act) for name, act in rows[1:]}
    out = io.StringIO()
    header = None
    n = 0
    with open(os.path.join(raw, "CHEMBL2321810.smi")) as f:
        for line in f:
            if not line.strip():
                continue
            smiles, name = line.split()
            mol = Chem.MolFromSmiles(smiles)
            if mol is None:
                sys.exit(f"molecule_views: RDKit cannot read {name} {smiles}")
            if name not in activity:
                sys.exit(f"molecule_views: no activity for {name}")
            v = views(mol)
            if header is None:
                header = [f"{view}_{j}" for view, values in v.items() for j in range(len(values))] + ["target"]
                out.write(",".join(header) + "\n")
            out.write(",".join(number(x) for values in v.values() for x in values) + "," + number(activity[name])
                      + "\n")
            n += 1
    if n != len(activity):
        sys.exit(f"molecule_views: {n} molecules but {len(activity)} activities")
    target = os.path.join(cache, "molecules")
    os.makedirs(target, exist_ok=True)
    path = os.path.join(target, TASK + ".csv.gz")
    with open(path + ".tmp", "wb") as raw_out:
        with gzip.GzipFile(filename="", mode="wb", fileobj=raw_out, mtime=0) as gz:
            gz.write(out.getvalue().encode("utf-8"))
    os.replace(path + ".tmp", path)
    deb = debian_version("python3-rdkit")
    with open(os.path.join(target, TASK + ".complete"), "w") as f:
        f.write(f"RDKit {rdBase.rdkitVersion}" + (f" (Debian python3-rdkit {deb})" if deb else "") + "\n")
    print(f"molecule_views: {n} molecules, {len(header) - 1} columns -> {path}", file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("Usage: molecule_views.py CACHE")
    main(sys.argv[1])
