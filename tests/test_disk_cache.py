"""Tables kept on disk between processes: read back equal, rebuilt when stale or unreadable."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest

from course import disk_cache, encoder, index_search


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty cache folder of this test's own, and a library copy whose files can change."""
    monkeypatch.setenv("MCC_CACHE", str(tmp_path / "cache"))
    library = tmp_path / "course"
    library.mkdir()
    (library / "table.csv").write_text("a,1\n")
    monkeypatch.setattr(disk_cache, "PACKAGE", library)
    return tmp_path / "cache"


def counting_table() -> tuple[list[int], object]:
    """A table builder that counts its builds, kept on disk as "table" from table.csv."""
    builds: list[int] = []

    @disk_cache.on_disk("table", ("table.csv",), ("numpy",))
    def table() -> dict[str, int]:
        builds.append(1)
        return {"a": len(builds)}

    return builds, table


def test_a_second_process_reads_the_table_instead_of_building_it(cache: Path) -> None:
    builds, table = counting_table()
    assert table() == {"a": 1} and len(builds) == 1
    assert [p.name.split("-")[0] for p in cache.iterdir()] == ["table"]
    assert table() == {"a": 1} and len(builds) == 1  # read back, not built


def test_a_changed_source_file_builds_the_table_again(cache: Path) -> None:
    builds, table = counting_table()
    table()
    (disk_cache.PACKAGE / "table.csv").write_text("a,2\n")
    assert table() == {"a": 2} and len(builds) == 2
    assert len(list(cache.iterdir())) == 2


@pytest.mark.parametrize("damage", [b"", b"not a pickle", b"\x80\x05K"])
def test_an_unreadable_cache_file_is_built_again(cache: Path, damage: bytes) -> None:
    builds, table = counting_table()
    table()
    (stored,) = cache.iterdir()
    stored.write_bytes(damage)
    assert table() == {"a": 2} and len(builds) == 2
    assert stored.read_bytes() != damage


def test_an_unwritable_cache_folder_only_means_building_again(cache: Path) -> None:
    cache.parent.joinpath("cache").write_text("a file where the folder should be")
    builds, table = counting_table()
    assert table() == {"a": 1} and table() == {"a": 2} and len(builds) == 2


def built_then_read(table: Callable[[], object], name: str, folder: Path) -> tuple:
    """``table`` built into the empty cache ``folder`` (kept there as ``name``), then read back from it."""
    built = table.__wrapped__()  # type: ignore[attr-defined]  # on_disk's builder, without the cache in memory
    assert len(list(folder.glob(f"{name}-*.pickle"))) == 1
    read = table.__wrapped__()  # type: ignore[attr-defined]
    assert read is not built
    return built, read


def test_the_encoder_index_read_back_searches_as_the_one_built(tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MCC_CACHE", str(tmp_path))
    built, read = built_then_read(encoder._index, "encoder-index", tmp_path)
    assert read.codes == built.codes and read.idf == built.idf
    assert read.postings.keys() == built.postings.keys()
    assert all((read.postings[w] == built.postings[w]).all() for w in ("diabet", "fractur"))


def test_the_index_paths_read_back_are_the_ones_built(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MCC_CACHE", str(tmp_path))
    built, read = built_then_read(index_search._paths, "index-paths", tmp_path)
    assert len(read.entries) > 80_000
    for field in dataclasses.fields(built):
        old, new = getattr(built, field.name), getattr(read, field.name)
        if isinstance(old, np.ndarray):
            assert np.array_equal(old, new), field.name
        elif isinstance(old, dict) and isinstance(next(iter(old.values())), np.ndarray):
            assert old.keys() == new.keys() and all(np.array_equal(old[k], new[k]) for k in old), field.name
        else:
            assert old == new, field.name


def test_package_files_are_the_library_s_code_and_data_not_its_bytecode() -> None:
    files = disk_cache.package_files()
    assert "index_search.py" in files and "data/shorthand.csv" in files
    assert not [name for name in files if "__pycache__" in name or name.endswith(".pyc")]


def test_table_paths_name_where_each_table_is_kept(cache: Path) -> None:
    _, table = counting_table()
    table()
    (path,) = [p for p in disk_cache.table_paths() if p.name.startswith("table-")]
    assert list(cache.iterdir()) == [path]
    (disk_cache.PACKAGE / "table.csv").unlink()  # its source is gone: no path for it
    assert not [p for p in disk_cache.table_paths() if p.name.startswith("table-")]
