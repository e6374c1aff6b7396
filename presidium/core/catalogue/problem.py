"""What can be wrong in a program file (`presidium validate`, the loader, the editor): key -> (Vietnamese,
English). A place in the file is "where.<kind>" (kind of table and its id); "word.*" are the phrases said
inside a problem (an expected type, the table a reference names, a "did you mean" hint)."""

from __future__ import annotations

ENTRIES: dict[str, tuple[str, str]] = {
    "unreadable": ("không đọc được tệp: {detail}", "cannot read the file: {detail}"),
    "encoding": (
        "tệp không được lưu dưới dạng UTF-8 (dòng này có chữ lưu theo bảng mã khác, thường là Windows-1258 hay "
        "TCVN3); hãy mở tệp bằng Notepad, chọn “Lưu thành” (Save As), ở ô “Mã hoá” (Encoding) chọn UTF-8 rồi lưu lại",
        "the file is not saved as UTF-8 (this line holds text saved in another encoding, such as Windows-1258); "
        "open it in Notepad, choose Save As, pick Encoding: UTF-8 and save it again",
    ),
    "too-long": (
        "{where}: '{field}' dài {got} ký tự, quá mức tối đa {limit}; có lẽ đã dán nhầm cả một văn bản",
        "{where}: '{field}' is {got} characters long, over the limit of {limit}; perhaps a whole document was "
        "pasted by mistake",
    ),
    "control": (
        "{where}: '{field}' có ký tự điều khiển không in được ({char}, ký tự thứ {position}), thường do dán từ "
        "Word; hãy xoá ký tự đó",
        "{where}: '{field}' holds a control character that cannot be printed ({char}, character {position}), "
        "usually pasted from Word; delete it",
    ),
    "syntax": ("lỗi cú pháp TOML{column}: {detail}", "TOML syntax error{column}: {detail}"),
    "syntax-curly": (
        "lỗi cú pháp TOML{column}: dòng này có dấu ngoặc kép kiểu Word (“ ”); hãy thay bằng dấu ngoặc kép "
        'thẳng " (gõ trong Notepad, hoặc tắt “Smart quotes” của Word)',
        "TOML syntax error{column}: this line has Word's curly quotes (“ ”); replace them with straight quotes \" "
        "(type them in Notepad, or turn off Word's smart quotes)",
    ),
    "syntax-time": (
        'lỗi cú pháp TOML{column}: giờ phải viết trong dấu ngoặc kép, ví dụ start = "{value}"',
        'TOML syntax error{column}: a time is written in quotes, like start = "{value}"',
    ),
    "syntax-unclosed": (
        'lỗi cú pháp TOML{column}: dấu ngoặc kép mở mà không đóng trên dòng này; thêm dấu " ở cuối giá trị '
        '(văn bản nhiều dòng viết giữa """ và """)',
        'TOML syntax error{column}: a quote opened on this line is never closed; add " at the end of the value '
        '(text of several lines goes between """ and """)',
    ),
    "syntax-unclosed-multiline": (
        'lỗi cú pháp TOML: văn bản nhiều dòng mở bằng """ ở dòng này không được đóng; thêm """ ở cuối văn bản',
        'TOML syntax error: the text of several lines opened with """ on this line is never closed; add """ at its end',
    ),
    "syntax-bare": (
        'lỗi cú pháp TOML{column}: chữ phải viết trong dấu ngoặc kép, ví dụ "{value}"',
        'TOML syntax error{column}: text is written in quotes, like "{value}"',
    ),
    "syntax-comma": (
        "lỗi cú pháp TOML{column}: số thập phân viết bằng dấu chấm (1.5), hoặc viết trong ngoặc kép nếu là tỷ lệ "
        '("12,5%")',
        "TOML syntax error{column}: a decimal number uses a point (1.5), or write it in quotes when it is a "
        'percentage ("12,5%")',
    ),
    "syntax-twice": (
        "lỗi cú pháp TOML{column}: trường này đã được viết ở trên trong cùng bảng; mỗi trường chỉ viết một lần",
        "TOML syntax error{column}: this field is already set above in the same table; write each field once",
    ),
    "syntax-equals": (
        'lỗi cú pháp TOML{column}: thiếu dấu = giữa tên trường và giá trị, ví dụ title = "…"',
        'TOML syntax error{column}: an = is missing between the field\'s name and its value, like title = "…"',
    ),
    "quoted": (
        "{where}: '{field}' = {got} được viết trong dấu ngoặc kép nên là chữ; bỏ dấu ngoặc kép: {key} = {bare}",
        "{where}: '{field}' = {got} is in quotes, so it is text; remove the quotes: {key} = {bare}",
    ),
    "quote-it": (
        "{where}: '{field}' phải viết trong dấu ngoặc kép: {key} = \"{text}\"",
        "{where}: '{field}' is written in quotes: {key} = \"{text}\"",
    ),
    "top-table": (
        "[[{name}]]: bảng này phải nằm trong một {parent}; viết tiêu đề [[{path}]] thay cho [[{name}]]",
        "[[{name}]]: this table belongs inside a {parent}; write the header [[{path}]] instead of [[{name}]]",
    ),
    "oversized": (
        "chương trình có {got} {what}, nhiều hơn mức tối đa {limit} của một đại hội; tệp này có lẽ được sinh tự "
        "động hoặc bị hỏng",
        "the program has {got} {what}, more than the {limit} any congress holds; the file was probably generated "
        "or damaged",
    ),
    "nesting": ("các mảng hoặc bảng lồng nhau quá sâu", "arrays or tables are nested too deeply"),
    "calendar": (
        "{where}: giờ kết thúc dự kiến vượt ra ngoài lịch; kiểm tra ngày, giờ bắt đầu và thời lượng các mục",
        "{where}: the planned end falls outside the calendar; check the date, the start and the items' durations",
    ),
    "format": (
        "format = {got}: tệp này dành cho phiên bản Presidium mới hơn (phiên bản này đọc format = 1)",
        "format = {got}: this file is for a newer Presidium (this version reads format = 1)",
    ),
    "missing": (
        "{where}: thiếu trường bắt buộc '{field}' (viết {key} = …)",
        "{where}: missing required field '{field}' (write {key} = …)",
    ),
    "type": (
        "{where}: '{field}' phải là {expected}, nhưng đang là {got}",
        "{where}: '{field}' must be {expected}, got {got}",
    ),
    "unknown-field": (
        "{where}: trường '{field}' không có trong định dạng{hint}",
        "{where}: unknown field '{field}'{hint}",
    ),
    "empty": ("{where}: '{field}' không được để trống", "{where}: '{field}' must not be empty"),
    "counting-reason": (
        "{where}: lý do phiếu không hợp lệ '{got}' không có; dùng một trong: {allowed}",
        "{where}: unknown invalid-ballot reason '{got}'; use one of: {allowed}",
    ),
    "kind": (
        "{where}: loại '{got}' không hợp lệ; dùng một trong: {allowed}",
        "{where}: unknown kind '{got}'; use one of: {allowed}",
    ),
    "base": (
        "{where}: cơ sở tính '{got}' không hợp lệ; dùng một trong: {allowed}",
        "{where}: unknown base '{got}'; use one of: {allowed}",
    ),
    "duration": (
        "{where}: '{field}' = {got} không phải thời lượng; viết như 5m, 1h30m hoặc 90s",
        "{where}: '{field}' = {got} is not a duration; write it like 5m, 1h30m or 90s",
    ),
    "clock": (
        "{where}: '{field}' = {got} không phải giờ trong ngày; viết như 07:30",
        "{where}: '{field}' = {got} is not a time of day; write it like 07:30",
    ),
    "fraction": (
        '{where}: \'{field}\' = {got} không phải phân số từ 0 đến 1; viết như "1/2", "2/3"',
        '{where}: \'{field}\' = {got} is not a fraction between 0 and 1; write it like "1/2", "2/3"',
    ),
    "percent": (
        "{where}: '{field}' = {got} không phải tỷ lệ phần trăm; viết như \"30%\"",
        "{where}: '{field}' = {got} is not a percentage; write it like \"30%\"",
    ),
    "min": (
        "{where}: '{field}' phải từ {minimum} trở lên, nhưng đang là {got}",
        "{where}: '{field}' must be at least {minimum}, got {got}",
    ),
    "max": (
        "{where}: '{field}' phải từ {maximum} trở xuống, nhưng đang là {got}",
        "{where}: '{field}' must be at most {maximum}, got {got}",
    ),
    "duplicate-id": (
        "{where}: mã '{id}' bị trùng (đã dùng ở dòng {first_line})",
        "{where}: id '{id}' is used twice (first at line {first_line})",
    ),
    "bad-id": (
        "{where}: mã '{id}' chỉ nên gồm chữ thường không dấu, số và dấu gạch ngang",
        "{where}: id '{id}' should use only lowercase letters without accents, digits and dashes",
    ),
    "unknown-ref": (
        "{where}: '{field}' nhắc đến {target} '{id}' không tồn tại{hint}",
        "{where}: '{field}' refers to {target} '{id}', which does not exist{hint}",
    ),
    "needs": ("{where}: mục loại '{kind}' cần có '{field}'", "{where}: an item of kind '{kind}' needs '{field}'"),
    "only-for": (
        "{where}: '{field}' chỉ dùng cho mục loại '{kind}' (mục này là '{got}')",
        "{where}: '{field}' belongs only on items of kind '{kind}' (this one is '{got}')",
    ),
    "no-sessions": ("chương trình chưa có phiên nào ([[session]])", "the program has no session ([[session]])"),
    "empty-session": (
        "{where}: phiên không có mục nào ([[session.item]])",
        "{where}: the session has no item ([[session.item]])",
    ),
    "placeholder": (
        "{where}: '{field}' dùng chỗ điền {{{name}}} không được hỗ trợ{hint}; viết {{{{ và }}}} nếu muốn in dấu ngoặc",
        "{where}: '{field}' uses the unknown placeholder {{{name}}}{hint}; write {{{{ and }}}} for literal braces",
    ),
    "brace": (
        "{where}: '{field}' có dấu ngoặc nhọn không khép; viết {{{{ và }}}} nếu muốn in dấu ngoặc",
        "{where}: '{field}' has an unbalanced brace; write {{{{ and }}}} for literal braces",
    ),
    "few-candidates": (
        "{where}: danh sách có {got} người, ít hơn số lượng cần bầu ({seats})",
        "{where}: the list has {got} candidates, fewer than the {seats} seats",
    ),
    "surplus": (
        "{where}: danh sách có {got} người cho {seats} chỗ, vượt mức dư tối đa {percent} (tối đa {maximum} người)",
        "{where}: the list has {got} candidates for {seats} seats, over the surplus cap of {percent} (at most {maximum})",
    ),
    "surplus-names": (
        "{where}: '{field}' = {got}: số người dư phải từ 0 đến 1000; hoặc viết tỷ lệ như \"30%\"",
        "{where}: '{field}' = {got}: a number of extra names must be between 0 and 1000; or write a percentage "
        'like "30%"',
    ),
    "quorum-base": (
        "{where}: quy tắc '{rule}' dùng làm điều kiện số đại biểu tối thiểu nên phải tính trên số được triệu tập "
        '(base = "convened") hoặc số có mặt (base = "present"), không phải \'{base}\'',
        "{where}: rule '{rule}' is the quorum, so it counts delegates convened (base = \"convened\") or present "
        "(base = \"present\"), not '{base}'",
    ),
    "unreachable": (
        "{where}: quy tắc “hơn 1/1” không ai đạt được; viết strict = false (“ít nhất 1/1”, tức là tất cả) "
        "hoặc một tỷ lệ nhỏ hơn",
        "{where}: a rule of “more than 1/1” can never pass; write strict = false (“at least 1/1”, that is "
        "everyone) or a smaller fraction",
    ),
    "duplicate-name": (
        "{where}: tên '{name}' xuất hiện hai lần trong danh sách",
        "{where}: the name '{name}' appears twice on the list",
    ),
    # a place in the program, named in the reader's language: item 'chao-co'
    "where.item": ("mục '{id}'", "item '{id}'"),
    "where.session": ("phiên '{id}'", "session '{id}'"),
    "where.card": ("thẻ tình huống '{id}'", "card '{id}'"),
    "where.rule": ("quy tắc '{id}'", "rule '{id}'"),
    "where.regulation": ("quy chế '{id}'", "regulation '{id}'"),
    "where.article": ("điều '{id}'", "article '{id}'"),
    "where.speaker": ("người phát biểu '{id}'", "speaker '{id}'"),
    # phrases said inside a problem
    "word.item": ("mục", "item"),
    "word.session": ("phiên", "session"),
    "word.card": ("thẻ tình huống", "card"),
    "word.rule": ("quy tắc", "rule"),
    "word.regulation": ("quy chế", "regulation"),
    "word.article": ("điều", "article"),
    "word.speaker": ("người phát biểu", "speaker"),
    "word.a-string": ("một chuỗi văn bản", "a string"),
    "word.a-whole-number": ("một số nguyên", "a whole number"),
    "word.true-or-false": ("true hoặc false", "true or false"),
    "word.a-list-of-strings": ("một danh sách chuỗi", "a list of strings"),
    "word.a-string-or-two": (
        "một chuỗi hoặc một danh sách hai chuỗi (quốc hiệu, tiêu ngữ)",
        "a string or a list of two strings (national name, motto)",
    ),
    "word.a-date": ("một ngày (ví dụ 2025-07-07)", "a date (like 2025-07-07)"),
    "word.a-table": ("một bảng", "a table"),
    "word.items": ("mục", "items"),
    "word.speakers": ("người phát biểu trong một mục thảo luận", "speakers in one discussion"),
    "word.a-surplus": ('một tỷ lệ như "30%" hoặc một số người', 'a percentage like "30%" or a number of names'),
    "word.a-list-of-tables": ("một danh sách bảng ([[...]])", "a list of tables ([[...]])"),
    "word.did-you-mean": (" (có phải là '{name}'?)", " (did you mean '{name}'?)"),
    "word.column": (" (cột {n})", " (column {n})"),
    # a field of the program file, said in words (the key itself when it has none here)
    "field.format": ("phiên bản định dạng", "format version"),
    "field.congress": ("thông tin đại hội", "congress details"),
    "field.rules": ("các quy tắc biểu quyết", "voting rules"),
    "field.session": ("các phiên", "sessions"),
    "field.card": ("thẻ tình huống", "contingency cards"),
    "field.regulation": ("quy chế", "regulations"),
    "field.counting": ("quy định kiểm phiếu", "counting rules"),
    "field.title": ("tiêu đề", "title"),
    "field.organization": ("tổ chức (ban hành văn bản)", "organization (issues the documents)"),
    "field.delegates_convened": ("số đại biểu được triệu tập", "delegates convened"),
    "field.superior": ("cấp trên", "superior body"),
    "field.place": ("địa danh (dòng ngày tháng)", "place (for the date line)"),
    "field.venue": ("địa điểm", "venue"),
    "field.congress_name": ("tên đại hội trên văn bản", "name on documents"),
    "field.term": ("nhiệm kỳ", "term"),
    "field.quorum": ("quy tắc số đại biểu tối thiểu", "quorum rule"),
    "field.guests": ("khách mời", "guests"),
    "field.signers": ("người ký", "signers"),
    "field.signers.presidium": ("người ký thay mặt Đoàn Chủ tịch", "signer for the presidium"),
    "field.signers.secretariat": ("người ký thay mặt Đoàn Thư ký", "signer for the secretariat"),
    "field.signers.counting": ("người ký thay mặt Ban Kiểm phiếu", "signer for the counting committee"),
    "field.heading": ("quốc hiệu / tiêu đề văn bản", "national heading"),
    "field.members": ("thành viên các cơ quan giúp việc", "members of the congress bodies"),
    "field.members.presidium": ("thành viên Đoàn Chủ tịch", "members of the presidium"),
    "field.members.secretariat": ("thành viên Đoàn Thư ký", "members of the secretariat"),
    "field.members.counting": ("thành viên Ban Kiểm phiếu", "members of the counting committee"),
    "field.fraction": ("tỷ lệ", "fraction"),
    "field.base": ("tính trên", "counted against"),
    "field.strict": ("hơn hẳn tỷ lệ", "strictly more than the fraction"),
    "field.description": ("mô tả", "description"),
    "field.id": ("mã", "id"),
    "field.date": ("ngày", "date"),
    "field.start": ("giờ bắt đầu", "start"),
    "field.end": ("kết thúc trước", "must end by"),
    "field.item": ("các mục", "items"),
    "field.kind": ("loại mục", "kind"),
    "field.duration": ("thời lượng", "duration"),
    "field.by": ("người trình bày", "by"),
    "field.script": ("lời dẫn", "script"),
    "field.notes": ("ghi chú riêng cho người điều hành", "private note for the chair"),
    "field.cards": ("thẻ tình huống", "contingency cards"),
    "field.vote": ("biểu quyết", "vote"),
    "field.vote.question": ("nội dung biểu quyết", "question put to the vote"),
    "field.vote.rule": ("quy tắc biểu quyết", "vote rule"),
    "field.election": ("bầu cử", "election"),
    "field.election.body": ("cơ quan được bầu", "body to elect"),
    "field.election.seats": ("số lượng cần bầu", "seats"),
    "field.election.rule": ("quy tắc bầu cử", "election rule"),
    "field.election.candidates": ("danh sách ứng cử viên", "candidates"),
    "field.election.max_surplus": ("số dư tối đa", "most extra names"),
    "field.election.withdraw_rule": ("quy tắc cho rút khỏi danh sách", "rule for leaving the list"),
    "field.election.nominate_rule": ("quy tắc bổ sung vào danh sách", "rule for adding to the list"),
    "field.speaker": ("người phát biểu", "speakers"),
    "field.speaker.name": ("họ tên người phát biểu", "name of the speaker"),
    "field.speaker.unit": ("đơn vị người phát biểu", "unit of the speaker"),
    "field.speaker.topic": ("chủ đề phát biểu", "topic of the speech"),
    "field.speaker.duration": ("thời gian phát biểu", "speaking time"),
    "field.speaker_allowance": ("thời gian mỗi người phát biểu", "time per speaker"),
    "field.when": ("khi nào dùng", "when"),
    "field.steps": ("các bước", "steps"),
    "field.refs": ("điều quy chế liên quan", "regulation articles"),
    "field.article": ("điều quy chế", "article"),
    "field.number": ("số điều", "article number"),
    "field.text": ("nội dung", "text"),
    "field.over_seats": ("phiếu giữ quá số lượng cần bầu", "ballots keeping more names than seats"),
    "field.none_kept": ("phiếu không giữ ai", "ballots keeping no name"),
    "field.reasons": ("lý do phiếu không hợp lệ", "invalid-ballot reasons"),
}
