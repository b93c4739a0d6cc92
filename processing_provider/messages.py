"""Every core error and note kind's translated message template, in one place.

The core raises ``metering.errors.MeteringError(kind, **details)`` and returns
``metering.errors.Note(kind, level, details)``; this module turns either into a
sentence in the user's language. Templates use ``str.format`` fields named
after the details (``{layer}``, ``{field}``, ``{fid}``, ``{row}``, ``{value}``).
Each system has its own function below so that work on one system never
touches another's lines; ``templates()`` merges them.

pylupdate only extracts literal ``translate("Messages", "…")`` / ``_translate("Messages", "…")``
calls (not ``t(...)``), so every template is written out in full with ``_translate``.
``tests/test_i18n.py`` checks that every template has a zh translation and that
every kind the core raises has a template here.
"""

from qgis.core import QgsProcessingException
from qgis.PyQt.QtCore import QCoreApplication

from ..metering.errors import Cancelled, MeteringError, Note


def _common():
    _translate = QCoreApplication.translate
    return {
        "cancelled": _translate(
            "Messages",
            "Cancelled by the user; no output was written."),
        "bad_option": _translate(
            "Messages",
            "{value} is not a valid {option}; use one of: {allowed}."),
        "missing_package": _translate(
            "Messages",
            "This tool needs the Python package {package}, which this QGIS does not have. Install it: {how}"),
        "missing_fields": _translate(
            "Messages",
            "{layer} has no field {fields}. Choose the right layer or field."),
        "output_is_input": _translate(
            "Messages",
            "The output {output} would overwrite the input {input}: writing it replaces the whole file {path}. Inputs"
            " are never modified; choose another file for {output}."),
        "unknown_report_section": _translate(
            "Messages",
            "The table given as a report section has no known report_section value ({key}); tables of {known} can be "
            "added to the report."),
        # robustness: inputs are sacred, no tracebacks, the impossible is refused (docs/refusals.md)
        "output_is_input_layer": _translate(
            "Messages",
            "The output {output} would overwrite layer {layer} of {path}, which is the input {input}. Choose another "
            "layer name or file for {output}."),
        "outputs_collide": _translate(
            "Messages",
            "The outputs {output} and {other} would both be written to {path}; the second would replace the first. "
            "Choose different files."),
        "sheets_empty": _translate(
            "Messages",
            "Field sheets {path}: the file is empty (0 bytes). Fill in forms/field_sheets_template.xlsx and save it "
            "again."),
        "sheets_unreadable": _translate(
            "Messages",
            "Field sheets {path} cannot be read as a workbook ({error}). Is it a real .xlsx file (not renamed from "
            ".xls, .csv or a damaged copy)? Open it in Excel or WPS and save it as .xlsx."),
        "sheet_unreadable": _translate(
            "Messages",
            "Field sheets {path}: the sheet {sheet} is damaged and cannot be read ({error}). Copy its rows into a "
            "fresh template and save again."),
        "duplicate_column": _translate(
            "Messages",
            "Field sheets, sheet {sheet}: the field id {field} heads two columns ({first} and {second}); one of them "
            "would be lost. Keep one column per field id (row 3 of the template)."),
        "csv_encoding": _translate(
            "Messages",
            "{path} is not UTF-8 text (byte {position}). Save the CSV file as UTF-8 (Excel: 'CSV UTF-8')."),
        "ranges_unreadable": _translate(
            "Messages",
            "The table of plausible ranges {path} cannot be read ({error})."),
        "ranges_invalid": _translate(
            "Messages",
            "The table of plausible ranges {path}, row {row}, field {field}: {value} is not right; each row needs "
            "error_min ≤ warn_min ≤ warn_max ≤ error_max and a source."),
        "implausible_value": _translate(
            "Messages",
            "{table}, row {row}: {field} = {value} {unit} is impossible (allowed: {allowed}; {count} value(s) outside"
            " the range in all). Correct the value, or the range in metering/data/plausible_ranges.csv."),
        "unknown_crs": _translate(
            "Messages",
            "The CRS {value} does not exist or cannot be used. Choose a CRS by its EPSG code, e.g. EPSG:4547 "
            "(CGCS2000 / 3-degree Gauss-Kruger CM 114E)."),
        "report_section_value": _translate(
            "Messages",
            "The report section table {key}, row {row}, column {column} holds {value}, which is not a number."),
    }


def _parcel_metering():
    """Parcel carbon metering (Hubei spec): overlay, plots, density, stock, uncertainty, report."""
    _translate = QCoreApplication.translate
    return {
        # parcel_stock's log
        "density_table_read": _translate(
            "Messages",
            "Density table {table}: {keys} keys read (SHA-256 {checksum}…)."),
        "density_one_table": _translate(
            "Messages",
            "No metering-year density table given: {table} serves both years."),
        "density_year_checked": _translate(
            "Messages",
            "Density table {table}: computed for the survey year {year}, as the run needs."),
        "density_year_unknown": _translate(
            "Messages",
            "Density table {table} has no survey_year (an older or hand-made table): its year is not checked against "
            "{parameter} = {year}. stratum_density records it in its output."),
        "stock_pieces_read": _translate(
            "Messages",
            "Read {count} overlay pieces from layer {layer}."),
        "stock_totals": _translate(
            "Messages",
            "All counties, {base_year} → {target_year}: stock {stock_base} t C (base year), {stock_target} t C "
            "(metering year), sink {sink} t CO2e/a."),
        # overlay
        "overlay_no_parcels": _translate(
            "Messages",
            "Layer {layer} has no usable polygon geometries."),
        "overlay_crs_differ": _translate(
            "Messages",
            "Layers {base} ({base_crs}) and {target} ({target_crs}) are in different CRSs; reproject {target} to "
            "{base_crs} first."),
        "overlay_disjoint": _translate(
            "Messages",
            "Layers {base} ({base_crs}, extent {base_extent}) and {target} ({target_crs}, extent {target_extent} in "
            "the CRS of {base}) overlap on only {share:.2%} of the smaller layer's area: the same region surveyed "
            "twice should overlap almost wholly. Probably one layer is declared in the wrong CRS (e.g. another "
            "Gauss-Krüger zone); check the CRS of both layers and run again."),
        "overlay_planar_geographic": _translate(
            "Messages",
            "Layer {layer} is in a geographic CRS ({crs}); planar areas need a projected CRS. Use the ellipsoidal "
            "method or reproject the layer."),
        "overlay_crs_unknown": _translate(
            "Messages",
            "Layer {layer} has no valid CRS and its eastings {extent} carry no Gauss-Krüger zone prefix; set the "
            "layer's CRS (e.g. EPSG:4534–4554) and run again."),
        "overlay_crs_mismatch": _translate(
            "Messages",
            "Layer {layer} is declared in {crs} but its eastings {extent} do not fit it (zone prefix present or "
            "missing). It is probably EPSG:{epsg}."),
        "overlay_crs_mismatch_unsure": _translate(
            "Messages",
            "Layer {layer} is declared in {crs} but its eastings {extent} do not fit it (zone prefix present or "
            "missing). Check the layer's CRS."),
        "overlay_geographic_projected": _translate(
            "Messages",
            "Layer {layer} is declared in the geographic CRS {crs} but its coordinates ({extent}) lie outside "
            "±180°/±90°: they are projected metres. It is probably {suggested}; set the layer's CRS and run again."),
        "overlay_crs_derived": _translate(
            "Messages",
            "Layer {layer} has no CRS; its eastings {extent} carry the zone prefix, so EPSG:{epsg} is used."),
        "overlay_zone_shift": _translate(
            "Messages",
            "Layer {target} ({target_crs}) is the same Gauss-Krüger zone as {base} ({base_crs}); its eastings are "
            "shifted by {shift:+.0f} m (the zone prefix), not reprojected."),
        "overlay_reprojected": _translate(
            "Messages",
            "Layer {target} ({target_crs}) is reprojected to the CRS of {base} ({base_crs})."),
        "overlay_not_code_field": _translate(
            "Messages",
            "Field {field} of layer {layer} does not hold land-class codes (only {share} % of its values look like "
            "GB/T 21010 / 三调 codes). Choose the code field; code-like fields of the layer: {suggest}."),
        "overlay_no_code_field": _translate(
            "Messages",
            "No land-class code field given for layer {layer} ({role})."),
        "overlay_missing_field": _translate(
            "Messages",
            "Layer {layer} has no field {field} ({role}). Its fields: {fields}. Choose the land-class code field "
            "(DLBM)."),
        "overlay_missing_county_field": _translate(
            "Messages",
            "Layer {layer} has no field {field} (COUNTY_FIELD). Its fields: {fields}."),
        "overlay_not_polygon": _translate(
            "Messages",
            "Layer {layer} is not a polygon layer (its geometry type is {type}); give the parcel (图斑) polygons."),
        "overlay_empty_layer": _translate(
            "Messages",
            "Layer {layer} is empty: it has no parcels."),
        "overlay_no_official_fields": _translate(
            "Messages",
            "Layer {layer} has neither TBDLMJ nor TBMJ: the official area method needs the survey areas. Choose the "
            "ellipsoidal or planar method."),
        "overlay_gbk": _translate(
            "Messages",
            "Layer {layer}: the .dbf is not UTF-8 and has no .cpg; read as GB18030 (GBK)."),
        "overlay_read": _translate(
            "Messages",
            "Read {base} base and {target} target parcels."),
        "overlay_repaired": _translate(
            "Messages",
            "Layer {layer}: {count} invalid geometries repaired (feature ids {fids})."),
        "overlay_skipped": _translate(
            "Messages",
            "Layer {layer}: {count} features without a polygon geometry skipped (feature ids {fids})."),
        "overlay_identical": _translate(
            "Messages",
            "{count} parcels are unchanged in geometry and need no intersection."),
        "overlay_snap_skipped": _translate(
            "Messages",
            "Snapping skipped: no rounding differences between the layers ({exact} of {sampled} sampled target "
            "vertices lie on a base vertex, none within {tolerance} m of one without being on it; {identical} target "
            "parcels are identical to a base parcel)."),
        "overlay_snap_found": _translate(
            "Messages",
            "Rounding differences found: {rounding} of {sampled} sampled target vertices ({share:.1f} %) lie within "
            "{tolerance} m of a base vertex without being on it ({exact} on one); the target is snapped."),
        "overlay_snap_done": _translate(
            "Messages",
            "Snapping (tolerance {tolerance} m): {twins} target parcels match a base parcel within the tolerance and "
            "take its geometry; {vertices} vertices of {parcels} other target parcels moved onto base vertices or "
            "edges."),
        "overlay_null_codes": _translate(
            "Messages",
            "Layer {layer}: {count} parcels have a NULL land-class code; mapped to unmapped (feature ids {fids})."),
        "overlay_unknown_code": _translate(
            "Messages",
            "Layer {layer}: code {code} is not in the mapping table; {count} parcels mapped to unmapped (feature ids "
            "{fids})."),
        "overlay_mapping_fields": _translate(
            "Messages",
            "Mapping table {table} needs the fields code and object; it has {fields}."),
        "overlay_mapping_loaded": _translate(
            "Messages",
            "Mapping table {table}: {count} codes override the shipped table."),
        "overlay_area_ellipsoidal": _translate(
            "Messages",
            "Area method: ellipsoidal (ellipsoid {ellipsoid}; {formula})."),
        "overlay_area_planar": _translate(
            "Messages",
            "Area method: planar (CRS {crs})."),
        "overlay_area_official": _translate(
            "Messages",
            "Area method: official (TBDLMJ = TBMJ − KCMJ shared by geometric area)."),
        "overlay_official_missing": _translate(
            "Messages",
            "Layer {layer}: {count} parcels have no survey area (TBDLMJ/TBMJ NULL); their planar area is used "
            "(feature ids {fids})."),
        "overlay_cover_once": _translate(
            "Messages",
            "The pieces ({total:.3f} m² planar) cover the area of either layer once: no parcels of one layer overlap "
            "each other."),
        "overlay_layer_overlaps": _translate(
            "Messages",
            "Layer {layer}: {count} pairs of parcels overlap each other (feature ids and overlap area: {pairs}); "
            "their common ground is counted once per parcel. Fix the topology (duplicates or overlapping parcels) and"
            " run again."),
        "overlay_overlap_excess": _translate(
            "Messages",
            "The pieces sum to {total:.3f} m² (planar), about {excess:.3f} m² more than the area covered by either "
            "layer, because of the overlaps listed above."),
        "overlay_conserved": _translate(
            "Messages",
            "Layer {layer}: area conserved per class (pieces = parcels within 1e-6)."),
        "overlay_not_conserved": _translate(
            "Messages",
            "Layer {layer}, class {cls}: pieces sum to {pieces:.3f} m² but the parcels to {parcels:.3f} m² (relative "
            "difference {rel:.2e}); overlapping parcels in the layer?"),
        "overlay_summary": _translate(
            "Messages",
            "{pieces} pieces: {unchanged} unchanged, {changed} changed, {base_only} base only, {target_only} target "
            "only; {slivers} slivers."),
        "overlay_write_failed": _translate(
            "Messages",
            "Could not write the overlay pieces (rows {first}–{last}) to the output: {error}"),
        "area_crs_not_gauss_kruger": _translate(
            "Messages",
            "EPSG:{epsg} is not a CGCS2000 3-degree Gauss-Krüger CRS; its ellipsoidal areas are measured "
            "geodesically."),
        # (end overlay)
        # plots, density, stock, uncertainty, report
        "plot_unknown_object": _translate(
            "Messages",
            "Layer {layer}, field object: these plots (feature id, object) are not metered objects of "
            "metering_objects.csv: {rows}. Fix the object of these plots."),
        "plot_not_numeric": _translate(
            "Messages",
            "Layer {layer}: these values (feature id, pool, value) are not numbers: {rows}. Enter densities in t C/ha"
            " as numbers."),
        "plot_negative_density": _translate(
            "Messages",
            "Layer {layer}: negative densities (feature id, pool, value): {rows}. Densities in t C/ha cannot be "
            "negative; check the plot data."),
        "defaults_missing": _translate(
            "Messages",
            "Default-density table {table} lacks these (object, pool) pairs: {pairs}. Add a row for each."),
        "defaults_format": _translate(
            "Messages",
            "Default-density table {table} needs a column object (or key) and either pool + mean or the pool columns;"
            " it has: {columns}."),
        "defaults_not_numeric": _translate(
            "Messages",
            "Default-density table {table}, column {column}: these rows (row, object, pool, value) hold no number: "
            "{rows}. Give the density in t C/ha (and U in %) as numbers."),
        "plots_year_missing": _translate(
            "Messages",
            "No plot of layer {layer} has survey_year {year} (the plots' survey years: {years}): the year of "
            "the densities does not match the plots. Give one of the plots' years, or survey the plots of "
            "{year} first."),
        "plots_years_pooled": _translate(
            "Messages",
            "Layer {layer} holds plots of several survey years ({years}) and no survey year is given: their "
            "pooled mean would be the density of no year. Give the survey year (the chain passes the base "
            "and the metering year), or turn on 'Pool plots of several survey years' to pool them on purpose."),
        "defaults_negative": _translate(
            "Messages",
            "Default-density table {table}, column {column}: these rows (row, object, pool, value) are negative: "
            "{rows}. Densities and U cannot be negative."),
        "density_table_format": _translate(
            "Messages",
            "Density table {table} needs a key column (stratum, key, object or code) and either pool + mean or the "
            "pool columns; it has: {columns}."),
        "density_not_numeric": _translate(
            "Messages",
            "Density table {table}: these values (key, pool, value) are not numbers: {rows}."),
        "density_negative": _translate(
            "Messages",
            "Density table {table}: these densities (key, pool, value) are negative: {rows}."),
        "density_duplicate": _translate(
            "Messages",
            "Density table {table} lists these keys more than once for a pool: {keys}. Keep one row per key and pool."),
        "table_checked": _translate(
            "Messages",
            "Table {table} checked ({rows} rows)."),
        "density_objects_missing": _translate(
            "Messages",
            "Density table {table} has no densities for the metered objects {objects}: parcel_stock stops if a piece "
            "of them is metered with this table."),
        "density_year_mismatch": _translate(
            "Messages",
            "Density table {table} was computed for the survey year {table_year}, but it is given for {parameter} = "
            "{year}: the densities of one year would meter another. Give the table of {year} (stratum_density with "
            "Survey year {year}) or correct {parameter}."),
        "density_year_invalid": _translate(
            "Messages",
            "Density table {table}, row {row}, column {column}: {value} is not a calendar year."),
        "density_several_years": _translate(
            "Messages",
            "Density table {table}, column {column}, holds several survey years ({years}): a density table is of one "
            "year. Compute one table per year (stratum_density, Survey year)."),
        "density_incomplete": _translate(
            "Messages",
            "Density table {table} lacks pools for these keys (key, missing pools): {rows}."),
        "density_rows_not_metered": _translate(
            "Messages",
            "Density table {table} has rows for the keys {keys}, which the land-class mapping leaves non-metered "
            "({pieces} pieces, {area_ha} ha): these rows are not used. To meter them, map the codes to a metering "
            "object with MAPPING in parcel_change."),
        "missing_density": _translate(
            "Messages",
            "These keys carry metered pieces but have no row in the density table (year, table: key, pieces, area): "
            "{rows}. Add them to that year's density table."),
        "bad_change_flag": _translate(
            "Messages",
            "Layer {layer}, field change_flag: these pieces (feature id, value) have no valid flag 0–3: {rows}. Use "
            "the output of parcel_change."),
        "bad_area": _translate(
            "Messages",
            "Layer {layer}, field area_m2: these pieces (feature id, value) have no valid area: {rows}. Re-run "
            "parcel_change."),
        "years_order": _translate(
            "Messages",
            "The metering year ({target}) must be later than the base year ({base})."),
        "stock_unmapped_codes": _translate(
            "Messages",
            "Land-class codes not mapped to a metering object, counted with zero stock (year: code, pieces, area): "
            "{rows}. Add them to the mapping (MAPPING in parcel_change) if they should be metered."),
        "stock_area_method": _translate(
            "Messages",
            "Areas of the pieces measured by: {methods}."),
        "not_a_stock_layer": _translate(
            "Messages",
            "Layer {layer} is not a Parcel carbon stock output: fields {fields} are missing. Run Parcel carbon stock "
            "first and use its OUTPUT."),
        "stock_facts_mixed": _translate(
            "Messages",
            "Layer {layer} mixes runs: field {field} holds {values}. Use the output of one Parcel carbon stock run."),
        "years_mismatch": _translate(
            "Messages",
            "Layer {layer} was metered for {base} → {target}, but the years given are {given_base} → {given_target}. "
            "Leave the years empty or give the recorded ones."),
        "density_table_mismatch": _translate(
            "Messages",
            "The {role}-year density table {table} (checksum {checksum}) is not the one Parcel carbon stock used for "
            "layer {layer} ({recorded}, checksum {recorded_checksum}). Give the same table."),
        "target_density_needed": _translate(
            "Messages",
            "Layer {layer} was metered with two density tables ({base}, {target}); give the metering-year table "
            "(TARGET_DENSITY) too, or the two years' errors would be treated as one."),
        "density_uncertainty_missing": _translate(
            "Messages",
            "Density table {table} carries no uncertainty (n and se, or u_pct); use the output of Stratum carbon "
            "density."),
        "density_u_invalid": _translate(
            "Messages",
            "Density table {table}, key {key}, pool {pool}: give n >= 2 with se, or a u_pct >= 0."),
        "density_missing": _translate(
            "Messages",
            "These keys and pools carry stock but have no row in the density table (year, key, pool): {rows}. Add "
            "them to the density table or recompute the stock with the same table."),
        "report_missing_fields": _translate(
            "Messages",
            "The {table} table{label} lacks the fields {fields}; give the output of the step that makes it."),
        "missing_columns": _translate(
            "Messages",
            "{label}: missing column(s) {columns}; it needs 'code' and 'object'."),
        "bad_code": _translate(
            "Messages",
            "{label}, row {row}: code '{code}' is not a GB/T 21010 / 三调 code."),
        "unknown_object": _translate(
            "Messages",
            "{label}, row {row}: object '{object}' of code {code} is not a metering object (one of {objects})."),
        "duplicate_codes": _translate(
            "Messages",
            "{label}: code(s) listed twice: {codes}."),
        # sampling statistics (AR-TOOL03 plan, AR-TOOL14 stratified mean)
        "areas_missing_fields": _translate(
            "Messages",
            "Areas layer {layer} lacks the fields {fields}: give the pieces of parcel_change or parcel_stock."),
        "sampling_strata_without_plots": _translate(
            "Messages",
            "Strata with an area but fewer than two plots are left out of the stratified plan and mean "
            "({area_ha:.2f} ha): {strata}. Survey them, or they stay on default densities."),
    }


def language():
    """The language of the messages now ('zh' when the zh translation is loaded, else 'en')."""
    # the translation says which language it is (docs/dev/i18n/zh_deliverables.json: 中文)
    return "zh" if QCoreApplication.translate("Messages", "language of this translation: English") == "中文" else "en"


def object_words(value):
    """A metering object id (``dry_land``) in the words of the messages' language (旱地 / Dry land);
    anything else as it is."""
    from ..metering.report_tables import load_object_labels

    if not isinstance(value, str):
        return value
    labels = load_object_labels()
    if value not in labels:
        return value
    return labels[value][0 if language() == "zh" else 1]


def pool_words(value):
    """A pool id (``agb``, ``total``) in the words of the messages' language; anything else as it is."""
    from ..metering.report_tables import POOL_LABELS

    if not isinstance(value, str) or value not in POOL_LABELS:
        return value
    return POOL_LABELS[value][0 if language() == "zh" else 1]


#: Detail fields that hold a metering object id, shown by the object's name.
_OBJECT_FIELDS = ("object", "base_object", "target_object")


def _formatted(kind, details):
    """Details shown in the words of a kind's template (rows of pieces as 'key: n pieces, a ha',
    metering objects by name, a verdict or a resampling method in words)."""
    _translate = QCoreApplication.translate
    d = dict(details)
    for name in _OBJECT_FIELDS:
        if name in d:
            d[name] = object_words(d[name])
    if isinstance(d.get("strata"), (list, tuple)):  # strata (an object, or object|stratum value) by name
        d["strata"] = [" / ".join(str(object_words(part)) for part in str(s).split("|")) for s in d["strata"]]
    if kind == "rs_verification_result" and d.get("verdict") in ("pass", "fail"):
        d["verdict"] = _translate("Messages", "passed") if d["verdict"] == "pass" else _translate("Messages", "failed")
    if kind == "rs_aligned" and d.get("method") in ("bilinear", "nearest"):
        d["method"] = _translate("Messages", "bilinear") if d["method"] == "bilinear" else \
            _translate("Messages", "nearest-neighbour")
    if kind == "missing_density" and d.get("rows") and len(d["rows"][0]) == 5:
        row = _translate("Messages", "{0}, {1}: {2}: {3} pieces, {4:.4f} ha")
        d["rows"] = [row.format(*r) for r in d["rows"]]
    elif kind == "stock_unmapped_codes" and d.get("rows"):
        row = _translate("Messages", "{0}: {1}: {2} pieces, {3:.4f} ha")
        d["rows"] = [row.format(_year_role_words(r[0]), *r[1:]) for r in d["rows"]]
    elif kind == "stock_area_method" and d.get("methods"):
        d["methods"] = ", ".join(_area_method_words(m.strip()) for m in str(d["methods"]).split(","))
    elif kind == "stock_totals":
        for name in ("stock_base", "stock_target", "sink"):
            d[name] = "{0:,.2f}".format(float(d[name]))
    elif kind == "density_rows_not_metered" and "area_ha" in d:
        d["area_ha"] = "{0:.4f}".format(float(d["area_ha"]))
    elif kind == "report_missing_fields":
        d["label"] = " ({0})".format(d["label"]) if d.get("label") else ""
    return d


def _year_role_words(role):
    """``base`` / ``target`` (the year of a piece's code) in words: base year / metering year (基准年 / 计量年)."""
    _translate = QCoreApplication.translate
    words = {"base": _translate("Messages", "base year"), "target": _translate("Messages", "metering year")}
    return words.get(str(role), role)


def _area_method_words(method):
    """An area method as the pieces record it (``planar EPSG:4526``) with the method in words."""
    _translate = QCoreApplication.translate
    words = {"ellipsoidal": _translate("Messages", "ellipsoidal area"), "planar": _translate("Messages", "planar area"),
             "official": _translate("Messages", "official area (TBDLMJ)")}
    head, _, rest = str(method).partition(" ")
    return (words[head] + (" " + rest if rest else "")) if head in words else method


def _permanent_plots():
    """Permanent plots and the paired change estimator (metering/change_estimator.py)."""
    _translate = QCoreApplication.translate
    return {
        "permanent_plot_repeated": _translate(
            "Messages",
            "Permanent plot {permanent_id} was measured more than once in {year} (plots {plots}); none of these "
            "measurements is paired. Give each measurement its own year or correct the permanent id."),
        "permanent_plot_object_changed": _translate(
            "Messages",
            "Permanent plot {permanent_id} is {base_object} in the base year and {target_object} in the metering year; "
            "it is not paired (a change of object is metered by the stock difference)."),
        "permanent_plot_moved": _translate(
            "Messages",
            "The two measurements of permanent plot {permanent_id} lie {distance_m} m apart (tolerance {tolerance_m} "
            "m); they are not paired. Check the coordinates."),
        "years_not_increasing": _translate(
            "Messages",
            "The metering year ({target_year}) must be later than the base year ({base_year})."),
        "change_table_needed": _translate(
            "Messages",
            "Layer {layer}: parcel_stock took the sink of unchanged pieces from the change densities {table}; give "
            "that table as Change densities."),
        "change_table_format": _translate(
            "Messages",
            "Change-density table {table}: it needs the columns stratum (or object), pool, change and estimator "
            "(the CHANGE_OUTPUT of stratum_density); it has {columns}."),
        "correlation_out_of_range": _translate(
            "Messages",
            "The correlation between the two years' densities must lie between 0 and 1, not {value}."),
    }


def _remote_sensing():
    """Remote-sensing urban carbon sink (DB4403/T 348)."""
    _translate = QCoreApplication.translate
    return {
        "rs_not_nep_annual": _translate(
            "Messages",
            "The raster {raster} is not the annual output of the NEP step (OUTPUT_ANNUAL): its bands are {bands}, "
            "expected {expected}. Give the NEP algorithm's annual raster."),
        "rs_class_not_in_table": _translate(
            "Messages",
            "The vegetation raster {raster} holds class values {values} that are not in the class table (known: "
            "{known}). Add a row for each to the class table (CLASS_TABLE) or reclassify the raster."),
        "rs_band_count": _translate(
            "Messages",
            "{raster} has {bands} bands (or rasters) but {expected} are needed: give one 12-band raster (January "
            "first) or 12 single-band rasters in month order."),
        "rs_grid_mismatch": _translate(
            "Messages",
            "{raster} is {shape} pixels but the reference grid is {expected}; align it to the NDVI grid first."),
        "rs_class_table_duplicate": _translate(
            "Messages",
            "The class table {table} lists the classes {values} more than once; keep one row per class."),
        "rs_class_table_unreadable": _translate(
            "Messages",
            "The class table {table} cannot be read ({error}); give a CSV with the columns class, emax and source."),
        "rs_class_table_value": _translate(
            "Messages",
            "The class table {table}, line {row}, column {column} holds {value}, which is not a valid number (emax in"
            " g C/MJ, ≥ 0)."),
        "rs_ndvi_out_of_range": _translate(
            "Messages",
            "{raster} band {band}, row {row}, column {col} is {value}, outside [−1, 1] after dividing by the scale "
            "{scale}. Set NDVI_SCALE (10 000 for scaled products, 1 for plain NDVI) or mask the invalid pixels."),
        "rs_negative_values": _translate(
            "Messages",
            "{raster} band {band}, row {row}, column {col} is negative ({value}); precipitation, radiation and PET "
            "cannot be negative. Mask or correct the raster."),
        "rs_ndvi_range_empty": _translate(
            "Messages",
            "The NDVI range of class {cls} in {raster} is empty (NDVI_min {ndvi_min}, NDVI_max {ndvi_max}): FPAR is "
            "undefined. Give fixed ndvi_min and ndvi_max for this class in the class table."),
        "rs_rh_inputs_missing": _translate(
            "Messages",
            "Give either a monthly Rh raster ({raster}) or both the monthly temperature and precipitation for the Rh "
            "model."),
        "rs_raster_unreadable": _translate(
            "Messages",
            "The raster {raster} ({path}) cannot be opened: {error}. Choose a readable raster file."),
        "rs_stack_grids_differ": _translate(
            "Messages",
            "The monthly rasters of {raster} are not on one grid ({path} differs from the first); give 12 rasters of "
            "the same size and extent or one 12-band raster."),
        "rs_grid_not_projected": _translate(
            "Messages",
            "{raster} is not in a projected CRS in metres, so pixel areas are unknown. Reproject it (e.g. to CGCS2000"
            " 3-degree Gauss-Kruger) before computing the sink."),
        "rs_no_overlap": _translate(
            "Messages",
            "{raster} does not overlap the {reference} grid. Give a raster that covers the same area."),
        "rs_verification_too_few": _translate(
            "Messages",
            "Only {n} plots have both a remote-sensing and a ground value; at least {needed} are needed. Check that "
            "the plots lie on the raster and that the ground field is filled."),
        "rs_bad_breaks": _translate(
            "Messages",
            "The class breaks \"{value}\" are not strictly increasing numbers separated by commas (t C/ha/a, e.g. 0, 1,"
            " 2, 4)."),
        "rs_ndvi_scale_detected": _translate(
            "Messages",
            "NDVI scale factor not given: detected {scale} from the data."),
        "rs_class_range": _translate(
            "Messages",
            "Class {cls}: NDVI range {ndvi_min} to {ndvi_max} (from {how_min} / {how_max}), εmax {emax} g C/MJ."),
        "rs_no_valid_pixels": _translate(
            "Messages",
            "No pixel has valid values in every input and month; every output pixel is nodata. Check the nodata "
            "values and extents of the inputs."),
        "rs_rh_source": _translate(
            "Messages",
            "Soil heterotrophic respiration from: {source}."),
        "rs_aligned": _translate(
            "Messages",
            "{raster} aligned to the reference grid by {method} resampling."),
        "rs_partial_overlap": _translate(
            "Messages",
            "{raster} covers only part of the reference grid; pixels outside it are nodata."),
        "rs_verification_skipped": _translate(
            "Messages",
            "{n} plots left out of the statistics (no remote-sensing or ground value): {plots}."),
        "rs_verification_constant": _translate(
            "Messages",
            "The {n} values do not vary, so no regression line or R² can be computed."),
        "rs_verification_outliers": _translate(
            "Messages",
            "Outliers (standardised residual above {z}): {plots}. Check their location and ground measurement."),
        "rs_verification_result": _translate(
            "Messages",
            "Verification on {n} plots: relative RMSE {rrmse} % against the threshold {threshold} %: {verdict}."),
        "rs_district_no_pixels": _translate(
            "Messages",
            "No pixel centre falls in the districts {districts}; their sink is 0. Use a finer raster or check the "
            "CRS."),
        "rs_city_not_sink": _translate(
            "Messages",
            "The districts together are a net source ({total} t C/a); shares of the city are left empty."),
        "rs_district_nodata": _translate(
            "Messages",
            "Districts with nodata pixels (left out of the sums): {districts}."),
    }


def _urban_monitoring():
    """Urban carbon monitoring (T/CI 231)."""
    _translate = QCoreApplication.translate
    return {
        "table_duplicate": _translate(
            "Messages",
            "Table {table}: duplicate or unknown codes {keys}."),
        "unknown_unit": _translate(
            "Messages",
            "Unknown unit {unit} (sheet {sheet}, row {row}); use a unit of the conversion table."),
        "unit_mismatch": _translate(
            "Messages",
            "{unit} cannot be converted to {target}: different quantities."),
        "factor_file_unreadable": _translate(
            "Messages",
            "Factor file {path} cannot be read ({error})."),
        "factor_columns": _translate(
            "Messages",
            "Factor file {path} lacks the columns {columns}."),
        "factor_bad_value": _translate(
            "Messages",
            "Factor file {file}, row {row}, column {column}: {value} is not a number."),
        "factor_bad_unit": _translate(
            "Messages",
            "Factor file {file}, row {row}: unit {unit} is not of the form 't CO2/<unit>'."),
        "factor_product_mismatch": _translate(
            "Messages",
            "Factor file {file}, row {row} ({factor}): the value {value} differs from NCV × carbon content × "
            "oxidation × 44/12 = {product}."),
        "duplicate_factor": _translate(
            "Messages",
            "Duplicated factor entries ({key}): {rows}. Keep one row per entry."),
        "unknown_factor_set": _translate(
            "Messages",
            "Factor set {set} is not in the library; known sets: {known}."),
        "file_missing": _translate(
            "Messages",
            "The file {path} does not exist."),
        "file_unreadable": _translate(
            "Messages",
            "The file {path} cannot be read ({error})."),
        "activity_no_header": _translate(
            "Messages",
            "{path}, sheet {sheet}: no header row with the field ids {fields}; use the activity-data template."),
        "inventory_rejected": _translate(
            "Messages",
            "{count} rows of the activity data were rejected; nothing was computed. Fix them or run in 'valid rows' "
            "mode: {rows}"),
        "inventory_rows_left_out": _translate(
            "Messages",
            "{count} problems: the rows concerned were left out (see the rejected rows table)."),
        "market_factor_fallback": _translate(
            "Messages",
            "Factor set {set} has no market-based (residual-mix) factor: the market-based column uses the "
            "location-based factor."),
        "inventory_done": _translate(
            "Messages",
            "Inventory: {rows} activity rows accounted, {rejected} problems, {factors} factor rows used."),
        "factor_status_transcribed_verify": _translate(
            "Messages",
            "Factors transcribed from the table of a document, to be checked against the document: {factors}."),
        "factor_status_placeholder": _translate(
            "Messages",
            "Placeholder factors used: {factors}."),
        "row_required": _translate(
            "Messages",
            "a value is required"),
        "row_unknown_indicator": _translate(
            "Messages",
            "unknown indicator; use {hint}"),
        "row_unknown_carrier": _translate(
            "Messages",
            "unknown energy carrier (e.g. {allowed})"),
        "row_carrier_not_in_indicator": _translate(
            "Messages",
            "{carrier} does not belong under {indicator} (group {group})"),
        "row_unknown_unit": _translate(
            "Messages",
            "unknown unit; use one of {allowed}"),
        "row_bad_period": _translate(
            "Messages",
            "not a period (write 2023 or 2023-01)"),
        "row_bad_notation": _translate(
            "Messages",
            "not a notation key (NO, NE, IE, C)"),
        "row_not_number": _translate(
            "Messages",
            "not a number"),
        "row_negative_amount": _translate(
            "Messages",
            "must be a number ≥ 0 (the sign comes from the indicator)"),
        "row_notation_with_amount": _translate(
            "Messages",
            "notation key {key} means no amount; leave the amount empty"),
        "row_duplicate": _translate(
            "Messages",
            "the same entity, indicator, carrier and period as row {first_row}"),
        "row_unit_not_for_carrier": _translate(
            "Messages",
            "{unit} is not a unit for {carrier} (allowed: {allowed})"),
        "row_unit_not_for_factor": _translate(
            "Messages",
            "{unit} cannot be used with factor {factor} ({factor_unit})"),
        "row_no_factor": _translate(
            "Messages",
            "no factor for {carrier} in set {set}; add a local factor"),
        "row_no_gwp": _translate(
            "Messages",
            "no GWP for {gas} in set {set}"),
        "row_period_overlap": _translate(
            "Messages",
            "monthly row of a year already given as a whole in row {annual_row}"),
        "row_denominator_conflict": _translate(
            "Messages",
            "differs from the value {first_value} in row {first_row} for the same entity and period"),
        "meter_columns": _translate(
            "Messages",
            "The meter data lacks the columns {columns} (found: {found}); use the meter-data template."),
        "meter_table_duplicate": _translate(
            "Messages",
            "The meter table describes the meters {meters} more than once: keep one row per meter."),
        "meter_undescribed": _translate(
            "Messages",
            "Meters {meters} have no value in {columns}: describe them in the readings or in the meter table."),
        "meter_bad_medium": _translate(
            "Messages",
            "Meter {meter}: medium {medium} is unknown; use one of {allowed}."),
        "meter_no_carrier": _translate(
            "Messages",
            "Meter {meter} measures {medium} but names no energy carrier (e.g. diesel): fill the carrier column."),
        "meter_bad_value": _translate(
            "Messages",
            "Meter {meter}, row {row}, column {column}: {value} is not a valid value (a timestamp, or a number "
            "≥ 0; reading or consumption, not both)."),
        "meter_mixed": _translate(
            "Messages",
            "Meter {meter} mixes cumulative readings and interval consumption: give one kind per meter."),
        "meter_bad_gap_factor": _translate(
            "Messages",
            "The gap factor {value} must be greater than 1 (an interval this many times the meter's median "
            "interval is a gap)."),
        "meter_bad_thresholds": _translate(
            "Messages",
            "Warning thresholds {value}: give three increasing ratios > 0, e.g. 0.9, 1.0, 1.1."),
        "meter_bad_reference": _translate(
            "Messages",
            "Budget/baseline table: entity {entity}, period {period} has a missing, non-positive or repeated "
            "reference emission."),
        "meter_gaps_found": _translate(
            "Messages",
            "{count} gaps in the meter series (meter, timestamp): {items}."),
        "meter_resets_found": _translate(
            "Messages",
            "{count} counter resets (meter, timestamp): {items}."),
        "meter_duplicates_found": _translate(
            "Messages",
            "{count} duplicate readings, the first of each kept (meter, timestamp): {items}."),
        "meters_done": _translate(
            "Messages",
            "Meter data: {meters} meters, {readings} readings, {rows} consumption rows."),
    }



def _carbon_balance():
    """Carbon balance of sources and sinks per region (T/CI 231; metering/inventory/balance.py)."""
    _translate = QCoreApplication.translate
    return {
        "balance_sink_table_unknown": _translate(
            "Messages",
            "Sink table {table} is not a sink table this tool knows (columns: {columns}). Give the uncertainty "
            "OUTPUT, the parcel_stock SUMMARY, the district_sink OUTPUT or TABLE, or a table with region and "
            "sink_tco2e."),
        "balance_sink_value": _translate(
            "Messages",
            "Sink table {table}: the rows {keys} have no number in the sink column."),
        "balance_sink_duplicate": _translate(
            "Messages",
            "Sink table {table} has more than one row for {keys} (same year): keep one row per region and year."),
        "balance_bad_level": _translate(
            "Messages",
            "Region {region}: level {value} is not one of {allowed}. Fix the level field."),
        "balance_region_empty": _translate(
            "Messages",
            "The regions {features} (feature number) have no code: fill the region code field."),
        "balance_region_duplicate": _translate(
            "Messages",
            "The region codes {regions} occur more than once in the regions layer: one polygon per region."),
        "balance_map_columns": _translate(
            "Messages",
            "The source map needs the columns {required} (found: {columns})."),
        "balance_source_conflict": _translate(
            "Messages",
            "Region {region} is claimed by more than one sink source ({sources}, in {where}): the same sink would "
            "be counted twice. Say in the source map (one row for the region) which source serves it."),
        "balance_source_missing": _translate(
            "Messages",
            "Region {region} has no sink source: none of the sink tables ({sources}) has a row for it. Add a row "
            "to the source map naming its table and key, or source none if the region has no sink."),
        "balance_source_unknown": _translate(
            "Messages",
            "Region {region}: the source map names the sink table {source}, which is not among the sink tables "
            "({known}). Use a table's name or its number in the list."),
        "balance_sink_missing": _translate(
            "Messages",
            "Region {region}: sink table {source} has no row {key}. Fix the key in the source map or add the row."),
        "balance_sink_shared": _translate(
            "Messages",
            "Regions {regions} take their sink from the same row {key} of {source}: that sink would be counted "
            "twice. Give each region its own row."),
        "balance_inventory_overlap": _translate(
            "Messages",
            "The inventory tables {tables} both hold the period {period}: it would be counted twice. Give each "
            "period in one table only."),
        "balance_no_years": _translate(
            "Messages",
            "No year to balance: the inventory has the annual periods {available}; give the years."),
        "balance_bad_years": _translate(
            "Messages",
            "Years {value}: give calendar years separated by commas, e.g. 2022, 2023."),
        "balance_no_emissions": _translate(
            "Messages",
            "Region {region} ({unit_type}) has no emissions in the inventory for {year} (the inventory's years: "
            "{available}). Add its activity rows, or check the region code and the year."),
        "balance_emission_not_estimated": _translate(
            "Messages",
            "The inventory gives no number, only notation keys, for the emissions or reductions of {items}: "
            "their net emission is left empty."),
        "balance_emission_u_unknown": _translate(
            "Messages",
            "The uncertainty of the emissions is not given: the uncertainty of the net emission is left empty."),
        "balance_sink_u_unknown": _translate(
            "Messages",
            "The sinks of {regions} carry no uncertainty (give u_pct in the source map): the uncertainty of their "
            "net emission is left empty."),
        "balance_map_u_ignored": _translate(
            "Messages",
            "Region {region}: the sink table {source} carries its own uncertainty; the u_pct of the source map is "
            "not used."),
        "balance_map_unused": _translate(
            "Messages",
            "The source map names regions that are not in the regions layer: {regions} (rows not used)."),
        "balance_reductions_excluded": _translate(
            "Messages",
            "Environmental-construction reductions (R3) of {regions}, {total} t CO2e in all, are left out of the "
            "net emission: the sink of those regions already counts that carbon."),
        "balance_done": _translate(
            "Messages",
            "Carbon balance: {regions} regions, years {years}."),
    }



def _restoration():
    """Ecological restoration."""
    _translate = QCoreApplication.translate
    return {
        "trend_years_count": _translate(
            "Messages",
            "{years} years given for {rasters} NDVI rasters: give one year per raster (YEARS), in the order of "
            "the rasters."),
        "trend_years_order": _translate(
            "Messages",
            "The years must increase with the rasters: year {year} at position {position} follows {previous}. "
            "Order the rasters by year or correct YEARS."),
        "trend_years_unreadable": _translate(
            "Messages",
            "YEARS '{text}' is not a comma-separated list of years, e.g. 2010, 2011, 2013."),
        "trend_ndvi_out_of_range": _translate(
            "Messages",
            "NDVI raster of {year} (band {band}), row {row}, column {col}: value {value} is no NDVI (−1…1, or "
            "−10 000…10 000 when scaled). Check the raster or its nodata value."),
        "trend_ndvi_scaled": _translate(
            "Messages",
            "NDVI values above 1.5 found: the rasters are taken as NDVI × 10 000 and scaled by {scale}."),
        "trend_no_valid_pixels": _translate(
            "Messages",
            "No pixel has {min_years} valid years: every output pixel is nodata. Lower MIN_YEARS or check the "
            "rasters' nodata."),
        "accuracy_lengths_differ": _translate(
            "Messages",
            "{mapped} map labels but {reference} reference labels: they must come in pairs."),
        "accuracy_no_samples": _translate(
            "Messages",
            "No reference sample lies on a mapped pixel: check that the samples and the map overlap."),
        "accuracy_matrix_shape": _translate(
            "Messages",
            "The confusion matrix must be square, not {shape}."),
        "accuracy_too_few_samples": _translate(
            "Messages",
            "Map classes {classes} have fewer than 2 reference samples: their accuracy has no variance. Add "
            "samples in these classes (Olofsson et al. 2014 suggest at least 50 per class)."),
        "accuracy_bad_areas": _translate(
            "Messages",
            "The mapped areas must be {expected} non-negative numbers with a positive sum."),
        "accuracy_reference_field": _translate(
            "Messages",
            "Layer {layer} has no field {field}: choose the field holding the reference class."),
        "accuracy_reference_missing": _translate(
            "Messages",
            "Layer {layer}, feature {fid}: no reference class in {field} or no geometry. Fill it or remove the "
            "sample."),
        "accuracy_reference_not_code": _translate(
            "Messages",
            "Layer {layer}, feature {fid}: the reference class '{value}' in {field} is not an integer class "
            "code like the map's."),
        "accuracy_no_overlap": _translate(
            "Messages",
            "A reference sample of class {reference} covers no mapped class; leave it out or check the map."),
        "accuracy_map_choice": _translate(
            "Messages",
            "Give the classified map either as a raster (MAP) or as polygons (MAP_LAYER), one of the two."),
        "accuracy_map_field": _translate(
            "Messages",
            "Map layer {layer} has no field {field}: choose the field holding the map class (MAP_FIELD)."),
        "accuracy_outside_class": _translate(
            "Messages",
            "Map layer {layer} already has polygons of class {value}: choose another OUTSIDE_CLASS for the region "
            "outside the map polygons."),
        "accuracy_map_class_missing": _translate(
            "Messages",
            "Map layer {layer}, feature {fid}: no class in {field}. Fill it or remove the polygon."),
        # restoration_areas and restoration_benefit (metering/restoration/rules.py, slope.py, benefit.py)
        "restoration_rule_columns": _translate(
            "Messages",
            "The restoration rule table {table} lacks the columns {fields}; start from the shipped "
            "metering/restoration/data/restoration_rules.csv."),
        "restoration_rule_value": _translate(
            "Messages",
            "The restoration rule table {table}, line {row}, column {column} holds {value}, which is not allowed "
            "(allowed: {allowed})."),
        "restoration_rule_duplicate": _translate(
            "Messages",
            "The restoration rule table {table}, line {row}, repeats the rule id {rule}; give every rule its own id."),
        "restoration_rules_unreadable": _translate(
            "Messages",
            "The restoration rule table {table} cannot be read ({error}); give a UTF-8 CSV file."),
        "restoration_dem_shape": _translate(
            "Messages",
            "The DEM must be one band of elevations in metres (got an array of shape {shape})."),
        "restoration_cell_size": _translate(
            "Messages",
            "The DEM cell size (dx {dx}, dy {dy}) is not a positive number of metres; give a DEM in a projected CRS "
            "in metres or in geographic degrees."),
        "restoration_no_density": _translate(
            "Messages",
            "The density table has no row for the {role} object {object} (known: {known}); add its densities "
            "(t C/ha per pool) or correct the unit's object."),
        "restoration_parameter": _translate(
            "Messages",
            "The parameter {parameter} = {value} is not allowed (it must be a positive number)."),
        "restoration_growth_value": _translate(
            "Messages",
            "The growth table {table}, line {row}, column {column} holds {value}: give a pool among agb, bgb, "
            "deadwood, litter and a growth ≥ 0 in t C/ha/a."),
        "restoration_degradation_value": _translate(
            "Messages",
            "The degradation table {table}, line {row}, column {column} holds {value}: give a pool among agb, bgb, "
            "deadwood, litter, soil and a loss ≥ 0 in t C/ha/a."),
        "restoration_zero_benefit": _translate(
            "Messages",
            "{units} units ({area} ha) are restored to their own current object ({objects}) with a constant "
            "baseline: no benefit under the stock-difference method. Give the degradation rate of these objects "
            "without the measure (DEGRADATION), growth parameters, or the object they are restored to (WITH_FIELD)."),
        "restoration_horizon": _translate(
            "Messages",
            "The horizon year {horizon_year} must lie after the start year {start_year} of the measure."),
    }


def _lidar():
    """LiDAR-assisted survey (Hubei spec appendix D)."""
    _translate = QCoreApplication.translate
    return {
        "no_lidar_input": _translate(
            "Messages",
            "Give a point cloud (LAS/LAZ) or a CHM raster."),
        "no_lidar_output": _translate(
            "Messages",
            "Choose plots (for the plot metrics) or a metric raster output, or both."),
        "cloud_not_found": _translate(
            "Messages",
            "The point cloud {path} ({parameter}) does not exist. Choose a LAS or LAZ file."),
        "cloud_unreadable": _translate(
            "Messages",
            "{path} cannot be read as LAS/LAZ: {reason}. Check that it is a LAS/LAZ file and not damaged."),
        "cloud_version": _translate(
            "Messages",
            "{path} is LAS {version}; LAS {supported} can be read. Convert it, e.g. with PDAL or LAStools."),
        "cloud_empty": _translate(
            "Messages",
            "The point cloud {path} holds no points."),
        "bad_chunk_size": _translate(
            "Messages",
            "Points read per block must be at least 1000 (got {value})."),
        "bad_percentile_type": _translate(
            "Messages",
            "Percentile type {value} is not an R quantile type; use 1 to 9."),
        "bad_layer_counts": _translate(
            "Messages",
            "Layer return counts must be a list of non-negative numbers (got {value})."),
        "bad_resolution": _translate(
            "Messages",
            "The ground DTM resolution must be above 0 m (got {value})."),
        "no_ground_points": _translate(
            "Messages",
            "No ground-classified returns (class 2) in {unit}: classify the ground first, give a DTM raster, or "
            "choose 'cloud already normalised'."),
        "bad_plot_area": _translate(
            "Messages",
            "Plot {fid} of {layer} has no usable plot_area_m2 ({value}); enter the plot area in m² (> 0)."),
        "bad_plot_shape": _translate(
            "Messages",
            "Plot {fid} of {layer} has plot_shape '{value}'; use one of {allowed}."),
        "plot_without_geometry": _translate(
            "Messages",
            "Plot {fid} of {layer} has no geometry; give it its location."),
        "rectangle_as_square": _translate(
            "Messages",
            "Plot {fid} of {layer} is a rectangle whose sides are not stored: its footprint is the square of the same"
            " area."),
        "no_plots": _translate(
            "Messages",
            "The plots layer {layer} has no features."),
        "plots_without_returns": _translate(
            "Messages",
            "{count} plots have no LiDAR returns (outside the cloud), their metrics are empty: feature ids {fids}."),
        "returns_outside_dtm": _translate(
            "Messages",
            "{count} returns of {unit} lie outside the DTM raster (or on its nodata) and were left out."),
        "dtm_missing": _translate(
            "Messages",
            "Heights from a DTM raster were chosen but no DTM raster was given."),
        "bad_cell_size": _translate(
            "Messages",
            "The grid cell size must be above 0 m (got {value})."),
        "grid_too_large": _translate(
            "Messages",
            "A grid of {cells} cells of {cell} m is too large; choose a larger cell or a smaller extent."),
        "no_returns_in_grid": _translate(
            "Messages",
            "No return falls inside the grid extent {bounds}; check the extent and the CRS of the cloud."),
        "raster_unreadable": _translate(
            "Messages",
            "The raster {path} ({parameter}) cannot be opened."),
        "raster_not_written": _translate(
            "Messages",
            "The raster {path} cannot be created; check the folder and free space."),
        "rotated_raster": _translate(
            "Messages",
            "The raster {path} ({parameter}) is rotated; warp it north-up first."),
        "form_needs_one_metric": _translate(
            "Messages",
            "The {form} form takes one metric; {predictors} were chosen. Choose one or the multiple linear form."),
        "form_needs_metrics": _translate(
            "Messages",
            "The multiple linear form needs two or more metrics; {predictors} was chosen."),
        "too_few_plots": _translate(
            "Messages",
            "{object}: {n} plots with metrics and {pool} for a {form} model with {predictors} metric(s); at least "
            "{needed} are needed ({dropped} plots unusable: missing values, or ≤ 0 for the power form). Add plots or "
            "use fewer metrics."),
        "collinear_predictors": _translate(
            "Messages",
            "The chosen metrics are collinear (rank {rank} for {predictors} predictors); drop one of them."),
        "bad_block_size": _translate(
            "Messages",
            "The cross-validation block size must be above 0 m (got {value})."),
        "object_without_metrics": _translate(
            "Messages",
            "{object}: none of its {n} plots has LiDAR metrics (outside the cloud); no model."),
        "no_plots_with_metrics": _translate(
            "Messages",
            "No plot of {layer} has values in {fields}: run lidar_metrics on these plots first."),
        "bad_model_file": _translate(
            "Messages",
            "{path} is not a model file of lidar_model ({reason})."),
        "metrics_missing": _translate(
            "Messages",
            "The metric raster {raster} has no band {metrics} (it has {available}); use the raster of lidar_metrics."),
        "parcels_needed": _translate(
            "Messages",
            "The model file holds models of several objects ({models}); give the parcels with their object field so "
            "each cell gets its model."),
        "too_few_plots_for_estimate": _translate(
            "Messages",
            "A stratum estimate needs at least 2 plots ({n} given)."),
        "no_cells_in_stratum": _translate(
            "Messages",
            "No cell of the metric raster lies in a parcel of a modelled object; check the object field and the "
            "extents."),
        "no_cells_for_object": _translate(
            "Messages",
            "{object}: no cell of the metric raster lies in its parcels; no estimate."),
    }


def _province():
    """The province runner's own kinds (python -m carbon_metering.province prints them without QGIS:
    metering/province/messages.py reads these literal templates and docs/dev/i18n/province.json)."""
    _translate = QCoreApplication.translate
    return {
        "province_input_missing": _translate(
            "Messages",
            "Input {path} ({role}) does not exist. Give an existing file, FILE|layername=NAME or a folder of per-"
            "county files."),
        "province_folder_empty": _translate(
            "Messages",
            "The folder {path} ({role}) holds no parcel files ({extensions})."),
        "province_layer_ambiguous": _translate(
            "Messages",
            "{path} ({role}): choose the layer with FILE|layername=NAME; its polygon layers are {layers} and none"
            " alone names the year {year}."),
        "province_no_county": _translate(
            "Messages",
            "Layer {layer} has no county field {field} and its file name does not start with a 6-digit county "
            "code. Its fields: {fields}. Give --county-field or name the file 420115_….gpkg."),
        "province_sources_crs": _translate(
            "Messages",
            "County {county} ({role}): layer {layer} is in {crs}, its other file in {first}; the files of one "
            "county and year must share one CRS."),
        "province_duplicates": _translate(
            "Messages",
            "County {county} ({role}): {count} parcel(s) delivered in more than one file ({sources}) were counted"
            " once (same geometry and code; the first file in name order kept)."),
        "province_border_ground": _translate(
            "Messages",
            "{area_ha} ha ({pieces} piece(s)) are coded to county {base_county} in the base year and to county "
            "{target_county} in the metering year (a boundary moved or parcels recoded): metered as base_only in "
            "{base_county} and target_only in {target_county}, outside the sink (border.csv)."),
        "province_claimed_twice": _translate(
            "Messages",
            "{count} parcel(s) of {year} with the same geometry are coded to county {county} and to county {other}"
            " (both files deliver them): both counties meter them, so the province total counts them twice. Fix "
            "their ZLDWDM (duplicates.csv)."),
        "province_county_one_year": _translate(
            "Messages",
            "County {county} has parcels in {year} only ({parcels} parcels): it is not metered and the province "
            "total is marked incomplete. Deliver its parcels of the other year."),
        "province_worker_lost": _translate(
            "Messages",
            "County {county}: the task did not finish ({error}: {message}); rerun to retry it, complete counties "
            "are skipped."),
        "province_task_error": _translate(
            "Messages",
            "The county task stopped on an unexpected error ({error}: {message}); the other counties go on. Rerun"
            " to retry it."),
        "province_plots_key": _translate(
            "Messages",
            "Densities derived from --plots are keyed by metering object; --key {key} needs a density table "
            "(--density)."),
        "province_no_density": _translate(
            "Messages",
            "Give the densities: --density (a density table) or --plots (a survey GeoPackage)."),
        "province_unknown_option": _translate(
            "Messages",
            "Unknown option(s) in the configuration file: {options}."),
        "province_option_missing": _translate(
            "Messages",
            "Missing option(s): {options}."),
    }


_SECTIONS = (_common, _parcel_metering, _permanent_plots, _remote_sensing,
             _urban_monitoring, _carbon_balance, _restoration, _lidar, _province)


def templates():
    """kind → translated template, for the language QGIS runs in now."""
    merged = {}
    for section in _SECTIONS:
        merged.update(section())
    return merged


def text(kind, details):
    """The translated sentence for ``kind`` with ``details`` filled in.

    A kind without a template (a bug, caught by the i18n test) still gives a
    readable line instead of a KeyError inside an error handler.
    """
    template = templates().get(kind)
    if template is None:
        return "{0}: {1}".format(kind, ", ".join("{0}={1}".format(k, v) for k, v in sorted(details.items())))
    try:
        return template.format(**{k: _shown(v) for k, v in _formatted(kind, details).items()})
    except (KeyError, IndexError, ValueError):
        return "{0} ({1})".format(template, ", ".join("{0}={1}".format(k, v) for k, v in sorted(details.items())))


def _shown(value):
    """Lists and tuples as '; '-joined text, at most ten items and how many more."""
    if isinstance(value, (list, tuple, set)):
        items = list(value)
        shown = "; ".join(str(v) for v in items[:10])
        return shown + (" … (+{0})".format(len(items) - 10) if len(items) > 10 else "")
    return value


def exception(error):
    """A ``QgsProcessingException`` for a core ``MeteringError`` or ``Cancelled``."""
    if isinstance(error, Cancelled):
        return QgsProcessingException(text("cancelled", {}))
    if isinstance(error, MeteringError):
        return QgsProcessingException(text(error.kind, error.details))
    return QgsProcessingException(str(error))


def log_note(feedback, note: Note):
    """Push a core note to the Processing log: warnings in the warning colour."""
    if feedback is None:
        return
    line = text(note.kind, note.details)
    if note.level == "warning":
        feedback.pushWarning(line)
    else:
        feedback.pushInfo(line)
