"""`presidium export … --json`: the one-line report the window's Export menu reads from its child process."""

import json
import subprocess
import sys

import pytest

from support.congress import congress


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    return congress(tmp_path_factory.mktemp("congress"))


def export(*args):
    return subprocess.run(
        [sys.executable, "-m", "presidium", "--lang", "en", "export", *args, "--json"],
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_success_reports_the_file_and_the_run(sample, tmp_path):
    out = tmp_path / "bb.docx"
    done = export("minutes", "--db", str(sample.db), "-o", str(out))
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.splitlines()[-1])
    assert report["path"] == str(out) and report["run"] == sample.live_id and out.stat().st_size > 0


def test_failure_reports_the_reason(sample, tmp_path):
    done = export("minutes", "--db", str(sample.db), "--run", "99", "-o", str(tmp_path / "x.docx"))
    assert done.returncode == 1
    assert "99" in json.loads(done.stdout.splitlines()[-1])["error"]
