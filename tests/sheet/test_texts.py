from heatadvisor.sheet import texts


def test_both_languages_use_the_same_placeholders():
    for key in texts.keys():  # noqa: SIM118 — texts is a module, keys() its function
        zh, en = texts.placeholders(key)
        assert zh == en, key


def test_every_text_is_written_in_both_languages():
    for key in texts.keys():  # noqa: SIM118 — texts is a module, keys() its function
        assert texts.t(key, "zh", **dict.fromkeys(texts.placeholders(key)[0], 1)).strip(), key
        assert texts.t(key, "en", **dict.fromkeys(texts.placeholders(key)[0], 1)).strip(), key


def test_chinese_is_the_default():
    assert texts.t("title", "fr") == texts.t("title", "zh") == "取暖方案建议书"
