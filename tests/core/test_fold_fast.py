"""fold() takes fast paths (ASCII, Vietnamese) for the import's sake: it must give exactly what the
plain definition gives, for any text."""
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from core.formatting import fold


def reference_fold(text):
    """The definition: NFD, drop combining marks, đ/Đ → d/D, lowercase, collapse whitespace, strip."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFD", str(text))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    stripped = stripped.translate(str.maketrans({"đ": "d", "Đ": "D", "Ð": "D", "ð": "d"})).lower()
    return " ".join(stripped.split())


VIETNAMESE = ("Nguyễn Thị Huyền", "Đăng ký khai sinh", "  Ngày  TIẾP nhận ", "CHỨNG THỰC chữ ký",
              "Bưu chính công ích", "Ðỗ Đức Ðạt", "ưu tiên\u00a0cao", "HS-261005-0001", "Trần\tVăn\nAn",
              "Nguye\u0302\u0303n", "İstanbul", "café\u0301", "a\u1dc0b\u20d0c\ufe20", "ǅ", "")


def test_known_values_match_the_definition():
    for text in VIETNAMESE:
        assert fold(text) == reference_fold(text), text
    assert fold("Đăng ký khai sinh") == "dang ky khai sinh"
    assert fold(None) == ""


# Letters and marks of every kind, whitespace of every kind, đ and its look-alikes.
_CHARS = st.one_of(st.characters(), st.sampled_from("đĐÐð \u00a0\u2003\t\n\u0300\u0301\u0323\u034f\u1dc0\u20d0"),
                   st.characters(min_codepoint=0x1EA0, max_codepoint=0x1EF9))


@settings(max_examples=2000, deadline=None)
@given(st.text(_CHARS, max_size=30))
def test_any_text_folds_as_the_definition_says(text):
    assert fold(text) == reference_fold(text)
