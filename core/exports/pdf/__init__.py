"""PDF output with reportlab: bundled Vietnamese font, the official layout, counter slips.

- ``fonts``  registers Liberation Serif shipped in ``resources/fonts`` (built-in PDF
  fonts silently drop Vietnamese letters).
- ``layout`` the Nghị định 30/2020 page: header block, signature block,
  page numbers, long tables, atomic file writes.
- ``slips``  the counter slips Mẫu 01–04 of Thông tư 03/2025/TT-VPCP.
"""
