"""Exporters: each one lays out figures or records it is given; none queries the database."""
