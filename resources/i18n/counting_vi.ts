<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>PaperView</name>
    <message>
        <source>Agree</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>Disagree</source>
        <translation>Không đồng ý</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>không tính</translation>
    </message>
    <message>
        <source>crossed out</source>
        <translation>bị gạch tên</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Invalid ballot</source>
        <translation>Phiếu không hợp lệ</translation>
    </message>
    <message>
        <source>Why is this ballot invalid? Press its number.</source>
        <translation>Vì sao phiếu này không hợp lệ? Bấm số của lý do.</translation>
    </message>
    <message>
        <source>Under {article}</source>
        <translation>Căn cứ {article}</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Không hợp lệ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>NumberDialog</name>
    <message>
        <source>Enter a ballot again</source>
        <translation>Nhập lại một phiếu</translation>
    </message>
    <message>
        <source>Ballot number:</source>
        <translation>Số thứ tự phiếu:</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>CountingWindow</name>
    <message>
        <source>Counting — station {station}</source>
        <translation>Kiểm phiếu — bàn {station}</translation>
    </message>
    <message>
        <source>{body} — round {round} — elect {seats} of {count} — station {station}</source>
        <translation>{body} — lần bầu {round} — bầu {seats} trong {count} người — bàn {station}</translation>
    </message>
    <message>
        <source>Invalid by the rules: more than {seats} names kept; no name kept ({article}).</source>
        <translation>Phiếu không hợp lệ theo quy chế: để lại nhiều hơn {seats} người; gạch hết tên ({article}).</translation>
    </message>
    <message>
        <source>Both or neither box marked: not counted for that name; the ballot stays valid ({article}).</source>
        <translation>Đánh dấu cả hai ô hoặc không ô nào: không tính phiếu cho người đó; phiếu vẫn hợp lệ ({article}).</translation>
    </message>
    <message>
        <source>Mark a name: the key beside it · Enter: record · Backspace: undo a mark, or take back the last ballot · F2: invalid… · Ctrl+G: enter a ballot again</source>
        <translation>Đánh dấu một người: phím bên cạnh tên · Enter: ghi phiếu · Backspace: bỏ dấu vừa đánh, hoặc hủy phiếu vừa ghi · F2: phiếu không hợp lệ… · Ctrl+G: nhập lại một phiếu</translation>
    </message>
    <message>
        <source>Mark a name: its number, then Space · Enter: record · Backspace: undo a mark, or take back the last ballot · F2: invalid… · Ctrl+G: enter a ballot again</source>
        <translation>Đánh dấu một người: gõ số thứ tự rồi phím cách · Enter: ghi phiếu · Backspace: bỏ dấu vừa đánh, hoặc hủy phiếu vừa ghi · F2: phiếu không hợp lệ… · Ctrl+G: nhập lại một phiếu</translation>
    </message>
    <message>
        <source>Ballot {number} — entered again</source>
        <translation>Phiếu số {number} — nhập lại</translation>
    </message>
    <message>
        <source>Ballot {number}</source>
        <translation>Phiếu số {number}</translation>
    </message>
    <message>
        <source>Entering</source>
        <translation>Đang nhập</translation>
    </message>
    <message>
        <source>Just recorded — compare with the paper</source>
        <translation>Vừa ghi — đối chiếu với phiếu giấy</translation>
    </message>
    <message>
        <source>Entered: {entered} · valid: {valid} · invalid: {invalid} · next ballot: {next}</source>
        <translation>Đã nhập: {entered} · hợp lệ: {valid} · không hợp lệ: {invalid} · phiếu tiếp theo: {next}</translation>
    </message>
    <message>
        <source>INVALID — {reason}</source>
        <translation>KHÔNG HỢP LỆ — {reason}</translation>
    </message>
    <message>
        <source>VALID — {kept} names kept</source>
        <translation>HỢP LỆ — để lại {kept} người</translation>
    </message>
    <message>
        <source>VALID — agree {agree}, disagree {disagree}, not counted {blank}</source>
        <translation>HỢP LỆ — đồng ý {agree}, không đồng ý {disagree}, không tính {blank}</translation>
    </message>
    <message>
        <source>If recorded: {verdict}</source>
        <translation>Nếu ghi: {verdict}</translation>
    </message>
    <message>
        <source>F4: compare with the other stations… · F3: next difference · F5: read them again</source>
        <translation>F4: đối chiếu với các bàn khác… · F3: phiếu khác nhau tiếp theo · F5: đọc lại nhật ký các bàn đó</translation>
    </message>
    <message>
        <source>{count} ballots differ from stations {names} — F3: next · F5: read again</source>
        <translation>{count} phiếu nhập khác với bàn {names} — F3: phiếu tiếp theo · F5: đọc lại</translation>
    </message>
    <message>
        <source>1 ballot differs from stations {names} — F3: enter it again · F5: read again</source>
        <translation>1 phiếu nhập khác với bàn {names} — F3: nhập lại phiếu đó · F5: đọc lại</translation>
    </message>
    <message>
        <source>No ballot differs from stations {names} — F5: read again</source>
        <translation>Không phiếu nào nhập khác với bàn {names} — F5: đọc lại</translation>
    </message>
    <message>
        <source>The other stations' journals</source>
        <translation>Nhật ký của các bàn khác</translation>
    </message>
    <message>
        <source>Station journals (*.sqlite *.db);;All files (*)</source>
        <translation>Nhật ký bàn nhập phiếu (*.sqlite *.db);;Mọi tệp (*)</translation>
    </message>
</context>
<context>
    <name>ElectionPanel</name>
    <message>
        <source>Take the counting result…</source>
        <translation>Nhận kết quả kiểm phiếu…</translation>
    </message>
    <message>
        <source>The result file of the counting stations (presidium tally -o); a number typed in Issued takes precedence over the file's</source>
        <translation>Tệp kết quả của các bàn nhập phiếu (presidium tally -o); số phiếu phát ra gõ vào ô “Phiếu phát ra” được dùng thay cho số trong tệp</translation>
    </message>
</context>
<context>
    <name>Podium</name>
    <message>
        <source>Counting result recorded.</source>
        <translation>Đã ghi kết quả kiểm phiếu.</translation>
    </message>
</context>
<context>
    <name>CountingResult</name>
    <message>
        <source>Counting result</source>
        <translation>Kết quả kiểm phiếu</translation>
    </message>
    <message>
        <source>Counting results (*.json)</source>
        <translation>Tệp kết quả kiểm phiếu (*.json)</translation>
    </message>
</context>
</TS>
