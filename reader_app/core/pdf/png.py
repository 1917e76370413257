"""A minimal PNG writer (8-bit RGB, zlib), so the CLI needs neither Qt nor Pillow."""

from __future__ import annotations

import struct
import zlib

_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def _chunk(kind: bytes, data: bytes) -> bytes:
    crc = zlib.crc32(kind + data) & 0xFFFFFFFF
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)


def encode_png(
    width: int,
    height: int,
    stride: int,
    data: bytes | memoryview,
    channels: int = 4,
    dpi: float = 0,
) -> bytes:
    """PNG bytes of an image given as rows of RGB(X) pixels, ``stride`` bytes apart.

    ``channels`` is 3 (RGB) or 4 (RGB plus an ignored fourth byte); the PNG is RGB.
    ``dpi`` (if given) is recorded in a pHYs chunk so printing keeps the size.
    """
    if width <= 0 or height <= 0 or channels not in (3, 4):
        raise ValueError(f"cannot encode a {width}x{height} image with {channels} channels")
    if stride < width * channels or len(data) < stride * (height - 1) + width * channels:
        raise ValueError("image data is shorter than its size says")
    packer = zlib.compressobj(6)  # row by row: no second copy of the image in memory
    parts: list[bytes] = []
    row_rgb = bytearray(1 + width * 3)  # filter type 0 (none): simple, and zlib packs pages well
    for y in range(height):
        row = data[y * stride : y * stride + width * channels]
        if channels == 3:
            row_rgb[1:] = row
        else:  # drop every fourth byte: sliced copies run in C
            row_rgb[1::3], row_rgb[2::3], row_rgb[3::3] = row[0::4], row[1::4], row[2::4]
        parts.append(packer.compress(row_rgb))
    parts.append(packer.flush())
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    chunks = [_chunk(b"IHDR", header)]
    if dpi > 0:
        per_metre = round(dpi / 0.0254)
        chunks.append(_chunk(b"pHYs", struct.pack(">IIB", per_metre, per_metre, 1)))
    chunks.append(_chunk(b"IDAT", b"".join(parts)))
    chunks.append(_chunk(b"IEND", b""))
    return _SIGNATURE + b"".join(chunks)
