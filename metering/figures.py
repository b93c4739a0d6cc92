"""Fonts of the PNG figures (matplotlib): Chinese labels need a CJK font.

Pure Python. ``font_rc()`` is the matplotlib rc of a figure whose text may be Chinese: the CJK
families the PDF report uses (processing_provider/report_layout.CJK_FAMILIES) first, then
matplotlib's default; applied with ``matplotlib.rc_context`` so no global setting changes.
"""

#: Fonts able to show Chinese, in order of preference (Debian: fonts-wqy-microhei, fonts-noto-cjk).
CJK_FAMILIES = ("WenQuanYi Micro Hei", "Noto Sans CJK SC", "WenQuanYi Zen Hei", "Source Han Sans SC",
                "Microsoft YaHei", "SimHei", "PingFang SC")


def font_rc():
    """rc parameters for a figure with Chinese text (the minus sign as a hyphen: CJK fonts lack U+2212)."""
    return {"font.family": "sans-serif", "font.sans-serif": list(CJK_FAMILIES) + ["DejaVu Sans"],
            "axes.unicode_minus": False}
