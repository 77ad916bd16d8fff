"""Analysis functions: pure, tables in -> tables out, plus matplotlib helpers.

* :mod:`.frequency` — who speaks, how often, about whom (issue #3)
* :mod:`.sentiment` — tone by actor, target and month with bootstrap intervals (#4)
* :mod:`.chronology` — merged timeline of dated happenings (#5)
* :mod:`.overview` — one row per article; the most negative and positive statements
* :mod:`.sources` — articles and problems per archive export or folder (#15)
"""

from .chronology import *  # noqa: F403
from .frequency import *  # noqa: F403
from .overview import *  # noqa: F403
from .sentiment import *  # noqa: F403
from .sources import *  # noqa: F403
