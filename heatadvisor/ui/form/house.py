"""房子: size, walls, windows, roof, draughts, how it is heated (a habit in plain words, or the
share, the rooms heated — one air conditioner or hot-air unit each —, set-point and hours), emitters,
the electricity supply. Presets carry a one-line example
a villager recognises."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from heatadvisor.ui.form.base import ChoiceCombo, FormGroup, NumberEdit, format_number

NUMBERS = (
    "house.heated_area_m2",
    "house.heated_rooms",
    "house.indoor_temp_c",
    "house.hours_per_day",
    "house.supply_kw",
    "house.rooms",
    "house.room_m2",
)
OPTIONAL = ("habit", "heated_share", "heated_rooms", "indoor_temp_c", "hours_per_day", "supply_kw")  # open: the usual
DEFAULT_AREA_M2 = 80.0


class HouseGroup(FormGroup):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.area = NumberEdit(self)
        self.area.set_number(DEFAULT_AREA_M2)
        self.add_field(
            "house.heated_area_m2",
            self.area,
            lambda: self.tr("取暖面积"),
            unit=lambda: self.tr("平方米"),
            hint=lambda: self.tr("能烧暖的屋子加起来多大；不知道就数房间：下面“按房间算”"),
        )
        self.wall = ChoiceCombo(
            [
                ("adobe", lambda: self.tr("土坯墙")),
                ("brick_240", lambda: self.tr("一砖墙（24 厘米）")),
                ("brick_370", lambda: self.tr("厚砖墙（37 厘米）")),
                ("brick_ins_50", lambda: self.tr("砖墙加 5 厘米保温")),
                ("brick_ins_100", lambda: self.tr("砖墙加 10 厘米保温")),
                ("new_standard", lambda: self.tr("按节能标准新盖的房")),
            ],
            self,
        )
        self.wall.set_value("brick_240")
        self._wall = self.add_field("house.wall", self.wall, lambda: self.tr("墙"), hint=self._wall_hint)
        self.windows = ChoiceCombo(
            [
                ("single", lambda: self.tr("单层玻璃")),
                ("double", lambda: self.tr("双层玻璃")),
                ("insulated", lambda: self.tr("节能窗（断桥、中空）")),
            ],
            self,
        )
        self._windows = self.add_field("house.windows", self.windows, lambda: self.tr("窗户"), hint=self._windows_hint)
        self.roof = ChoiceCombo([(False, lambda: self.tr("没保温")), (True, lambda: self.tr("有保温"))], self)
        self.add_field(
            "house.roof_insulated",
            self.roof,
            lambda: self.tr("屋顶"),
            hint=lambda: self.tr("屋顶铺过保温板、苯板或厚草泥，算有保温"),
        )
        self.airtightness = ChoiceCombo(
            [
                ("leaky", lambda: self.tr("漏风")),
                ("ordinary", lambda: self.tr("一般")),
                ("tight", lambda: self.tr("很严实")),
            ],
            self,
        )
        self.airtightness.set_value("ordinary")
        self._air = self.add_field(
            "house.airtightness", self.airtightness, lambda: self.tr("门窗严不严"), hint=self._air_hint
        )
        self.habit = ChoiceCombo(
            [
                (None, lambda: self.tr("不清楚，按一般人家算")),
                ("day_16_banked_night", lambda: self.tr("只烧卧室和客厅，白天烧，晚上压火")),
                ("frugal_14", lambda: self.tr("能省就省，冷了才烧")),
                ("all_day_18", lambda: self.tr("一天到晚都烧，屋里暖和")),
            ],
            self,
        )
        self.add_field("house.habit", self.habit, lambda: self.tr("平时怎么烧"), hint=self._habit_hint)
        self.heated_share = ChoiceCombo(
            [
                (None, lambda: self.tr("按上面的烧法")),
                (1.0, lambda: self.tr("全部屋子")),
                (0.75, lambda: self.tr("大部分（四分之三）")),
                (0.5, lambda: self.tr("一半（卧室加客厅）")),
                (0.3, lambda: self.tr("一两间")),
            ],
            self,
            other=lambda share: self.tr("约 {share} 的屋子").format(share=f"{share:.0%}"),
        )
        self.add_field(
            "house.heated_share",
            self.heated_share,
            lambda: self.tr("烧暖哪些屋"),
            hint=lambda: self.tr("很多人家只烧卧室和客厅"),
        )
        self.heated_rooms = NumberEdit(self, 4)
        self.add_field(
            "house.heated_rooms",
            self.heated_rooms,
            lambda: self.tr("烧暖几间屋"),
            unit=lambda: self.tr("间"),
            hint=lambda: self.tr("空调、热风机一间装一台；空着就按面积估"),
        )
        self.indoor = NumberEdit(self)
        self.add_field(
            "house.indoor_temp_c",
            self.indoor,
            lambda: self.tr("屋里温度"),
            unit=lambda: self.tr("℃"),
            hint=lambda: self.tr("空着就按上面的烧法"),
        )
        self.emitter = ChoiceCombo(
            [
                ("radiators", lambda: self.tr("暖气片")),
                ("floor", lambda: self.tr("地暖")),
                ("fan_coil", lambda: self.tr("风机盘管")),
                ("none", lambda: self.tr("没有（炉子、空调、电暖器）")),
            ],
            self,
        )
        self.add_field("house.emitter", self.emitter, lambda: self.tr("屋里散热用"))

        more = self.add_fold(lambda: self.tr("更多：按房间算、层数、几个钟头、电表"))
        self.rooms = NumberEdit(self, 4)
        self.add_field("house.rooms", self.rooms, lambda: self.tr("房间数"), unit=lambda: self.tr("间"), fold=more)
        self.room_m2 = NumberEdit(self, 4)
        self.add_field(
            "house.room_m2",
            self.room_m2,
            lambda: self.tr("每间大约"),
            unit=lambda: self.tr("平方米"),
            fold=more,
            hint=lambda: self.tr("填了这两项，取暖面积就按 间数 × 每间 算"),
        )
        self.storeys = ChoiceCombo([(n, lambda n=n: str(n)) for n in (1, 2, 3)], self)
        self.add_field("house.storeys", self.storeys, lambda: self.tr("几层"), fold=more)
        self.hours = NumberEdit(self, 4)
        self.add_field(
            "house.hours_per_day",
            self.hours,
            lambda: self.tr("每天烧几个钟头"),
            unit=lambda: self.tr("小时"),
            fold=more,
            hint=lambda: self.tr("只在早晚烧就填 8 到 12；空着就按上面的烧法"),
        )
        self.supply = NumberEdit(self, 4)
        self.add_field(
            "house.supply_kw",
            self.supply,
            lambda: self.tr("电表能带多大"),
            unit=lambda: self.tr("千瓦"),
            fold=more,
            hint=lambda: self.tr("看电表或问供电所；空着就按本地一般人家算"),
        )
        self.rooms.textChanged.connect(self._area_from_rooms)
        self.room_m2.textChanged.connect(self._area_from_rooms)
        for combo in (self.wall, self.windows, self.airtightness, self.habit):
            combo.currentIndexChanged.connect(self.retranslate)

    def title_text(self) -> str:
        return self.tr("房子")

    def _wall_hint(self) -> str:
        return {
            "adobe": self.tr("老房子，黄泥土坯砌的，墙很厚"),
            "brick_240": self.tr("最常见的红砖房，墙厚一块砖长（约 24 厘米）"),
            "brick_370": self.tr("墙厚一砖半，手掌伸开量约两拃"),
            "brick_ins_50": self.tr("外墙贴过薄保温板（苯板），敲着发空"),
            "brick_ins_100": self.tr("外墙贴过厚保温板，近几年改造过"),
            "new_standard": self.tr("近几年按节能标准盖的新房"),
        }[self.wall.value()]

    def _windows_hint(self) -> str:
        return {
            "single": self.tr("一层玻璃，冬天窗上结霜花"),
            "double": self.tr("两层玻璃的塑钢窗"),
            "insulated": self.tr("断桥铝或中空节能窗，窗上不结霜"),
        }[self.windows.value()]

    def _habit_hint(self) -> str:
        return {
            None: self.tr("烧煤烧柴的人家多是只烧两间屋、晚上压火；集中供暖按整天算"),
            "day_16_banked_night": self.tr("两间屋白天约 16 度，烧 14 个钟头，夜里约 8 度"),
            "frugal_14": self.tr("两间屋约 14 度，一天烧 10 个钟头，夜里约 6 度"),
            "all_day_18": self.tr("全家整天约 18 度，不压火"),
        }[self.habit.value()]

    def _air_hint(self) -> str:
        return {
            "leaky": self.tr("门缝窗缝透风，门帘被风吹动"),
            "ordinary": self.tr("门窗关上基本不透风"),
            "tight": self.tr("新门窗，密封条完好"),
        }[self.airtightness.value()]

    def _area_from_rooms(self) -> None:
        """间数 × 每间: a helper for residents who do not know their area in m²."""
        values, bad = self.read_numbers(("house.rooms", "house.room_m2"))
        rooms, size = values.get("house.rooms"), values.get("house.room_m2")
        if not bad and rooms and size:
            self.area.setText(format_number(round(rooms * size, 1)))

    def read(self) -> tuple[dict, dict[str, str]]:
        """The ``house`` part of the Case, and the fields whose text is not a number."""
        numbers, bad = self.read_numbers(NUMBERS)
        house = {
            "heated_area_m2": numbers.get("house.heated_area_m2"),
            "storeys": self.storeys.value(),
            "wall": self.wall.value(),
            "windows": self.windows.value(),
            "roof_insulated": self.roof.value(),
            "airtightness": self.airtightness.value(),
            "habit": self.habit.value(),
            "heated_share": self.heated_share.value(),
            "heated_rooms": numbers.get("house.heated_rooms"),
            "indoor_temp_c": numbers.get("house.indoor_temp_c"),
            "hours_per_day": numbers.get("house.hours_per_day"),
            "emitter": self.emitter.value(),
            "supply_kw": numbers.get("house.supply_kw"),
        }
        return {k: v for k, v in house.items() if not (k in OPTIONAL and v is None)}, bad

    def write(self, house: dict) -> None:
        """Show a saved ``house`` part. A number or preset left open there is left open here (it
        means "the usual"); other keys missing there keep the form's value."""
        for key, edit in (
            ("heated_area_m2", self.area),
            ("heated_rooms", self.heated_rooms),
            ("indoor_temp_c", self.indoor),
            ("hours_per_day", self.hours),
            ("supply_kw", self.supply),
        ):
            if key in house or key in OPTIONAL:
                edit.set_number(house.get(key))
        for key, combo in (
            ("storeys", self.storeys),
            ("wall", self.wall),
            ("windows", self.windows),
            ("roof_insulated", self.roof),
            ("airtightness", self.airtightness),
            ("habit", self.habit),
            ("heated_share", self.heated_share),
            ("emitter", self.emitter),
        ):
            if key in house or key in OPTIONAL:
                combo.set_value(house.get(key))
