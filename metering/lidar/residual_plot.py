"""The residual plot of the fitted models (PNG, matplotlib's Agg backend; optional package)."""

import numpy as np

from .deps import require

#: The figure's words (English); lidar_model passes them translated.
WORDS = {"fit": "fit", "loo": "LOO", "predicted": "predicted (t C/ha)", "observed": "observed (t C/ha)",
         "residual": "residual (t C/ha)", "blocked_cv": "blocked CV RMSE"}


def residual_plot(path, models, words=None, names=None):
    """Observed vs predicted and residuals vs predicted (fit and leave-one-out), one row per model.

    ``words``: WORDS in the report's language; ``names``: a function giving an object, pool or form id
    in words (the title names the model's object and pool). Text in a CJK font (metering/figures.py).
    """
    require("matplotlib")
    import matplotlib

    from ..figures import font_rc

    matplotlib.use("Agg", force=False)
    words = dict(WORDS, **(words or {}))
    names = names or (lambda code: code)
    with matplotlib.rc_context(font_rc()):
        _plot(path, models, words, names)


def _plot(path, models, words, names):
    from matplotlib.figure import Figure

    fig = Figure(figsize=(9, 3.6 * len(models)), dpi=100)
    for i, m in enumerate(models):
        y = np.asarray(m.plots["y"], dtype=float)
        yhat = np.asarray(m.plots["yhat"], dtype=float)
        loo = np.asarray(m.plots["loo"], dtype=float)
        a = fig.add_subplot(len(models), 2, 2 * i + 1)
        a.scatter(yhat, y, s=14, label=words["fit"])
        a.scatter(loo, y, s=10, marker="x", label=words["loo"])
        lim = [0, np.nanmax(np.concatenate([y, yhat, loo])) * 1.05]
        a.plot(lim, lim, color="grey", lw=0.8)
        a.set_xlabel(words["predicted"])
        a.set_ylabel(words["observed"])
        a.set_title("{0} {1} {2}: R²={3:.2f} rRMSE={4:.1f}%".format(
            names(m.object), names(m.pool), names(m.form), m.r2, m.rrmse_pct), fontsize=9)
        a.legend(fontsize=7)
        b = fig.add_subplot(len(models), 2, 2 * i + 2)
        b.scatter(yhat, y - yhat, s=14)
        b.axhline(0, color="grey", lw=0.8)
        b.set_xlabel(words["predicted"])
        b.set_ylabel(words["residual"])
        b.set_title("LOO RMSE={0:.2f}, {1}={2:.2f}".format(m.loo_rmse, words["blocked_cv"], m.cv_rmse), fontsize=9)
    fig.tight_layout()
    fig.savefig(path, format="png")
