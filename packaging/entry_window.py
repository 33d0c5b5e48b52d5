"""The frozen program's window (HeatAdvisor.exe / HeatAdvisor): the same entry as `heatadvisor`."""

import sys

from heatadvisor.ui.app import main

sys.exit(main())
