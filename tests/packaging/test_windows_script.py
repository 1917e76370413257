"""The Inno Setup script cannot run here: check it stays in step with the spec and the app."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from reader_app import APP_AUTHOR, APP_NAME

REPO = Path(__file__).resolve().parents[2]
ISS = (REPO / "packaging" / "windows" / "reader-app.iss").read_text(encoding="utf-8")
SPEC = (REPO / "packaging" / "reader-app.spec").read_text(encoding="utf-8")
WORKFLOW = (REPO / ".github" / "workflows" / "windows.yml").read_text(encoding="utf-8")


def test_installs_the_executables_the_spec_builds() -> None:
    for name in re.findall(r'name="(reader-app[\w-]*)"', SPEC):
        assert name in ("reader-app", "reader-app-cli")
    assert '#define AppExe "reader-app.exe"' in ISS
    assert re.search(r'#define DistDir "\.\.\\dist\\reader-app"', ISS)
    assert 'Source: "{#DistDir}\\*"' in ISS and "recursesubdirs" in ISS


def test_per_machine_install_with_uninstaller_and_version() -> None:
    assert "PrivilegesRequired=admin" in ISS
    assert "DefaultDirName={autopf}" in ISS
    assert "{autoprograms}" in ISS  # Start-menu shortcut
    assert "UninstallDisplayIcon=" in ISS
    assert "VersionInfoVersion={#AppVersion}" in ISS
    assert "#error" in ISS  # refuses to build without /DAppVersion


def test_policy_goes_where_the_app_reads_it() -> None:
    """{commonappdata}\\<author>\\<app> is platformdirs' site config dir on Windows."""
    assert f'#define PolicyDir "{{commonappdata}}\\{APP_AUTHOR}\\{APP_NAME}"' in ISS
    assert 'DestName: "policy.toml"' in ISS


def test_workflow_builds_installs_silently_and_uninstalls() -> None:
    for step in ("packaging/build.py", "ISCC.exe", "/VERYSILENT", "unins000.exe", "--smoke-test"):
        assert step in WORKFLOW
    assert "/DAppVersion=$version" in WORKFLOW


def test_version_resource_uses_the_package_version() -> None:
    sys.path.insert(0, str(REPO / "packaging"))
    try:
        from versioninfo import numeric, version_info
    finally:
        sys.path.remove(str(REPO / "packaging"))
    assert numeric("0.2.0rc1") == (0, 2, 0, 0)
    assert numeric("1.10") == (1, 10, 0, 0)
    text = version_info("1.2.3", "reader-app")
    assert "filevers=(1, 2, 3, 0)" in text and "'OriginalFilename', 'reader-app.exe'" in text
