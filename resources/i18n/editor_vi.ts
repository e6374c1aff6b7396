<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>Words</name>
    <message>
      <location filename="../../presidium/ui/editor/forms.py" line="37" />
      <source>Ceremony</source>
      <translation>Nghi thức</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/forms.py" line="37" />
      <source>Procedure</source>
      <translation>Thủ tục</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/forms.py" line="37" />
      <source>Report</source>
      <translation>Báo cáo</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/forms.py" line="38" />
      <source>Speech</source>
      <translation>Phát biểu</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/forms.py" line="38" />
      <source>Discussion</source>
      <translation>Thảo luận</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/forms.py" line="38" />
      <source>Vote</source>
      <translation>Biểu quyết</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/forms.py" line="39" />
      <source>Election</source>
      <translation>Bầu cử</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/forms.py" line="39" />
      <source>Announcement</source>
      <translation>Thông báo</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/forms.py" line="39" />
      <source>Break</source>
      <translation>Giải lao</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/forms.py" line="43" />
      <source>votes cast (abstentions included)</source>
      <translation>số người tham gia biểu quyết (kể cả không biểu quyết)</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/forms.py" line="46" />
      <source>one half</source>
      <translation>một phần hai</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/forms.py" line="46" />
      <source>two thirds</source>
      <translation>hai phần ba</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/forms.py" line="46" />
      <source>three quarters</source>
      <translation>ba phần tư</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/forms.py" line="47" />
      <source>one third</source>
      <translation>một phần ba</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/forms.py" line="47" />
      <source>three tenths (30%)</source>
      <translation>ba phần mười (30%)</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/forms.py" line="47" />
      <source>one tenth</source>
      <translation>một phần mười</translation>
    </message>
  </context>
  <context>
    <name>NodeForm</name>
    <message>
      <location filename="../../presidium/ui/editor/forms.py" line="92" />
      <source>Congress</source>
      <translation>Đại hội</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/forms.py" line="182" />
      <source>Title</source>
      <translation>Tên</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/forms.py" line="93" />
      <source>Organization (issues the documents)</source>
      <translation>Tổ chức (ban hành văn bản)</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/forms.py" line="94" />
      <source>Superior body</source>
      <translation>Cấp trên</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/forms.py" line="94" />
      <source>Name on documents</source>
      <translation>Tên đại hội trên văn bản</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/forms.py" line="95" />
      <source>Term</source>
      <translation>Nhiệm kỳ</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/forms.py" line="95" />
      <source>Place (for the date line)</source>
      <translation>Địa danh (ghi ngày tháng)</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/forms.py" line="96" />
      <source>Venue</source>
      <translation>Địa điểm</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/forms.py" line="98" />
      <source>Delegates convened</source>
      <translation>Số đại biểu được triệu tập</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/forms.py" line="99" />
      <source>Quorum rule</source>
      <translation>Quy tắc số đại biểu tối thiểu</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/forms.py" line="99" />
      <source>(none)</source>
      <translation>(không có)</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/forms.py" line="100" />
      <source>National heading</source>
      <translation>Quốc hiệu / tiêu đề văn bản</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/forms.py" line="103" />
      <source>Rule '{name}'</source>
      <translation>Quy tắc '{name}'</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/forms.py" line="104" />
      <source>Fraction</source>
      <translation>Tỷ lệ</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/forms.py" line="105" />
      <source>Counted against</source>
      <translation>Tính trên</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/forms.py" line="106" />
      <source>More than the fraction (unticked: at least)</source>
      <translation>Phải vượt quá tỷ lệ (bỏ chọn: đạt ít nhất)</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/forms.py" line="107" />
      <source>Description</source>
      <translation>Diễn giải</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/forms.py" line="110" />
      <source>Session</source>
      <translation>Phiên</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/forms.py" line="183" />
      <source>Id</source>
      <translation>Mã</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/forms.py" line="113" />
      <source>Date</source>
      <translation>Ngày</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/forms.py" line="114" />
      <source>Start</source>
      <translation>Bắt đầu</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/forms.py" line="115" />
      <source>Must end by</source>
      <translation>Kết thúc trước</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/forms.py" line="115" />
      <source>set</source>
      <translation>có</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/forms.py" line="119" />
      <source>Agenda item</source>
      <translation>Mục chương trình</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/forms.py" line="122" />
      <source>Kind</source>
      <translation>Loại</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/forms.py" line="123" />
      <source>By</source>
      <translation>Người thực hiện</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/forms.py" line="124" />
      <source>Duration</source>
      <translation>Thời lượng</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/forms.py" line="125" />
      <source>5 phút, 1h30, 90s, 5m</source>
      <translation>5 phút, 1h30, 90s, 5m</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/forms.py" line="127" />
      <source>Time per speaker</source>
      <translation>Thời gian mỗi người phát biểu</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/forms.py" line="128" />
      <source>Registered speakers (name | unit | topic | time)</source>
      <translation>Người phát biểu đã đăng ký (họ tên | đơn vị | nội dung | thời gian)</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/forms.py" line="130" />
      <source>Nguyễn Văn An | Đảng ủy xã | xây dựng Đảng | 7 phút</source>
      <translation>Nguyễn Văn An | Đảng ủy xã | xây dựng Đảng | 7 phút</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/forms.py" line="132" />
      <source>Question put to the vote</source>
      <translation>Nội dung biểu quyết</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/forms.py" line="144" />
      <source>Rule</source>
      <translation>Quy tắc</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/forms.py" line="136" />
      <source>Contingency cards</source>
      <translation>Thẻ tình huống</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/forms.py" line="170" />
      <source>Script</source>
      <translation>Lời dẫn</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/forms.py" line="139" />
      <source>Private note for the chair</source>
      <translation>Ghi chú riêng cho người điều hành</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/forms.py" line="142" />
      <source>Body to elect</source>
      <translation>Cơ quan được bầu</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/forms.py" line="143" />
      <source>Seats</source>
      <translation>Số lượng cần bầu</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/forms.py" line="145" />
      <source>Most extra names</source>
      <translation>Số dư tối đa</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/forms.py" line="147" />
      <source>30% (the usual rule)</source>
      <translation>30% (theo quy định thông thường)</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/forms.py" line="149" />
      <source>Sort in ballot order</source>
      <translation>Xếp theo thứ tự trên phiếu bầu</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/forms.py" line="150" />
      <source>Candidates (paste one name a line)</source>
      <translation>Danh sách bầu cử (dán mỗi dòng một tên)</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/forms.py" line="157" />
      <source>Withdrawals and floor nominations are decided by a show of hands at the podium; a nomination uses the rule 'nomination' when the program has one.</source>
      <translation>Việc xin rút và ứng cử, đề cử tại Đại hội do Đại hội biểu quyết giơ tay tại bục điều hành; đề cử dùng quy tắc 'nomination' nếu chương trình có.</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/forms.py" line="159" />
      <source>This program has no 'nomination' rule: the election's rule is used.</source>
      <translation>Chương trình chưa có quy tắc 'nomination': dùng quy tắc của cuộc bầu cử.</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/forms.py" line="165" />
      <source>Contingency card</source>
      <translation>Thẻ tình huống</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/forms.py" line="168" />
      <source>When</source>
      <translation>Khi nào dùng</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/forms.py" line="169" />
      <source>Steps (one a line)</source>
      <translation>Các bước (mỗi dòng một bước)</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/forms.py" line="171" />
      <source>Regulation articles</source>
      <translation>Điều khoản quy chế</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/forms.py" line="175" />
      <source>Regulation</source>
      <translation>Quy chế</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/forms.py" line="180" />
      <source>Article</source>
      <translation>Điều</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/forms.py" line="181" />
      <source>Number</source>
      <translation>Số điều</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/forms.py" line="184" />
      <source>Text</source>
      <translation>Nội dung</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/forms.py" line="188" />
      <source>Insert a placeholder</source>
      <translation>Chèn chỗ điền</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/forms.py" line="188" />
      <source>As the podium shows it:</source>
      <translation>Như màn hình điều hành sẽ hiện:</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/forms.py" line="224" />
      <source>Session {start}–{end}</source>
      <translation>Phiên {start}–{end}</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/forms.py" line="228" />
      <source>This item {start}–{end}</source>
      <translation>Mục này {start}–{end}</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/forms.py" line="231" />
      <source>runs {minutes} min past its end at {end}</source>
      <translation>quá {minutes} phút so với giờ kết thúc {end}</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/forms.py" line="234" />
      <source>runs into the session “{title}”</source>
      <translation>lấn sang phiên “{title}”</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/forms.py" line="250" />
      <source>{count} names for {seats} seats: fewer names than seats</source>
      <translation>{count} người cho {seats} chỗ: ít hơn số lượng cần bầu</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/forms.py" line="252" />
      <source>{count} names for {seats} seats: {extra} extra ({share}%), over the cap of {maximum} names</source>
      <translation>{count} người cho {seats} chỗ: dư {extra} ({share}%), vượt mức tối đa {maximum} người</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/forms.py" line="255" />
      <source>{count} names for {seats} seats: {extra} extra ({share}%), within the cap of {maximum} names</source>
      <translation>{count} người cho {seats} chỗ: dư {extra} ({share}%), trong mức tối đa {maximum} người</translation>
    </message>
  </context>
  <context>
    <name>StartDialog</name>
    <message>
      <location filename="../../presidium/ui/editor/launch.py" line="33" />
      <source>New program</source>
      <translation>Chương trình mới</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/launch.py" line="41" />
      <source>Create</source>
      <translation>Tạo</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/launch.py" line="42" />
      <source>Cancel</source>
      <translation>Hủy</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/launch.py" line="46" />
      <source>Start from:</source>
      <translation>Bắt đầu từ:</translation>
    </message>
  </context>
  <context>
    <name>EditorLaunch</name>
    <message>
      <location filename="../../presidium/ui/editor/launch.py" line="106" />
      <source>Unsaved work found</source>
      <translation>Có nội dung chưa lưu</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/launch.py" line="72" />
      <source>A new program was left unsaved when the editor closed:
{title}
Restore it?</source>
      <translation>Một chương trình mới chưa được lưu khi trình soạn thảo đóng:
{title}
Khôi phục lại?</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/launch.py" line="109" />
      <source>Restore</source>
      <translation>Khôi phục</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/launch.py" line="100" />
      <source>The program cannot be edited</source>
      <translation>Không mở được chương trình để soạn</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/launch.py" line="107" />
      <source>The editor was closed without saving changes to {name}. Restore them?</source>
      <translation>Trình soạn thảo đã đóng khi chưa lưu các thay đổi của {name}. Khôi phục lại?</translation>
    </message>
  </context>
  <context>
    <name>ProgramMenu</name>
    <message>
      <location filename="../../presidium/ui/editor/podium_menu.py" line="26" />
      <source>New program…</source>
      <translation>Chương trình mới…</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/podium_menu.py" line="28" />
      <source>Edit program…</source>
      <translation>Soạn chương trình…</translation>
    </message>
  </context>
  <context>
    <name>EditorWindow</name>
    <message>
      <location filename="../../presidium/ui/editor/window.py" line="104" />
      <source>Congress</source>
      <translation>Đại hội</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/window.py" line="104" />
      <source>Vote rules</source>
      <translation>Quy tắc biểu quyết</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/window.py" line="104" />
      <source>Sessions</source>
      <translation>Các phiên</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/window.py" line="105" />
      <source>Contingency cards</source>
      <translation>Thẻ tình huống</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/window.py" line="105" />
      <source>Regulations</source>
      <translation>Quy chế</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/window.py" line="106" />
      <source>(untitled)</source>
      <translation>(chưa đặt tên)</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/window.py" line="109" />
      <source>New program</source>
      <translation>Chương trình mới</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/window.py" line="111" />
      <source>{name}{mark} — Program editor — Presidium</source>
      <translation>{name}{mark} — Soạn chương trình — Presidium</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/window.py" line="125" />
      <source>&amp;File</source>
      <translation>&amp;Tệp</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/window.py" line="465" />
      <source>Save</source>
      <translation>Lưu</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/window.py" line="127" />
      <source>Save as…</source>
      <translation>Lưu thành…</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/window.py" line="129" />
      <source>Open at the podium (rehearsal)</source>
      <translation>Mở tại bục điều hành (tổng duyệt)</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/window.py" line="131" />
      <source>Close</source>
      <translation>Đóng</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/window.py" line="132" />
      <source>&amp;Edit</source>
      <translation>&amp;Sửa</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/window.py" line="133" />
      <source>Undo</source>
      <translation>Hoàn tác</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/window.py" line="135" />
      <source>Redo</source>
      <translation>Làm lại</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/window.py" line="255" />
      <source>Duplicate</source>
      <translation>Nhân bản</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/window.py" line="266" />
      <source>Delete</source>
      <translation>Xóa</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/window.py" line="146" />
      <source>Move up</source>
      <translation>Chuyển lên</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/window.py" line="147" />
      <source>Move down</source>
      <translation>Chuyển xuống</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/window.py" line="148" />
      <source>&amp;Add</source>
      <translation>&amp;Thêm</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/window.py" line="149" />
      <source>Vote rule</source>
      <translation>Quy tắc biểu quyết</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/window.py" line="150" />
      <source>Session</source>
      <translation>Phiên</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/window.py" line="151" />
      <source>Agenda item</source>
      <translation>Mục chương trình</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/window.py" line="154" />
      <source>Contingency card</source>
      <translation>Thẻ tình huống</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/window.py" line="155" />
      <source>Regulation</source>
      <translation>Quy chế</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/window.py" line="156" />
      <source>Article of the selected regulation</source>
      <translation>Điều của quy chế đang chọn</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/window.py" line="157" />
      <source>&amp;Insert</source>
      <translation>&amp;Chèn</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/window.py" line="165" />
      <source>Select an item or a card to insert into its script</source>
      <translation>Chọn một mục hoặc một thẻ để chèn vào lời dẫn</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/window.py" line="207" />
      <source>Edit {field}</source>
      <translation>Sửa {field}</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/window.py" line="289" />
      <source>New id: 1 reference to it updated too</source>
      <translation>Mã mới: đã sửa theo 1 chỗ nhắc đến nó</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/window.py" line="290" />
      <source>New id: {count} references to it updated too</source>
      <translation>Mã mới: đã sửa theo {count} chỗ nhắc đến nó</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/window.py" line="224" />
      <source>Add a vote rule</source>
      <translation>Thêm quy tắc biểu quyết</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/window.py" line="224" />
      <source>rule</source>
      <translation>quy tắc</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/window.py" line="227" />
      <source>Add a session</source>
      <translation>Thêm phiên</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/window.py" line="228" />
      <source>New session</source>
      <translation>Phiên mới</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/window.py" line="236" />
      <source>Add an item</source>
      <translation>Thêm mục</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/window.py" line="240" />
      <source>Select a regulation first: the article is added to it.</source>
      <translation>Hãy chọn một quy chế trước: điều mới được thêm vào quy chế đó.</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/window.py" line="244" />
      <source>Add an article</source>
      <translation>Thêm điều</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/window.py" line="245" />
      <source>Article {n}</source>
      <translation>Điều {n}</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/window.py" line="249" />
      <source>New contingency card</source>
      <translation>Thẻ tình huống mới</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/window.py" line="249" />
      <source>New regulation</source>
      <translation>Quy chế mới</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/window.py" line="250" />
      <source>Add</source>
      <translation>Thêm</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/window.py" line="290" />
      <source>Move</source>
      <translation>Di chuyển</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/window.py" line="350" />
      <source>No problems: the podium can open this program.</source>
      <translation>Không có lỗi: bục điều hành mở được chương trình này.</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/window.py" line="351" />
      <source>{count} problem(s): the podium will not open the program until they are fixed.</source>
      <translation>{count} lỗi: bục điều hành chưa mở được chương trình cho tới khi sửa xong.</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/window.py" line="383" />
      <source>Restored the unsaved changes. Save to keep them.</source>
      <translation>Đã khôi phục các thay đổi chưa lưu. Hãy lưu để giữ lại.</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/window.py" line="396" />
      <source>Save the program</source>
      <translation>Lưu chương trình</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/window.py" line="397" />
      <source>Program (*.toml)</source>
      <translation>Chương trình (*.toml)</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/window.py" line="410" />
      <source>This program has a live run (#{run}) recorded with the program {old}. Saved, the program becomes {new}: the podium will warn that the live run's program has changed when it is opened again. Save anyway?</source>
      <translation>Chương trình này đã có buổi chính thức (#{run}) ghi với chương trình {old}. Khi lưu, chương trình thành {new}: bục điều hành sẽ cảnh báo chương trình của buổi chính thức đã thay đổi khi mở lại. Vẫn lưu?</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/window.py" line="414" />
      <source>The program of a live run</source>
      <translation>Chương trình của buổi chính thức</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/window.py" line="419" />
      <source>Not saved</source>
      <translation>Chưa lưu được</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/window.py" line="431" />
      <source>Saved {path} (program {print}).</source>
      <translation>Đã lưu {path} (chương trình {print}).</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/window.py" line="433" />
      <source>The live run #{run} will warn that its program changed.</source>
      <translation>Buổi chính thức #{run} sẽ cảnh báo chương trình đã thay đổi.</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/window.py" line="435" />
      <source>{count} problem(s) remain: the podium will not open it until they are fixed.</source>
      <translation>Còn {count} lỗi: bục điều hành chưa mở được cho tới khi sửa xong.</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/window.py" line="456" />
      <source>The podium opens only a program without problems.</source>
      <translation>Bục điều hành chỉ mở chương trình không có lỗi.</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/window.py" line="462" />
      <source>Unsaved changes</source>
      <translation>Thay đổi chưa lưu</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/window.py" line="463" />
      <source>Save the changes to the program before closing?</source>
      <translation>Lưu các thay đổi của chương trình trước khi đóng?</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/window.py" line="466" />
      <source>Close without saving</source>
      <translation>Đóng, không lưu</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/window.py" line="467" />
      <source>Cancel</source>
      <translation>Hủy</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/window.py" />
      <source>New program…</source>
      <translation>Chương trình mới…</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/window.py" />
      <source>Import from Word or Excel…</source>
      <translation>Nhập từ Word hoặc Excel…</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/window.py" />
      <source>Export script (.docx)…</source>
      <translation>Xuất kịch bản (.docx)…</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/window.py" />
      <source>Ballot papers of the selected election (.docx)…</source>
      <translation>Phiếu bầu của nội dung bầu cử đang chọn (.docx)…</translation>
    </message>
  </context>
  <context>
    <name>EditorFiles</name>
    <message>
      <location filename="../../presidium/ui/editor/files.py" />
      <source>Import a program</source>
      <translation>Nhập chương trình</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/files.py" />
      <source>Word or Excel files (*.docx *.xlsx *.xlsm *.csv)</source>
      <translation>Tệp Word hoặc Excel (*.docx *.xlsx *.xlsm *.csv)</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/files.py" />
      <source>Not imported</source>
      <translation>Chưa nhập được</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/files.py" />
      <source>Imported from {name}: {summary}</source>
      <translation>Đã nhập từ {name}: {summary}</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/files.py" />
      <source>Fix the problems listed first: documents are written only for a program without problems.</source>
      <translation>Hãy sửa các lỗi trong danh sách trước: chỉ xuất văn bản cho chương trình không có lỗi.</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/files.py" />
      <source>Select an election item in the tree first: the ballot papers are for it.</source>
      <translation>Hãy chọn một nội dung bầu cử trong cây trước: phiếu bầu được in cho nội dung đó.</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/files.py" />
      <source>ballots</source>
      <translation>phieu-bau</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/files.py" />
      <source>Save the ballot papers</source>
      <translation>Lưu phiếu bầu</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/files.py" />
      <source>Word documents (*.docx)</source>
      <translation>Văn bản Word (*.docx)</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/files.py" />
      <source>Writing the ballot papers…</source>
      <translation>Đang ghi phiếu bầu…</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/files.py" />
      <source>Ballot papers</source>
      <translation>Phiếu bầu</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/files.py" />
      <source>Ballot papers written</source>
      <translation>Đã ghi phiếu bầu</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/files.py" />
      <source>The ballot papers could not be written</source>
      <translation>Không ghi được phiếu bầu</translation>
    </message>
  </context>
  <context>
    <name>ImportReport</name>
    <message>
      <location filename="../../presidium/ui/editor/files.py" />
      <source>Imported from {name}: to check</source>
      <translation>Đã nhập từ {name}: cần kiểm tra</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/files.py" />
      <source>Not placed in the program ({count}): copy them where they belong.</source>
      <translation>Chưa xếp được vào chương trình ({count}): hãy chép vào đúng chỗ.</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/files.py" />
      <source>Noticed while reading:</source>
      <translation>Ghi nhận khi đọc tệp:</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/files.py" />
      <source>Close</source>
      <translation>Đóng</translation>
    </message>
  </context>
  <context>
    <name>SyntaxFix</name>
    <message>
      <location filename="../../presidium/ui/editor/syntax.py" line="1" />
      <source>{name}: the file needs a fix before it can be edited</source>
      <translation>{name}: tệp cần sửa trước khi soạn được</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/syntax.py" line="1" />
      <source>This file is not written correctly, so the editor cannot show it as a program. Fix the marked line here, then press Check again: once the file reads correctly it is saved and the editor opens.</source>
      <translation>Tệp này viết chưa đúng nên trình soạn thảo chưa hiển thị được thành chương trình. Hãy sửa dòng được tô đỏ ngay tại đây, rồi bấm “Kiểm tra lại”: khi tệp đã đọc được, tệp sẽ được lưu và trình soạn thảo mở ra.</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/syntax.py" line="1" />
      <source>Check again</source>
      <translation>Kiểm tra lại</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/syntax.py" line="1" />
      <source>Close</source>
      <translation>Đóng</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/syntax.py" line="1" />
      <source>Line {line}: </source>
      <translation>Dòng {line}: </translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/syntax.py" line="1" />
      <source>The text is too long to be a program.</source>
      <translation>Văn bản quá dài, không thể là một chương trình.</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/syntax.py" line="1" />
      <source>Unsaved changes</source>
      <translation>Thay đổi chưa lưu</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/syntax.py" line="1" />
      <source>Save the changes to the file as they are, though it is not correct yet?</source>
      <translation>Lưu các thay đổi vào tệp như hiện có, dù tệp vẫn chưa đúng?</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/syntax.py" line="1" />
      <source>Save</source>
      <translation>Lưu</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/syntax.py" line="1" />
      <source>Close without saving</source>
      <translation>Đóng, không lưu</translation>
    </message>
    <message>
      <location filename="../../presidium/ui/editor/syntax.py" line="1" />
      <source>Cancel</source>
      <translation>Hủy</translation>
    </message>
  </context>
</TS>
