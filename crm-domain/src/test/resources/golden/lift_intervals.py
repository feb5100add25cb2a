"""Golden values for LiftInterval: Wilson score intervals and Newcombe's hybrid score interval (method 10 of
Newcombe 1998, Statistics in Medicine 17:873-890) for a difference of two proportions, 95 %.
Run: python3 lift_intervals.py  (prints the rows used in LiftIntervalTest)."""
from math import sqrt
from scipy.stats import norm

z = norm.ppf(0.975)

def wilson(x, n):
    p = x / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z / (1 + z * z / n) * sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return centre - half, centre + half

def newcombe(x1, n1, x2, n2):
    p1, p2 = x1 / n1, x2 / n2
    l1, u1 = wilson(x1, n1)
    l2, u2 = wilson(x2, n2)
    d = p1 - p2
    return d - sqrt((p1 - l1) ** 2 + (u2 - p2) ** 2), d + sqrt((u1 - p1) ** 2 + (p2 - l2) ** 2)

print("z", repr(z))
for x, n in [(81, 263), (15, 148), (0, 20), (1, 29), (56, 70)]:
    print("wilson", x, n, "%.10f %.10f" % wilson(x, n))
for x1, n1, x2, n2 in [(56, 70, 48, 80), (9, 10, 3, 10), (6, 7, 2, 7), (5, 56, 0, 29), (120, 9000, 8, 1000)]:
    print("newcombe", x1, n1, x2, n2, "%.10f %.10f" % newcombe(x1, n1, x2, n2))
# CampaignResultsTest: conversions 6 of 10 contacted against 2 of 10 held out.
print("newcombe", 6, 10, 2, 10, "%.10f %.10f" % newcombe(6, 10, 2, 10))
