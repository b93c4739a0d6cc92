"""Small statistical building blocks (no SciPy: QGIS does not ship it everywhere).

Student's t quantiles for confidence half-widths (Hubei spec ch. 9; CDM
AR-TOOL14 uses the two-sided t value at 90 %, IPCC 2006 GL vol. 1 ch. 3 at 95 %).
"""

import math


def _betacf(a, b, x, max_iter=300, eps=3e-16):
    """Continued fraction of the incomplete beta function (modified Lentz)."""
    tiny = 1e-300
    qab, qap, qam = a + b, a + 1.0, a - 1.0
    c, d = 1.0, 1.0 - qab * x / qap
    d = 1.0 / (d if abs(d) > tiny else tiny)
    h = d
    for m in range(1, max_iter + 1):
        m2 = 2 * m
        aa = m * (b - m) * x / ((qam + m2) * (a + m2))
        d = 1.0 + aa * d
        d = 1.0 / (d if abs(d) > tiny else tiny)
        c = 1.0 + aa / c
        c = c if abs(c) > tiny else tiny
        h *= d * c
        aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2))
        d = 1.0 + aa * d
        d = 1.0 / (d if abs(d) > tiny else tiny)
        c = 1.0 + aa / c
        c = c if abs(c) > tiny else tiny
        delta = d * c
        h *= delta
        if abs(delta - 1.0) < eps:
            break
    return h


def regularized_incomplete_beta(a, b, x):
    """I_x(a, b) for a, b > 0 and 0 <= x <= 1."""
    if x <= 0.0:
        return 0.0
    if x >= 1.0:
        return 1.0
    log_front = math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b) + a * math.log(x) + b * math.log1p(-x)
    if x < (a + 1.0) / (a + b + 2.0):
        return math.exp(log_front) * _betacf(a, b, x) / a
    return 1.0 - math.exp(log_front) * _betacf(b, a, 1.0 - x) / b


def t_cdf(t, df):
    """Cumulative distribution function of Student's t with ``df`` degrees of freedom."""
    if df <= 0:
        raise ValueError("degrees of freedom must be positive")
    tail = 0.5 * regularized_incomplete_beta(df / 2.0, 0.5, df / (df + t * t))
    return 1.0 - tail if t >= 0 else tail


def t_quantile(p, df):
    """The ``p`` quantile of Student's t (e.g. p = 0.95 for a two-sided 90 % interval)."""
    if not 0.0 < p < 1.0:
        raise ValueError("p must lie strictly between 0 and 1")
    if p < 0.5:
        return -t_quantile(1.0 - p, df)
    if p == 0.5:
        return 0.0
    lo, hi = 0.0, 1.0
    while t_cdf(hi, df) < p:
        hi *= 2.0
        if hi > 1e12:
            return math.inf
    for _ in range(200):
        mid = 0.5 * (lo + hi)
        if t_cdf(mid, df) < p:
            lo = mid
        else:
            hi = mid
        if hi - lo < 1e-12 * max(1.0, hi):
            break
    return 0.5 * (lo + hi)


def t_two_sided(confidence_pct, df):
    """Two-sided t value for a confidence level in percent (90 → t_0.95)."""
    if not 0.0 < confidence_pct < 100.0:
        raise ValueError("confidence must lie strictly between 0 and 100 percent")
    return t_quantile(1.0 - (1.0 - confidence_pct / 100.0) / 2.0, df)


def normal_quantile(p):
    """Standard normal quantile (the t limit for infinite degrees of freedom)."""
    if not 0.0 < p < 1.0:
        raise ValueError("p must lie strictly between 0 and 1")
    lo, hi = -40.0, 40.0
    for _ in range(200):
        mid = 0.5 * (lo + hi)
        if 0.5 * math.erfc(-mid / math.sqrt(2.0)) < p:
            lo = mid
        else:
            hi = mid
    return 0.5 * (lo + hi)


def smallest_integer(satisfied, start, limit=10 ** 7):
    """The smallest n ≥ ``start`` with ``satisfied(n)``, for a rule that, once met, stays met.

    The sample-size rules of CDM AR-TOOL03 (n ≥ (t(df) · s / E)²) are of that kind: t falls
    as n grows. Doubling, then bisection. ``None`` when no n up to ``limit`` meets the rule.
    """
    high = max(int(start), 1)
    while not satisfied(high):
        high *= 2
        if high > limit:
            return None
    low = max(int(start), high // 2)
    while low < high:
        middle = (low + high) // 2
        if satisfied(middle):
            high = middle
        else:
            low = middle + 1
    return low
