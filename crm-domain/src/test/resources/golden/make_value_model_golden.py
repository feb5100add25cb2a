#!/usr/bin/env python3
"""Golden values for the value-model tests, computed independently with scipy (docs/value-models.md §2).

Writes value_model_golden.csv beside this script: model,quantity,parameters,x,t_x,T,t,value.
Re-run with `python3 make_value_model_golden.py` after changing the cases below.
"""
import csv
import os
from scipy.special import hyp2f1

BG = (0.2425982, 4.4136842, 0.7929899, 2.4261667)      # BTYD walkthrough, CDNOW sample, weeks
MBG = (0.525, 6.183, 0.891, 1.614)                      # BTYDplus / lifetimes test, CDNOW sample, weeks
CASES = [(26, 30.85714, 31.0, 52.0), (2, 30.43, 38.86, 39.0), (0, 0.0, 38.86, 52.0), (1, 1.71, 38.86, 10.0)]


def bg_expected(p, x, tx, T, t):
    r, a_, a, b = p
    z = t / (a_ + T + t)
    head = (a + b + x - 1) / (a - 1) * (1 - ((a_ + T) / (a_ + T + t)) ** (r + x) * hyp2f1(r + x, b + x, a + b + x - 1, z))
    alive = 1.0 if x == 0 else 1 / (1 + a / (b + x - 1) * ((a_ + T) / (a_ + tx)) ** (r + x))
    return head * alive


def mbg_expected(p, x, tx, T, t):
    r, a_, a, b = p
    z = t / (a_ + T + t)
    head = (a + b + x) / (a - 1) * (1 - ((a_ + T) / (a_ + T + t)) ** (r + x) * hyp2f1(r + x, b + x + 1, a + b + x, z))
    alive = 1 / (1 + a / (b + x) * ((a_ + T) / (a_ + tx)) ** (r + x))
    return head * alive


def holdout_total(summary_csv):
    """Σ BG/NBD E[Y(39)] over lifetimes' rounded CDNOW summary: the predicted side of the holdout check."""
    with open(summary_csv) as f:
        return sum(bg_expected(BG, int(r["frequency"]), float(r["recency"]), float(r["T"]), 39.0)
                   for r in csv.DictReader(f))


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = os.path.join(here, "value_model_golden.csv")
    with open(out, "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["model", "quantity", "x", "t_x", "T", "t", "value"])
        for x, tx, T, t in CASES:
            w.writerow(["bgnbd", "expected_purchases", x, tx, T, t, repr(float(bg_expected(BG, x, tx, T, t)))])
            w.writerow(["mbgnbd", "expected_purchases", x, tx, T, t, repr(float(mbg_expected(MBG, x, tx, T, t)))])
        total = holdout_total(os.path.join(here, "..", "cdnow", "cdnow_customers_summary.csv"))
        w.writerow(["bgnbd", "holdout_total", "", "", "", 39.0, repr(float(total))])


if __name__ == "__main__":
    main()
