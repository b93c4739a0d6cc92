"""Inputs accept the Chinese names wherever they accept codes (metering/names.py).

Field sheets with 乔木林地 (a 三调 land-class name), 方形, 活, 杉树 (data/name_aliases.csv), the
template's own drop-down entries ("乔木林 [forest_arbor]"), pools_surveyed as the form's tab
labels (乔木, 枯落物与倒木), a density table keyed 乔木林 / 旱地 with pools in words; a near miss
gets a "did you mean" suggestion.
"""

import pandas as pd
import pytest

from carbon_metering.metering import field_sheets, names
from carbon_metering.metering import survey_schema as ss
from carbon_metering.metering.density import DensityTable


def _plots(**changes):
    row = {"plot_id": "A", "survey_year": 2023, "object": "forest_arbor", "plot_area_m2": 400.0,
           "plot_shape": "square", "x": 1.0, "y": 2.0, "_row": 4}
    row.update(changes)
    return pd.DataFrame([row])


def test_field_sheets_take_chinese_words():
    clean, problems = ss.validate_table("plots", _plots(object="乔木林地", plot_shape="方形"))
    assert problems == []
    assert (clean["object"][0], clean["plot_shape"][0]) == ("forest_arbor", "square")
    trees = pd.DataFrame([{"plot_id": "A", "species": "杉树", "dbh_cm": 12.0, "status": "活", "_row": 4},
                          {"plot_id": "A", "species": "马尾松 [masson_pine]", "dbh_cm": 9.0,
                           "status": "枯立木 [standing_dead]", "decay_class": "2", "_row": 5}])
    clean, problems = ss.validate_table("trees", trees)
    assert problems == []
    assert clean["species"].tolist() == ["chinese_fir", "masson_pine"]
    assert clean["status"].tolist() == ["live", "standing_dead"]


def test_pools_surveyed_takes_the_form_tab_labels():
    clean, problems = ss.validate_table("plots", _plots(pools_surveyed="乔木、枯落物与倒木、土壤"))
    assert problems == []
    assert clean["pools_surveyed"][0] == "trees,litter,deadwood,soil"
    clean, problems = ss.validate_table("plots", _plots(pools_surveyed="Trees, Litter and deadwood"))
    assert problems == [] and clean["pools_surveyed"][0] == "trees,litter,deadwood"


def test_a_near_miss_gets_a_did_you_mean():
    _, problems = ss.validate_table("plots", _plots(object="forest_arbr"))
    assert [p["code"] for p in problems] == ["not_in_list_suggest"]
    assert problems[0]["params"]["suggestion"] == "forest_arbor [forest_arbor]"
    assert "did you mean forest_arbor [forest_arbor]?" in problems[0]["reason"]
    # allowed values are shown as the template lists them: the Chinese name with the code
    assert "乔木林 [forest_arbor]" in problems[0]["params"]["allowed"]
    _, problems = ss.validate_table("trees", pd.DataFrame([{"plot_id": "A", "species": "马尾", "dbh_cm": 9.0,
                                                           "status": "live", "_row": 4}]))
    assert problems[0]["code"] == "not_in_list_suggest" and "masson_pine" in problems[0]["params"]["suggestion"]
    # nothing close: no guess
    _, problems = ss.validate_table("trees", pd.DataFrame([{"plot_id": "A", "species": "xyz", "dbh_cm": 9.0,
                                                           "status": "live", "_row": 4}]))
    assert problems[0]["code"] == "not_in_list"


def test_template_drop_downs_list_chinese_names_with_codes(tmp_path):
    from openpyxl import load_workbook

    path = field_sheets.write_workbook(str(tmp_path / "t.xlsx"))
    lists = load_workbook(path)[field_sheets.LIST_SHEET]
    columns = {lists.cell(1, c).value: [lists.cell(r, c).value for r in range(2, lists.max_row + 1)
                                        if lists.cell(r, c).value] for c in range(1, lists.max_column + 1)}
    assert "乔木林 [forest_arbor]" in columns["object"]
    assert "杉木 [chinese_fir]" in columns["species"]
    assert "正方形 [square]" in columns["plot_shape"]
    # and what the drop-down writes is read back as the code
    clean, problems = ss.validate_table("plots", _plots(object=columns["object"][0], plot_shape="正方形 [square]"))
    assert problems == [] and clean["plot_shape"][0] == "square"


def test_density_table_keyed_by_chinese_names():
    wide = pd.DataFrame({"object": ["乔木林", "旱地"], "地上生物量": [40.0, 2.0], "地下生物量": [10.0, 1.0],
                         "枯死木": [2.0, 0.0], "枯落物": [1.0, 0.0], "土壤有机碳": [47.0, 27.0]})
    table = DensityTable.parse(wide, name="zh")
    assert table.means.loc["forest_arbor", "agb"] == pytest.approx(40.0)
    assert table.means.loc["dry_land", "soil"] == pytest.approx(27.0)
    pools = ["地上生物量", "Below-ground biomass", "枯死木", "litter", "Soil organic carbon"]
    long = pd.DataFrame({"stratum": ["乔木林地"] * 5 + ["Dry land"] * 5, "pool": pools * 2,
                         "mean": [40.0, 10.0, 2.0, 1.0, 47.0, 2.0, 1.0, 0.0, 0.0, 27.0]})
    means = DensityTable.parse(long, name="zh-long").means
    assert means.loc["forest_arbor", "agb"] == pytest.approx(40.0)
    assert means.loc["dry_land", "soil"] == pytest.approx(27.0)


def test_land_class_names_map_only_when_unambiguous():
    objects = names.object_names()
    assert objects["乔木林地"] == "forest_arbor" and objects["旱地"] == "dry_land"
    assert names.resolve_object("乔木林|420115") == "forest_arbor|420115"  # a crossed stratum key
    assert "城镇住宅用地" not in objects  # non-metered land
