"""Dialogs: forms the pages open (dossier form, status actions, first run, …)."""
