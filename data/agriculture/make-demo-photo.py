#!/usr/bin/env python3
"""Writes demo-item-dog.png: a 320x240 RGB PNG of a plain stylised dog (brown, on grass under
a light sky), the photo of the demo traveler's declared dog and the e2e journey's upload.
Drawn here, no source but this program (public domain). Standard library only:
`python3 make-demo-photo.py`."""
import struct
import zlib

W, H = 320, 240
BROWN, DARK, NOSE = (150, 98, 52), (96, 60, 30), (30, 24, 20)


def inside(x, y, cx, cy, rx, ry):
    return ((x - cx) / rx) ** 2 + ((y - cy) / ry) ** 2 <= 1


def pixel(x, y):
    if inside(x, y, 222, 92, 7, 7) or inside(x, y, 250, 112, 6, 5):
        return NOSE  # eye, nose
    if inside(x, y, 200, 100, 18, 34) and y > 80:
        return DARK  # ear
    if inside(x, y, 222, 104, 34, 30):
        return BROWN  # head
    if inside(x, y, 146, 142, 78, 38):
        return BROWN  # body
    for lx in (92, 118, 170, 196):
        if lx <= x < lx + 14 and 150 <= y < 206:
            return DARK  # legs
    if 64 <= x < 76 and 104 <= y < 150 and (x - 64) * 3 > 104 - y + 36:
        return DARK  # tail
    if y >= 190:
        return (92, 150, 70)  # grass
    return (214, 232, 244)  # sky


def chunk(kind, data):
    body = kind + data
    return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)


rows = b"".join(b"\x00" + bytes(c for x in range(W) for c in pixel(x, y)) for y in range(H))
png = (
    b"\x89PNG\r\n\x1a\n"
    + chunk(b"IHDR", struct.pack(">IIBBBBB", W, H, 8, 2, 0, 0, 0))
    + chunk(b"IDAT", zlib.compress(rows, 9))
    + chunk(b"IEND", b"")
)
with open(__file__.rsplit("/", 1)[0] + "/demo-item-dog.png" if "/" in __file__ else "demo-item-dog.png", "wb") as f:
    f.write(png)
