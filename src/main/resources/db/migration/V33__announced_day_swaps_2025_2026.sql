-- The days the Government announced for officials (cán bộ, công chức, viên chức) in 2025 and 2026 on top of the
-- statutory holidays of V2 (Labour Code 2019 art. 111-112): swapped days off (DAY_OFF) and make-up working
-- Saturdays (WORKING_DAY). Portable SQL: runs unchanged on H2 2.x and PostgreSQL 15. An announced day replaces what
-- V2 or an administrator wrote for that date. Every row names its source in "basis"; the sources read are public
-- press copies of the announcements (the search tool's "pages" corpus), cited here in full:
--
-- 2025, Tết Ất Tỵ: the Prime Minister approved nine days off for officials, Sat 25/1/2025 to Sun 2/2/2025
--   (Công văn 8726/VPCP-KGVX of 26/11/2024, reported by https://pld.net.vn/tag/nghi-tet-nguyen-dan.html). Within it
--   Mon 27/1/2025 is a swapped day off, made up on Sat 8/2/2025. UNVERIFIED: the two dates of the swap were not found
--   in the stored copies (only the nine-day break was); they are the only swap that gives that break, as V2 holds
--   Tết from 28/1 to 1/2.
-- 2025, 30/4 and 1/5: Fri 2/5/2025 off, made up on Sat 26/4/2025 ("hoán đổi ngày làm việc từ thứ Sáu ngày 2/5 sang
--   thứ Bảy ngày 26/4", https://thoidai.com.vn/nguoi-lao-dong-se-co-ky-nghi-304-15-dai-5-ngay-209915.html, same
--   decision 8726/VPCP-KGVX).
-- 2025, National Day: four days 30/8-2/9 (weekend + 1/9 + 2/9, as V2): no swap.
-- 2026, New Year: Fri 2/1/2026 off, made up on Sat 10/1/2026 (Công văn 12729/VPCP-KGVX of 25/12/2025, Deputy Prime
--   Minister Phạm Thị Thanh Trà approving the Ministry of Home Affairs' proposal; reported by
--   https://www.collector.com.tr//965292743 and
--   https://tracuuquyhoach.com/tin-tuc/tin-vui-cho-nguoi-lao-dong-chinh-phu-dong-y-nghi-tet-duong-lich-4-ngay-54100289).
-- 2026, Tết Bính Ngọ: 14/2-22/2/2026, the five statutory days 16/2-20/2 between two weekends (as V2): no swap
--   (http://www.congan.com.vn/?catid=702&id=388656&mod=detnews).
-- 2026, National Day: 1/9 and 2/9 (as V2) plus Mon 31/8/2026 off, made up on Sat 22/8/2026: the Ministry of Home
--   Affairs' proposal (https://dantri.com.vn/noi-vu/de-xuat-hoan-doi-de-quoc-khanh-nam-2026-duoc-nghi-5-ngay-lien-tiep-20251002144910692.htm,
--   https://thanhnien.vn/bo-noi-vu-de-xuat-nghi-5-ngay-dip-le-quoc-khanh-2026-185251002114917158.htm), reported as the
--   schedule by https://vietnammedia.vnanet.vn/video/lich-nghi-tet-nguyen-dan-va-quoc-khanh-nam-2026-165342.htm
--   (17/10/2025). UNVERIFIED: the number of the approving document was not found.

delete from calendar_day where "day" in (date '2025-01-27', date '2025-02-08', date '2025-04-26', date '2025-05-02',
                                         date '2026-01-02', date '2026-01-10', date '2026-08-22', date '2026-08-31');

insert into calendar_day ("day", kind, name_vi, name_en, basis) values
    (date '2025-01-27', 'DAY_OFF', 'Nghỉ hoán đổi dịp Tết Nguyên Đán (làm bù thứ Bảy 08/02/2025)', 'Swapped day off for Lunar New Year (made up on Sat 08/02/2025)',
     'CV 8726/VPCP-KGVX 26/11/2024 (nghỉ Tết 25/01-02/02/2025); ngày hoán đổi chưa kiểm chứng / swap dates unverified'),
    (date '2025-02-08', 'WORKING_DAY', 'Làm bù cho ngày nghỉ hoán đổi 27/01/2025', 'Make-up working day for 27/01/2025',
     'CV 8726/VPCP-KGVX 26/11/2024 (nghỉ Tết 25/01-02/02/2025); ngày hoán đổi chưa kiểm chứng / swap dates unverified'),
    (date '2025-04-26', 'WORKING_DAY', 'Làm bù cho ngày nghỉ hoán đổi 02/05/2025', 'Make-up working day for 02/05/2025',
     'CV 8726/VPCP-KGVX 26/11/2024: hoán đổi thứ Sáu 02/05/2025 sang thứ Bảy 26/04/2025 (thoidai.com.vn)'),
    (date '2025-05-02', 'DAY_OFF', 'Nghỉ hoán đổi dịp 30/4 - 1/5 (làm bù thứ Bảy 26/04/2025)', 'Swapped day off for 30/4 - 1/5 (made up on Sat 26/04/2025)',
     'CV 8726/VPCP-KGVX 26/11/2024: hoán đổi thứ Sáu 02/05/2025 sang thứ Bảy 26/04/2025 (thoidai.com.vn)'),
    (date '2026-01-02', 'DAY_OFF', 'Nghỉ hoán đổi dịp Tết Dương lịch (làm bù thứ Bảy 10/01/2026)', 'Swapped day off for New Year (made up on Sat 10/01/2026)',
     'CV 12729/VPCP-KGVX 25/12/2025: hoán đổi thứ Sáu 02/01/2026 sang thứ Bảy 10/01/2026'),
    (date '2026-01-10', 'WORKING_DAY', 'Làm bù cho ngày nghỉ hoán đổi 02/01/2026', 'Make-up working day for 02/01/2026',
     'CV 12729/VPCP-KGVX 25/12/2025: hoán đổi thứ Sáu 02/01/2026 sang thứ Bảy 10/01/2026'),
    (date '2026-08-22', 'WORKING_DAY', 'Làm bù cho ngày nghỉ hoán đổi 31/08/2026', 'Make-up working day for 31/08/2026',
     'Phương án Bộ Nội vụ 10/2025 (dantri.com.vn, thanhnien.vn); văn bản phê duyệt chưa kiểm chứng / approval unverified'),
    (date '2026-08-31', 'DAY_OFF', 'Nghỉ hoán đổi dịp Quốc khánh (làm bù thứ Bảy 22/08/2026)', 'Swapped day off for National Day (made up on Sat 22/08/2026)',
     'Phương án Bộ Nội vụ 10/2025 (dantri.com.vn, thanhnien.vn); văn bản phê duyệt chưa kiểm chứng / approval unverified');
