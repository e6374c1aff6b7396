<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>ColumnsDialog</name>
    <message>
        <source>Import: what each column holds</source>
        <translation>Nhập tệp: nội dung của từng cột</translation>
    </message>
    <message>
        <source>Check what each column holds; change a column that was read wrongly, or set it aside. The sentence below says what the import gives.</source>
        <translation>Kiểm tra nội dung của từng cột; sửa cột bị hiểu sai, hoặc bỏ không dùng. Câu bên dưới cho biết kết quả nhập.</translation>
    </message>
    <message>
        <source>Table or sheet:</source>
        <translation>Bảng hoặc trang tính:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>not used</source>
        <translation>không dùng</translation>
    </message>
    <message>
        <source>No. (STT)</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <source>Words to read</source>
        <translation>Lời dẫn</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Thời gian (giờ)</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Thời lượng</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Phiên</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Sheet “{name}”</source>
        <translation>Trang tính “{name}”</translation>
    </message>
    <message>
        <source>Table {number}</source>
        <translation>Bảng {number}</translation>
    </message>
</context>
<context>
    <name>ScriptExport</name>
    <message>
        <source>Script for approval and print (.docx)…</source>
        <translation>Kịch bản để duyệt và in (.docx)…</translation>
    </message>
    <message>
        <source>Writing the script…</source>
        <translation>Đang ghi kịch bản…</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Kịch bản</translation>
    </message>
    <message>
        <source>script</source>
        <comment>file name: lower case, no accents or spaces</comment>
        <translation>kich-ban</translation>
    </message>
    <message>
        <source>Save the script</source>
        <translation>Lưu kịch bản</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Tài liệu Word (*.docx)</translation>
    </message>
    <message>
        <source>Saved {path} ({seconds:.1f} s).</source>
        <translation>Đã lưu {path} ({seconds:.1f} giây).</translation>
    </message>
    <message>
        <source>Script written</source>
        <translation>Đã xuất kịch bản</translation>
    </message>
    <message>
        <source>The script could not be written</source>
        <translation>Không xuất được kịch bản</translation>
    </message>
</context>
</TS>
