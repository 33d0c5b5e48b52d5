"""In a no-coal zone the window lists clean briquettes under their own title with why, tells
today's coal stove the same, and lists briquettes elsewhere as a stopgap after clean heating."""

from __future__ import annotations

from .conftest import settle
from .test_consultation import retype, table_column


def test_a_no_coal_zone_and_a_stopgap_are_shown_under_their_own_titles(qtbot, window):
    settle(qtbot, window)
    names, verdicts = table_column(window, 0), table_column(window, 6)
    stopgaps = names.index("过渡办法：暂时改不了电、气时才用（洁净型煤，屋里仍有烟和煤气中毒危险）")
    stove = names.index("清洁炉具（洁净型煤）")
    assert stove == stopgaps + 1 and verdicts[stove].startswith("只是过渡办法")
    assert names.index("清洁取暖，按 15 年总花费排，最省的在最上面") < stopgaps

    window.location.province.set_value("河南省")
    retype(qtbot, window.location.county, "温县")
    settle(qtbot, window)
    assert window.last.comparison.place.county == "温县"
    names, verdicts = table_column(window, 0), table_column(window, 6)
    zone = names.index("这里是禁煤区，不让烧煤，型煤也不行")
    stove = names.index("清洁炉具（洁净型煤）")
    assert stove == zone + 1 and verdicts[stove].startswith("这里是禁煤区")
    assert names[-1].endswith("（现在）") and verdicts[-1].startswith("这里是禁煤区")
    assert "过渡办法：暂时改不了电、气时才用（洁净型煤，屋里仍有烟和煤气中毒危险）" not in names
