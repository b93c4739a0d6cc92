"""Outputs are written beside their destination with ordinary permissions."""

import os
import stat

from carbon_metering.metering.files import temp_path_beside


def test_temp_file_has_umask_permissions_and_lives_beside(tmp_path):
    old = os.umask(0o022)
    try:
        tmp = temp_path_beside(str(tmp_path / "sub" / "report.xlsx"), ".xlsx")
    finally:
        os.umask(old)
    assert os.path.dirname(tmp) == str(tmp_path / "sub")
    assert tmp.endswith(".xlsx") and os.path.getsize(tmp) == 0
    # mkstemp alone would give 0600: a report colleagues cannot open.
    assert stat.S_IMODE(os.stat(tmp).st_mode) == 0o644
