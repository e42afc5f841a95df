"""CommuneDesk's window: thin widgets over `core`."""
