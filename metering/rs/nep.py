"""Soil heterotrophic respiration and NEP (DB4403/T 348 carbon-sink computation; methods.md §6).

    Rh  = 0.22 × [exp(0.0912 T) + ln(0.3145 R + 1)] × 30 × 46.5 %      g C/m²/month
    NEP = NPP − Rh                                                     g C/m²/month

Rh after Pei Zhiyong et al. (2010), as given in methods.md §6 (marked *verify* there): T the
monthly mean air temperature (°C), R the monthly precipitation (mm), 30 days a month, 46.5 % the
carbon fraction converting the model's dry-matter respiration to carbon. Positive NEP is a sink.
"""

from dataclasses import dataclass

import numpy as np

from ..vocabulary import G_PER_T


@dataclass(frozen=True)
class RhOptions:
    """The constants of the Rh model (methods.md §6, Pei et al. 2010)."""

    a: float = 0.22
    b_temperature: float = 0.0912
    c_precipitation: float = 0.3145
    days: float = 30.0
    carbon_fraction: float = 0.465

    def as_dict(self):
        return {k: getattr(self, k) for k in self.__dataclass_fields__}


#: The documented defaults (frozen).
DEFAULT_RH_OPTIONS = RhOptions()


def rh_pei(temperature, precipitation, options=DEFAULT_RH_OPTIONS):
    """Monthly Rh (g C/m²/month); P = 0 gives ln(1) = 0 (the temperature term alone), never NaN."""
    t = np.asarray(temperature, dtype=float)
    p = np.asarray(precipitation, dtype=float)
    o = options
    return o.a * (np.exp(o.b_temperature * t) + np.log(o.c_precipitation * p + 1.0)) * o.days * o.carbon_fraction


def nep_block(npp, rh, pixel_area_m2):
    """Monthly NEP and the annual sums of one block; NaN where NPP or Rh is missing in any month.

    Returns ``nep`` (12, r, c) g C/m²/month, ``annual`` g C/m²/a, ``annual_tc`` t C/a per pixel
    (annual × pixel area / 10⁶), ``rh_annual`` and ``npp_annual`` g C/m²/a.
    """
    npp = np.asarray(npp, dtype=float)
    rh = np.asarray(rh, dtype=float)
    valid = np.all(np.isfinite(npp), axis=0) & np.all(np.isfinite(rh), axis=0)
    nep = np.where(valid, npp - rh, np.nan)
    annual = np.where(valid, nep.sum(axis=0), np.nan)
    return {
        "nep": nep,
        "annual": annual,
        "annual_tc": annual * float(pixel_area_m2) / G_PER_T,
        "rh_annual": np.where(valid, rh.sum(axis=0), np.nan),
        "npp_annual": np.where(valid, npp.sum(axis=0), np.nan),
    }
