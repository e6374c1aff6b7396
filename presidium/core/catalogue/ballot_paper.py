"""What a ballot paper (phiếu bầu) says (presidium.infra.export_ballots): its title, the seats, the instruction
for a list with surplus (strike names out) and without (agree / disagree boxes, what both or neither means),
the column heads (also printed in each box), and the cut line."""

from __future__ import annotations

ENTRIES: dict[str, tuple[str, str]] = {
    "ballot": ("PHIẾU BẦU", "BALLOT PAPER"),
    "seats": ("(Số lượng cần bầu: {seats} đồng chí)", "(Seats to fill: {seats})"),
    "round": ("Lần bầu thứ {n}", "Round {n}"),
    "struck": (
        "Đồng ý bầu đồng chí nào thì để nguyên họ tên; không đồng ý bầu đồng chí nào thì gạch ngang cả họ và tên "
        "đồng chí đó. Phiếu để lại nhiều hơn {seats} người là phiếu không hợp lệ.",
        "To vote for a candidate, leave the name as it is; to vote against, strike the whole name out. A ballot that "
        "keeps more than {seats} names is invalid.",
    ),
    "boxes": (
        "Đánh dấu X vào một ô “Đồng ý” hoặc “Không đồng ý” bên cạnh tên mỗi đồng chí. Đánh dấu cả hai ô, "
        "hoặc không đánh dấu ô nào, thì phiếu không được tính cho đồng chí đó.",
        "Mark one box, “Agree” or “Disagree”, beside each name. Both boxes marked, or neither, "
        "and the ballot does not count for that name.",
    ),
    "no": ("STT", "No."),
    "name": ("Họ và tên", "Name"),
    "agree": ("Đồng ý", "Agree"),
    "disagree": ("Không đồng ý", "Disagree"),
    "cut": ("✂ cắt theo đường này", "✂ cut along this line"),
}
