"""A topic cue inside a body's name ("the General Agreement on Tariffs and Trade") opens no topic, nor does the "on"
of a call paid on someone."""

from __future__ import annotations

from extractor.pipeline import extract


def _topics(text: str) -> list[str | None]:
    return [m.topic.text if m.topic else None for m in extract(text).meetings]


def test_a_cue_inside_a_name_is_skipped() -> None:
    text = (
        "Canada and Australia are holding discussions at the General Agreement on Tariffs and Trade over "
        "Canada's import restrictions on farm goods."
    )
    assert _topics(text) == ["Canada's import restrictions on farm goods"]


def test_a_name_with_a_cue_gives_no_topic() -> None:
    text = "Baldrige will meet George Schultz and address the Joint Commission on Commerce and Trade on Monday."
    assert _topics(text) == [None]


def test_a_cue_after_a_name_still_is_one() -> None:
    text = "George Shultz held talks in Geneva on Iran with Eduard Shevardnadze."
    assert _topics(text) == ["Iran"]


def test_a_call_on_someone_is_no_topic() -> None:
    text = "Before meeting with George Bush, Crown Prince Abdullah paid a brief courtesy call on President Reagan."
    topics = _topics(text)
    assert topics and all(topic is None for topic in topics)
