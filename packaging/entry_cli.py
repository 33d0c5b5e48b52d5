"""The frozen program's command line (heatadvisor-cli.exe): the same entry as `heatadvisor-cli`.

On Windows the window's exe has no console, so this one prints the self-test's lines."""

import sys

from heatadvisor.cli.main import main

sys.exit(main())
