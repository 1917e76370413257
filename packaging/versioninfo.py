"""The Windows version resource of reader-app.exe, generated from ``reader_app.__version__``.

The spec writes it to packaging/build/version_info.txt on Windows; the Inno Setup
script takes the same version from ``/DAppVersion=`` so the two never disagree.
"""

from __future__ import annotations

import re

COMPANY = "TJFTZ Library"
PRODUCT = "Xinxi Zhaibian Reader"
DESCRIPTION = "Offline reader for the digest 《信息摘编》"


def numeric(version: str) -> tuple[int, int, int, int]:
    """``0.1.0`` or ``0.2.0rc1`` -> (0, 1, 0, 0): Windows wants four integers."""
    parts = []
    for piece in version.split(".")[:4]:
        leading = re.match(r"\d+", piece)
        parts.append(int(leading[0]) if leading else 0)
    while len(parts) < 4:
        parts.append(0)
    return tuple(parts)  # type: ignore[return-value]


def version_info(version: str, exe_name: str) -> str:
    """PyInstaller's VSVersionInfo source text for one executable."""
    fixed = numeric(version)
    strings = {
        "CompanyName": COMPANY,
        "FileDescription": DESCRIPTION,
        "FileVersion": version,
        "InternalName": exe_name,
        "OriginalFilename": f"{exe_name}.exe",
        "ProductName": PRODUCT,
        "ProductVersion": version,
        "LegalCopyright": f"© {COMPANY}",
    }
    entries = ",\n          ".join(f"StringStruct({k!r}, {v!r})" for k, v in strings.items())
    return f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={fixed}, prodvers={fixed}, mask=0x3f, flags=0x0,
                    OS=0x40004, fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('080404b0', [
          {entries}])]),
    VarFileInfo([VarStruct('Translation', [0x0804, 1200])])
  ]
)
"""
