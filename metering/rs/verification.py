"""Ground verification of remote-sensing estimates (DB4403/T 348 地面核查; methods.md §6).

Pairs of a remote-sensing value sampled at a plot and the plot's ground value (both in the same
unit, e.g. g C/m²/a) give the agreement statistics:

    bias  = mean(RS − ground)              MAE  = mean |RS − ground|
    RMSE  = sqrt(mean (RS − ground)²)      rRMSE = RMSE / mean(ground) × 100 %
    R²    = squared Pearson correlation = R² of the least-squares line RS = slope × ground + intercept

A plot is an outlier when its standardised residual |e − mean(e)| / sd(e) exceeds ``outlier_z``.
The verification passes when rRMSE ≤ ``threshold_pct``.
"""

import math
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from ..errors import MeteringError, Note

PLOT_COLUMNS = ("plot_id", "rs_value", "ground_value", "residual", "z_residual", "outlier", "pixels")


@dataclass
class Verification:
    statistics: dict
    plots: pd.DataFrame
    notes: list = field(default_factory=list)

    def statistics_frame(self):
        """statistic, value (number; passed as 1/0) and text (the unit, pass/fail) per row."""
        rows = []
        for k, v in self.statistics.items():
            if k == "unit":
                rows.append({"statistic": k, "value": float("nan"), "text": str(v)})
            elif k == "passed":
                rows.append({"statistic": k, "value": float(bool(v)), "text": "pass" if v else "fail"})
            else:
                rows.append({"statistic": k, "value": float(v), "text": ""})
        return pd.DataFrame(rows, columns=["statistic", "value", "text"])


def verify(plot_ids, rs_values, ground_values, threshold_pct=20.0, outlier_z=2.0, unit="", pixels=None):
    """Agreement of ``rs_values`` with ``ground_values`` (arrays of one value per plot).

    Plots without a remote-sensing value (outside the raster, nodata) or a ground value are kept
    in the plot table with empty residuals and left out of the statistics (a note names them).
    Fewer than 3 complete pairs stop: no regression line can be judged on them.
    """
    ids = [str(i) for i in plot_ids]
    rs = np.asarray(rs_values, dtype=float)
    gr = np.asarray(ground_values, dtype=float)
    ok = np.isfinite(rs) & np.isfinite(gr)
    notes = []
    skipped = [i for i, good in zip(ids, ok) if not good]
    if skipped:
        notes.append(Note.warning("rs_verification_skipped", plots=skipped, n=len(skipped)))
    n = int(ok.sum())
    if n < 3:
        raise MeteringError("rs_verification_too_few", n=n, needed=3)
    x, y = gr[ok], rs[ok]
    e = y - x
    mean_g = float(x.mean())
    rmse = float(math.sqrt(np.mean(e * e)))
    sx = float(x.std())
    sy = float(y.std())
    if sx > 0 and sy > 0:
        r = float(np.corrcoef(x, y)[0, 1])
        slope = float(np.sum((x - x.mean()) * (y - y.mean())) / np.sum((x - x.mean()) ** 2))
        intercept = float(y.mean() - slope * x.mean())
    else:
        r, slope, intercept = float("nan"), float("nan"), float("nan")
        notes.append(Note.warning("rs_verification_constant", n=n))
    rrmse = rmse / mean_g * 100.0 if mean_g != 0 else float("nan")
    sd_e = float(e.std(ddof=1)) if n > 1 else 0.0
    z = np.full(len(ids), np.nan)
    z[ok] = (e - e.mean()) / sd_e if sd_e > 0 else 0.0
    outlier = np.zeros(len(ids), dtype=bool)
    outlier[ok] = np.abs(z[ok]) > outlier_z
    residual = np.full(len(ids), np.nan)
    residual[ok] = e
    stats = {
        "n": n,
        "unit": unit,
        "mean_ground": mean_g,
        "mean_rs": float(y.mean()),
        "bias": float(e.mean()),
        "rmse": rmse,
        "rrmse_pct": rrmse,
        "mae": float(np.mean(np.abs(e))),
        "r2": r * r if math.isfinite(r) else float("nan"),
        "slope": slope,
        "intercept": intercept,
        "outliers": int(outlier.sum()),
        "threshold_pct": float(threshold_pct),
        "passed": bool(math.isfinite(rrmse) and rrmse <= threshold_pct),
    }
    plots = pd.DataFrame({
        "plot_id": ids, "rs_value": rs, "ground_value": gr, "residual": residual,
        "z_residual": z, "outlier": outlier.astype(int),
        "pixels": np.asarray(pixels if pixels is not None else np.where(np.isfinite(rs), 1, 0), dtype=int),
    })
    if outlier.any():
        notes.append(Note.warning("rs_verification_outliers", plots=[i for i, o in zip(ids, outlier) if o],
                                  z=outlier_z))
    notes.append(Note.info("rs_verification_result", n=n, rrmse=round(rrmse, 2), threshold=threshold_pct,
                           verdict="pass" if stats["passed"] else "fail"))
    return Verification(stats, plots, notes)


def scatter_png(path, result, title="", rs_label="remote sensing", ground_label="ground", words=None):
    """A scatter plot of the pairs with the 1:1 line, the regression line and the outliers marked.

    Needs matplotlib (Debian python3-matplotlib); raises ``missing_package`` without it. Writes
    ``path`` (PNG); the caller wraps it in atomic_output. ``words``: the legend's "plots" and
    "outliers" in the report's language; the text is set in a CJK font (metering/figures.py).
    """
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.figure  # noqa: F401 (fails here, not in _scatter, without matplotlib)
    except ImportError:
        raise MeteringError("missing_package", package="matplotlib",
                            how="sudo apt-get install python3-matplotlib") from None
    from ..figures import font_rc

    with matplotlib.rc_context(font_rc()):
        _scatter(path, result, title, rs_label, ground_label, dict({"plots": "plots", "outliers": "outliers"},
                                                                   **(words or {})))


def _scatter(path, result, title, rs_label, ground_label, words):
    from matplotlib.figure import Figure

    p = result.plots
    ok = np.isfinite(p["residual"].to_numpy())
    x = p["ground_value"].to_numpy()[ok]
    y = p["rs_value"].to_numpy()[ok]
    out = p["outlier"].to_numpy()[ok].astype(bool)
    s = result.statistics
    fig = Figure(figsize=(5.5, 5.0), dpi=100)
    ax = fig.add_subplot(1, 1, 1)
    ax.scatter(x[~out], y[~out], s=18, color="#2b7a3d", label=words["plots"])
    if out.any():
        ax.scatter(x[out], y[out], s=30, color="#c0392b", marker="x", label=words["outliers"])
    lo = float(min(x.min(), y.min()))
    hi = float(max(x.max(), y.max()))
    ax.plot([lo, hi], [lo, hi], color="#777777", lw=1, ls="--", label="1:1")
    if math.isfinite(s["slope"]):
        ax.plot([lo, hi], [s["intercept"] + s["slope"] * lo, s["intercept"] + s["slope"] * hi], color="#1f4e9c",
                lw=1.2, label="y = {0:.3f} x + {1:.1f}".format(s["slope"], s["intercept"]))
    unit = " ({0})".format(s["unit"]) if s.get("unit") else ""
    ax.set_xlabel(ground_label + unit)
    ax.set_ylabel(rs_label + unit)
    ax.set_title(title or "n = {0}, R² = {1:.3f}, RMSE = {2:.1f}, rRMSE = {3:.1f} %".format(
        s["n"], s["r2"], s["rmse"], s["rrmse_pct"]), fontsize=9)
    ax.legend(fontsize=8, loc="upper left")
    fig.tight_layout()
    fig.savefig(path, format="png")
