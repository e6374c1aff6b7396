<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>Actions</name>
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
    <name>Launch</name>
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
        <translation>DIỄN TẬP</translation>
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
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>Kỹ thuật</translation>
    </message>
    <message>
        <source>Personnel</source>
        <translation>Nhân sự</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Khác</translation>
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
</context>
<context>
    <name>PodiumController</name>
    <message>
        <source>Not done: {reason}</source>
        <translation>Không thực hiện được: {reason}</translation>
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
        <source>Stage message: {text}</source>
        <translation>Lời nhắn sân khấu: {text}</translation>
    </message>
    <message>
        <source>Stage message cleared</source>
        <translation>Đã xóa lời nhắn sân khấu</translation>
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
        <source>Session ends {projected} (planned {planned})</source>
        <translation>Dự kiến hết phiên {projected} (kế hoạch {planned})</translation>
    </message>
    <message>
        <source>day ends {time}</source>
        <translation>hết ngày {time}</translation>
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
    <name>VotePreview</name>
    <message>
        <source>Vote</source>
        <translation>Biểu quyết</translation>
    </message>
    <message>
        <source>delegates convened</source>
        <translation>số đại biểu được triệu tập</translation>
    </message>
    <message>
        <source>delegates present</source>
        <translation>số đại biểu có mặt</translation>
    </message>
    <message>
        <source>valid ballots</source>
        <translation>số phiếu hợp lệ</translation>
    </message>
    <message>
        <source>votes cast</source>
        <translation>số phiếu đã bỏ</translation>
    </message>
    <message>
        <source>Question: {question}</source>
        <translation>Nội dung: {question}</translation>
    </message>
    <message>
        <source>Election: {body}, {seats} seats</source>
        <translation>Bầu {body}: {seats} người</translation>
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
    <message>
        <source>The current item holds no vote.</source>
        <translation>Mục hiện tại không có biểu quyết.</translation>
    </message>
    <message>
        <source>Recording the show of hands and ballots is not available in this window yet.</source>
        <translation>Cửa sổ này chưa có phần ghi kết quả biểu quyết và bỏ phiếu.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
</TS>