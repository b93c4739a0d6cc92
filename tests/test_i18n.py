"""Translations: complete in zh and en, in step with the code, loadable."""

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET

import pytest

from tests.conftest import REPO

I18N = REPO / "i18n"
PLACEHOLDER = re.compile(r"\{\d*\}")


def messages(ts_path):
    root = ET.parse(ts_path).getroot()
    for context in root.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            yield context.findtext("name"), message.findtext("source"), translation


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_message_is_translated(lang):
    untranslated = [
        (ctx, src)
        for ctx, src, tr in messages(I18N / f"carbonmeter_{lang}.ts")
        if tr.get("type") in ("unfinished", "obsolete") or not (tr.text or "").strip()
    ]
    assert untranslated == []


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_placeholders_survive_translation(lang):
    broken = [
        src
        for _, src, tr in messages(I18N / f"carbonmeter_{lang}.ts")
        if sorted(PLACEHOLDER.findall(src)) != sorted(PLACEHOLDER.findall(tr.text or ""))
    ]
    assert broken == []


def test_zh_translations_are_chinese():
    han = re.compile(r"[\u4e00-\u9fff]")
    words = re.compile(r"[A-Za-z]{2,}")
    # Strings with words need Chinese; "90 %" stays as it is.
    not_chinese = [src for _, src, tr in messages(I18N / "carbonmeter_zh.ts")
                   if words.search(src) and not han.search(tr.text or "")]
    assert not_chinese == []


def test_ts_files_are_in_step_with_the_code(tmp_path):
    """Every tr() string in the code is in the .ts files (run `make transup` when this fails)."""
    sources = subprocess.run(["git", "ls-files", "*.py", "*.ui"], cwd=REPO, capture_output=True, text=True)
    files = [f for f in sources.stdout.split() if not f.startswith(("tests/", "bench/", "sample/"))]
    fresh = tmp_path / "fresh.ts"
    subprocess.run([shutil.which("pylupdate5"), "-noobsolete", *files, "-ts", str(fresh)], cwd=REPO, check=True,
                   capture_output=True)
    in_code = {(ctx, src) for ctx, src, _ in messages(fresh)}
    for lang in ("zh", "en"):
        in_ts = {(ctx, src) for ctx, src, _ in messages(I18N / f"carbonmeter_{lang}.ts")}
        assert in_code - in_ts == set(), f"run `make transup` and translate ({lang})"


def test_zh_translator_translates_plugin_strings(qgis_app):
    from qgis.PyQt.QtCore import QCoreApplication

    from carbon_metering.plugin.i18n import load_translator

    assert (I18N / "carbonmeter_zh.qm").exists(), "`make setup` compiles the .qm files"
    for locale in ("zh_CN", "zh", "zh-Hans"):
        translator = load_translator(locale)
        assert translator is not None, locale
        try:
            text = QCoreApplication.translate("CarbonMeteringPlugin", "Help and methods")
            assert text == "帮助与方法说明"
        finally:
            QCoreApplication.removeTranslator(translator)
    assert QCoreApplication.translate("CarbonMeteringPlugin", "Help and methods") == "Help and methods"


def test_every_message_template_is_extracted_and_translated(qgis_app):
    """The core's error/note templates (processing_provider/messages.py) reach the .ts files in
    context Messages and have a Chinese translation (pylupdate only sees literal _translate calls)."""
    from carbon_metering.processing_provider import messages

    han = re.compile(r"[\u4e00-\u9fff]")
    zh = {src: (tr.text or "") for ctx, src, tr in messages_of_context(I18N / "carbonmeter_zh.ts", "Messages")}
    templates = messages.templates()
    missing = sorted(k for k, v in templates.items() if v not in zh)
    untranslated = sorted(k for k, v in templates.items() if v in zh and not han.search(zh[v]))
    assert missing == [] and untranslated == []


def messages_of_context(ts_path, context_name):
    return [(ctx, src, tr) for ctx, src, tr in messages(ts_path) if ctx == context_name]


def test_one_term_per_concept_for_the_two_years():
    """Issue 15: the Hubei spec's 基准年 / 计量年 are "base year" / "metering year" in the English UI,
    never "target year" (the parameter names BASE_YEAR / TARGET_YEAR stay: a public contract); every
    message that says "metering year" says 计量年 in Chinese."""
    english = re.compile(r"\btarget[ -]years?\b|\btarget \(metering\)", re.I)
    checked = 0
    for _ctx, source, translation in messages(I18N / "carbonmeter_zh.ts"):
        assert not english.search(source), source
        if re.search(r"\bmetering[ -]years?\b", source, re.I):
            assert "计量年" in (translation.text or ""), source
            checked += 1
    assert checked >= 20
