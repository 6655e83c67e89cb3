"""The characters the designer's UI font must cover.

GB2312 (the 6,763 simplified hanzi and its symbols, generated from Python's gb2312 codec) plus the Unicode
blocks the interface uses: Latin, general punctuation, arrows and symbols, CJK punctuation, full-width forms.
Text from our own sources and samples is added by make_font.py, so a character they use is never missing.
"""

# Unicode blocks beyond GB2312, as inclusive (first, last) code point ranges.
EXTRA_RANGES = [
    (0x0020, 0x007E),  # Basic Latin
    (0x00A0, 0x00FF),  # Latin-1 supplement (×, ·, °, …)
    (0x2000, 0x206F),  # General punctuation (— … ‘ ’ “ ” •)
    (0x2100, 0x214F),  # Letterlike symbols (№, ™)
    (0x2190, 0x21FF),  # Arrows
    (0x2200, 0x22FF),  # Mathematical operators (≤ ≥ ≠ ≈)
    (0x2460, 0x24FF),  # Enclosed alphanumerics (① ②)
    (0x2500, 0x257F),  # Box drawing
    (0x25A0, 0x25FF),  # Geometric shapes (● ○ ▲ ▼ ◆)
    (0x2600, 0x26FF),  # Miscellaneous symbols (☆ ★ ⚠)
    (0x2700, 0x27BF),  # Dingbats (✓ ✗)
    (0x3000, 0x303F),  # CJK symbols and punctuation (、。「」《》【】)
    (0xFF00, 0xFFEF),  # Half-width and full-width forms (，：；（）)
]


def gb2312_codepoints():
    """Every character GB2312 encodes, decoded from its two-byte codes (rows 0xA1-0xF7, cells 0xA1-0xFE)."""
    result = set()
    for row in range(0xA1, 0xF8):
        for cell in range(0xA1, 0xFF):
            try:
                text = bytes([row, cell]).decode("gb2312")
            except UnicodeDecodeError:
                continue
            result.update(ord(c) for c in text)
    return result


def extra_codepoints():
    result = set()
    for first, last in EXTRA_RANGES:
        result.update(range(first, last + 1))
    return result


def text_codepoints(text):
    """The printable characters of a text (no control characters, no surrogates)."""
    return {ord(c) for c in text if ord(c) >= 0x20 and not 0xD800 <= ord(c) <= 0xDFFF}
