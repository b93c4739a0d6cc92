"""Plot density ~ LiDAR metrics models (Hubei spec appendix D; area-based approach).

Forms (``options.ModelForm``), fitted by ordinary least squares per metering object:

- ``linear``: y = b0 + b1·x (one metric);
- ``power`` (log–log): ln y = b0 + b1·ln x, i.e. y = e^b0 · x^b1; predictions on the original
  scale are multiplied by the Baskerville (1972) / Sprugel (1983) correction CF = exp(σ²/2), σ² the
  residual variance of the log fit (SSE / (n − p)); plots with y ≤ 0 or x ≤ 0 cannot enter a log fit;
- ``multiple``: y = b0 + Σ b_k·x_k (several metrics).

Reported: coefficients with standard errors (√diag(σ² (XᵀX)⁻¹)), R² (on the fitted scale), RMSE
= √(Σ(y − ŷ)²/n), relative RMSE = RMSE / ȳ × 100, bias = Σ(ŷ − y)/n (original scale, after the
correction), and the same RMSE / bias under leave-one-out and spatially blocked cross-validation
(square blocks of ``block_size`` m from the grid origin (0, 0); folds are the blocks in sorted order of
their (column, row) index, assigned round-robin to ``folds`` folds — deterministic, no random numbers).
A fit needs at least p + 2 plots (p coefficients, and at least 2 residual degrees of freedom).
"""

import math
from dataclasses import asdict, dataclass, field

import numpy as np

from ..errors import MeteringError
from .options import ModelForm

MODEL_FORMAT = "carbonmeter-lidar-model/1"


@dataclass
class FittedModel:
    object: str
    pool: str
    form: str
    predictors: list
    coefficients: list
    se: list
    sigma2: float  # residual variance on the fitted scale
    cov: list  # covariance matrix of the coefficients
    correction: float  # back-transformation factor (1 for linear forms)
    n: int
    r2: float
    rmse: float
    rrmse_pct: float
    bias: float
    loo_rmse: float
    loo_rrmse_pct: float
    loo_bias: float
    cv_rmse: float
    cv_rrmse_pct: float
    cv_bias: float
    cv_folds: int
    block_size: float
    ranges: dict  # predictor → [min, max] of the calibration plots
    plots: dict = field(default_factory=dict)  # key, y, yhat, x (for the model-assisted estimate and the plot)

    def to_dict(self):
        return asdict(self)

    @classmethod
    def from_dict(cls, d):
        return cls(**d)

    # --- prediction ---------------------------------------------------------------------------
    def design(self, x):
        """The design matrix of predictor columns ``x`` (n × k, original units)."""
        x = np.atleast_2d(np.asarray(x, dtype=float))
        if self.form == ModelForm.POWER.value:
            with np.errstate(invalid="ignore", divide="ignore"):
                x = np.where(x > 0, np.log(x), np.nan)
        return np.column_stack([np.ones(x.shape[0]), x])

    def predict(self, x):
        """(prediction ŷ, its standard error for a new plot-sized unit, fit-only SE) for predictor rows ``x``.

        Linear forms: SE² = σ² + x₀ᵀ V x₀ (prediction of a new observation; V the coefficient
        covariance). Power form: on the log scale s² = σ² + x₀ᵀ V x₀, ŷ = exp(η)·CF and the SE of the
        lognormal, ŷ·√(exp(s²) − 1).
        """
        design = self.design(x)
        beta = np.asarray(self.coefficients, dtype=float)
        cov = np.asarray(self.cov, dtype=float)
        eta = design @ beta
        fit_var = np.einsum("ij,jk,ik->i", design, cov, design)
        if self.form == ModelForm.POWER.value:
            yhat = np.exp(eta) * self.correction
            s2 = self.sigma2 + fit_var
            se = yhat * np.sqrt(np.expm1(s2))
            se_fit = yhat * np.sqrt(np.expm1(fit_var))
        else:
            yhat = eta
            se = np.sqrt(self.sigma2 + fit_var)
            se_fit = np.sqrt(fit_var)
        return yhat, se, se_fit

    def out_of_range(self, x):
        """True for rows with a predictor outside its calibration range [min, max]."""
        x = np.atleast_2d(np.asarray(x, dtype=float))
        flag = np.zeros(x.shape[0], dtype=bool)
        for k, name in enumerate(self.predictors):
            lo, hi = self.ranges[name]
            flag |= (x[:, k] < lo) | (x[:, k] > hi) | ~np.isfinite(x[:, k])
        return flag


def ols(design, y):
    """Least squares: (coefficients, covariance, σ², residuals) with σ² = SSE / (n − p)."""
    n, p = design.shape
    beta, _, rank, _ = np.linalg.lstsq(design, y, rcond=None)
    if rank < p:
        raise MeteringError("collinear_predictors", rank=int(rank), predictors=p - 1)
    resid = y - design @ beta
    sigma2 = float(resid @ resid) / (n - p)
    cov = sigma2 * np.linalg.inv(design.T @ design)
    return beta, cov, sigma2, resid


def _fit_arrays(form, x, y):
    """(design, response) on the fitted scale."""
    if form is ModelForm.POWER:
        return np.column_stack([np.ones(len(y)), np.log(x)]), np.log(y)
    return np.column_stack([np.ones(len(y)), x]), y


def _predict_original(form, beta, sigma2, design):
    eta = design @ beta
    if form is ModelForm.POWER:
        return np.exp(eta) * math.exp(sigma2 / 2.0)
    return eta


def block_folds(xy, block_size, folds):
    """Fold number (0 … folds − 1) of each plot: square blocks of ``block_size`` m, round-robin over sorted blocks."""
    block_size = float(block_size)
    if not block_size > 0:
        raise MeteringError("bad_block_size", value=block_size)
    xy = np.asarray(xy, dtype=float)
    bx = np.floor(xy[:, 0] / block_size).astype(np.int64)
    by = np.floor(xy[:, 1] / block_size).astype(np.int64)
    blocks = sorted(set(zip(bx.tolist(), by.tolist())))
    fold_of = {b: i % int(folds) for i, b in enumerate(blocks)}
    return np.array([fold_of[b] for b in zip(bx.tolist(), by.tolist())], dtype=np.int64), len(blocks)


def _cv(form, x, y, fold):
    """Cross-validated predictions (original scale) for the folds in ``fold``."""
    pred = np.full(len(y), np.nan)
    for f in np.unique(fold):
        test = fold == f
        train = ~test
        design, response = _fit_arrays(form, x[train], y[train])
        if train.sum() <= design.shape[1]:
            continue  # too few plots left to fit: those plots stay unpredicted
        beta, _, _, _ = np.linalg.lstsq(design, response, rcond=None)
        resid = response - design @ beta
        sigma2 = float(resid @ resid) / max(train.sum() - design.shape[1], 1)
        test_design, _ = _fit_arrays(form, x[test], np.ones(test.sum()))
        pred[test] = _predict_original(form, beta, sigma2, test_design)
    return pred


def _scores(y, yhat):
    ok = np.isfinite(yhat)
    if not ok.any():
        return math.nan, math.nan, math.nan
    e = yhat[ok] - y[ok]
    rmse = float(np.sqrt(np.mean(e ** 2)))
    mean = float(np.mean(y[ok]))
    return rmse, rmse / mean * 100.0 if mean else math.nan, float(np.mean(e))


def fit(x, y, xy, form, predictors, obj="", pool="total", keys=None, block_size=1000.0, folds=5, pools=None):
    """Fit one model; ``x`` n × k predictor values, ``y`` densities (t C/ha), ``xy`` plot coordinates (m).

    ``pools``: optional pool name → the plots' densities of every pool (kept with the calibration
    plots, so lidar_density can complete a density table of all pools).
    """
    form = ModelForm.parse(form)
    x = np.asarray(x, dtype=float).reshape(len(y), -1)
    y = np.asarray(y, dtype=float)
    xy = np.asarray(xy, dtype=float)
    keys = list(range(len(y))) if keys is None else list(keys)
    k = x.shape[1]
    if form in (ModelForm.LINEAR, ModelForm.POWER) and k != 1:
        raise MeteringError("form_needs_one_metric", form=form.value, predictors=", ".join(predictors))
    if form is ModelForm.MULTIPLE and k < 2:
        raise MeteringError("form_needs_metrics", form=form.value, predictors=", ".join(predictors))
    usable = np.isfinite(y) & np.all(np.isfinite(x), axis=1)
    if form is ModelForm.POWER:
        usable &= (y > 0) & np.all(x > 0, axis=1)
    x, y, xy = x[usable], y[usable], xy[usable]
    pools = {p: np.asarray(v, dtype=float)[usable].tolist() for p, v in (pools or {}).items()}
    keys = [kk for kk, u in zip(keys, usable) if u]
    n, p = len(y), k + 1
    if n < p + 2:
        raise MeteringError("too_few_plots", object=obj, pool=pool, n=n, needed=p + 2, predictors=k,
                            form=form.value, dropped=int((~usable).sum()))
    design, response = _fit_arrays(form, x, y)
    beta, cov, sigma2, resid = ols(design, response)
    correction = math.exp(sigma2 / 2.0) if form is ModelForm.POWER else 1.0
    yhat = _predict_original(form, beta, sigma2, design)
    ss_tot = float(np.sum((response - response.mean()) ** 2))
    r2 = 1.0 - float(resid @ resid) / ss_tot if ss_tot > 0 else math.nan
    rmse, rrmse, bias = _scores(y, yhat)
    loo = _cv(form, x, y, np.arange(n))
    fold, nblocks = block_folds(xy, block_size, folds)
    blocked = _cv(form, x, y, fold)
    loo_scores = _scores(y, loo)
    cv_scores = _scores(y, blocked)
    return FittedModel(
        object=obj, pool=pool, form=form.value, predictors=list(predictors),
        coefficients=beta.tolist(), se=np.sqrt(np.diag(cov)).tolist(), sigma2=sigma2, cov=cov.tolist(),
        correction=correction, n=n, r2=r2, rmse=rmse, rrmse_pct=rrmse, bias=bias,
        loo_rmse=loo_scores[0], loo_rrmse_pct=loo_scores[1], loo_bias=loo_scores[2],
        cv_rmse=cv_scores[0], cv_rrmse_pct=cv_scores[1], cv_bias=cv_scores[2],
        cv_folds=int(min(folds, nblocks)), block_size=float(block_size),
        ranges={name: [float(x[:, j].min()), float(x[:, j].max())] for j, name in enumerate(predictors)},
        plots={"key": [str(kk) for kk in keys], "y": y.tolist(), "yhat": yhat.tolist(), "loo": loo.tolist(),
               "cv": blocked.tolist(), "x": x.tolist(), "xy": xy.tolist(), "pools": pools},
    )


def model_table(models):
    """One row per model and coefficient (for the Processing table output)."""
    rows = []
    for m in models:
        names = ["intercept"] + (["ln " + p for p in m.predictors] if m.form == ModelForm.POWER.value
                                 else list(m.predictors))
        for name, b, se in zip(names, m.coefficients, m.se):
            rows.append({
                "object": m.object, "pool": m.pool, "form": m.form, "term": name, "estimate": b, "se": se,
                "n": m.n, "r2": m.r2, "rmse": m.rmse, "rrmse_pct": m.rrmse_pct, "bias": m.bias,
                "loo_rmse": m.loo_rmse, "loo_rrmse_pct": m.loo_rrmse_pct, "loo_bias": m.loo_bias,
                "cv_rmse": m.cv_rmse, "cv_rrmse_pct": m.cv_rrmse_pct, "cv_bias": m.cv_bias,
                "cv_folds": m.cv_folds, "block_size_m": m.block_size, "correction": m.correction,
            })
    return rows


def save_models(path, models, metric_options=None, provenance=None):
    """The model file: JSON with format id, models, the metric conventions and provenance."""
    import json

    doc = {"format": MODEL_FORMAT, "models": [m.to_dict() for m in models],
           "metric_options": metric_options or {}, "provenance": provenance or []}
    with open(path, "w", encoding="utf-8") as handle:
        json.dump(doc, handle, ensure_ascii=False, indent=1, default=_json_default)


def _json_default(value):
    if isinstance(value, (np.integer,)):
        return int(value)
    if isinstance(value, (np.floating,)):
        return float(value)
    return str(value)


def load_models(path):
    """(models, document) from a model file; ``MeteringError('bad_model_file')`` naming the file otherwise."""
    import json

    try:
        with open(path, encoding="utf-8") as handle:
            doc = json.load(handle)
        if doc.get("format") != MODEL_FORMAT:
            raise ValueError("format is {0!r}, not {1}".format(doc.get("format"), MODEL_FORMAT))
        models = [FittedModel.from_dict(d) for d in doc["models"]]
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise MeteringError("bad_model_file", path=path, reason=str(error)) from None
    if not models:
        raise MeteringError("bad_model_file", path=path, reason="no model")
    return models, doc
