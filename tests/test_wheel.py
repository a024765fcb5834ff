"""The built wheel, installed into a fresh virtual environment, carries its data and works."""

from __future__ import annotations

import site
import subprocess
import sys
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build the wheel and install it (not editable) into a fresh venv; return its bin/."""
    tmp = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp / "dist"),
            str(ROOT),
        ],
        check=True,
        cwd=tmp,
    )
    wheel = next((tmp / "dist").glob("actorgraph-*.whl"))
    env_dir = tmp / "venv"
    venv.create(env_dir, with_pip=True)
    bin_dir = env_dir / "bin"
    # Dependencies come from the test environment (a .pth line), the package
    # itself only from the wheel: the check is about what the wheel carries.
    purelib = subprocess.run(
        [str(bin_dir / "python"), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    Path(purelib, "test-deps.pth").write_text("\n".join(site.getsitepackages()) + "\n")
    subprocess.run(
        [str(bin_dir / "python"), "-m", "pip", "install", "-q", "--no-deps", str(wheel)],
        check=True,
        cwd=tmp,
    )
    return bin_dir


@pytest.mark.slow
def test_wheel_imports_from_site_packages_not_the_source_tree(installed: Path, tmp_path: Path):
    out = subprocess.run(
        [str(installed / "python"), "-c", "import graph; print(graph.__file__)"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=True,
    ).stdout
    assert "site-packages" in out and str(ROOT) not in out


@pytest.mark.slow
@pytest.mark.parametrize(
    "code",
    [
        # the ontology and the shapes travel inside the wheel
        "from graph.ontology import load_ontology, load_shapes; "
        "assert len(load_ontology()) > 100 and len(load_shapes()) > 10",
        # the gazetteer and the example article too
        "from graph.extract.lexicon import load_gazetteer; assert len(load_gazetteer()) > 190",
        "from graph.cli.demo import example_path; assert example_path().read_text()",
    ],
)
def test_wheel_carries_its_data(installed: Path, tmp_path: Path, code: str):
    subprocess.run([str(installed / "python"), "-c", code], cwd=tmp_path, check=True)


@pytest.mark.slow
def test_wheel_demo_runs_from_another_folder(installed: Path, tmp_path: Path):
    done = subprocess.run(
        [str(installed / "actorgraph"), "demo"], cwd=tmp_path, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "actorgraph-demo.html").stat().st_size > 10_000
    assert (tmp_path / "actorgraph-store").is_dir()
