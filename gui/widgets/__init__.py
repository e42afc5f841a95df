"""The window's widget kit: one date field, one form dialog with per-field errors, one table over
plain rows with its column declarations, and the small fields and page actions every page shares.

- gui.widgets.dates: DateField, qdate, pydate
- gui.widgets.form: FormDialog, FieldGrid, FieldErrors, error_label
- gui.widgets.table: Col, RowsModel, SortProxy, RowsTable, list_view
- gui.widgets.fields: MoneyEdit, int_spin, plain_text, vocab_combo, yes_no_combo, set_combo_data, editable_combo,
  refill, CheckList, short_money, PathField
- gui.widgets.actions: action_bar, confirm, inform, search_box, import_file
"""
