"""Whether MkDocs accepts mkdocs.yml, and if not why: in Swedish, at the line of the setting.

MkDocs says what is wrong with a setting in English ("Config value 'plugins': The "x"
plugin is not installed"). A huvudman edits mkdocs.yml rarely and reads Swedish: each
objection MkDocs is known to make is said again in Swedish with how to fix it, and
placed at the line and column where the setting (the plugin, the option) stands. An
objection not known here keeps MkDocs' own words after "MkDocs säger:".
"""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import Any

import yaml
from mkdocs.config import load_config
from mkdocs.exceptions import MkDocsException

from generator.load.mkdocsfile import setting_place
from generator.load.yamlerrors import syntax_error
from generator.site.configrefusals import refusals
from generator.site.mkdocswords import LISTS, OBJECTIONS, TYPES

# The logger MkDocs objects to settings through: its package's, named after the module
# that loads the configuration ("properdocs" where ProperDocs stands in for MkDocs).
CONFIG_LOGGER = load_config.__module__.partition(".")[0]

SETTING = re.compile(
    r"^Config value '(?P<key>[^']+)': "
    r"(?:Plugin '(?P<plugin>[^']+)' option '(?P<option>[^']+)': )?(?P<said>.*)$",
    re.DOTALL,
)


def config_problem(config_file: Path) -> str:
    """Why MkDocs cannot read the configuration, in one line; "" when it can. Asked before
    any worker starts, so that a broken mkdocs.yml never surfaces as a worker's crash."""
    reasons: list[str] = []
    collector = _Collector(reasons)
    logger = logging.getLogger(CONFIG_LOGGER)
    logger.addHandler(collector)
    try:
        config = load_config(str(config_file), strict=True)  # as sites are built: warnings stop
    except (MkDocsException, yaml.YAMLError, OSError) as error:
        if why := _yaml_problem(error, config_file):
            return why
        return "; ".join(in_swedish(config_file, said) for said in reasons or [str(error)])
    finally:
        logger.removeHandler(collector)
    return refused_settings(config_file, config)


def refused_settings(config_file: Path, config: Any) -> str:
    """The settings of `config` that would make trygg's pages ask another host
    (`site.configrefusals`), in one line; "" when there are none."""
    return "; ".join(refusals(config, lambda path: setting_place(config_file, path)))


def _yaml_problem(error: BaseException, config_file: Path) -> str:
    """A YAML syntax error in mkdocs.yml as the content's are told (line, column and what
    to do, in Swedish; `load.yamlerrors`); "" for another error."""
    chain = (error, error.__cause__, error.__context__)
    if any(isinstance(e, yaml.reader.ReaderError) for e in chain):  # bytes, not text
        why = "den är inte UTF-8-text, eller har ett tecken som inte får stå i text"
        return f"{config_file}: MkDocs kan inte läsa filen: {why} – spara den som UTF-8"
    found = next((e for e in chain if isinstance(e, yaml.MarkedYAMLError)), None)
    if found is None:
        return ""
    try:
        text = config_file.read_text(encoding="utf-8", errors="replace")
    except OSError:
        text = ""
    told = syntax_error(found, text, 0)
    where = f"{config_file}:{told.line}:{told.column}"
    return f"{where}: MkDocs kan inte läsa filen: {told.message} – {told.hint}"


class _Collector(logging.Handler):
    """Keeps the text of MkDocs' errors and warnings (the reasons behind "Aborted")."""

    def __init__(self, reasons: list[str]) -> None:
        super().__init__(logging.WARNING)
        self.reasons = reasons

    def emit(self, record: logging.LogRecord) -> None:
        self.reasons.append(" ".join(record.getMessage().split()))


def in_swedish(config_file: Path, said: str) -> str:
    """One objection of MkDocs to `config_file`, in Swedish, led by the file and the line
    and column of the setting it is about where the file shows it ("mkdocs.yml:12:5: …")."""
    setting = SETTING.match(said)
    if setting is None:
        return f"{config_file}: MkDocs kan inte läsa filen: {_objection(said)[0]}"
    path = [setting["key"], *(setting.group("plugin", "option") if setting["plugin"] else ())]
    objection, named = _objection(setting["said"])
    if named and path[-1] in LISTS:
        path.append(named)  # the entry's own line in the list
    setting_name = " → ".join(path)
    where = setting_place(config_file, path)
    return f"{where}: MkDocs kan inte läsa inställningen {setting_name}: {objection}"


def _objection(said: str) -> tuple[str, str]:
    """What MkDocs said, in Swedish, and the name it is about ("" if none)."""
    for pattern, swedish in OBJECTIONS:
        if found := pattern.match(said.strip()):
            words = {k: TYPES.get(v, v) for k, v in found.groupdict().items()}
            return swedish.format(**words), found.groupdict().get("name", "")
    return f"MkDocs säger: {' '.join(said.split())}", ""
