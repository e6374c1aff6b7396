<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>Actions</name>
    <message>
        <source>Standby copy folder…</source>
        <translation>Thư mục bản sao dự phòng…</translation>
    </message>
    <message>
        <source>Export the script (.docx)…</source>
        <translation>Xuất kịch bản (.docx)…</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Tiếp theo</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Tạm dừng</translation>
    </message>
    <message>
        <source>Skip…</source>
        <translation>Bỏ qua…</translation>
    </message>
    <message>
        <source>Finish…</source>
        <translation>Kết thúc…</translation>
    </message>
    <message>
        <source>Undo last move</source>
        <translation>Hoàn tác lần chuyển mục vừa rồi</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Thẻ tình huống</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Biểu quyết</translation>
    </message>
    <message>
        <source>Result or script</source>
        <translation>Kết quả / lời dẫn</translation>
    </message>
    <message>
        <source>Call the next speaker</source>
        <translation>Mời người phát biểu tiếp theo</translation>
    </message>
    <message>
        <source>Speakers…</source>
        <translation>Danh sách phát biểu…</translation>
    </message>
    <message>
        <source>Insert an item…</source>
        <translation>Thêm nội dung phát sinh…</translation>
    </message>
    <message>
        <source>Attendance…</source>
        <translation>Số đại biểu có mặt…</translation>
    </message>
    <message>
        <source>Stage display</source>
        <translation>Màn hình sân khấu</translation>
    </message>
    <message>
        <source>Please conclude your remarks</source>
        <translation>Xin mời đồng chí kết thúc phát biểu</translation>
    </message>
    <message>
        <source>Please keep your remarks brief</source>
        <translation>Đề nghị đồng chí phát biểu ngắn gọn</translation>
    </message>
    <message>
        <source>Other message…</source>
        <translation>Lời nhắn khác…</translation>
    </message>
    <message>
        <source>Clear the message</source>
        <translation>Xóa lời nhắn</translation>
    </message>
    <message>
        <source>Larger script</source>
        <translation>Chữ lời dẫn to hơn</translation>
    </message>
    <message>
        <source>Smaller script</source>
        <translation>Chữ lời dẫn nhỏ hơn</translation>
    </message>
    <message>
        <source>Dark theme</source>
        <translation>Giao diện tối</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <source>Export the minutes (.docx)…</source>
        <translation>Xuất biên bản Đại hội (.docx)…</translation>
    </message>
    <message>
        <source>Export the review (.docx)…</source>
        <translation>Xuất báo cáo rút kinh nghiệm (.docx)…</translation>
    </message>
    <message>
        <source>Review screen…</source>
        <translation>Màn hình rút kinh nghiệm…</translation>
    </message>
    <message>
        <source>Situations</source>
        <translation>Tình huống</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Sân khấu</translation>
    </message>
</context>
<context>
    <name>AgendaList</name>
    <message>
        <source>Item</source>
        <translation>Mục</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Thực tế</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>chưa đến</translation>
    </message>
    <message>
        <source>current</source>
        <translation>đang diễn ra</translation>
    </message>
    <message>
        <source>done</source>
        <translation>đã xong</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>đã bỏ qua</translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <source>Attendance</source>
        <translation>Số đại biểu có mặt</translation>
    </message>
    <message>
        <source>Delegates convened</source>
        <translation>Đại biểu được triệu tập</translation>
    </message>
    <message>
        <source>Delegates present</source>
        <translation>Đại biểu có mặt</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Ghi nhận</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Why the number convened changes (only when it does)</source>
        <translation>Lý do điều chỉnh số được triệu tập (chỉ khi có thay đổi)</translation>
    </message>
    <message>
        <source>e.g. ill, on duty</source>
        <translation>ví dụ: ốm, đi công tác</translation>
    </message>
    <message>
        <source>Reason for a correction</source>
        <translation>Lý do điều chỉnh</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Vắng mặt</translation>
    </message>
    <message>
        <source>of whom excused</source>
        <translation>Trong đó vắng có lý do</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do vắng</translation>
    </message>
    <message>
        <source>Absent all congress, no substitute</source>
        <translation>Vắng cả đại hội, không có người thay</translation>
    </message>
    <message>
        <source>Alternates seated</source>
        <translation>Đại biểu dự khuyết thay thế</translation>
    </message>
</context>
<context>
    <name>CardPalette</name>
    <message>
        <source>Contingency cards</source>
        <translation>Thẻ tình huống</translation>
    </message>
    <message>
        <source>Type to search, e.g. “mat dien” — Enter opens the card</source>
        <translation>Gõ để tìm, ví dụ “mat dien” — Enter để mở thẻ</translation>
    </message>
    <message>
        <source>Open this card</source>
        <translation>Mở thẻ này</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Linked to the current item</source>
        <translation>Gắn với mục hiện tại</translation>
    </message>
    <message>
        <source>No card matches.</source>
        <translation>Không có thẻ nào phù hợp.</translation>
    </message>
    <message>
        <source>Opened: recorded in the journal</source>
        <translation>Đã mở thẻ: đã ghi vào nhật ký</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Tình huống</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Các bước xử lý</translation>
    </message>
    <message>
        <source>Words to say</source>
        <translation>Lời dẫn</translation>
    </message>
    <message>
        <source>Rests on</source>
        <translation>Căn cứ</translation>
    </message>
</context>
<context>
    <name>CurrentItemPanel</name>
    <message>
        <source>The run is finished</source>
        <translation>Đã kết thúc</translation>
    </message>
    <message>
        <source>End of the program</source>
        <translation>Hết chương trình</translation>
    </message>
    <message>
        <source>No items</source>
        <translation>Không có mục nào</translation>
    </message>
    <message>
        <source>unplanned</source>
        <translation>ngoài chương trình</translation>
    </message>
    <message>
        <source>Item {place} of {count}</source>
        <translation>Mục {place}/{count}</translation>
    </message>
    <message>
        <source>First item (not started)</source>
        <translation>Mục đầu tiên (chưa bắt đầu)</translation>
    </message>
    <message>
        <source>By: {who}</source>
        <translation>Trình bày: {who}</translation>
    </message>
    <message>
        <source>{heading} — R: back to the script</source>
        <translation>{heading} — R: trở lại lời dẫn</translation>
    </message>
    <message>
        <source>M — call the next speaker:</source>
        <translation>M — mời người phát biểu tiếp theo:</translation>
    </message>
    <message>
        <source>Private note: {text}</source>
        <translation>Ghi chú riêng: {text}</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
</context>
<context>
    <name>ElectionPanel</name>
    <message>
        <source>Election: {body}</source>
        <translation>Bầu cử: {body}</translation>
    </message>
    <message>
        <source>Candidate list</source>
        <translation>Danh sách bầu cử</translation>
    </message>
    <message>
        <source>Counting record</source>
        <translation>Biên bản kiểm phiếu</translation>
    </message>
    <message>
        <source>Candidate list ({count}): {names}</source>
        <translation>Danh sách bầu cử ({count} đồng chí): {names}</translation>
    </message>
    <message>
        <source>Withdrawal (the candidate asks to withdraw)</source>
        <translation>Rút tên (đồng chí trong danh sách xin rút)</translation>
    </message>
    <message>
        <source>Floor nomination (a name not on the list)</source>
        <translation>Đề cử bổ sung tại Đại hội (ngoài danh sách)</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Họ tên</translation>
    </message>
    <message>
        <source>Type or choose the name first.</source>
        <translation>Cần nhập hoặc chọn họ tên trước.</translation>
    </message>
    <message>
        <source>a further round after a tie</source>
        <translation>bầu lại do bằng phiếu</translation>
    </message>
    <message>
        <source>a further round for unfilled seats</source>
        <translation>bầu tiếp do chưa đủ số lượng</translation>
    </message>
    <message>
        <source>the vote held again after a void count</source>
        <translation>bỏ phiếu lại do kết quả kiểm phiếu không có giá trị</translation>
    </message>
    <message>
        <source>Round {round} ({why}): {seats} seat(s) among {count}</source>
        <translation>Lần {round} ({why}): bầu {seats} trong số {count} đồng chí</translation>
    </message>
    <message>
        <source>Round {round}: {seats} seat(s) among {count}</source>
        <translation>Lần {round}: bầu {seats} trong số {count} đồng chí</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Phiếu phát ra</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Phiếu thu về</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Phiếu không hợp lệ</translation>
    </message>
    <message>
        <source>Votes for each candidate</source>
        <translation>Số phiếu bầu cho từng đồng chí</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Congress minutes (.docx)…</source>
        <translation>Biên bản Đại hội (.docx)…</translation>
    </message>
    <message>
        <source>Lessons-learned review (.docx)…</source>
        <translation>Báo cáo rút kinh nghiệm (.docx)…</translation>
    </message>
    <message>
        <source>Writing the minutes…</source>
        <translation>Đang xuất biên bản…</translation>
    </message>
    <message>
        <source>Writing the review…</source>
        <translation>Đang xuất báo cáo rút kinh nghiệm…</translation>
    </message>
    <message>
        <source>minutes</source>
        <comment>file name: lower case, no accents or spaces</comment>
        <translation>bien-ban-dai-hoi</translation>
    </message>
    <message>
        <source>review</source>
        <comment>file name: lower case, no accents or spaces</comment>
        <translation>rut-kinh-nghiem</translation>
    </message>
    <message>
        <source>Save document</source>
        <translation>Lưu văn bản</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Văn bản Word (*.docx)</translation>
    </message>
    <message>
        <source>Saved {path} ({seconds:.1f} s).</source>
        <translation>Đã lưu {path} ({seconds:.1f} giây).</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Lưu ý:</translation>
    </message>
    <message>
        <source>Document written</source>
        <translation>Đã xuất văn bản</translation>
    </message>
    <message>
        <source>The document could not be written</source>
        <translation>Không xuất được văn bản</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Xuất văn bản</translation>
    </message>
</context>
<context>
    <name>InsertDialog</name>
    <message>
        <source>Insert an item</source>
        <translation>Thêm nội dung phát sinh</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <source>Announcement</source>
        <translation>Công bố</translation>
    </message>
    <message>
        <source>Speech</source>
        <translation>Phát biểu</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Show of hands</source>
        <translation>Biểu quyết</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Thảo luận</translation>
    </message>
    <message>
        <source>Ceremony</source>
        <translation>Nghi thức</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Giải lao</translation>
    </message>
    <message>
        <source>What the congress takes up</source>
        <translation>Nội dung Đại hội tiến hành</translation>
    </message>
    <message>
        <source> min</source>
        <translation> phút</translation>
    </message>
    <message>
        <source>Goes right after the current item.</source>
        <translation>Nội dung được thêm ngay sau mục hiện tại.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tên nội dung</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Thời lượng</translation>
    </message>
    <message>
        <source>Insert…</source>
        <translation>Thêm…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <source>The journal is open in another window</source>
        <translation>Nhật ký đang mở ở một cửa sổ khác</translation>
    </message>
    <message>
        <source>Open a read-only view? Nothing will be recorded from this window.</source>
        <translation>Mở ở chế độ chỉ xem? Cửa sổ này sẽ không ghi gì vào nhật ký.</translation>
    </message>
    <message>
        <source>Read-only view</source>
        <translation>Chỉ xem</translation>
    </message>
    <message>
        <source>Read-only view: another window writes this journal; this one follows it and records nothing.</source>
        <translation>Chỉ xem: một cửa sổ khác đang ghi nhật ký này; cửa sổ này chỉ theo dõi và không ghi gì.</translation>
    </message>
    <message>
        <source>Resumed the unfinished run #{run} where it stopped; the time the program was closed is recorded.</source>
        <translation>Đã tiếp tục lần chạy dở số {run} từ chỗ dừng; khoảng thời gian chương trình bị đóng đã được ghi lại.</translation>
    </message>
    <message>
        <source>Live run — check before starting:</source>
        <translation>Chạy CHÍNH THỨC — kiểm tra trước khi bắt đầu:</translation>
    </message>
    <message>
        <source>Warning: {text}</source>
        <translation>Cảnh báo: {text}</translation>
    </message>
    <message>
        <source>The program cannot be opened</source>
        <translation>Không mở được chương trình</translation>
    </message>
    <message>
        <source>Problems in the program file:</source>
        <translation>Tệp chương trình có lỗi:</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}</source>
        <translation>Không đọc được {path}: {reason}</translation>
    </message>
    <message>
        <source>The journal cannot be opened</source>
        <translation>Không mở được nhật ký</translation>
    </message>
    <message>
        <source>Check before the live run</source>
        <translation>Kiểm tra trước khi chạy chính thức</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{mode} · VIEW ONLY</source>
        <translation>{mode} · CHỈ XEM</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Điều hành</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Công cụ</translation>
    </message>
    <message>
        <source>&amp;Stage</source>
        <translation>&amp;Sân khấu</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Hiển thị</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>LIVE</source>
        <translation>CHÍNH THỨC</translation>
    </message>
    <message>
        <source>REHEARSAL</source>
        <translation>TỔNG DUYỆT</translation>
    </message>
    <message>
        <source>Program {fingerprint}</source>
        <translation>Chương trình {fingerprint}</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Tiếp theo</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Tiếp tục</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Tạm dừng</translation>
    </message>
</context>
<context>
    <name>MessageDialog</name>
    <message>
        <source>Message to the speaker</source>
        <translation>Lời nhắn cho người phát biểu</translation>
    </message>
    <message>
        <source>Shown on the stage display:</source>
        <translation>Hiện trên màn hình sân khấu:</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Hiện</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>NextPanel</name>
    <message>
        <source>Next</source>
        <translation>Tiếp theo</translation>
    </message>
    <message>
        <source>— nothing after this item —</source>
        <translation>— không còn mục nào sau mục này —</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Note a deviation</source>
        <translation>Ghi chú việc phát sinh</translation>
    </message>
    <message>
        <source>What happened, in one line</source>
        <translation>Việc gì đã xảy ra, ghi trong một dòng</translation>
    </message>
    <message>
        <source>During: {item}</source>
        <translation>Trong mục: {item}</translation>
    </message>
    <message>
        <source>Before the run starts</source>
        <translation>Trước khi bắt đầu</translation>
    </message>
    <message>
        <source>Record note</source>
        <translation>Ghi lại</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>Podium</name>
    <message>
        <source>Skip item</source>
        <translation>Bỏ qua mục</translation>
    </message>
    <message>
        <source>Skip “{title}” and open the next item?
The skip is recorded as a deviation.</source>
        <translation>Bỏ qua “{title}” và chuyển sang mục tiếp theo?
Việc bỏ qua được ghi nhận là thay đổi so với chương trình.</translation>
    </message>
    <message>
        <source>Skipped: {title}</source>
        <translation>Đã bỏ qua: {title}</translation>
    </message>
    <message>
        <source>Go to another item</source>
        <translation>Chuyển đến mục khác</translation>
    </message>
    <message>
        <source>Leave “{current}” and take up “{target}” now?
The change of order is recorded.</source>
        <translation>Rời “{current}” để chuyển sang “{target}” ngay bây giờ?
Việc thay đổi thứ tự được ghi lại.</translation>
    </message>
    <message>
        <source>Go there</source>
        <translation>Chuyển đến</translation>
    </message>
    <message>
        <source>Finish the run</source>
        <translation>Kết thúc chương trình</translation>
    </message>
    <message>
        <source>End the run now? Nothing can be changed after finishing.</source>
        <translation>Kết thúc ngay bây giờ? Sau khi kết thúc không thể thay đổi gì nữa.</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Kết thúc</translation>
    </message>
    <message>
        <source>The run is finished.</source>
        <translation>Đã kết thúc.</translation>
    </message>
    <message>
        <source>The last move was undone.</source>
        <translation>Đã hoàn tác lần chuyển mục vừa rồi.</translation>
    </message>
    <message>
        <source>Note recorded.</source>
        <translation>Đã ghi chú.</translation>
    </message>
    <message>
        <source>Attendance recorded: {present} present.</source>
        <translation>Đã ghi số đại biểu có mặt: {present}.</translation>
    </message>
    <message>
        <source>Show of hands recorded.</source>
        <translation>Đã ghi kết quả biểu quyết.</translation>
    </message>
    <message>
        <source>Counting record recorded.</source>
        <translation>Đã ghi biên bản kiểm phiếu.</translation>
    </message>
    <message>
        <source>{name} has finished.</source>
        <translation>Đồng chí {name} đã phát biểu xong.</translation>
    </message>
    <message>
        <source>{name}: absent.</source>
        <translation>Đồng chí {name}: vắng mặt.</translation>
    </message>
    <message>
        <source>{name}: contribution submitted in writing.</source>
        <translation>Đồng chí {name}: gửi tham luận bằng văn bản.</translation>
    </message>
    <message>
        <source>Request from the floor added: {name}</source>
        <translation>Đã thêm đăng ký phát biểu tại hội trường: {name}</translation>
    </message>
    <message>
        <source>Insert an item</source>
        <translation>Thêm nội dung phát sinh</translation>
    </message>
    <message>
        <source>Insert “{title}” ({kind}, {minutes} min) right after the current item?
The insertion is recorded as a deviation.</source>
        <translation>Thêm “{title}” ({kind}, {minutes} phút) ngay sau mục hiện tại?
Việc thêm nội dung được ghi lại là thay đổi so với chương trình.</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <source>Inserted: {title}</source>
        <translation>Đã thêm: {title}</translation>
    </message>
    <message>
        <source>Number convened corrected to {convened}.</source>
        <translation>Đã điều chỉnh số đại biểu được triệu tập thành {convened}.</translation>
    </message>
</context>
<context>
    <name>PodiumController</name>
    <message>
        <source>Not done: a read-only view keeps no standby copy.</source>
        <translation>Không thực hiện được: cửa sổ chỉ xem không giữ bản sao dự phòng.</translation>
    </message>
    <message>
        <source>Standby copy FAILING</source>
        <translation>Bản sao dự phòng ĐANG LỖI</translation>
    </message>
    <message>
        <source>Standby copy {time}</source>
        <translation>Bản sao dự phòng {time}</translation>
    </message>
    <message>
        <source>Standby copy…</source>
        <translation>Bản sao dự phòng…</translation>
    </message>
    <message>
        <source>Folder for the standby copy</source>
        <translation>Thư mục giữ bản sao dự phòng</translation>
    </message>
    <message>
        <source>Standby copy kept in {folder}</source>
        <translation>Bản sao dự phòng được giữ tại {folder}</translation>
    </message>
    <message>
        <source>The journal cannot be read: {message}</source>
        <translation>Không đọc được nhật ký: {message}</translation>
    </message>
    <message>
        <source>Not done: {reason}</source>
        <translation>Không thực hiện được: {reason}</translation>
    </message>
    <message>
        <source>No result recorded for this item yet.</source>
        <translation>Mục này chưa có kết quả nào được ghi.</translation>
    </message>
    <message>
        <source>Script size {size} pt</source>
        <translation>Cỡ chữ lời dẫn {size} pt</translation>
    </message>
    <message>
        <source>NOT RECORDED: {message}</source>
        <translation>CHƯA GHI ĐƯỢC: {message}</translation>
    </message>
    <message>
        <source>The journal cannot record</source>
        <translation>Nhật ký không ghi được</translation>
    </message>
    <message>
        <source>Not done: the current item holds no vote.</source>
        <translation>Không thực hiện được: mục hiện tại không có biểu quyết.</translation>
    </message>
    <message>
        <source>Attendance not reported yet: {convened} convened, all counted present</source>
        <translation>Chưa báo cáo số có mặt: {convened} đồng chí được triệu tập, tạm tính tất cả có mặt</translation>
    </message>
    <message>
        <source>In force: {present} present of {convened} convened ({absent} absent)</source>
        <translation>Hiện tại: {present}/{convened} đồng chí có mặt (vắng {absent})</translation>
    </message>
    <message>
        <source>Not done: the current item is not a discussion.</source>
        <translation>Không thực hiện được: mục hiện tại không phải phần thảo luận.</translation>
    </message>
    <message>
        <source>Stage message: {text}</source>
        <translation>Lời nhắn sân khấu: {text}</translation>
    </message>
    <message>
        <source>Stage message cleared</source>
        <translation>Đã xóa lời nhắn sân khấu</translation>
    </message>
</context>
<context>
    <name>ResultBoard</name>
    <message>
        <source>Name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Phiếu</translation>
    </message>
    <message>
        <source>% of base</source>
        <translation>Tỷ lệ</translation>
    </message>
</context>
<context>
    <name>Results</name>
    <message>
        <source>{name}&apos;s withdrawal from the candidate list</source>
        <translation>Thông qua việc đồng chí {name} rút khỏi danh sách bầu cử</translation>
    </message>
    <message>
        <source>adding {name} to the candidate list</source>
        <translation>Thông qua việc bổ sung đồng chí {name} vào danh sách bầu cử</translation>
    </message>
    <message>
        <source>Count, round {round}</source>
        <translation>Kết quả kiểm phiếu lần {round}</translation>
    </message>
    <message>
        <source>Show of hands: withdrawal of {name}</source>
        <translation>Biểu quyết việc rút tên: {name}</translation>
    </message>
    <message>
        <source>Show of hands: nomination of {name}</source>
        <translation>Biểu quyết việc đề cử bổ sung: {name}</translation>
    </message>
    <message>
        <source>Result of the show of hands</source>
        <translation>Kết quả biểu quyết</translation>
    </message>
    <message>
        <source>All {seats} seats are filled.</source>
        <translation>Đã bầu đủ {seats} đồng chí.</translation>
    </message>
    <message>
        <source>The list now has {count} names, more than the surplus allows: an opinion ballot must decide who stays on it.</source>
        <translation>Danh sách bầu cử nay có {count} đồng chí, vượt số dư cho phép: cần bỏ phiếu xin ý kiến để quyết định những đồng chí được giữ lại trong danh sách.</translation>
    </message>
    <message>
        <source>The list now has {count} names, fewer than the seats to fill.</source>
        <translation>Danh sách bầu cử nay có {count} đồng chí, ít hơn số lượng cần bầu.</translation>
    </message>
    <message>
        <source>The candidate list now has {count} names.</source>
        <translation>Danh sách bầu cử nay có {count} đồng chí.</translation>
    </message>
    <message>
        <source>a tie at the last seat</source>
        <translation>có các đồng chí bằng phiếu nhau ở vị trí cuối cùng</translation>
    </message>
    <message>
        <source>seats left unfilled</source>
        <translation>chưa bầu đủ số lượng</translation>
    </message>
    <message>
        <source>the count is void (more ballots returned than issued)</source>
        <translation>kết quả kiểm phiếu không có giá trị (phiếu thu về nhiều hơn phiếu phát ra)</translation>
    </message>
    <message>
        <source>NEXT ROUND SET UP: round {round}, {seats} seat(s) among {count}: {names}. Why: {why}.</source>
        <translation>ĐÃ CHUẨN BỊ LẦN BẦU TIẾP THEO: lần {round}, bầu {seats} trong số {count} đồng chí: {names}. Lý do: {why}.</translation>
    </message>
    <message>
        <source>THE COUNT IS VOID — VOTE AGAIN</source>
        <translation>KẾT QUẢ KHÔNG CÓ GIÁ TRỊ — BẦU LẠI</translation>
    </message>
    <message>
        <source>TIE AT THE LAST SEAT — ROUND {round}: {seats} of {count} candidates</source>
        <translation>SỐ PHIẾU BẰNG NHAU Ở VỊ TRÍ CUỐI — BẦU LẦN {round}: {seats} trong {count} đồng chí</translation>
    </message>
    <message>
        <source>{missing} SEAT(S) UNFILLED — ROUND {round}: {seats} of {count} candidates</source>
        <translation>CÒN THIẾU {missing} — BẦU LẦN {round}: {seats} trong {count} đồng chí</translation>
    </message>
    <message>
        <source>ALL SEATS FILLED {elected}/{seats}</source>
        <translation>ĐÃ BẦU ĐỦ {elected}/{seats}</translation>
    </message>
    <message>
        <source>NOT APPROVED — {for_}/{present} in favour, {percent}</source>
        <translation>KHÔNG THÔNG QUA — {for_}/{present} tán thành, {percent}</translation>
    </message>
    <message>
        <source>APPROVED UNANIMOUSLY — {for_}/{present} in favour, {percent}</source>
        <translation>NHẤT TRÍ THÔNG QUA — {for_}/{present} tán thành, {percent}</translation>
    </message>
    <message>
        <source>APPROVED — {for_}/{present} in favour, {percent}</source>
        <translation>THÔNG QUA — {for_}/{present} tán thành, {percent}</translation>
    </message>
    <message>
        <source>Base: {base} · at least {needed} votes needed</source>
        <translation>Cơ sở: {base} · cần ít nhất {needed} phiếu</translation>
    </message>
    <message>
        <source>Base: {base} · at least {needed} in favour needed</source>
        <translation>Cơ sở: {base} · cần ít nhất {needed} đồng chí tán thành</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <source>Discussion</source>
        <translation>Thảo luận, tham luận</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Người phát biểu</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Cho phép</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Thực tế</translation>
    </message>
    <message>
        <source>Difference / form</source>
        <translation>Chênh lệch / hình thức</translation>
    </message>
    <message>
        <source>No record of the individual contributions</source>
        <translation>Nhật ký không ghi nhận từng lượt phát biểu</translation>
    </message>
    <message>
        <source>Speakers over their allowance by more than {tol} min, largest first:</source>
        <translation>Các đồng chí phát biểu vượt thời gian cho phép quá {tol} phút, xếp theo mức vượt từ cao xuống thấp:</translation>
    </message>
    <message>
        <source>No speaker went over their allowance by more than {tol} min.</source>
        <translation>Không có đồng chí nào phát biểu vượt thời gian cho phép quá {tol} phút.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>TT</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Rút kinh nghiệm</translation>
    </message>
    <message>
        <source>Export report (.docx)…</source>
        <translation>Xuất báo cáo (.docx)…</translation>
    </message>
    <message>
        <source>Run:</source>
        <translation>Lượt chạy:</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Biểu đồ</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Từng nội dung</translation>
    </message>
    <message>
        <source>Overruns</source>
        <translation>Vượt thời gian</translation>
    </message>
    <message>
        <source>Changes and situations</source>
        <translation>Thay đổi và tình huống</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Đề xuất</translation>
    </message>
    <message>
        <source>Run {id} — {mode} — {start}</source>
        <translation>Lượt {id} — {mode} — {start}</translation>
    </message>
    <message>
        <source>Planned {planned} min, actual {actual} min ({delta} min); {over} item(s) overran, {skipped} not held, {moved} moved, {inserted} added; {cards} contingency card use(s). Compared with {rehearsals} rehearsal(s).</source>
        <translation>Dự kiến {planned} phút, thực tế {actual} phút ({delta} phút); {over} nội dung vượt thời gian, {skipped} không thực hiện, {moved} đổi thứ tự, {inserted} phát sinh; {cards} lần dùng thẻ tình huống. So sánh với {rehearsals} lượt tổng duyệt.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Dự kiến</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Chênh lệch</translation>
    </message>
    <message>
        <source>R {id}</source>
        <comment>a rehearsal&apos;s column</comment>
        <translation>TD {id}</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>added</source>
        <translation>phát sinh</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>đổi thứ tự</translation>
    </message>
    <message>
        <source>not held</source>
        <translation>không thực hiện</translation>
    </message>
    <message>
        <source>Over</source>
        <translation>Vượt</translation>
    </message>
    <message>
        <source>The program has no discussion.</source>
        <translation>Chương trình không có phần thảo luận.</translation>
    </message>
    <message>
        <source>{count} contribution(s) spoken: {allowed} min allowed, {actual} min spoken ({delta} min).</source>
        <translation>{count} lượt phát biểu: thời gian cho phép {allowed} phút, thực tế {actual} phút (chênh lệch {delta} phút).</translation>
    </message>
    <message>
        <source>Written submissions recovered {minutes} min.</source>
        <translation>Các tham luận gửi văn bản đã tiết kiệm {minutes} phút.</translation>
    </message>
    <message>
        <source>in writing ({minutes} min recovered)</source>
        <translation>gửi văn bản (tiết kiệm {minutes} phút)</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>vắng mặt</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>chưa phát biểu</translation>
    </message>
    <message>
        <source>speaking</source>
        <translation>đang phát biểu</translation>
    </message>
    <message>
        <source>{form}; from the floor</source>
        <translation>{form}; đăng ký tại hội trường</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Không có.</translation>
    </message>
    <message>
        <source>{title}: item {planned} in the program, held at position {held}</source>
        <translation>{title}: mục {planned} theo chương trình, thực hiện ở vị trí {held}</translation>
    </message>
    <message>
        <source>Not held</source>
        <translation>Không thực hiện</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Điều chỉnh thứ tự</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Nội dung phát sinh</translation>
    </message>
    <message>
        <source>Contingency cards used</source>
        <translation>Thẻ tình huống đã dùng</translation>
    </message>
    <message>
        <source>Chair&apos;s notes</source>
        <translation>Ghi chú điều hành</translation>
    </message>
    <message>
        <source>The figures show nothing that needs changing.</source>
        <translation>Số liệu điều hành không cho thấy nội dung cần điều chỉnh.</translation>
    </message>
    <message>
        <source>not reached yet</source>
        <translation>chưa đến</translation>
    </message>
    <message>
        <source>The run is still under way: {count} item(s) not reached yet.</source>
        <translation>Lượt chạy này chưa kết thúc: còn {count} nội dung chưa đến.</translation>
    </message>
</context>
<context>
    <name>SpeakerStrip</name>
    <message>
        <source>SPEAKERS</source>
        <translation>NGƯỜI PHÁT BIỂU</translation>
    </message>
    <message>
        <source>Nobody is speaking</source>
        <translation>Chưa có ai đang phát biểu</translation>
    </message>
    <message>
        <source>SPEAKING NOW</source>
        <translation>ĐANG PHÁT BIỂU</translation>
    </message>
    <message>
        <source>Next: nobody is waiting</source>
        <translation>Tiếp theo: không còn ai chờ</translation>
    </message>
    <message>
        <source>Next: {name}{unit} · {allowance}</source>
        <translation>Tiếp theo: {name}{unit} · {allowance}</translation>
    </message>
    <message>
        <source>Nobody is left to speak.</source>
        <translation>Không còn ai chờ phát biểu.</translation>
    </message>
    <message>
        <source>{count} left, {needed} min needed — {left} min left: enough</source>
        <translation>Còn {count} người, cần {needed} phút — còn {left} phút: đủ</translation>
    </message>
    <message>
        <source>{count} left, {needed} min needed — {left} min left: not enough</source>
        <translation>Còn {count} người, cần {needed} phút — còn {left} phút: không đủ</translation>
    </message>
</context>
<context>
    <name>SpeakersDialog</name>
    <message>
        <source>Speakers</source>
        <translation>Danh sách phát biểu</translation>
    </message>
    <message>
        <source>Call to speak</source>
        <translation>Mời phát biểu</translation>
    </message>
    <message>
        <source>End the turn</source>
        <translation>Kết thúc lượt</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Lên trước</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Xuống sau</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Vắng mặt</translation>
    </message>
    <message>
        <source>Submits in writing</source>
        <translation>Gửi bằng văn bản</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source> min</source>
        <translation> phút</translation>
    </message>
    <message>
        <source>Add the request</source>
        <translation>Thêm đăng ký</translation>
    </message>
    <message>
        <source>Request from the floor</source>
        <translation>Đăng ký phát biểu tại hội trường</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Họ tên</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Time allowed</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>chờ</translation>
    </message>
    <message>
        <source>speaking now</source>
        <translation>đang phát biểu</translation>
    </message>
    <message>
        <source>has spoken</source>
        <translation>đã phát biểu</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>vắng mặt</translation>
    </message>
    <message>
        <source>in writing</source>
        <translation>gửi văn bản</translation>
    </message>
    <message>
        <source> (from the floor)</source>
        <translation> (đăng ký tại hội trường)</translation>
    </message>
    <message>
        <source>Choose a speaker in the list first.</source>
        <translation>Hãy chọn một người trong danh sách trước.</translation>
    </message>
</context>
<context>
    <name>StageWindow</name>
    <message>
        <source>Presidium — stage display</source>
        <translation>Presidium — màn hình sân khấu</translation>
    </message>
</context>
<context>
    <name>TimerPanel</name>
    <message>
        <source>Not started</source>
        <translation>Chưa bắt đầu</translation>
    </message>
    <message>
        <source>Press Space, → or PageDown to start the run</source>
        <translation>Nhấn Space, → hoặc PageDown để bắt đầu</translation>
    </message>
    <message>
        <source>Finished at {time}</source>
        <translation>Kết thúc lúc {time}</translation>
    </message>
    <message>
        <source>PAUSED for {length}</source>
        <translation>TẠM DỪNG {length}</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Quá giờ</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Còn lại</translation>
    </message>
    <message>
        <source>Planned {budget} · spoken {elapsed}</source>
        <translation>Kế hoạch {budget} · đã dùng {elapsed}</translation>
    </message>
    <message>
        <source>Planned {budget} · elapsed {elapsed}</source>
        <translation>Kế hoạch {budget} · đã dùng {elapsed}</translation>
    </message>
    <message>
        <source>Session ends {projected} (planned {planned})</source>
        <translation>Dự kiến hết phiên {projected} (kế hoạch {planned})</translation>
    </message>
    <message>
        <source>day ends {time}</source>
        <translation>hết ngày {time}</translation>
    </message>
    <message>
        <source>Speaker over</source>
        <translation>Phát biểu quá giờ</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Người phát biểu</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Đúng giờ</translation>
    </message>
    <message>
        <source>{minutes} min behind</source>
        <translation>Chậm {minutes} phút</translation>
    </message>
    <message>
        <source>{minutes} min ahead</source>
        <translation>Sớm {minutes} phút</translation>
    </message>
</context>
<context>
    <name>VotePanel</name>
    <message>
        <source>Show of hands</source>
        <translation>Biểu quyết</translation>
    </message>
    <message>
        <source>more than</source>
        <translation>quá</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>ít nhất</translation>
    </message>
    <message>
        <source>Passes with {comparison} {fraction} of {base}</source>
        <translation>Thông qua khi đạt {comparison} {fraction} {base}</translation>
    </message>
</context>
<context>
    <name>_Panel</name>
    <message>
        <source>Update attendance…</source>
        <translation>Cập nhật số có mặt…</translation>
    </message>
    <message>
        <source>Unanimous</source>
        <translation>Nhất trí</translation>
    </message>
    <message>
        <source>Record (Enter)</source>
        <translation>Ghi kết quả (Enter)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Tán thành</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>Không tán thành</translation>
    </message>
    <message>
        <source>Abstaining</source>
        <translation>Không biểu quyết</translation>
    </message>
    <message>
        <source>The presidium confirms the vote goes ahead (recorded in the journal)</source>
        <translation>Đoàn Chủ tịch xác nhận vẫn biểu quyết (ghi vào nhật ký)</translation>
    </message>
</context>
</TS>
