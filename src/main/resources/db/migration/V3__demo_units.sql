-- Demo organisation of the new Lâm Đồng province (province code 68), formed on 1 July 2025 from
-- Lâm Đồng, Đắk Nông and Bình Thuận. The commune names and GSO codes are real
-- (vn-admin-units-2025); the electronic agency codes follow the shape of Decision 20/2020/QĐ-TTg
-- but are ILLUSTRATIVE, as are the addresses and hotlines: a province replaces them with its own.
insert into unit (code, name, name_en, level, kind, parent_code, ward_code, address, hotline, receives_dossiers) values
('H36', 'Ủy ban nhân dân tỉnh Lâm Đồng', 'Lam Dong Provincial People''s Committee', 'PROVINCE', 'AGENCY', null, null,
 '36 Trần Phú, Phường Xuân Hương - Đà Lạt, tỉnh Lâm Đồng', '0263 3822 156', false),
('H36.20', 'Trung tâm Phục vụ hành chính công tỉnh Lâm Đồng', 'Lam Dong Public Administration Service Centre', 'PROVINCE', 'SERVICE_CENTRE', 'H36', null,
 '36 Trần Phú, Phường Xuân Hương - Đà Lạt, tỉnh Lâm Đồng', '0263 3555 888', true),
('H36.16', 'Sở Nông nghiệp và Môi trường tỉnh Lâm Đồng', 'Lam Dong Department of Agriculture and Environment', 'PROVINCE', 'DEPARTMENT', 'H36', null,
 '54 Trần Phú, Phường Xuân Hương - Đà Lạt, tỉnh Lâm Đồng', '0263 3822 355', false),
('H36.16.01', 'Văn phòng Đăng ký đất đai tỉnh Lâm Đồng', 'Lam Dong Land Registration Office', 'PROVINCE', 'AGENCY', 'H36.16', null,
 '54 Trần Phú, Phường Xuân Hương - Đà Lạt, tỉnh Lâm Đồng', '0263 3822 501', false),
('H36.T01', 'Thuế tỉnh Lâm Đồng', 'Lam Dong Provincial Tax Office', 'PROVINCE', 'AGENCY', null, null,
 '1 Yersin, Phường Xuân Hương - Đà Lạt, tỉnh Lâm Đồng', '0263 3822 404', false),
('H36.24781', 'Ủy ban nhân dân Phường Xuân Hương - Đà Lạt', 'Xuan Huong - Da Lat Ward People''s Committee', 'COMMUNE', 'COMMUNE', 'H36', '24781',
 '2 Nguyễn Văn Trỗi, Phường Xuân Hương - Đà Lạt, tỉnh Lâm Đồng', '0263 3822 811', true),
('H36.24848', 'Ủy ban nhân dân Xã Lạc Dương', 'Lac Duong Commune People''s Committee', 'COMMUNE', 'COMMUNE', 'H36', '24848',
 '12 Langbiang, Xã Lạc Dương, tỉnh Lâm Đồng', '0263 3839 222', true);
