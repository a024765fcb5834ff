"""Input readers: what a user sees when they point actorgraph at awkward files.

Small awkward files live in tests/data/readers (made by make_files.py there);
big, deep or permission-dependent ones are generated in tmp_path.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from graph.errors import InputError
from graph.ingest import Skipped, decode, read_file, read_sources
from graph.ingest import readers as readers_module
from graph.ingest import walk as walk_module
from graph.records import Document

DATA = Path(__file__).parent / "data" / "readers"
REPO = Path(__file__).parent.parent
ARTICLE = (
    "Turkish drones struck Syrian regime forces near Saraqib, the ministry said.\n"
    "Café owners in Zürich and Médecins Sans Frontières reported the news."
)
BINARY = "not text (binary data); actorgraph reads .txt, .html, .md, .jsonl"


def read_all(*paths: str | Path, **options: object) -> list[Document | Skipped]:
    return list(read_sources([str(p) for p in paths], **options))  # type: ignore[arg-type]


def only_document(path: str | Path) -> Document:
    items = read_all(path)
    assert len(items) == 1 and isinstance(items[0], Document), items
    return items[0]


# --- encodings -----------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    ["latin1.txt", "utf8-bom.txt", "utf16-bom.txt", "utf16be-bom.txt", "crlf.txt"],
)
def test_readers_decode_every_common_encoding_to_the_same_text(name: str) -> None:
    doc = only_document(DATA / name)
    assert doc.text == ARTICLE
    assert doc.source == str(DATA / name)
    assert "\ufeff" not in doc.text and "\r" not in doc.text
    assert doc.date is None  # plain text carries no date


def test_readers_give_the_same_id_whatever_the_encoding() -> None:
    ids = {only_document(DATA / n).id for n in ("latin1.txt", "utf16-bom.txt", "crlf.txt")}
    assert len(ids) == 1


def test_readers_read_cp1252_typographic_quotes() -> None:
    assert only_document(DATA / "cp1252-quotes.txt").text == (
        "“Al-Shabaab” fighters – 20 of them – attacked the base…"
    )


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ("Zürich".encode("utf-16-le"), "Zürich"),  # UTF-16 without a BOM (Windows tools)
        ("Ærø naïve".encode("latin-1"), "Ærø naïve"),
        (b"a\r\nb\rc", "a\nb\nc"),
        ("Kyiv – Київ".encode() + b" \xe9", "Kyiv – Київ \ufffd"),  # one stray byte in UTF-8
        (
            "Москва заявила о перемирии в Сирии".encode("cp1251"),
            "Москва заявила о перемирии в Сирии",
        ),
    ],
)
def test_decode_handles_encodings_users_have(data: bytes, expected: str) -> None:
    assert decode(data) == expected


@pytest.mark.parametrize(
    "data",
    [
        (DATA / "image.png").read_bytes(),
        bytes(range(256)) * 4,
        b"\x01\x02\x03\x04\x05\x06 some text \x07\x08\x0e\x0f\x10\x11",
    ],
)
def test_decode_refuses_binary_data(data: bytes) -> None:
    with pytest.raises(InputError, match="not text"):
        decode(data)


# --- what is skipped, and why ----------------------------------------------------


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("image.png", "not text (PNG image); actorgraph reads .txt, .html, .md, .jsonl"),
        ("image-renamed.txt", BINARY),
        ("report.pdf", "not text (PDF); actorgraph reads .txt, .html, .md, .jsonl"),
        ("empty.txt", "empty file"),
        ("whitespace.txt", "empty file"),
        ("does-not-exist.txt", "not found: no such file or folder"),
    ],
)
def test_readers_skip_unreadable_inputs_with_a_reason(name: str, reason: str) -> None:
    assert read_all(DATA / name) == [Skipped(str(DATA / name), reason)]


def test_readers_skip_files_over_the_size_limit(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text("word " * 300_000)
    [skipped] = read_all(big, max_bytes=1_000_000)
    assert skipped == Skipped(str(big), "too large (2 MB); split it or raise --max-size")


def test_readers_refuse_devices_without_reading_them() -> None:
    assert read_all("/dev/zero") == [
        Skipped("/dev/zero", "not a regular file (a device or socket)")
    ]


def test_readers_read_a_named_pipe(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe.txt"
    os.mkfifo(pipe)
    writer = subprocess.Popen(["sh", "-c", f"printf 'Piped article.' > '{pipe}'"])
    try:
        assert read_all(pipe) == [Document(text="Piped article.", source=str(pipe))]
    finally:
        writer.wait(timeout=30)


def test_read_file_reads_one_path() -> None:
    [doc] = list(read_file(DATA / "latin1.txt"))
    assert isinstance(doc, Document) and doc.text == ARTICLE


# --- HTML --------------------------------------------------------------------------


def test_readers_take_main_text_title_and_date_from_html() -> None:
    doc = only_document(DATA / "script-page.html")
    assert doc.title == "Turkey strikes Syrian positions"
    assert doc.date == "2020-03-05"
    assert "Russia, the main ally of Damascus" in doc.text
    for furniture in ("SCRIPT-IN-HEAD", "SCRIPT-IN-BODY", "STYLE-RULE", "document.write", "<p>"):
        assert furniture not in doc.text
    # Paragraphs stay apart, so a headline without a full stop is its own sentence.
    assert doc.text.startswith("Turkey strikes Syrian positions\n\nTurkish drones")


def test_readers_honour_the_charset_an_html_page_declares() -> None:
    doc = only_document(DATA / "cp1252-page.html")
    assert "Le ministère de la Défense a déclaré" in doc.text
    assert "« La situation est sous contrôle »" in doc.text


def test_readers_sniff_html_in_a_file_without_extension() -> None:
    doc = only_document(DATA / "no-extension")
    assert doc.title == "Turkey strikes Syrian positions"
    assert "SCRIPT-IN-BODY" not in doc.text


@pytest.mark.parametrize("depth", [300, 10_000])
def test_readers_survive_deeply_nested_html(tmp_path: Path, depth: int) -> None:
    page = tmp_path / "deep.html"
    sentence = "<p>Fighters of the Front attacked the town on Monday, residents said.</p>"
    page.write_text(f"<html><body>{'<div>' * depth}{sentence}{'</div>' * depth}</body></html>")
    start = time.monotonic()
    [item] = read_all(page)
    assert time.monotonic() - start < 30
    if isinstance(item, Skipped):
        assert item.reason.startswith("HTML nested too deeply")
    else:
        assert "attacked the town" in item.text


def test_readers_keep_text_before_deep_nesting(tmp_path: Path) -> None:
    page = tmp_path / "half-deep.html"
    lead = "<p>Rebels of the Front seized the town of Kafr Nabl on Monday, residents said.</p>" * 8
    page.write_text(f"<html><body><article>{lead}</article>{'<div>' * 5000}x</body></html>")
    doc = only_document(page)
    assert "seized the town of Kafr Nabl" in doc.text


# --- Markdown ------------------------------------------------------------------------


def test_readers_read_markdown_title_date_and_prose() -> None:
    doc = only_document(DATA / "article.md")
    assert doc.title == "Truce brokered in Idlib"
    assert doc.date == "2020-03-05"
    assert "Russia and Turkey agreed a truce." in doc.text
    assert "The NLF spokesman said the ceasefire was fragile." in doc.text
    for syntax in ("**", "](", "https://", "`", "> ", "title:", "- Fighting"):
        assert syntax not in doc.text


def test_readers_take_the_first_level_one_heading_as_markdown_title() -> None:
    doc = only_document(DATA / "late-heading.md")
    assert doc.title == "Rebels seize the town"
    assert doc.text.startswith("Intro line before the heading.")


@pytest.mark.parametrize(
    "hostile", ["[" * 1_000_000, "*a" * 500_000, "](" * 500_000, "_" * 1_000_000]
)
def test_readers_strip_hostile_markdown_in_bounded_time(tmp_path: Path, hostile: str) -> None:
    page = tmp_path / "hostile.md"
    page.write_text("# Title\n\n" + hostile)
    start = time.monotonic()
    only_document(page)
    assert time.monotonic() - start < 10


# --- JSON Lines and JSON ------------------------------------------------------------------


def test_readers_read_every_good_line_of_a_jsonl_corpus_and_name_the_bad_ones() -> None:
    corpus = str(DATA / "corpus.jsonl")
    items = read_all(corpus)
    docs = [i for i in items if isinstance(i, Document)]
    skipped = {i.source: i.reason for i in items if isinstance(i, Skipped)}
    assert [d.text for d in docs] == [
        "Russia backs the Syrian government.",
        "Turkey backs the NLF.",
        "Line seven reads fine.\nWith a Windows newline.",
    ]
    assert (docs[0].source, docs[0].title, docs[0].date) == (f"{corpus}#L1", "One", "2020-03-05")
    assert (docs[1].source, docs[1].url, docs[1].date) == (
        "https://example.org/nlf",
        "https://example.org/nlf",
        "2020-03-06",
    )
    assert skipped == {
        f"{corpus}#L2": "not valid JSON: invalid control character (column 31)",
        f"{corpus}#L3": 'no "text" field',
        f"{corpus}#L6": 'not a JSON object with a "text" field',
        f"{corpus}#L7": "empty text",
    }


def test_readers_read_a_gold_shaped_json_file() -> None:
    doc = only_document(DATA / "gold-like.json")
    assert doc.text == "Rwanda has long denied helping M23."
    assert doc.source == str(DATA / "gold-like.json")  # its descriptive "source" is not a path
    assert doc.date is None


def test_readers_read_jsonl_misnamed_as_json(tmp_path: Path) -> None:
    path = tmp_path / "corpus.json"
    path.write_text('{"text": "One."}\n{"text": "Two."}\n')
    assert [d.text for d in read_all(path) if isinstance(d, Document)] == ["One.", "Two."]


def test_readers_skip_a_binary_file_named_jsonl(tmp_path: Path) -> None:
    path = tmp_path / "corpus.jsonl"
    path.write_bytes((DATA / "image.png").read_bytes())
    assert read_all(path) == [Skipped(str(path), BINARY)]


def test_readers_skip_a_jsonl_line_over_the_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "corpus.jsonl"
    long_line = json.dumps({"text": "x" * 5000})
    path.write_text(f'{long_line}\n{{"text": "short"}}\n')
    items = read_all(path, max_bytes=1000)
    assert items[0] == Skipped(f"{path}#L1", "longer than 1 KB; split it or raise --max-size")
    assert isinstance(items[1], Document) and items[1].text == "short"


# --- huge input, in a subprocess so a hang fails the test instead of the suite ------------

HUGE_SCRIPT = textwrap.dedent(
    """
    import resource, sys
    from graph.ingest import read_sources
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    items = list(read_sources([sys.argv[1]]))
    after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(type(items[0]).__name__, len(getattr(items[0], "text", "")), (after - before) // 1024)
    """
)


@pytest.mark.slow
@pytest.mark.parametrize("suffix", [".txt", ".jsonl"])
def test_readers_read_a_50_mb_single_line_quickly_in_bounded_memory(
    tmp_path: Path, suffix: str
) -> None:
    size = 50 * 1024 * 1024
    path = tmp_path / f"huge{suffix}"
    words = "Rebels attacked the town of Saraqib and government forces responded "
    body = (words * (size // len(words) + 1))[:size]
    path.write_text(json.dumps({"text": body}) if suffix == ".jsonl" else body)
    result = subprocess.run(
        [sys.executable, "-c", HUGE_SCRIPT, str(path)],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=REPO,
        check=True,
    )
    kind, length, grown_mb = result.stdout.split()
    assert (kind, int(length)) == ("Document", len(body.strip()))
    assert int(grown_mb) < 5 * 50  # a few times the file's size, not a blow-up


# --- folders ---------------------------------------------------------------------------


def make_tree(root: Path) -> None:
    (root / "b" / "deeper").mkdir(parents=True)
    (root / "a.txt").write_text("First article.")
    (root / "b" / "c.md").write_text("# Second\n\nSecond article.")
    (root / "b" / "deeper" / "d.txt").write_text("Third article.")
    (root / ".git").mkdir()
    (root / ".git" / "config.txt").write_text("hidden folder")
    (root / ".notes.txt").write_text("hidden file")
    store = root / "actorgraph-store"
    store.mkdir()
    (store / "CURRENT").write_text("MANIFEST-000001")
    (store / "IDENTITY").write_text("store")
    named_store = root / "my-store"
    named_store.mkdir()
    (named_store / ".actorgraph-store").write_text('{"store": "actorgraph"}')
    (named_store / "LOG").write_text("engine log, not an article")


def test_readers_walk_folders_recursively_in_sorted_order(tmp_path: Path) -> None:
    make_tree(tmp_path)
    items = read_all(tmp_path)
    assert [(i.source, i.text) for i in items if isinstance(i, Document)] == [
        (str(tmp_path / "a.txt"), "First article."),
        (str(tmp_path / "b" / "c.md"), "Second\n\nSecond article."),
        (str(tmp_path / "b" / "deeper" / "d.txt"), "Third article."),
    ]
    assert not [i for i in items if isinstance(i, Skipped)]  # hidden and stores: silently left


def test_readers_refuse_a_store_named_as_input(tmp_path: Path) -> None:
    make_tree(tmp_path)
    store = tmp_path / "my-store"
    assert read_all(store) == [Skipped(str(store), "an actorgraph store, not articles")]


def test_readers_detect_symlink_loops_and_read_each_file_once(tmp_path: Path) -> None:
    make_tree(tmp_path)
    (tmp_path / "b" / "deeper" / "loop").symlink_to(tmp_path)  # back to the top
    (tmp_path / "b" / "self").symlink_to(".")
    (tmp_path / "z-alias").symlink_to(tmp_path / "b")  # a second way into b
    (tmp_path / "z-link.txt").symlink_to(tmp_path / "a.txt")
    (tmp_path / "z-broken.txt").symlink_to(tmp_path / "gone.txt")
    items = read_all(tmp_path, tmp_path / "a.txt")
    docs = [i.source for i in items if isinstance(i, Document)]
    skipped = {i.source: i.reason for i in items if isinstance(i, Skipped)}
    assert len(docs) == 3
    assert skipped == {
        str(tmp_path / "b" / "deeper" / "loop"): f"symlink loop (leads back to {tmp_path})",
        str(tmp_path / "b" / "self"): f"symlink loop (leads back to {tmp_path / 'b'})",
        str(tmp_path / "z-alias"): f"same folder as {tmp_path / 'b'}, already read",
        str(tmp_path / "z-broken.txt"): "broken symlink",
        str(tmp_path / "z-link.txt"): f"same file as {tmp_path / 'a.txt'}, already read",
        str(tmp_path / "a.txt"): f"same file as {tmp_path / 'a.txt'}, already read",
    }


def test_readers_report_an_unreadable_file_without_a_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_tree(tmp_path)
    secret = tmp_path / "b" / "secret.txt"
    secret.write_text("no access")
    real_open = open

    def guarded_open(path: object, *args: object, **kwargs: object) -> object:
        if str(path) == str(secret):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(readers_module, "open", guarded_open, raising=False)
    items = read_all(tmp_path)
    assert Skipped(str(secret), "unreadable: permission denied") in items
    assert len([i for i in items if isinstance(i, Document)]) == 3


def test_readers_report_an_unreadable_folder_and_read_the_rest(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_tree(tmp_path)
    locked = tmp_path / "b" / "deeper"
    real_scandir = os.scandir

    def guarded_scandir(path: str) -> object:
        if str(path) == str(locked):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(walk_module.os, "scandir", guarded_scandir)
    items = read_all(tmp_path)
    assert Skipped(str(locked), "unreadable folder: permission denied") in items
    assert len([i for i in items if isinstance(i, Document)]) == 2


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_readers_report_chmod_000_files_and_folders(tmp_path: Path) -> None:
    make_tree(tmp_path)
    locked_file = tmp_path / "locked.txt"
    locked_file.write_text("no access")
    locked_dir = tmp_path / "b" / "deeper"
    locked_file.chmod(0)
    locked_dir.chmod(0)
    try:
        items = read_all(tmp_path)
    finally:
        locked_file.chmod(0o644)
        locked_dir.chmod(0o755)
    assert Skipped(str(locked_file), "unreadable: permission denied") in items
    assert Skipped(str(locked_dir), "unreadable folder: permission denied") in items


# --- stdin -----------------------------------------------------------------------------


@pytest.mark.parametrize("as_text", [False, True])
def test_readers_read_stdin_as_one_document(as_text: bool) -> None:
    data = "Rebels took the town.\r\nResidents fled."
    stream = io.StringIO(data) if as_text else io.BytesIO(data.encode("utf-16"))
    assert read_all("-", stdin=stream) == [
        Document(text="Rebels took the town.\nResidents fled.", source="-")
    ]


def test_readers_stream_jsonl_from_stdin_line_by_line() -> None:
    stream = io.BytesIO(b'\n{"text": "One.", "title": "T"}\nnot json\n{"text": "Two."}\n')
    items = read_all("-", stdin=stream)
    assert items == [
        Document(text="One.", source="-#L2", title="T"),
        Skipped("-#L3", "not valid JSON: expecting value (column 1)"),
        Document(text="Two.", source="-#L4"),
    ]


def test_readers_read_html_from_stdin() -> None:
    stream = io.BytesIO((DATA / "script-page.html").read_bytes())
    [doc] = read_all("-", stdin=stream)
    assert isinstance(doc, Document) and doc.source == "-"
    assert doc.title == "Turkey strikes Syrian positions" and "SCRIPT" not in doc.text


@pytest.mark.parametrize(
    ("data", "reason"),
    [(b"", "empty input"), (b"  \n\n", "empty input"), ((DATA / "image.png").read_bytes(), BINARY)],
)
def test_readers_skip_empty_or_binary_stdin(data: bytes, reason: str) -> None:
    assert read_all("-", stdin=io.BytesIO(data)) == [Skipped("-", reason)]


def test_readers_read_stdin_from_a_real_pipe(tmp_path: Path) -> None:
    script = "from graph.ingest import read_sources\nprint(list(read_sources(['-'])))"
    result = subprocess.run(
        [sys.executable, "-c", script],
        input="Caf\xe9 talks.".encode("latin-1"),
        capture_output=True,
        timeout=60,
        cwd=REPO,
        check=True,
    )
    assert "Document(text='Café talks.', source='-'" in result.stdout.decode()
