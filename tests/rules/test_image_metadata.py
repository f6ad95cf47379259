"""Photos are published without their metadata, and a personnummer in it is an error.

The images are made with Pillow, as a camera or an editor would save them, and read
back with Pillow: the published file must draw the same pixels and carry nothing else.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image, PngImagePlugin
from ruletools import SCHOOL, Tree

from generator.personal_data import personal_numbers
from generator.render.sitefiles import photo_files
from generator.validate.imagemeta import metadata_text, without_metadata
from generator.validate.images import kind_of
from generator.validate.svgsafety import UnsafeSvg, check_svg

SECRET = "Elev 121212–1212"  # an en dash, as UTF-8 in the metadata
GPS_IFD = 0x8825


def _picture() -> Image.Image:
    picture = Image.new("RGB", (24, 16), (200, 40, 40))
    picture.paste((20, 90, 200), (0, 0, 12, 8))
    return picture


def _exif(text: str = SECRET) -> Image.Exif:
    exif = Image.Exif()
    exif[0x010E] = text  # ImageDescription
    exif[0x013B] = "Fotograf Kalle"  # Artist
    exif.get_ifd(GPS_IFD)[2] = (59.0, 19.0, 44.0)  # latitude
    return exif


def _jpeg() -> bytes:
    out = io.BytesIO()
    _picture().save(out, "JPEG", quality=95, exif=_exif(), comment=SECRET.encode())
    return out.getvalue()


def _png(chunk: str) -> bytes:
    info = PngImagePlugin.PngInfo()
    if chunk == "tEXt":
        info.add_text("Comment", SECRET)
    elif chunk == "zTXt":
        info.add_text("Comment", SECRET, zip=True)
    else:
        info.add_itxt("Description", SECRET, lang="sv", tkey="Beskrivning", zip=True)
    out = io.BytesIO()
    _picture().save(out, "PNG", pnginfo=info, exif=_exif())
    return out.getvalue()


def _webp(text: str = SECRET) -> bytes:
    out = io.BytesIO()
    xmp = f"<x:xmpmeta><dc:description>{text}</dc:description></x:xmpmeta>".encode()
    _picture().save(out, "WEBP", lossless=True, exif=_exif(text), xmp=xmp)
    return out.getvalue()


def _progressive_with_a_late_comment() -> bytes:
    out = io.BytesIO()
    _picture().save(out, "JPEG", progressive=True, quality=90)
    comment = SECRET.encode() + b" Kalle"
    segment = b"\xff\xfe" + (len(comment) + 2).to_bytes(2, "big") + comment
    return out.getvalue()[:-2] + segment + b"\xff\xd9"


def _with_a_second_picture() -> bytes:
    """A phone's multi-picture file: a clean JPEG and, after its end, one with EXIF."""
    out = io.BytesIO()
    _picture().save(out, "JPEG")
    return out.getvalue() + _jpeg()


CAMERA_FILES = {
    "jpeg-late-comment": _progressive_with_a_late_comment,
    "jpeg-second-picture": _with_a_second_picture,
    "jpeg": _jpeg,
    "png-text": lambda: _png("tEXt"),
    "png-ztxt": lambda: _png("zTXt"),
    "png-itxt": lambda: _png("iTXt"),
    "webp": _webp,
}


@pytest.mark.parametrize("made", CAMERA_FILES)
def test_metadata_is_read_and_removed(made: str) -> None:
    data = CAMERA_FILES[made]()
    kind = kind_of(data)
    assert next(personal_numbers(metadata_text(data, kind)), None) is not None
    published = without_metadata(data, kind)
    assert b"1212" not in published and b"Kalle" not in published
    assert metadata_text(published, kind) == ""
    with Image.open(io.BytesIO(published)) as shown, Image.open(io.BytesIO(data)) as original:
        assert shown.size == original.size
        assert shown.convert("RGB").tobytes() == original.convert("RGB").tobytes()
        assert not shown.getexif()
        assert not {"exif", "xmp", "comment", "Comment", "Description"} & set(shown.info)


def _with_photo(path: str) -> str:
    return f"    namn: Maria Lindqvist\n    foto: {path}\n    foto_text: Maria i skolans entré\n"


def _jfif_with_text() -> bytes:
    """A JFIF header with words appended after its fixed fields."""
    out = io.BytesIO()
    _picture().save(out, "JPEG")
    data = out.getvalue()
    length = int.from_bytes(data[4:6], "big")
    extra = SECRET.encode()
    return (
        data[:4]
        + (length + len(extra)).to_bytes(2, "big")
        + data[6 : 4 + length]
        + extra
        + data[4 + length :]
    )


def _with_a_profile(kind: str) -> bytes:
    out = io.BytesIO()
    _picture().save(out, kind, icc_profile=b"profil " + SECRET.encode() * 4)
    return out.getvalue()


@pytest.mark.parametrize(
    "made", [_jfif_with_text, lambda: _with_a_profile("JPEG"), lambda: _with_a_profile("PNG")]
)
def test_headers_and_profiles_keep_no_words(made: object) -> None:
    assert callable(made)
    data = made()
    published = without_metadata(data, kind_of(data))
    assert b"121212" not in published and b"Elev" not in published
    with Image.open(io.BytesIO(published)) as shown, Image.open(io.BytesIO(data)) as original:
        assert shown.convert("RGB").tobytes() == original.convert("RGB").tobytes()


def test_a_photo_with_a_personal_number_in_its_metadata(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    school = tree.path(SCHOOL).parent
    (school / "foton").mkdir()
    (school / "foton" / "rektor.jpg").write_bytes(_jpeg())
    tree.edit(SCHOOL, "    namn: Maria Lindqvist\n", _with_photo("foton/rektor.jpg"))
    checked = tree.check()
    [problem] = [p for p in checked.report if p.code == "TP401"]
    assert str(problem.location) == tree.at(SCHOOL, "foton/rektor.jpg")
    assert "metadata" in problem.message and "1212" not in problem.format()


def test_published_photos_carry_no_metadata(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    school_dir = tree.path(SCHOOL).parent
    (school_dir / "foton").mkdir()
    (school_dir / "foton" / "rektor.webp").write_bytes(_webp("Skolgården i maj"))
    tree.edit(SCHOOL, "    namn: Maria Lindqvist\n", _with_photo("foton/rektor.webp"))
    checked = tree.check()
    school = checked.school("ekbackens-skola")
    assert school is not None
    [photo] = photo_files(school, tmp_path / "content")
    assert photo.uri == "assets/foton/rektor.webp"
    assert isinstance(photo.content, bytes) and b"xmpmeta" not in photo.content
    assert b"EXIF" not in photo.content and b"XMP " not in photo.content
    assert "Skolgården".encode() not in photo.content


SVG = '<svg xmlns="http://www.w3.org/2000/svg" xmlns:rdf="{rdf}" xmlns:dc="{dc}">{body}</svg>'
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
DC = "http://purl.org/dc/elements/1.1/"


def _svg(body: str) -> bytes:
    return SVG.format(rdf=RDF, dc=DC, body=body).encode()


def test_an_editors_metadata_passes_but_words_in_it_do_not() -> None:
    inkscape = "<metadata><rdf:RDF><dc:format>image/svg+xml</dc:format></rdf:RDF></metadata>"
    check_svg(_svg(inkscape + "<rect width='4' height='4'/>"))
    with pytest.raises(UnsafeSvg, match="<metadata> har texten 'Kalle i 4B'"):
        check_svg(_svg("<metadata><rdf:RDF><dc:title>Kalle i 4B</dc:title></rdf:RDF></metadata>"))
    with pytest.raises(UnsafeSvg, match="<metadata> har texten 'Eleven Sara'"):
        check_svg(_svg("<rdf:RDF><dc:creator>Eleven Sara</dc:creator></rdf:RDF>"))
    with pytest.raises(UnsafeSvg, match="<metadata> har texten 'Omar i fyran'"):
        check_svg(_svg("<metadata><rdf:Description dc:title='Omar i fyran'/></metadata>"))


@pytest.mark.parametrize(
    "body",
    [
        "<title>Elev 121212-1212</title>",
        "<text x='1' y='9'>&#49;21212&#8209;1212</text>",
        "<rect width='4' height='4' aria-label='19121212 1212'/>",
        "<!-- Foto: 121212-1212 --><rect width='4' height='4'/>",
        "<text x='1' y='9'>1212<tspan>12-1212</tspan></text>",
    ],
)
def test_a_personal_number_in_an_svg(tmp_path: Path, body: str) -> None:
    tree = Tree(tmp_path)
    school = tree.path(SCHOOL).parent
    (school / "foton").mkdir()
    (school / "foton" / "rektor.svg").write_bytes(_svg(body))
    tree.edit(SCHOOL, "    namn: Maria Lindqvist\n", _with_photo("foton/rektor.svg"))
    [problem] = [p for p in tree.check().report if p.code == "TP401"]
    assert str(problem.location) == tree.at(SCHOOL, "foton/rektor.svg")
    assert "SVG-filen" in problem.message
