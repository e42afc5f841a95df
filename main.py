"""CommuneDesk: `python main.py` opens the window; `python main.py [--db DB] COMMAND …` runs a command.
The same as the installed `communedesk` command: both call gui.launch.main."""
import sys

from gui.launch import main

if __name__ == "__main__":
    sys.exit(main())
