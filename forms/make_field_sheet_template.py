"""Regenerate forms/field_sheets_template.xlsx from metering/survey_schema.py.

Run from the repository root after `make link`:
    PYTHONPATH=.build/python .venv/bin/python forms/make_field_sheet_template.py
The template holds the example plot of ``field_sheets.example_tables()``.
"""

import argparse
import os

from carbon_metering.metering import field_sheets

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", default=os.path.join(HERE, "field_sheets_template.xlsx"))
    args = parser.parse_args()
    field_sheets.write_workbook(args.out, field_sheets.example_tables())
    print(args.out)


if __name__ == "__main__":
    main()
