"""Remote-sensing urban carbon sink (DB4403/T 348—2023): CASA NPP, Rh and NEP, ground verification,
district evaluation. Pure numpy/pandas; the QGIS side (processing_provider/rs_io.py) reads and
writes the rasters with GDAL and hands arrays to these functions."""

import os

import pandas as pd

from ..errors import MeteringError

DATA_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")
CLASS_TABLE = os.path.join(DATA_DIR, "casa_classes.csv")
CLASS_COLUMNS = ("class", "name_zh", "name_en", "emax", "ndvi_min", "ndvi_max", "placeholder", "source")


def read_class_table(path=None):
    """The CASA class table (default: the shipped casa_classes.csv), checked.

    Columns: class (raster value), name_zh, name_en, emax (g C/MJ), optional ndvi_min/ndvi_max
    (fixed NDVI range overriding the percentiles), placeholder (1 = value not sourced), source.
    """
    path = path or CLASS_TABLE
    try:
        table = pd.read_csv(path, comment="#", dtype={"name_zh": str, "name_en": str, "source": str})
    except (OSError, ValueError) as err:
        raise MeteringError("rs_class_table_unreadable", table=str(path), error=str(err)) from None
    missing = [c for c in ("class", "emax", "source") if c not in table.columns]
    if missing:
        raise MeteringError("missing_fields", layer=str(path), fields=missing)
    for column in ("ndvi_min", "ndvi_max"):
        if column not in table.columns:
            table[column] = float("nan")
    if "placeholder" not in table.columns:
        table["placeholder"] = 0
    for column in ("class", "emax", "ndvi_min", "ndvi_max"):
        values = pd.to_numeric(table[column], errors="coerce")
        bad = values.isna() & table[column].notna()
        if column in ("class", "emax"):
            bad |= values.isna()
        if bad.any():
            row = int(bad.idxmax())
            raise MeteringError("rs_class_table_value", table=str(path), row=row + 2, column=column,
                                value=table[column].iloc[row])
        table[column] = values
    negative = table["emax"] < 0
    if negative.any():
        row = int(negative.idxmax())
        raise MeteringError("rs_class_table_value", table=str(path), row=row + 2, column="emax",
                            value=table["emax"].iloc[row])
    table["placeholder"] = pd.to_numeric(table["placeholder"], errors="coerce").fillna(0).astype(int)
    return table
