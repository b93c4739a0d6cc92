"""The words every step, algorithm and report shares: one definition each.

Change flags, metering-object ids, unit constants, the options' enums and the
columns of every table one step hands to the next live here and nowhere else.
``docs/dev/contracts.md`` is checked against this module by
``tests/test_contracts.py``.

Enums are ``str``/``int`` subclasses so they compare equal to the plain values
stored in files (``AreaMethod.ELLIPSOIDAL == "ellipsoidal"``) and their order is
the order of the Processing enum parameters (index = position).
"""

from enum import Enum, IntEnum

# --- units ---------------------------------------------------------------------------------------

#: m² per hectare.
M2_PER_HA = 10000.0
#: 44/12: mass of CO2 per mass of C (IPCC 2006 GL vol. 4 ch. 2, eq. 2.x conventions).
CO2_PER_C = 44.0 / 12.0
#: kg per tonne.
KG_PER_T = 1000.0
#: g per tonne (g C/m² · M2_PER_HA / G_PER_T = t C/ha).
G_PER_T = 1.0e6


class _Options:
    """Mixin: the enum's values in parameter order, and lookup by index or value."""

    @classmethod
    def values(cls):
        return tuple(m.value for m in cls)

    @classmethod
    def at(cls, index):
        """The member at a Processing enum index."""
        return list(cls)[int(index)]

    @classmethod
    def parse(cls, value):
        """A member from its value, name or index; ``MeteringError('bad_option')`` otherwise."""
        if isinstance(value, cls):
            return value
        for member in cls:
            if value == member.value or (isinstance(value, str) and value.strip().lower() == member.name.lower()):
                return member
        if isinstance(value, int) and not isinstance(value, bool) and 0 <= value < len(cls):
            return cls.at(value)
        from .errors import MeteringError

        raise MeteringError("bad_option", option=cls.__name__, value=value, allowed=", ".join(map(str, cls.values())))


class ChangeFlag(_Options, IntEnum):
    """``change_flag`` of an overlay piece (Hubei spec ch. 5: change between base and target year)."""

    UNCHANGED = 0
    CHANGED = 1
    BASE_ONLY = 2
    TARGET_ONLY = 3


#: Pieces present in one year only.
ONE_YEAR_FLAGS = (ChangeFlag.BASE_ONLY, ChangeFlag.TARGET_ONLY)

#: Object id of a land class the spec does not meter (buildings, roads, water …; appendix A).
NON_METERED = "non_metered"
#: Object id of a code missing from the land-class mapping.
UNMAPPED = "unmapped"


class AreaMethod(_Options, str, Enum):
    """How piece areas are measured (parcel_change ``AREA_METHOD``)."""

    ELLIPSOIDAL = "ellipsoidal"  # on the CGCS2000 ellipsoid, as 三调 computes 图斑面积
    PLANAR = "planar"  # in the layer's projected CRS
    OFFICIAL = "official"  # each parcel's survey area shared by geometric proportion


class KeyKind(_Options, str, Enum):
    """What a density table is keyed by (parcel_stock ``KEY``)."""

    OBJECT = "object"
    CODE = "code"


class Distribution(_Options, str, Enum):
    """Monte Carlo distribution of a density or area factor (uncertainty ``DISTRIBUTION``)."""

    NORMAL = "normal"
    LOGNORMAL = "lognormal"
    TRUNCATED_NORMAL = "truncated_normal"


class Confidence(_Options, float, Enum):
    """Two-sided confidence level in percent: 90 % (CDM AR-TOOL14) or 95 % (IPCC 2006 vol. 1 ch. 3)."""

    P90 = 90.0
    P95 = 95.0


class Language(_Options, str, Enum):
    """Language of a deliverable (reports, templates)."""

    ZH = "zh"
    EN = "en"


# --- carbon pools --------------------------------------------------------------------------------

#: The carbon pools every algorithm exchanges, in this order (Hubei spec ch. 4).
POOLS = ("agb", "bgb", "deadwood", "litter", "soil")
#: The pools plus their sum, as column names in plot, density and stock tables.
POOLS_WITH_TOTAL = POOLS + ("total",)

# --- tables exchanged between steps ---------------------------------------------------------------

#: parcel_change OUTPUT (overlay pieces), in order.
PIECE_COLUMNS = (
    "base_code", "target_code", "base_object", "target_object", "change_flag", "change_type",
    "county", "area_m2", "sliver", "area_method", "base_area_m2", "target_area_m2", "base_fid", "target_fid",
)
