"""Table models over the database, fed by `core` queries (sorting and filtering in SQL)."""
