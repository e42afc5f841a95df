"""Exceptions the CLI and the window turn into readable messages."""


class CommuneDeskError(Exception):
    """An expected failure with a message fit for a clerk (no traceback)."""


class NotFound(CommuneDeskError):
    pass


class ValidationError(CommuneDeskError):
    """One or more field problems; `fields` maps a field name to its message."""

    def __init__(self, message: str, fields: dict[str, str] | None = None):
        super().__init__(message)
        self.fields = fields or {}


class TransitionError(CommuneDeskError):
    pass


class PermissionDenied(CommuneDeskError):
    pass


class Cancelled(CommuneDeskError):
    """Raised from a progress callback when the clerk pressed Cancel; the work is rolled back."""
