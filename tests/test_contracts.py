"""docs/dev/contracts.md says what metering/vocabulary.py defines (the chain's real outputs are
checked against the same vocabulary in tests/test_chain.py)."""

from carbon_metering.metering import vocabulary as v
from carbon_metering.tools import contracts_doc
from tests.conftest import REPO


def test_contracts_doc_is_generated_from_the_vocabulary():
    text = (REPO / "docs" / "dev" / "contracts.md").read_text(encoding="utf-8")
    assert contracts_doc.current_section(text) == contracts_doc.render(), (
        "run `python -m carbon_metering.tools.contracts_doc`")


def test_every_exchanged_table_is_documented_and_unique():
    assert set(contracts_doc.TITLES) == set(v.TABLES)
    for name, columns in v.TABLES.items():
        assert len(columns) == len(set(columns)), name


def test_one_name_per_quantity():
    """The sink and the stocks have one name and unit suffix everywhere (no removals_*, no c_base_*)."""
    every = {c for columns in v.TABLES.values() for c in columns}
    assert v.SINK in every and v.DC_PER_YEAR in every
    assert not [c for c in every if c.startswith(("removals", "c_base_", "c_target_"))]
    assert all(c.endswith("_tc") for c in every if c.startswith("stock_") and not c.endswith("sha256"))
