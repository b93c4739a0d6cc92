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
                   "note": "note", "confidence_pct": "confidence_pct"}


def _row(columns, values):
    row = {c: None for c in columns}
    for key, value in values.items():
        column = _DENSITY_FIELDS[key]
        if column in row:
            row[column] = value
    if "stratum_value" in row:
        row["stratum_value"] = ""
    return row


def density_table(estimates, models=(), confidence=90.0):
    """The GREG means as a long density table (the stratum_density layout parcel_stock accepts).

    parcel_stock needs every pool of an object. With the calibration plots' pool densities kept in
    the model file: a model of ``total`` gives each pool the plots' share of it times the
    model-assisted total (U % of the total, note says so); a model of one pool gives that pool the
    model-assisted mean and the other pools their plots-only statistics (source plots), the total
    their sum with half-width √Σ half-width² (pools independent, IPCC 2006 GL vol. 1 eq. 3.2).
    """
    columns = list(getattr(vocabulary, "DENSITY_COLUMNS", None) or density_core.DENSITY_COLUMNS)
    # the estimates carry no survey year: no survey_year column (parcel_stock notes the year unchecked)
    columns = [c for c in columns if c != getattr(vocabulary, "SURVEY_YEAR", "survey_year")]
    by_key = {(m.object, m.pool): m for m in models}
    rows = []
    for r in estimates.to_dict("records"):
        base = {"stratum": r["stratum"], "object": r["object"], "n": r["n_plots"], "source": SOURCE_LIDAR,
                "confidence_pct": float(confidence)}
        greg = dict(base, pool=r["pool"], mean=r["greg_mean"], sd=r["residual_sd"], se=r["greg_se"],
                    half_width=r["greg_half_width"], u_pct=r["greg_u_pct"],
                    note="model-assisted (GREG) mean of {0} LiDAR cells and {1} plots; {2} model on {3}".format(
                        r["n_cells"], r["n_plots"], r["form"], r["predictors"]))
        m = by_key.get((r["object"], r["pool"]))
        pools = (m.plots.get("pools") or {}) if m is not None else {}
        complete = all(p in pools for p in vocabulary.POOLS)
        if r["pool"] == "total" and complete and r["plots_mean"] > 0:
            ratio = r["greg_mean"] / r["plots_mean"]
            u = r["greg_u_pct"]
            for p in vocabulary.POOLS:
                mean = ratio * float(np.nanmean(pools[p]))
                rows.append(_row(columns, dict(base, pool=p, mean=mean, sd=None,
                                               se=mean * r["greg_se"] / r["greg_mean"] if r["greg_mean"] else None,
                                               half_width=mean * u / 100.0 if u == u else None, u_pct=u,
                                               note="plots' share of {0} × the model-assisted total".format(p))))
            rows.append(_row(columns, greg))
        elif r["pool"] in vocabulary.POOLS and complete:
            halves, means = [], []
            for p in vocabulary.POOLS:
                if p == r["pool"]:
                    rows.append(_row(columns, greg))
                    means.append(r["greg_mean"])
                    halves.append(r["greg_half_width"])
                    continue
                st = density_core.sample_statistics(pools[p], confidence)
                rows.append(_row(columns, dict(base, pool=p, source=density_core.SOURCE_PLOTS,
                                               note="plots only (no LiDAR model of this pool)", **st)))
                means.append(st["mean"])
                halves.append(st["half_width"])
            total = float(np.sum(means))
            half = float(np.sqrt(np.nansum(np.square(halves))))
            rows.append(_row(columns, dict(base, pool="total", mean=total, sd=None, se=None, half_width=half,
                                           u_pct=half / total * 100.0 if total else None,
                                           note="sum of the pools; half-width √Σ half-width²")))
        else:
            rows.append(_row(columns, greg))
    return pd.DataFrame(rows, columns=columns)
