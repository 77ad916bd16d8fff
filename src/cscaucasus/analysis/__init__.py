"""Analysis functions: pure, tables in -> tables out, plus matplotlib helpers.

* :mod:`.frequency` — who speaks, how often, about whom (issue #3)
* :mod:`.actor_tone` — tone by actor, target and month with bootstrap intervals (#4)
* :mod:`.timeline` — merged timeline of dated happenings (#5): :func:`chronology`
* :mod:`.labels` — what a happening was, in a few words: :func:`happening_labels`
* :mod:`.overview` — one row per article; the most negative and positive statements
* :mod:`.sources` — articles and problems per archive export or folder (#15)

Every function is ``cscaucasus.analysis.<function>``. (``timeline`` and ``actor_tone``
were called ``chronology`` and ``sentiment`` until issue 18, names their stages keep.)
"""

from .actor_tone import *  # noqa: F403
from .frequency import *  # noqa: F403
from .labels import *  # noqa: F403
from .overview import *  # noqa: F403
from .sources import *  # noqa: F403
from .timeline import *  # noqa: F403
