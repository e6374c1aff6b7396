"""What the speaker queue of a discussion says: why a queue action cannot be done now (SpeakerError), and
the words the chair says to call a speaker ("call.*", core/speakers.call_words)."""

from __future__ import annotations

ENTRIES: dict[str, tuple[str, str]] = {
    "unknown": ("không có “{name}” trong danh sách phát biểu", "“{name}” is not on the list of speakers"),
    "nobody": ("không còn ai chờ phát biểu", "nobody is waiting to speak"),
    "not-waiting": ("đồng chí {name} không còn ở trạng thái chờ phát biểu", "{name} is no longer waiting to speak"),
    "busy": ("đồng chí {name} đang phát biểu; kết thúc lượt này trước", "{name} is speaking; end that turn first"),
    "no-one-speaking": ("chưa có ai đang phát biểu", "nobody is speaking"),
    "duplicate": ("đã có “{name}” trong danh sách", "“{name}” is already on the list"),
    "empty-name": ("cần nhập họ tên người phát biểu", "the speaker's name is needed"),
    # calling a speaker: "Xin mời đồng chí …, đơn vị …, trình bày tham luận về …"
    "call.sentence": (
        "Xin mời đồng chí {name}{unit} trình bày tham luận{topic}.",
        "We now invite {name}{unit} to speak{topic}.",
    ),
    "call.unit": (", {unit},", ", {unit},"),
    "call.topic": (" về {topic}", " on {topic}"),
}
