"""Numbers as the window shows them: Vietnamese style (1.234.567; 97,39%; 1.764.000.000 đồng) in
Vietnamese, English style (1,234,567; 97.39%; 1,764,000,000 VND) in English. The same functions as
core.formatting, in the window's language (files the program writes stay Vietnamese)."""
from __future__ import annotations

from core import formatting
from core.formatting import DASH


def _lang() -> str:
    from gui import i18n

    return i18n.current()


def fmt_decimal(x, decimals: int = 2, none: str = DASH) -> str:
    return formatting.fmt_decimal(x, decimals, none, _lang())


def fmt_int(n, none: str = DASH) -> str:
    return formatting.fmt_int(n, none, _lang())


def fmt_money(n, none: str = DASH) -> str:
    return formatting.fmt_money(n, none, _lang())


def fmt_rate(x, decimals: int = 2, none: str = DASH) -> str:
    return formatting.fmt_rate(x, decimals, none, _lang())
