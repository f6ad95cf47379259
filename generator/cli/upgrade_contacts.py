"""Content format 2: `rutiner.kontaktpersoner` names roles from skola.yml.

Format 1 took free strings and published them as written, names and phone numbers
too. This step rewrites each string that names a school's role (in any case, or
followed by a name or a number) to the role as skola.yml spells it, and reports,
with file:line, the strings it cannot convert. It edits the text, so comments stay.
"""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from generator.load.layout import ORGANISER_FILE, SCHOOLS
from generator.load.yamlerrors import LoadError
from generator.load.yamlsafe import safe_load
from generator.load.yamlstrict import read_text
from generator.text import listing

TEAM = "Trygghetsteamet"
Texts = dict[Path, str]  # file -> its text, as the steps have rewritten it so far
Users = dict[str, list[str]]  # school id -> its roles, for each school that uses a list
PLAIN = re.compile(r"^[A-Za-zÅÄÖåäöÉéÜü][\wÅÄÖåäöÉéÜü ./()–-]*$")


def convert_contacts(content: Path, texts: Texts) -> list[str]:
    """Rewrite kontaktpersoner in huvudman.yml and every plan; what was done or left."""
    done: list[str] = []
    schools = _schools(content, texts)
    shared: Users = {}
    for folder, roles in schools.items():
        plans = sorted((folder / "trygghetsplan").glob("*.yml"))
        own = {folder.name: roles}
        replaced = [plan for plan in plans if _rewrite(content, plan, texts, own, done)]
        if len(replaced) < len(plans) or not plans:
            shared[folder.name] = roles
    _rewrite(content, content / ORGANISER_FILE, texts, shared, done)
    return done


def _schools(content: Path, texts: Texts) -> dict[Path, list[str]]:
    """Each school folder and the roles its skola.yml defines (Trygghetsteamet too)."""
    found: dict[Path, list[str]] = {}
    for path in sorted((content / SCHOOLS).glob("*/skola.yml")):
        data = safe_load(named(path, _text(path, texts))) or {}
        contacts = data.get("kontakter", []) if isinstance(data, dict) else []
        roles = [c["roll"] for c in contacts if isinstance(c, dict) and "roll" in c]
        found[path.parent] = [*roles, TEAM]
    return found


def _text(path: Path, texts: Texts) -> str:
    if path not in texts:
        texts[path] = read_content(path)
    return texts[path]


class Unreadable(Exception):
    """A file the upgrade must read cannot be read (Swedish, with the file)."""


def read_content(path: Path) -> str:
    """A content file's text: a regular UTF-8 file (a named pipe would never end)."""
    try:
        return read_text(path)
    except LoadError as error:
        raise Unreadable(f"{path}: {error.message}; {error.hint}") from None


def named(path: Path, text: str) -> io.StringIO:
    """`text` to parse as YAML, named by its file: an error's position names the file."""
    stream = io.StringIO(text)
    stream.name = str(path)
    return stream


def _rewrite(content: Path, path: Path, texts: Texts, users: Users, done: list[str]) -> bool:
    """Rewrite one file's list against the roles of every school that uses it; False if none."""
    text = _text(path, texts)
    items = _items(yaml.compose(named(path, text)))
    if items is None:
        return False
    shown = path.relative_to(content.parent).as_posix()
    notes: list[str] = []  # last item first: the text is edited from its end
    for node in reversed(items):
        written = str(node.value)
        role, lacking = _common(written, users)
        where = f"{shown}:{node.start_mark.line + 1}"
        if role is None:
            notes.append(
                f"{where}: '{written}' skrevs inte om: det är ingen roll under kontakter i "
                f"skola.yml för {listing(lacking)}; lägg till rollen där och skriv den här "
                "som den står där, eller ta bort raden"
            )
            continue
        if role != written:
            text = text[: node.start_mark.index] + _scalar(role) + text[node.end_mark.index :]
            notes.append(_converted(where, written, role))
    texts[path] = text
    done.extend(reversed(notes))
    return True


def _converted(where: str, written: str, role: str) -> str:
    said = f"{where}: '{written}' hänvisar nu till rollen '{role}' i skola.yml"
    if written.strip().casefold() == role.casefold():
        return said
    return said + "; kontrollera att namn och telefon som stod här finns där"


def _items(root: Node | None) -> list[ScalarNode] | None:
    """The scalar items of rutiner.kontaktpersoner, or None when the file has no such list."""
    node = root
    for key in ("rutiner", "kontaktpersoner"):
        if not isinstance(node, MappingNode):
            return None
        node = next((v for k, v in node.value if k.value == key), None)
    if not isinstance(node, SequenceNode):
        return None
    return [item for item in node.value if isinstance(item, ScalarNode)]


def _common(written: str, users: Users) -> tuple[str | None, list[str]]:
    """The role `written` names in every school that uses the list (as the first spells
    it), or None and the schools where it names none or another role."""
    found = {school: _role(written, roles) for school, roles in users.items()}
    names = [role for role in found.values() if role]
    first = names[0] if names else None
    lacking = [s for s, role in found.items() if not role or role.casefold() != names[0].casefold()]
    return (first, []) if first and not lacking else (None, lacking or ["någon skola"])


def _role(written: str, roles: list[str]) -> str | None:
    """The role `written` is: the same in any case, or the role followed by more words."""
    wanted = written.strip().casefold()
    for role in sorted(roles, key=len, reverse=True):
        name = role.casefold()
        if wanted == name or (wanted.startswith(name) and not wanted[len(name)].isalpha()):
            return role
    return None


def _scalar(role: str) -> str:
    """The role as a YAML scalar that reads the same in a block or a flow list."""
    return role if PLAIN.match(role) else json.dumps(role, ensure_ascii=False)
