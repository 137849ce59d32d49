// Every text of the portal's own pages, in Vietnamese (first) and English. The build fills the Vietnamese text into
// the pages ({{key}}); the language toggle swaps elements marked data-i18n. Procedure names, form labels and
// messages from the API stay as the province wrote them (the API gives its errors in both languages).
export const messages = {
  'site.name': { vi: 'Cổng dịch vụ công tỉnh Lâm Đồng', en: 'Lam Dong Province Public Service Portal' },
  'site.tagline': { vi: 'Giải quyết thủ tục hành chính một cửa', en: 'One-stop administrative procedures' },
  'skip': { vi: 'Bỏ qua, đến nội dung chính', en: 'Skip to main content' },
  'nav.label': { vi: 'Điều hướng chính', en: 'Main navigation' },
  'nav.home': { vi: 'Trang chủ', en: 'Home' },
  'nav.catalog': { vi: 'Thủ tục hành chính', en: 'Procedures' },
  'nav.tracking': { vi: 'Tra cứu hồ sơ', en: 'Track a dossier' },
  'nav.centres': { vi: 'Nơi tiếp nhận', en: 'Service centres' },
  'lang.switch': { vi: 'English', en: 'Tiếng Việt' },
  'lang.switch.label': { vi: 'Switch to English', en: 'Chuyển sang tiếng Việt' },
  'footer.owner': {
    vi: 'Ủy ban nhân dân tỉnh Lâm Đồng. Dữ liệu đơn vị, địa chỉ và số điện thoại trên trang này là dữ liệu minh họa.',
    en: 'Lam Dong Provincial People\'s Committee. The units, addresses and phone numbers on this site are illustrative.'
  },
  'footer.officers': { vi: 'Dành cho cán bộ: Tasklist', en: 'For officers: Tasklist' },
  'loading': { vi: 'Đang tải…', en: 'Loading…' },
  'error.network': {
    vi: 'Không kết nối được máy chủ. Vui lòng kiểm tra kết nối và thử lại.',
    en: 'The server cannot be reached. Check your connection and try again.'
  },
  'error.server': { vi: 'Máy chủ gặp lỗi. Vui lòng thử lại sau.', en: 'The server had a problem. Please try again later.' },
  'error.tooLarge': {
    vi: 'Các tệp gửi lên quá lớn: mỗi tệp tối đa 10 MB, tổng cộng tối đa 20 MB.',
    en: 'The files are too large: at most 10 MB each and 20 MB in all.'
  },
  'error.tooMany': {
    vi: 'Bạn đã gửi quá nhiều yêu cầu trong thời gian ngắn. Vui lòng đợi một lát rồi thử lại.',
    en: 'Too many requests in a short time. Please wait a moment and try again.'
  },
  'error.summary': { vi: 'Có thông tin cần sửa', en: 'There is a problem' },
  'error.required': { vi: 'Bắt buộc phải nhập', en: 'Required' },
  'level.COMMUNE': { vi: 'Cấp xã', en: 'Commune level' },
  'level.PROVINCE': { vi: 'Cấp tỉnh', en: 'Province level' },
  'channel.COUNTER': { vi: 'Trực tiếp', en: 'In person' },
  'channel.ONLINE': { vi: 'Trực tuyến', en: 'Online' },
  'channel.POSTAL': { vi: 'Dịch vụ bưu chính', en: 'By post' },
  'fee.free': { vi: 'Miễn phí', en: 'Free' },
  'fee.unit': { vi: 'đồng', en: 'VND' },

  // home
  'home.title': { vi: 'Dịch vụ công tỉnh Lâm Đồng', en: 'Public services of Lam Dong Province' },
  'home.lead': {
    vi: 'Tra cứu thủ tục hành chính, nộp hồ sơ trực tuyến và theo dõi kết quả giải quyết. Bạn có thể nộp hồ sơ tại bất kỳ nơi tiếp nhận nào trong tỉnh, không phụ thuộc địa giới hành chính.',
    en: 'Find administrative procedures, submit a dossier online and follow its progress. You may file at any service centre in the province, wherever you live.'
  },
  'home.search.label': { vi: 'Tìm thủ tục hành chính', en: 'Find a procedure' },
  'home.search.hint': {
    vi: 'Gõ tên thủ tục, có dấu hoặc không dấu, ví dụ: dang ky khai sinh',
    en: 'Type the procedure\'s name, with or without Vietnamese accents, e.g. dang ky khai sinh'
  },
  'home.search.button': { vi: 'Tìm kiếm', en: 'Search' },
  'home.tasks': { vi: 'Bạn cần làm gì?', en: 'What do you need to do?' },
  'home.card.catalog.title': { vi: 'Tìm hiểu thủ tục', en: 'Read about a procedure' },
  'home.card.catalog.text': {
    vi: 'Thành phần hồ sơ, thời hạn giải quyết và phí, lệ phí theo từng hình thức nộp.',
    en: 'Required documents, time limits and fees for each way of filing.'
  },
  'home.card.submit.title': { vi: 'Nộp hồ sơ trực tuyến', en: 'Submit a dossier online' },
  'home.card.submit.text': {
    vi: 'Chọn thủ tục, điền tờ khai, đính kèm giấy tờ và nhận mã hồ sơ ngay.',
    en: 'Choose the procedure, fill in its form, attach your documents and get a dossier code at once.'
  },
  'home.card.tracking.title': { vi: 'Tra cứu hồ sơ', en: 'Track a dossier' },
  'home.card.tracking.text': {
    vi: 'Xem tình trạng, tiến độ và ngày hẹn trả kết quả bằng mã hồ sơ và số định danh cá nhân.',
    en: 'See the status, progress and due date with the dossier code and your personal ID number.'
  },
  'home.card.centres.title': { vi: 'Nơi tiếp nhận hồ sơ', en: 'Service centres' },
  'home.card.centres.text': {
    vi: 'Địa chỉ và số điện thoại đường dây nóng của các trung tâm phục vụ hành chính công.',
    en: 'Addresses and hotlines of the public administration service centres.'
  },

  // catalog
  'catalog.title': { vi: 'Thủ tục hành chính', en: 'Administrative procedures' },
  'catalog.lead': {
    vi: 'Danh mục thủ tục hành chính tỉnh Lâm Đồng giải quyết. Tìm theo tên (có dấu hoặc không dấu) hoặc mã thủ tục.',
    en: 'The procedures Lam Dong Province settles. Search by name (with or without accents) or by code. Procedure names are the official Vietnamese names.'
  },
  'catalog.q': { vi: 'Tên hoặc mã thủ tục', en: 'Procedure name or code' },
  'catalog.q.hint': { vi: 'Ví dụ: dang ky khai sinh, 1.001193', en: 'For example: dang ky khai sinh, 1.001193' },
  'catalog.level': { vi: 'Cấp thực hiện', en: 'Level' },
  'catalog.level.all': { vi: 'Tất cả các cấp', en: 'All levels' },
  'catalog.field': { vi: 'Lĩnh vực', en: 'Field' },
  'catalog.field.all': { vi: 'Tất cả lĩnh vực', en: 'All fields' },
  'catalog.search': { vi: 'Tìm kiếm', en: 'Search' },
  'catalog.results': { vi: 'Kết quả', en: 'Results' },
  'catalog.count': { vi: 'Tìm thấy {n} thủ tục', en: '{n} procedures found' },
  'catalog.none': {
    vi: 'Không tìm thấy thủ tục nào phù hợp với “{q}”. Hãy thử từ khóa ngắn hơn, kiểm tra chính tả hoặc bỏ bộ lọc.',
    en: 'No procedure matches “{q}”. Try a shorter word, check the spelling or clear the filters.'
  },
  'catalog.none.filters': {
    vi: 'Không có thủ tục nào với bộ lọc đã chọn.',
    en: 'No procedure matches the chosen filters.'
  },
  'catalog.q.tooLong': { vi: 'Từ khóa quá dài: tối đa 100 ký tự', en: 'The search text is too long: at most 100 characters' },
  'catalog.q.noLetters': {
    vi: 'Từ khóa phải có ít nhất một chữ cái hoặc chữ số',
    en: 'The search text must contain at least one letter or digit'
  },
  'catalog.browse': {
    vi: 'Danh mục có {n} thủ tục. Tìm theo tên hoặc mã thủ tục, hoặc chọn một lĩnh vực dưới đây.',
    en: 'The catalog has {n} procedures. Search by name or code, or choose a field below.'
  },
  'catalog.fieldCount': { vi: '{n} thủ tục', en: '{n} procedures' },
  'catalog.more': { vi: 'Xem thêm {n} thủ tục', en: 'Show {n} more procedures' },
  'catalog.code': { vi: 'Mã thủ tục', en: 'Code' },
  'catalog.online': { vi: 'Nộp trực tuyến', en: 'Online' },

  // procedure
  'procedure.title': { vi: 'Chi tiết thủ tục', en: 'Procedure details' },
  'procedure.back': { vi: 'Quay lại danh mục thủ tục', en: 'Back to the procedures' },
  'procedure.code': { vi: 'Mã thủ tục', en: 'Procedure code' },
  'procedure.field': { vi: 'Lĩnh vực', en: 'Field' },
  'procedure.level': { vi: 'Cấp thực hiện', en: 'Level' },
  'procedure.agency': { vi: 'Cơ quan thực hiện', en: 'Competent agency' },
  'procedure.terms': { vi: 'Thời hạn giải quyết và phí, lệ phí', en: 'Time limits and fees' },
  'procedure.terms.caption': {
    vi: 'Thời hạn giải quyết và phí, lệ phí theo hình thức nộp hồ sơ',
    en: 'Time limit and fee for each way of filing'
  },
  'procedure.terms.channel': { vi: 'Hình thức nộp', en: 'Way of filing' },
  'procedure.terms.limit': { vi: 'Thời hạn giải quyết', en: 'Time limit' },
  'procedure.terms.fee': { vi: 'Phí, lệ phí', en: 'Fee' },
  'procedure.documents': { vi: 'Thành phần hồ sơ', en: 'Required documents' },
  'procedure.documents.none': { vi: 'Thủ tục không quy định giấy tờ kèm theo.', en: 'No documents are listed for this procedure.' },
  'procedure.fields': { vi: 'Thông tin cần khai trong tờ khai', en: 'What the form asks for' },
  'procedure.required': { vi: '(bắt buộc)', en: '(required)' },
  'procedure.submit': { vi: 'Nộp hồ sơ trực tuyến', en: 'Submit online' },
  'procedure.noOnline': {
    vi: 'Thủ tục này chưa nhận hồ sơ trực tuyến. Vui lòng nộp trực tiếp tại nơi tiếp nhận hoặc qua dịch vụ bưu chính.',
    en: 'This procedure is not offered online. Please file in person at a service centre or by post.'
  },
  'procedure.where': { vi: 'Xem các nơi tiếp nhận hồ sơ', en: 'See the service centres' },
  'procedure.missing': { vi: 'Chưa chọn thủ tục. Hãy tìm thủ tục trong danh mục.', en: 'No procedure chosen. Find one in the catalog.' },

  // submission
  'submit.title': { vi: 'Nộp hồ sơ trực tuyến', en: 'Submit a dossier online' },
  'submit.lead': {
    vi: 'Điền đủ các mục dưới đây. Mục có dấu * là bắt buộc. Hồ sơ được chuyển ngay đến nơi tiếp nhận bạn chọn.',
    en: 'Fill in every part below. Parts marked * are required. The dossier goes at once to the service centre you choose.'
  },
  'submit.applicant': { vi: '1. Người nộp hồ sơ', en: '1. Applicant' },
  'submit.idNumber': { vi: 'Số định danh cá nhân (số căn cước) *', en: 'Personal ID number (citizen ID card number) *' },
  'submit.idNumber.hint': { vi: 'Gồm 12 chữ số, in trên thẻ căn cước', en: '12 digits, as printed on your identity card' },
  'submit.fullName': { vi: 'Họ, chữ đệm và tên *', en: 'Full name *' },
  'submit.fullName.hint': { vi: 'Như trên thẻ căn cước', en: 'As on your identity card' },
  'submit.email': { vi: 'Thư điện tử', en: 'Email' },
  'submit.email.hint': { vi: 'Để nhận thông báo về hồ sơ', en: 'To receive notices about your dossier' },
  'submit.phone': { vi: 'Số điện thoại', en: 'Phone number' },
  'submit.phone.hint': { vi: 'Để nhận tin nhắn về hồ sơ, ví dụ 0912 345 678', en: 'To receive text messages, e.g. 0912 345 678' },
  'submit.check': { vi: 'Kiểm tra số định danh', en: 'Check my ID number' },
  'submit.check.hint': {
    vi: 'Đối chiếu số định danh và họ tên với Cơ sở dữ liệu quốc gia về dân cư.',
    en: 'Compares your ID number and name with the National Population Database.'
  },
  'submit.check.pending': { vi: 'Đang kiểm tra…', en: 'Checking…' },
  'submit.unit': { vi: '2. Nơi tiếp nhận hồ sơ', en: '2. Service centre' },
  'submit.unit.label': { vi: 'Nơi tiếp nhận *', en: 'Service centre *' },
  'submit.unit.choose': { vi: '— Chọn nơi tiếp nhận —', en: '— Choose a service centre —' },
  'submit.unit.hint': {
    vi: 'Nơi bạn nhận kết quả. Bạn có thể chọn bất kỳ nơi nào trong tỉnh nhận thủ tục này.',
    en: 'Where you collect the result. Any centre of the province that receives this procedure will do.'
  },
  'submit.form': { vi: '3. Tờ khai', en: '3. Application form' },
  'submit.form.hint': {
    vi: 'Tờ khai theo mẫu của thủ tục.',
    en: 'The procedure\'s own form (its labels are in Vietnamese).'
  },
  'submit.files': { vi: '4. Giấy tờ đính kèm', en: '4. Attached documents' },
  'submit.files.label': { vi: 'Chọn tệp…', en: 'Choose files…' },
  'submit.files.hint': {
    vi: 'Ảnh chụp hoặc bản quét PDF, JPEG, PNG; tối đa 30 tệp, mỗi tệp không quá 10 MB, tổng không quá 20 MB.',
    en: 'Photos or scans as PDF, JPEG or PNG; at most 30 files, each up to 10 MB, 20 MB in all.'
  },
  'submit.files.needed': { vi: 'Giấy tờ của thủ tục:', en: 'Documents of this procedure:' },
  'submit.files.chosen': { vi: 'Tệp đã chọn', en: 'Chosen files' },
  'submit.files.none': { vi: 'Chưa chọn tệp nào.', en: 'No file chosen.' },
  'submit.files.remove': { vi: 'Bỏ tệp {name}', en: 'Remove {name}' },
  'submit.files.removeShort': { vi: 'Bỏ', en: 'Remove' },
  'submit.files.tooMany': { vi: 'Chỉ được đính kèm tối đa 30 tệp', en: 'At most 30 files may be attached' },
  'submit.files.tooBig': { vi: 'Tệp “{name}” lớn hơn 10 MB', en: 'The file “{name}” is larger than 10 MB' },
  'submit.files.empty': { vi: 'Tệp “{name}” rỗng', en: 'The file “{name}” is empty' },
  'submit.files.total': { vi: 'Tổng dung lượng các tệp vượt quá 20 MB', en: 'The files together exceed 20 MB' },
  'submit.files.type': {
    vi: 'Tệp “{name}” không phải PDF, JPEG hoặc PNG',
    en: 'The file “{name}” is not a PDF, JPEG or PNG file'
  },
  'submit.return': { vi: '5. Nơi, cách nhận kết quả', en: '5. Where you receive the result' },
  'submit.declare': { vi: '6. Cam đoan và nộp', en: '6. Declaration and submission' },
  'submit.declare.label': {
    vi: 'Tôi cam đoan những thông tin đã khai là đúng sự thật và chịu trách nhiệm trước pháp luật về lời khai của mình. *',
    en: 'I declare that the information given is true and I am responsible for it before the law. *'
  },
  'submit.declare.missing': { vi: 'Hãy đánh dấu vào ô cam đoan', en: 'Tick the declaration box' },
  'submit.button': { vi: 'Nộp hồ sơ', en: 'Submit the dossier' },
  'submit.sending': { vi: 'Đang gửi hồ sơ…', en: 'Sending the dossier…' },
  'submit.idNumber.invalid': { vi: 'Số định danh cá nhân phải gồm đúng 12 chữ số', en: 'The personal ID number must be exactly 12 digits' },
  'submit.email.invalid': { vi: 'Địa chỉ thư điện tử không hợp lệ', en: 'The email address is not valid' },
  'submit.phone.invalid': { vi: 'Số điện thoại chỉ gồm 8 đến 20 chữ số', en: 'The phone number must have 8 to 20 digits' },
  'submit.unit.missing': { vi: 'Hãy chọn nơi tiếp nhận hồ sơ', en: 'Choose a service centre' },
  'receipt.reused': { vi: 'Giấy tờ dùng lại', en: 'Reused papers' },
  'receipt.reusedItem': { vi: '{paper} (kết quả đã ký của hồ sơ {code})', en: '{paper} (signed result of dossier {code})' },
  'submit.reuse': { vi: 'Dùng lại giấy tờ đã có', en: 'Reuse a paper the state already holds' },
  'submit.reuse.hint': {
    vi: 'Nếu một giấy tờ là kết quả điện tử đã ký của hồ sơ trước đây của chính anh/chị (cùng số định danh), không cần tải lên: chọn giấy tờ và nhập mã hồ sơ đó. Máy chủ kiểm tra khi nộp.',
    en: 'If a paper is the signed electronic result of an earlier dossier of yours (same ID number), you need not upload it: choose the paper and enter that dossier\'s code. The server checks it on submission.'
  },
  'submit.reuse.add': { vi: '+ Dùng lại một giấy tờ', en: '+ Reuse a paper' },
  'submit.reuse.paper': { vi: 'Giấy tờ', en: 'Paper' },
  'submit.reuse.code': { vi: 'Mã hồ sơ trước đây', en: 'Earlier dossier code' },
  'submit.reuse.remove': { vi: 'Bỏ', en: 'Remove' },
  'submit.reuse.codeMissing': { vi: 'Nhập mã hồ sơ trước đây cho giấy tờ dùng lại: {paper}', en: 'Enter the earlier dossier code for the reused paper: {paper}' },
  'submit.reuse.twice': { vi: 'Giấy tờ được chọn dùng lại hai lần: {paper}', en: 'The paper is reused twice: {paper}' },
  'submit.reuse.bothWays': {
    vi: 'Giấy tờ vừa có tệp tải lên vừa dùng lại: {paper}. Bỏ tệp hoặc bỏ dòng dùng lại.',
    en: 'The paper has both uploaded files and a reuse: {paper}. Remove the files or the reuse.'
  },
  'submit.form.invalid': { vi: 'Tờ khai còn mục chưa điền đúng: {fields}', en: 'The form has fields to correct: {fields}' },
  'submit.noProcedure': {
    vi: 'Không có thủ tục mã “{code}”. Hãy chọn thủ tục trong danh mục.',
    en: 'There is no procedure with code “{code}”. Choose one in the catalog.'
  },
  'submit.notOnline': { vi: 'Thủ tục này không nhận hồ sơ trực tuyến.', en: 'This procedure is not offered online.' },

  // receipt
  'receipt.title': { vi: 'Đã nộp hồ sơ', en: 'Dossier submitted' },
  'receipt.lead': {
    vi: 'Hệ thống đã nhận hồ sơ của bạn. Hãy ghi lại mã hồ sơ để tra cứu.',
    en: 'Your dossier has been received. Keep the dossier code to track it.'
  },
  'receipt.code': { vi: 'Mã hồ sơ', en: 'Dossier code' },
  'receipt.procedure': { vi: 'Thủ tục', en: 'Procedure' },
  'receipt.unit': { vi: 'Nơi tiếp nhận', en: 'Service centre' },
  'receipt.receivedAt': { vi: 'Thời gian nộp', en: 'Submitted at' },
  'receipt.dueAt': { vi: 'Ngày hẹn trả kết quả (dự kiến)', en: 'Expected result date' },
  'receipt.files': { vi: 'Tệp đính kèm', en: 'Attached files' },
  'receipt.identity': { vi: 'Xác thực định danh', en: 'Identity check' },
  'receipt.identity.yes': {
    vi: 'Đã đối chiếu với Cơ sở dữ liệu quốc gia về dân cư',
    en: 'Checked against the National Population Database'
  },
  'receipt.identity.no': { vi: 'Chưa đối chiếu; cán bộ sẽ kiểm tra giấy tờ', en: 'Not checked; the officer will check your papers' },
  'receipt.next': { vi: 'Các bước tiếp theo', en: 'What happens next' },
  'receipt.next.1': {
    vi: 'Cán bộ tiếp nhận kiểm tra hồ sơ. Nếu hồ sơ đầy đủ, hợp lệ, bạn nhận Giấy tiếp nhận hồ sơ và hẹn trả kết quả (mẫu 01) với ngày hẹn chính thức.',
    en: 'An officer checks the dossier. If it is complete, you get the receipt and appointment slip (form 01) with the official due date.'
  },
  'receipt.next.2': {
    vi: 'Nếu cần bổ sung, bạn được hướng dẫn một lần bằng văn bản (mẫu 02).',
    en: 'If anything is missing, you are told once, in writing (form 02).'
  },
  'receipt.next.3': {
    vi: 'Theo dõi tiến độ và tải các phiếu tại trang Tra cứu hồ sơ.',
    en: 'Follow the progress and download the slips on the tracking page.'
  },
  'receipt.pdf': { vi: 'Tải biên nhận nộp trực tuyến (PDF)', en: 'Download the online submission receipt (PDF)' },
  'receipt.pdf.note': {
    vi: 'Biên nhận này xác nhận hệ thống đã nhận hồ sơ; đây chưa phải Giấy tiếp nhận hồ sơ và hẹn trả kết quả (mẫu 01).',
    en: 'This receipt confirms that the system received the dossier; it is not yet the receipt and appointment slip (form 01).'
  },
  'receipt.track': { vi: 'Tra cứu hồ sơ này', en: 'Track this dossier' },
  'receipt.missing': {
    vi: 'Không có biên nhận để hiển thị: trang này chỉ hiện ngay sau khi nộp hồ sơ, trong cùng cửa sổ trình duyệt. Hãy tra cứu hồ sơ bằng mã hồ sơ và số định danh.',
    en: 'There is no receipt to show: this page appears right after a submission, in the same browser tab. Track your dossier with its code and your ID number.'
  },
  'download.done': { vi: 'Đã tải tệp {name}', en: 'Downloaded {name}' },
  'download.pending': { vi: 'Đang tạo tệp…', en: 'Preparing the file…' },

  // tracking
  'tracking.title': { vi: 'Tra cứu hồ sơ', en: 'Track a dossier' },
  'tracking.lead': {
    vi: 'Nhập mã hồ sơ và số định danh cá nhân của người nộp. Chỉ người nộp hồ sơ mới xem được hồ sơ của mình.',
    en: 'Enter the dossier code and the applicant\'s personal ID number. Only the applicant can see their dossier.'
  },
  'tracking.code': { vi: 'Mã hồ sơ *', en: 'Dossier code *' },
  'tracking.code.hint': { vi: 'Ví dụ: H36.24781-261127-0001', en: 'For example: H36.24781-261127-0001' },
  'tracking.idNumber': { vi: 'Số định danh cá nhân của người nộp *', en: 'Applicant\'s personal ID number *' },
  'tracking.idNumber.hint': { vi: '12 chữ số', en: '12 digits' },
  'tracking.button': { vi: 'Tra cứu', en: 'Track' },
  'tracking.code.invalid': {
    vi: 'Mã hồ sơ có dạng mã cơ quan-năm tháng ngày-số thứ tự, ví dụ H36.24781-261127-0001',
    en: 'A dossier code looks like agency code-yymmdd-number, e.g. H36.24781-261127-0001'
  },
  'tracking.notFound': {
    vi: 'Không tìm thấy hồ sơ với mã hồ sơ và số định danh đã nhập. Hãy kiểm tra lại cả hai.',
    en: 'No dossier matches this dossier code and ID number. Check both.'
  },
  'tracking.status': { vi: 'Tình trạng', en: 'Status' },
  'tracking.procedure': { vi: 'Thủ tục', en: 'Procedure' },
  'tracking.unit': { vi: 'Cơ quan giải quyết', en: 'Handling agency' },
  'tracking.receivedAt': { vi: 'Ngày nhận hồ sơ', en: 'Received' },
  'tracking.dueAt': { vi: 'Ngày hẹn trả kết quả', en: 'Due date' },
  'tracking.returnedAt': { vi: 'Ngày trả kết quả', en: 'Result returned' },
  'tracking.timeline': { vi: 'Quá trình xử lý', en: 'Progress' },
  'tracking.slips': { vi: 'Phiếu, giấy tờ tải về', en: 'Slips to download' },
  'tracking.slips.none': { vi: 'Chưa có phiếu nào.', en: 'No slip yet.' },
  'tracking.result': { vi: 'Hồ sơ {code}', en: 'Dossier {code}' },
  'tracking.fee': { vi: 'Phí, lệ phí', en: 'Fee' },
  'tracking.fee.text': { vi: '{amount} đồng – {state}', en: '{amount} VND – {state}' },
  'tracking.fee.pay': { vi: 'Nộp phí trực tuyến', en: 'Pay online' },
  'tracking.fee.receipt': { vi: 'Biên lai số {number}', en: 'Receipt no. {number}' },
  'tracking.fee.redirect': { vi: 'Đang chuyển đến Cổng thanh toán quốc gia…', en: 'Going to the national payment platform…' },
  'tracking.eresult': { vi: 'Kết quả điện tử đã ký số', en: 'Signed electronic result' },
  'tracking.eresult.text': { vi: '{title}, ký số ngày {date}', en: '{title}, signed on {date}' },
  'tracking.eresult.download': { vi: 'Tải kết quả đã ký số (PDF)', en: 'Download the signed result (PDF)' },
  'tracking.rating': { vi: 'Đánh giá mức độ hài lòng', en: 'Rate the service' },
  'tracking.rating.very': { vi: 'Rất hài lòng', en: 'Very satisfied' },
  'tracking.rating.satisfied': { vi: 'Hài lòng', en: 'Satisfied' },
  'tracking.rating.not': { vi: 'Chưa hài lòng', en: 'Not satisfied' },
  'tracking.rating.comment': { vi: 'Góp ý (không bắt buộc)', en: 'Comment (optional)' },
  'tracking.rating.send': { vi: 'Gửi đánh giá', en: 'Send the rating' },
  'tracking.rating.choose': { vi: 'Hãy chọn một mức độ hài lòng', en: 'Choose how satisfied you are' },
  'tracking.rating.done': { vi: 'Cảm ơn bạn đã đánh giá.', en: 'Thank you for your rating.' },
  'tracking.fee.receipt.download': { vi: 'Tải biên lai (PDF)', en: 'Download the receipt (PDF)' },
  'tracking.complaints': { vi: 'Phản ánh, kiến nghị về hồ sơ', en: 'Complaints and recommendations about the dossier' },
  'tracking.complaints.none': { vi: 'Chưa có phản ánh, kiến nghị nào về hồ sơ này.', en: 'No complaint or recommendation about this dossier yet.' },
  'tracking.complaints.new': { vi: 'Gửi phản ánh, kiến nghị về hồ sơ này', en: 'Send a complaint or recommendation about this dossier' },

  // complaints and recommendations (phản ánh, kiến nghị)
  'nav.complaints': { vi: 'Phản ánh, kiến nghị', en: 'Feedback' },
  'complaint.title': { vi: 'Phản ánh, kiến nghị', en: 'Complaints and recommendations' },
  'complaint.lead': {
    vi: 'Gửi phản ánh, kiến nghị về hồ sơ của bạn hoặc về một thủ tục hành chính. Cơ quan có thẩm quyền trả lời trong 15 ngày làm việc; bạn xem câu trả lời bằng mã phản ánh và số định danh.',
    en: 'Send a complaint or recommendation about your dossier or about an administrative procedure. The competent body answers within 15 working days; read the answer with the complaint code and your ID number.'
  },
  'complaint.new': { vi: 'Gửi phản ánh, kiến nghị', en: 'Send a complaint or recommendation' },
  'complaint.subject': { vi: 'Nội dung liên quan đến', en: 'It is about' },
  'complaint.subject.dossier': { vi: 'Hồ sơ của tôi', en: 'My dossier' },
  'complaint.subject.procedure': { vi: 'Một thủ tục hành chính', en: 'An administrative procedure' },
  'complaint.kind': { vi: 'Loại', en: 'Kind' },
  'complaint.kind.COMPLAINT': { vi: 'Phản ánh', en: 'Complaint' },
  'complaint.kind.RECOMMENDATION': { vi: 'Kiến nghị', en: 'Recommendation' },
  'complaint.procedureCode': { vi: 'Mã thủ tục *', en: 'Procedure code *' },
  'complaint.procedureCode.hint': { vi: 'Ví dụ 1.001193 (xem trong mục Thủ tục hành chính)', en: 'For example 1.001193 (see Procedures)' },
  'complaint.procedureCode.invalid': { vi: 'Mã thủ tục có dạng 1.001193', en: 'A procedure code looks like 1.001193' },
  'complaint.fullName': { vi: 'Họ, chữ đệm và tên *', en: 'Full name *' },
  'complaint.idNumber': { vi: 'Số định danh cá nhân *', en: 'Personal ID number *' },
  'complaint.email': { vi: 'Thư điện tử (không bắt buộc)', en: 'Email (optional)' },
  'complaint.phone': { vi: 'Số điện thoại (không bắt buộc)', en: 'Phone (optional)' },
  'complaint.content': { vi: 'Nội dung phản ánh, kiến nghị *', en: 'What you want to say *' },
  'complaint.content.hint': { vi: 'Tối đa 4.000 ký tự', en: 'At most 4,000 characters' },
  'complaint.content.tooLong': { vi: 'Nội dung tối đa 4.000 ký tự', en: 'At most 4,000 characters' },
  'complaint.send': { vi: 'Gửi phản ánh, kiến nghị', en: 'Send' },
  'complaint.sent': {
    vi: 'Đã gửi. Mã phản ánh của bạn là {code}; hạn trả lời {due}. Hãy giữ mã này để xem câu trả lời.',
    en: 'Sent. Your complaint code is {code}; the answer is due by {due}. Keep this code to read the answer.'
  },
  'complaint.lookup': { vi: 'Xem câu trả lời', en: 'Read the answer' },
  'complaint.code': { vi: 'Mã phản ánh, kiến nghị *', en: 'Complaint code *' },
  'complaint.code.hint': { vi: 'Ví dụ PAKN-20261203-000001', en: 'For example PAKN-20261203-000001' },
  'complaint.code.invalid': { vi: 'Mã phản ánh có dạng PAKN-yyyyMMdd-nnnnnn', en: 'A complaint code looks like PAKN-yyyyMMdd-nnnnnn' },
  'complaint.lookup.button': { vi: 'Xem', en: 'Look up' },
  'complaint.notFound': {
    vi: 'Không tìm thấy phản ánh, kiến nghị với mã và số định danh đã nhập.',
    en: 'No complaint matches this code and ID number.'
  },
  'complaint.about': { vi: 'Về', en: 'About' },
  'complaint.receivedAt': { vi: 'Ngày gửi', en: 'Sent' },
  'complaint.dueAt': { vi: 'Hạn trả lời', en: 'Answer due' },
  'complaint.state': { vi: 'Tình trạng', en: 'State' },
  'complaint.state.WAITING': { vi: 'Đang chờ trả lời', en: 'Waiting for the answer' },
  'complaint.state.ANSWERED': { vi: 'Đã trả lời', en: 'Answered' },
  'complaint.answer': { vi: 'Trả lời ngày {date}', en: 'Answer of {date}' },
  'complaint.rate': { vi: 'Bạn có hài lòng với câu trả lời?', en: 'Are you satisfied with the answer?' },
  'complaint.rate.SATISFIED': { vi: 'Hài lòng', en: 'Satisfied' },
  'complaint.rate.NOT_SATISFIED': { vi: 'Không hài lòng', en: 'Not satisfied' },
  'complaint.rated': { vi: 'Bạn đã đánh giá câu trả lời: {rating}', en: 'You rated the answer: {rating}' },
  'complaint.rate.done': { vi: 'Cảm ơn bạn đã đánh giá câu trả lời.', en: 'Thank you for rating the answer.' },

  // centres
  'centres.title': { vi: 'Nơi tiếp nhận hồ sơ', en: 'Service centres' },
  'centres.lead': {
    vi: 'Bạn có thể nộp hồ sơ tại bất kỳ nơi tiếp nhận nào trong tỉnh, không phụ thuộc nơi cư trú.',
    en: 'You may file at any service centre in the province, wherever you live.'
  },
  'centres.address': { vi: 'Địa chỉ', en: 'Address' },
  'centres.hotline': { vi: 'Đường dây nóng', en: 'Hotline' },
  'centres.code': { vi: 'Mã đơn vị', en: 'Unit code' },
  'centres.none': { vi: 'Chưa có nơi tiếp nhận nào.', en: 'No service centre yet.' },
  'nav.transparency': { vi: 'Công khai kết quả', en: 'Transparency' },
  'transparency.title': { vi: 'Công khai kết quả giải quyết thủ tục hành chính', en: 'Results of administrative procedures' },
  'transparency.lead': {
    vi: 'Số hồ sơ tiếp nhận và tỷ lệ giải quyết đúng hạn (Chỉ số 766) theo đơn vị và theo tháng. Chỉ có số liệu tổng hợp, không có thông tin cá nhân.',
    en: 'Dossiers received and the on-time rate (766 index) per unit and month. Totals only, no personal data.'
  },
  'transparency.chart': { vi: 'Tỷ lệ đúng hạn toàn tỉnh theo tháng (%)', en: 'Province on-time rate by month (%)' },
  'transparency.month': { vi: 'Tháng', en: 'Month' },
  'transparency.unit': { vi: 'Đơn vị', en: 'Unit' },
  'transparency.received': { vi: 'Tiếp nhận', en: 'Received' },
  'transparency.online': { vi: 'Trực tuyến', en: 'Online' },
  'transparency.judged': { vi: 'Được đánh giá', en: 'Judged' },
  'transparency.onTime': { vi: 'Đúng hạn', en: 'On time' },
  'transparency.rate': { vi: 'Tỷ lệ đúng hạn', en: 'On-time rate' },
  'transparency.none': { vi: 'Chưa có số liệu trong kỳ.', en: 'No figures for the period yet.' },
  'dashboard.title': { vi: 'Bảng điều hành Chỉ số 766', en: '766 index dashboard' },
  'dashboard.lead': {
    vi: 'Điểm Chỉ số phục vụ người dân, doanh nghiệp (Quyết định 766/QĐ-TTg) tính từ hồ sơ của hệ thống, trong phạm vi đơn vị của anh/chị.',
    en: 'The 766 service index (Decision 766/QĐ-TTg) computed from the system\'s dossiers, for your units.'
  },
  'dashboard.login': { vi: 'Đăng nhập cán bộ', en: 'Officer login' },
  'dashboard.user': { vi: 'Tên đăng nhập', en: 'User name' },
  'dashboard.password': { vi: 'Mật khẩu', en: 'Password' },
  'dashboard.signIn': { vi: 'Đăng nhập', en: 'Log in' },
  'dashboard.from': { vi: 'Từ tháng', en: 'From month' },
  'dashboard.to': { vi: 'Đến tháng', en: 'To month' },
  'dashboard.show': { vi: 'Xem', en: 'Show' },
  'dashboard.total': { vi: 'Tổng điểm (trên số điểm đo được)', en: 'Total (out of the points measured)' },
  'dashboard.notMeasured': { vi: 'chưa đo', en: 'not measured' },
  'dashboard.scope.province': { vi: 'Phạm vi: toàn tỉnh', en: 'Scope: the whole province' },
  'dashboard.scope.units': { vi: 'Phạm vi: {units}', en: 'Scope: {units}' },
  'dashboard.factsPending': { vi: 'Đang đọc dữ liệu đồng bộ, phí, số hóa và phản ánh của {n} hồ sơ cũ: các chỉ số 1.4, 4.2, 4.4, 5.4, 6.1 chưa đủ cho đến khi xong.',
    en: 'Reading the sync, fee, digitisation and feedback data of {n} earlier dossiers: indicators 1.4, 4.2, 4.4, 5.4 and 6.1 are incomplete until it is done.' },
  'dashboard.trend': { vi: 'Xu hướng theo tháng', en: 'Trend by month' },
  'dashboard.csv': { vi: 'Tải CSV', en: 'Download CSV' },
  'dashboard.xlsx': { vi: 'Tải XLSX', en: 'Download XLSX' },
  'dashboard.dossier': { vi: 'Hồ sơ {code}', en: 'Dossier {code}' },
  'dashboard.close': { vi: 'Đóng', en: 'Close' },
  'return.legend': { vi: 'Nhận kết quả giải quyết', en: 'Receiving the result' },
  'return.hint': { vi: 'Có thể đổi lại khi tra cứu hồ sơ, cho đến khi có kết quả.', en: 'You can change this when tracking the dossier, until the result is ready.' },
  'return.AT_RECEIVING_POINT': { vi: 'Tại nơi tiếp nhận hồ sơ', en: 'At the receiving point' },
  'return.AT_OTHER_POINT': { vi: 'Tại điểm tiếp nhận khác trong tỉnh', en: 'At another receiving point of the province' },
  'return.POSTAL': { vi: 'Qua dịch vụ bưu chính công ích', en: 'By public post' },
  'return.ELECTRONIC': { vi: 'Trực tuyến (tải kết quả điện tử khi tra cứu)', en: 'Electronically (download the result when tracking)' },
  'return.unit': { vi: 'Điểm tiếp nhận nhận kết quả', en: 'Receiving point to collect the result' },
  'return.unit.choose': { vi: '– Chọn điểm tiếp nhận –', en: '– Choose a receiving point –' },
  'return.unit.missing': { vi: 'Hãy chọn điểm tiếp nhận để nhận kết quả', en: 'Choose the receiving point to collect the result' },
  'return.address': { vi: 'Địa chỉ nhận kết quả', en: 'Delivery address' },
  'return.address.hint': { vi: 'Số nhà, đường, thôn/tổ dân phố, xã/phường, tỉnh; bưu điện thu cước khi giao.', en: 'House number, street, village, commune, province; the post charges on delivery.' },
  'return.address.missing': { vi: 'Hãy nhập địa chỉ nhận kết quả qua bưu chính', en: 'Give the address the post delivers the result to' },
  'tracking.return': { vi: 'Nơi, cách nhận kết quả', en: 'Where you receive the result' },
  'tracking.return.current': { vi: 'Đã chọn: {choice}', en: 'Chosen: {choice}' },
  'tracking.return.change': { vi: 'Đổi nơi, cách nhận kết quả', en: 'Change where you receive the result' },
  'tracking.return.save': { vi: 'Lưu lựa chọn', en: 'Save the choice' },
  'tracking.return.saved': { vi: 'Đã lưu: {choice}', en: 'Saved: {choice}' },
  'tracking.return.closed': { vi: 'Không còn đổi được nơi, cách nhận kết quả ở trạng thái này.', en: 'Where the result is returned can no longer be changed at this stage.' }
};
