"""The residual plot of the fitted models (PNG, matplotlib's Agg backend; optional package)."""

import numpy as np

from .deps import require


def residual_plot(path, models):
    """Observed vs predicted and residuals vs predicted (fit and leave-one-out), one row per model."""
    require("matplotlib")
    import matplotlib

    matplotlib.use("Agg", force=False)
    from matplotlib.figure import Figure

    fig = Figure(figsize=(9, 3.6 * len(models)), dpi=100)
    for i, m in enumerate(models):
        y = np.asarray(m.plots["y"], dtype=float)
        yhat = np.asarray(m.plots["yhat"], dtype=float)
        loo = np.asarray(m.plots["loo"], dtype=float)
        a = fig.add_subplot(len(models), 2, 2 * i + 1)
        a.scatter(yhat, y, s=14, label="fit")
        a.scatter(loo, y, s=10, marker="x", label="LOO")
        lim = [0, np.nanmax(np.concatenate([y, yhat, loo])) * 1.05]
        a.plot(lim, lim, color="grey", lw=0.8)
        a.set_xlabel("predicted (t C/ha)")
        a.set_ylabel("observed (t C/ha)")
        a.set_title("{0} {1} {2}: R²={3:.2f} rRMSE={4:.1f}%".format(m.object, m.pool, m.form, m.r2, m.rrmse_pct),
                    fontsize=9)
        a.legend(fontsize=7)
        b = fig.add_subplot(len(models), 2, 2 * i + 2)
        b.scatter(yhat, y - yhat, s=14)
        b.axhline(0, color="grey", lw=0.8)
        b.set_xlabel("predicted (t C/ha)")
        b.set_ylabel("residual (t C/ha)")
        b.set_title("LOO RMSE={0:.2f}, blocked CV RMSE={1:.2f}".format(m.loo_rmse, m.cv_rmse), fontsize=9)
    fig.tight_layout()
    fig.savefig(path, format="png")
