"""Issue 13 item 5: too big, too strange, hostile. Every such file, given to
``beroepsplanner import companies`` (and ``import pupils``), ends within a generous time
bound with a Dutch message, exit code 1, no traceback, and the database's bytes as they
were. The files are small crafted zips and CSVs, built the way the real trouble looks."""

from __future__ import annotations

import io
import shutil
import struct
import time
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook
from openpyxl.styles import Font

from beroepsplanner import cli
from beroepsplanner.io.limits import MAX_ROWS

TIME_BOUND = 10.0  # seconds; generous: the machine is shared


@pytest.fixture
def db(demo_file: Path, tmp_path: Path) -> Path:
    path = tmp_path / "school.db"
    shutil.copyfile(demo_file, path)
    return path


def files(db: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in db.parent.glob(f"{db.name}*") if p.is_file()}


def refused(capsys: pytest.CaptureFixture[str], db: Path, *argv: str | Path) -> str:
    before = files(db)
    start = time.perf_counter()
    code = cli.main([str(a) for a in (*argv, "--db", db)])
    took = time.perf_counter() - start
    out, err = capsys.readouterr()
    assert code == 1, (out, err)
    assert took < TIME_BOUND, took
    assert "Traceback" not in err and err.strip()
    assert files(db) == before
    return err


def workbook_bytes(rows: list[list[object]]) -> bytes:
    workbook = Workbook()
    for row in rows:
        workbook.active.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def with_sheet(data: bytes, sheet: bytes | None = None, *, chunks: int = 0, chunk: bytes = b"") -> bytes:
    """The workbook ``data`` with its first sheet's XML replaced by ``sheet`` (or by
    ``chunks`` times ``chunk`` inside a sheet, written in pieces: an inflating file)."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            if info.filename != "xl/worksheets/sheet1.xml":
                target.writestr(info.filename, source.read(info))
            elif sheet is not None:
                target.writestr(info.filename, sheet)
            else:
                with target.open(info.filename, "w", force_zip64=True) as part:
                    part.write(SHEET_START + b"<sheetData>")
                    for _ in range(chunks):
                        part.write(chunk)
                    part.write(b"</sheetData></worksheet>")
    return out.getvalue()


SHEET_START = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
)


def sheet(rows: bytes, dimension: bytes = b"A1:B2") -> bytes:
    return SHEET_START + b'<dimension ref="' + dimension + b'"/><sheetData>' + rows + b"</sheetData></worksheet>"


def declared_size(data: bytes, name: bytes, size: int) -> bytes:
    """``data`` (a zip) with the central directory's unpacked size of ``name`` set to ``size``."""
    data = bytearray(data)
    at = data.find(b"PK\x01\x02")
    while at != -1:
        name_length = struct.unpack_from("<H", data, at + 28)[0]
        if data[at + 46 : at + 46 + name_length] == name:
            struct.pack_into("<I", data, at + 24, size)
        at = data.find(b"PK\x01\x02", at + 4)
    return bytes(data)


COMPANIES = [["Naam", "Plaats"], ["Bakkerij De Korenaar", "Utrecht"]]


def test_a_sheet_declared_to_unpack_to_gigabytes_is_refused_before_it_is_unpacked(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, db: Path
) -> None:
    source = tmp_path / "bom.xlsx"
    source.write_bytes(declared_size(workbook_bytes(COMPANIES), b"xl/worksheets/sheet1.xml", 0xFFFF_FFF0))
    err = refused(capsys, db, "import", "companies", source)
    assert "uitgepakt is het 4,0 GB, meer dan de 64 MB" in err


def test_a_few_kilobytes_that_inflate_to_hundreds_of_megabytes_are_refused(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, db: Path
) -> None:
    # 256 MB of empty rows' worth of spaces, deflated to a few hundred kilobytes.
    data = with_sheet(workbook_bytes(COMPANIES), chunks=256, chunk=b" " * (1024 * 1024))
    assert len(data) < 1024 * 1024
    source = tmp_path / "bom.xlsx"
    source.write_bytes(data)
    err = refused(capsys, db, "import", "companies", source)
    assert "uitgepakt is het 256 MB" in err


def test_a_part_that_unpacks_to_more_than_it_declares_is_cut_off_and_refused(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, db: Path
) -> None:
    data = with_sheet(workbook_bytes(COMPANIES), chunks=200, chunk=b'<row r="1"/>' * 80_000)
    source = tmp_path / "liegt.xlsx"
    source.write_bytes(declared_size(data, b"xl/worksheets/sheet1.xml", 1000))
    err = refused(capsys, db, "import", "companies", source)
    assert "kan niet worden gelezen" in err or "geen leesbaar Excel-bestand" in err


def test_a_stray_value_at_xfd1048576_is_named_not_read_for_minutes(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, db: Path
) -> None:
    workbook = Workbook()
    for row in COMPANIES:
        workbook.active.append(row)
    workbook.active["XFD1048576"] = "x"
    source = tmp_path / "ver.xlsx"
    workbook.save(source)
    err = refused(capsys, db, "import", "companies", source)
    assert "cel XFD1048576 heeft een waarde" in err and "hoogstens 200 kolommen" in err


def test_a_formatted_empty_cell_at_xfd1048576_changes_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, db: Path
) -> None:
    workbook = Workbook()
    for row in COMPANIES:
        workbook.active.append(row)
    workbook.active["XFD1048576"].font = Font(bold=True)  # used range A1:XFD1048576
    source = tmp_path / "opgemaakt.xlsx"
    workbook.save(source)
    assert b'ref="A1:XFD1048576"' in zipfile.ZipFile(source).read("xl/worksheets/sheet1.xml")
    start = time.perf_counter()
    assert cli.main(["import", "companies", str(source), "--db", str(db)]) == 0
    assert time.perf_counter() - start < TIME_BOUND
    assert "1 bedrijf toegevoegd" in capsys.readouterr().out


def test_a_dimension_of_the_whole_sheet_with_a_million_empty_rows_is_quick(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, db: Path
) -> None:
    rows = (
        b'<row r="1"><c r="A1" t="inlineStr"><is><t>Naam</t></is></c></row>'
        b'<row r="2"><c r="A2" t="inlineStr"><is><t>Garage Smit</t></is></c></row>'
        + b"".join(b'<row r="%d" s="1" customFormat="1"/>' % n for n in range(3, 400_000))
        + b'<row r="1048576"><c r="A1048576" s="1"/></row>'
    )
    source = tmp_path / "leeg.xlsx"
    source.write_bytes(with_sheet(workbook_bytes(COMPANIES), sheet(rows, b"A1:XFD1048576")))
    start = time.perf_counter()
    assert cli.main(["import", "companies", str(source), "--db", str(db)]) == 0
    assert time.perf_counter() - start < TIME_BOUND
    assert "1 bedrijf toegevoegd" in capsys.readouterr().out


def test_a_row_of_more_cells_than_excel_has_is_refused(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, db: Path
) -> None:
    row = b'<row r="2">' + b'<c r="A2" s="0"/>' * 20_000 + b"</row>"
    source = tmp_path / "breed.xlsx"
    source.write_bytes(with_sheet(workbook_bytes(COMPANIES), sheet(row)))
    err = refused(capsys, db, "import", "companies", source)
    assert "meer dan 16.384 cellen" in err


def test_more_rows_than_excel_has_even_empty_ones_are_refused(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, db: Path
) -> None:
    rows = b'<row r="1"><c r="A1" t="inlineStr"><is><t>Naam</t></is></c></row>' + b"<row/>" * 1_100_000
    source = tmp_path / "rijen.xlsx"
    source.write_bytes(with_sheet(workbook_bytes(COMPANIES), sheet(rows)))
    err = refused(capsys, db, "import", "companies", source)
    assert "meer dan 1.048.576 rijen, meer dan Excel kent" in err


def test_a_sheet_with_hundreds_of_thousands_of_parts_before_its_rows_is_refused(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, db: Path
) -> None:
    columns = b"<cols>" + b'<col min="1" max="1" width="9"/>' * 600_000 + b"</cols>"
    data = SHEET_START + columns + b"<sheetData>" + b'<row r="1"><c r="A1" t="inlineStr"><is><t>Naam</t></is></c></row>'
    source = tmp_path / "vreemd.xlsx"
    source.write_bytes(with_sheet(workbook_bytes(COMPANIES), data + b"</sheetData></worksheet>"))
    err = refused(capsys, db, "import", "companies", source)
    assert "niet opgebouwd zoals Excel het schrijft" in err


def test_what_follows_the_rows_is_not_read(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, db: Path
) -> None:
    rows = (
        b'<row r="1"><c r="A1" t="inlineStr"><is><t>Naam</t></is></c></row>'
        b'<row r="2"><c r="A2" t="inlineStr"><is><t>Garage Smit</t></is></c></row>'
    )
    merged = b"<mergeCells>" + b'<mergeCell ref="C1:D2"/>' * 1_000_000 + b"</mergeCells>"
    data = SHEET_START + b"<sheetData>" + rows + b"</sheetData>" + merged + b"</worksheet>"
    source = tmp_path / "samengevoegd.xlsx"
    source.write_bytes(with_sheet(workbook_bytes(COMPANIES), data))
    start = time.perf_counter()
    assert cli.main(["import", "companies", str(source), "--db", str(db)]) == 0
    assert time.perf_counter() - start < TIME_BOUND
    assert "1 bedrijf toegevoegd" in capsys.readouterr().out


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_a_forty_megabyte_cell_is_refused_naming_row_and_column(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, db: Path, suffix: str
) -> None:
    big = "x" * (40 * 1024 * 1024)
    source = tmp_path / f"groot{suffix}"
    if suffix == ".xlsx":  # written as XML: openpyxl itself cuts a cell to 32,767 characters
        rows = (
            b'<row r="1"><c r="A1" t="inlineStr"><is><t>Naam</t></is></c>'
            b'<c r="B1" t="inlineStr"><is><t>Opmerkingen</t></is></c></row>'
            b'<row r="2"><c r="A2" t="inlineStr"><is><t>Bakker BV</t></is></c>'
            b'<c r="B2" t="inlineStr"><is><t>' + big.encode() + b"</t></is></c></row>"
        )
        source.write_bytes(with_sheet(workbook_bytes(COMPANIES), sheet(rows)))
        assert source.stat().st_size < 1024 * 1024
    else:
        source.write_text("Naam;Opmerkingen\nBakker BV;" + big + "\n", encoding="utf-8")
    del big
    err = refused(capsys, db, "import", "companies", source)
    if suffix == ".xlsx":
        assert "Rij 2, kolom Opmerkingen: de cel is 41.943.040 tekens lang." in err
    else:  # the CSV reader stops at 4 MB (it would hold the cell at 4 bytes a character)
        assert "Rij 2: een cel is langer dan 4.194.304 tekens." in err
    assert "hoogstens 32.767 tekens" in err


def test_five_thousand_professions_in_one_row_refuse_that_row_in_seconds(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, db: Path
) -> None:
    professions = ";".join(f"b{n}" for n in range(5000))  # within a cell's 32,767 characters
    source = tmp_path / "beroepen.csv"
    source.write_text(
        f'Naam;Plaats;Beroepen\nVeel BV;Ede;"{professions}"\nGewoon BV;Ede;bakker\n', encoding="utf-8"
    )
    err = refused(capsys, db, "import", "companies", source)
    assert "Rij 2, kolom Beroepen: 5.000 beroepen in één cel; er mogen er hoogstens 100 staan." in err
    start = time.perf_counter()
    assert cli.main(["import", "companies", str(source), "--skip-invalid", "--db", str(db)]) == 0
    assert time.perf_counter() - start < TIME_BOUND
    assert "1 bedrijf toegevoegd" in capsys.readouterr().out


def test_a_long_cell_of_known_names_with_commas_is_split_in_linear_time() -> None:
    from beroepsplanner.io.company_import import split_names

    calls = 0

    def known(name: str) -> bool:
        nonlocal calls
        calls += 1
        return name in {"Energie, Water & Veiligheid", "a"}

    text = ", ".join(["Energie", "Water & Veiligheid", "b"] * 3000)
    names = split_names(text, known, longest=2)
    assert names == ["Energie, Water & Veiligheid", "b"]
    assert calls < 3 * 9000  # at most a few tries per piece, not pieces squared


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_more_rows_than_the_limit_are_refused(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, db: Path, suffix: str
) -> None:
    source = tmp_path / f"lang{suffix}"
    if suffix == ".csv":
        source.write_text("Naam\n" + "Bedrijf\n" * (MAX_ROWS + 1), encoding="utf-8")
    else:
        rows = b"".join(
            b'<row r="%d"><c r="A%d" t="s"><v>0</v></c></row>' % (n, n) for n in range(1, MAX_ROWS + 3)
        )
        strings = (
            b'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/'
            b'spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>Bedrijf</t></si></sst>'
        )
        data = with_sheet(workbook_bytes([["Naam"], ["x"]]), sheet(rows))
        source.write_bytes(_with_part(data, "xl/sharedStrings.xml", strings))
    err = refused(capsys, db, "import", "companies", source)
    assert "meer dan 100.000 rijen" in err


def test_a_value_beyond_the_last_column_of_a_csv_is_refused(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, db: Path
) -> None:
    source = tmp_path / "breed.csv"
    source.write_text("Naam;Plaats\nBakker;Ede" + ";" * 300 + "x\n", encoding="utf-8")
    err = refused(capsys, db, "import", "companies", source)
    assert "rij 2 heeft een waarde in kolom KP" in err


def test_entities_that_expand_a_billion_times_are_refused(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, db: Path
) -> None:
    laughs = b'<!DOCTYPE lolz [<!ENTITY lol "lol">' + b"".join(
        b'<!ENTITY lol%d "%s">' % (n, (b"&lol%d;" % (n - 1) if n > 1 else b"&lol;") * 10) for n in range(1, 10)
    ) + b"]>"
    strings = (
        b'<?xml version="1.0" encoding="UTF-8"?>' + laughs + b'<sst xmlns="http://schemas.openxmlformats.org/'
        b'spreadsheetml/2006/main"><si><t>&lol9;</t></si></sst>'
    )
    rows = b'<row r="1"><c r="A1" t="s"><v>0</v></c></row>'
    data = with_sheet(workbook_bytes([["Naam"], ["x"]]), sheet(rows))
    source = tmp_path / "lol.xlsx"
    source.write_bytes(_with_part(data, "xl/sharedStrings.xml", strings))
    err = refused(capsys, db, "import", "companies", source)
    assert "Excel-bestand" in err


def test_a_hostile_class_list_is_refused_the_same_way(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, db: Path
) -> None:
    source = tmp_path / "klas.xlsx"
    source.write_bytes(declared_size(workbook_bytes([["Roepnaam"], ["Sem"]]), b"xl/worksheets/sheet1.xml", 0xFFFF_FFF0))
    err = refused(capsys, db, "import", "pupils", source, "--class", "Groep 3")
    assert "meer dan de 64 MB" in err


def _with_part(data: bytes, name: str, content: bytes) -> bytes:
    """``data`` (a workbook) with the part ``name`` added or replaced, and listed as shared strings."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            if info.filename == name:
                continue
            part = source.read(info)
            if info.filename == "[Content_Types].xml" and b"sharedStrings" not in part:
                part = part.replace(
                    b"</Types>",
                    b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
                    b'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
                )
            if info.filename == "xl/_rels/workbook.xml.rels" and b"sharedStrings" not in part:
                part = part.replace(
                    b"</Relationships>",
                    b'<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/'
                    b'2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
                )
            target.writestr(info.filename, part)
        target.writestr(name, content)
    return out.getvalue()


def test_one_company_on_20000_rows_each_with_a_new_profession_imports_in_seconds(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, db: Path
) -> None:
    # Every profession's key starts as "beroep" (Cyrillic letters have no ASCII form): the keys
    # are numbered on, not searched from 1 again; the company's list grows by a set, not by
    # copying it for every row.
    def cyrillic(n: int) -> str:
        return "".join(chr(0x0430 + (n // 32**k) % 32) for k in range(3))

    lines = ["Naam;Plaats;Beroepen"] + [f"Groot BV;Ede;beroep {cyrillic(n)}" for n in range(20_000)]
    source = tmp_path / "groot.csv"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    start = time.perf_counter()
    assert cli.main(["import", "companies", str(source), "--db", str(db)]) == 0
    assert time.perf_counter() - start < TIME_BOUND
    assert "1 bedrijf toegevoegd" in capsys.readouterr().out
