"""The files CommuneDesk ships: fonts (with their licence), the seed procedure catalogue and the
window's translations. A package so that they travel inside the wheel and a frozen build; read
them through core.resource / core.resource_path, never by a path built from a source file."""
