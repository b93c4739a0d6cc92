"""Applying a plot–LiDAR model: density per cell and per parcel, and the model-assisted stratum mean.

Per cell: ŷ and its prediction SE (``FittedModel.predict``), and a flag where a predictor lies outside
the calibration plots' range (those cells are predicted, flagged, and counted in every summary —
never silently extrapolated).

Per parcel (the cells whose centres fall in it, N of them): the mean of the cell predictions; its SE
combines the model-coefficient error, shared by all cells (gᵀ V g with g the mean gradient of ŷ with
respect to the coefficients: the mean design row for linear forms, mean(ŷ·design row) for the power
form), and the residual error of independent cells (mean residual variance / N).

Model-assisted (regression / GREG) estimate of a stratum's mean density (methods §9; Särndal et al.
1992 ch. 6) from the n calibration plots s with observations y and predictions ŷ and the N cells U of
the stratum: ȳ_GREG = mean_U(ŷ) + mean_s(y − ŷ); SE = s_e / √n with s_e² = Σ(e − ē)² / (n − 1),
e = y − ŷ (no finite-population correction: N ≫ n). The plots-only estimate beside it is ȳ_s with
SE = s_y / √n. Half-widths are t(df = n − 1) × SE at the chosen confidence; U % = half-width / mean.
"""

import math

import numpy as np
import pandas as pd

from .. import density as density_core
from .. import vocabulary
from ..errors import MeteringError, Note
from ..statistics import t_two_sided
from .options import ModelForm

#: Source value of the density rows this module writes.
SOURCE_LIDAR = "lidar_greg"


def predictor_matrix(model, arrays, name="METRICS"):
    """The predictor columns (cells × k) of ``model`` from metric arrays name → 2-D array."""
    missing = [p for p in model.predictors if p not in arrays]
    if missing:
        raise MeteringError("metrics_missing", raster=name, metrics=missing, available=sorted(arrays))
    return np.column_stack([np.asarray(arrays[p], dtype=float).ravel() for p in model.predictors])


def predict_cells(model, x):
    """(ŷ, SE, out_of_range) per row of ``x``; rows with a missing predictor give NaN and no flag."""
    valid = np.all(np.isfinite(x), axis=1)
    yhat = np.full(x.shape[0], np.nan)
    se = np.full(x.shape[0], np.nan)
    if valid.any():
        yhat[valid], se[valid], _ = model.predict(x[valid])
    flag = np.zeros(x.shape[0], dtype=bool)
    flag[valid] = model.out_of_range(x[valid])
    return yhat, se, flag


def parcel_means(model, x, parcel_index, n_parcels):
    """Per parcel: n_cells, mean ŷ, SE, share of flagged cells (DataFrame indexed 0 … n_parcels − 1)."""
    yhat, _, flag = predict_cells(model, x)
    ok = (parcel_index >= 0) & np.isfinite(yhat)
    idx = parcel_index[ok]
    design = model.design(x[ok])
    cells = np.bincount(idx, minlength=n_parcels).astype(float)
    with np.errstate(invalid="ignore", divide="ignore"):
        mean = np.bincount(idx, weights=yhat[ok], minlength=n_parcels) / cells
        if model.form == ModelForm.POWER.value:
            grad = design * yhat[ok][:, None]
            resid_var = yhat[ok] ** 2 * math.expm1(model.sigma2)
        else:
            grad = design
            resid_var = np.full(idx.size, model.sigma2)
        g = np.column_stack([np.bincount(idx, weights=grad[:, j], minlength=n_parcels) for j in range(grad.shape[1])])
        g = g / cells[:, None]
        cov = np.asarray(model.cov, dtype=float)
        fit_var = np.einsum("ij,jk,ik->i", g, cov, g)
        mean_resid = np.bincount(idx, weights=resid_var, minlength=n_parcels) / cells
        se = np.sqrt(fit_var + mean_resid / cells)
        flagged = np.bincount(idx, weights=flag[ok], minlength=n_parcels) / cells * 100.0
    empty = cells == 0
    mean[empty] = np.nan
    se[empty] = np.nan
    flagged[empty] = np.nan
    return pd.DataFrame({"n_cells": cells.astype(np.int64), "density": mean, "se": se, "out_of_range_pct": flagged})


def _interval(mean, se, n, confidence):
    if n < 2 or not np.isfinite(se):
        return math.nan, math.nan
    half = t_two_sided(confidence, n - 1) * se
    return half, (half / mean * 100.0 if mean else math.nan)


def greg_estimate(y, yhat_plots, yhat_population, confidence=90.0):
    """The model-assisted and the plots-only estimate of a stratum mean (dicts of mean, se, half_width, u_pct …)."""
    y = np.asarray(y, dtype=float)
    yhat_plots = np.asarray(yhat_plots, dtype=float)
    pop = np.asarray(yhat_population, dtype=float)
    pop = pop[np.isfinite(pop)]
    n = int(y.size)
    if n < 2:
        raise MeteringError("too_few_plots_for_estimate", n=n)
    if pop.size == 0:
        raise MeteringError("no_cells_in_stratum")
    e = y - yhat_plots
    greg_mean = float(pop.mean() + e.mean())
    s_e = float(e.std(ddof=1))
    greg_se = s_e / math.sqrt(n)
    plots_mean = float(y.mean())
    s_y = float(y.std(ddof=1))
    plots_se = s_y / math.sqrt(n)
    gh, gu = _interval(greg_mean, greg_se, n, confidence)
    ph, pu = _interval(plots_mean, plots_se, n, confidence)
    return {
        "n_plots": n, "n_cells": int(pop.size),
        "plots_mean": plots_mean, "plots_sd": s_y, "plots_se": plots_se, "plots_half_width": ph, "plots_u_pct": pu,
        "synthetic_mean": float(pop.mean()), "residual_mean": float(e.mean()), "residual_sd": s_e,
        "greg_mean": greg_mean, "greg_se": greg_se, "greg_half_width": gh, "greg_u_pct": gu,
        "efficiency": (plots_se / greg_se) ** 2 if greg_se > 0 else math.nan,
    }


def stratum_estimates(models, cell_predictions, confidence=90.0):
    """One row per model (object × pool): the GREG and plots-only estimates, and notes.

    ``cell_predictions`` maps the model's object to the ŷ of its stratum's cells.
    """
    rows, notes = [], []
    for m in models:
        pop = cell_predictions.get(m.object)
        if pop is None or not np.isfinite(pop).any():
            notes.append(Note.warning("no_cells_for_object", object=m.object))
            continue
        est = greg_estimate(m.plots["y"], m.plots["yhat"], pop, confidence)
        rows.append({"stratum": m.object, "object": m.object, "pool": m.pool, "form": m.form,
                     "predictors": ", ".join(m.predictors), **est})
    return pd.DataFrame(rows), notes


#: Our estimate's fields → the density-table column they fill (the table parcel_stock reads).
_DENSITY_FIELDS = {"stratum": "stratum", "object": "object", "pool": "pool", "n": "n", "mean": "mean",
                   "sd": "sd", "se": "se", "half_width": "half_width", "u_pct": "u_pct", "source": "source",
                   "note": "note"}


def density_table(estimates):
    """The GREG means as a long density table (the stratum_density layout parcel_stock accepts)."""
    columns = list(getattr(vocabulary, "DENSITY_COLUMNS", None) or density_core.DENSITY_COLUMNS)
    rows = []
    for r in estimates.to_dict("records"):
        ours = {"stratum": r["stratum"], "object": r["object"], "pool": r["pool"], "n": r["n_plots"],
                "mean": r["greg_mean"], "sd": r["residual_sd"], "se": r["greg_se"],
                "half_width": r["greg_half_width"], "u_pct": r["greg_u_pct"], "source": SOURCE_LIDAR,
                "note": "model-assisted (GREG) mean of {0} LiDAR cells and {1} plots; {2} model on {3}".format(
                    r["n_cells"], r["n_plots"], r["form"], r["predictors"])}
        row = {c: None for c in columns}
        for key, value in ours.items():
            column = _DENSITY_FIELDS[key]
            if column in row:
                row[column] = value
        if "stratum_value" in row:
            row["stratum_value"] = ""
        rows.append(row)
    return pd.DataFrame(rows, columns=columns)
