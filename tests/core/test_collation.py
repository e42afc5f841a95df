"""Vietnamese alphabetical order (domain.md, "Order and names"): the alphabet a ă â b c d đ e ê g h i k l
m n o ô ơ p q r s t u ư v x y, the tones as a second key (none, huyền, hỏi, ngã, sắc, nặng), case last;
words before their longer neighbours, numbers by value; decomposed text like composed text."""
from __future__ import annotations

import random
import unicodedata

import pytest

from core.collation import ALPHABET, sort_key, sort_key_or_none, vn_sorted


def _shuffled(items, seed=0):
    items = list(items)
    random.Random(seed).shuffle(items)
    return items


def test_fields_in_vietnamese_order():
    assert vn_sorted(["Xây dựng", "Hộ tịch", "Đất đai", "Cư trú"]) == ["Cư trú", "Đất đai", "Hộ tịch", "Xây dựng"]
    # the code-point order gets it wrong: Đ (U+0110) after every Latin letter
    assert sorted(["Xây dựng", "Đất đai"]) == ["Xây dựng", "Đất đai"]


def test_every_tone_in_order():
    tones = ["Ma", "Mà", "Mả", "Mã", "Má", "Mạ"]
    for seed in range(5):
        assert vn_sorted(_shuffled(tones, seed)) == tones
    # the tone is a second key: it decides only between words spelt alike
    assert vn_sorted(["Mạ", "Mai", "Mà"]) == ["Mà", "Mạ", "Mai"]
    assert vn_sorted(["Bình", "Binh", "Bính", "Bĩnh"]) == ["Binh", "Bình", "Bĩnh", "Bính"]


def test_the_letters_with_marks_are_letters_of_their_own():
    words = ["an", "ăn", "ân", "bé", "co", "dê", "đi", "em", "êm", "gà", "hè", "im", "kẹo", "lá", "mơ", "nó", "ong",
             "ông", "ơn", "phở", "quê", "rau", "sao", "tre", "ung", "ưng", "voi", "xe", "yên"]
    assert vn_sorted(_shuffled(words)) == words
    assert vn_sorted(["Ân", "Anh", "Ăn"]) == ["Anh", "Ăn", "Ân"]  # a < ă < â before the next letter
    assert vn_sorted(["Đặng", "Dương", "Đỗ", "Duy"]) == ["Duy", "Dương", "Đặng", "Đỗ"]
    assert vn_sorted(["Ưng", "Uyên", "Ứng", "Út"]) == ["Út", "Uyên", "Ưng", "Ứng"]
    assert vn_sorted(["Ơn", "Ông", "On"]) == ["On", "Ông", "Ơn"]
    assert vn_sorted(["Êm", "Em", "Ém"]) == ["Em", "Ém", "Êm"]  # the letter first (e < ê), the tone after
    assert [c for c in ALPHABET if c not in "fjwz"] == list("aăâbcdđeêghiklmnoôơpqrstuưvxy")


def test_case_is_the_last_key():
    assert vn_sorted(["Đào", "đào", "Đảo", "đao"]) == ["đao", "đào", "Đào", "Đảo"]
    assert vn_sorted(["ấn", "Ân", "ân"]) == ["ân", "Ân", "ấn"]
    assert sort_key("Hà Nội") != sort_key("hà nội") and sort_key("Hà Nội")[:4] == sort_key("hà nội")[:4]


def test_names_words_and_numbers():
    names = ["Nguyễn Văn An", "Nguyễn Văn Ân", "Nguyễn Văn Anh", "Nguyễn Vũ", "Nguyễn Thị Lan", "Ngô Bảo Châu"]
    assert vn_sorted(names) == ["Ngô Bảo Châu", "Nguyễn Thị Lan", "Nguyễn Văn An", "Nguyễn Văn Anh",
                                "Nguyễn Văn Ân", "Nguyễn Vũ"]
    assert vn_sorted(["Hàn", "Hà Nội", "Hà Nam", "Hà-Giang"]) == ["Hà-Giang", "Hà Nam", "Hà Nội", "Hàn"]
    assert vn_sorted(["Tổ 10", "Tổ 2", "Tổ 1", "Thôn 3"]) == ["Thôn 3", "Tổ 1", "Tổ 2", "Tổ 10"]
    assert vn_sorted(["Khiếu nại, tố cáo", "Khiếu nại tố cáo", "Khiếu  nại"]) [0] == "Khiếu  nại"
    assert sort_key("  Hộ  tịch ") == sort_key("Hộ tịch")  # spaces at the ends and doubled spaces


def test_decomposed_text_and_lookalikes():
    for word in ("Đặng Thị Ngọc Ánh", "Nguyễn Ưng Ứng", "Hộ tịch"):
        assert sort_key(unicodedata.normalize("NFD", word)) == sort_key(word)
    assert sort_key("Ðức") == sort_key("Đức")  # the Icelandic eth typed for Đ
    # letters Vietnamese does not use and other scripts: after the letters, but ordered and stable
    assert vn_sorted(["Zoë", "Ánh"]) == ["Ánh", "Zoë"] and sort_key("Zoë") == sort_key("Zoe")  # ¨ is no tone
    assert vn_sorted(["日本", "Yên", "Zürich"]) == ["Yên", "Zürich", "日本"]


def test_keys_are_ascii_and_empty_names_have_none():
    for text in ("Nguyễn Thị Thu Hà", "Tổ 7", "日本", "Đ", "a-b/c"):
        key = sort_key(text)
        assert key.isascii() and key.isprintable()
    assert sort_key(None) == "" and sort_key("") == ""
    assert sort_key_or_none(None) is None and sort_key_or_none("   ") is None
    assert sort_key_or_none("An") == sort_key("An")


@pytest.mark.parametrize("seed", range(3))
def test_the_key_order_is_a_total_order_consistent_with_equality(seed):
    rnd = random.Random(seed)
    letters = "aăâbcdđeêghiklmnoôơpqrstuưvxy AĂÂĐÊÔƠƯ0123456789-"
    words = ["".join(rnd.choice(letters) for _ in range(rnd.randint(0, 8))) for _ in range(400)]
    words += [unicodedata.normalize("NFC", w + t) for w in ("ma", "me", "mo") for t in ("", "\u0300", "\u0301")]
    ordered = vn_sorted(words)
    keys = [sort_key(w) for w in ordered]
    assert keys == sorted(keys)
    for a, b in zip(ordered, ordered[1:]):  # equal keys only for texts alike but for spaces or signs
        if sort_key(a) == sort_key(b):
            assert " ".join(a.replace("-", " ").split()) == " ".join(b.replace("-", " ").split()) or \
                a.lstrip("0") != b  # numbers with leading zeros sort as their value
