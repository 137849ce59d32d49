-- The provincial departments that settle the province-level procedures of the catalog, by issuing ministry
-- (see vn.motcua.importer). Codes, addresses and hotlines are ILLUSTRATIVE, like those of V3.
insert into unit (code, name, name_en, level, kind, parent_code, ward_code, address, hotline, receives_dossiers) values
('H36.11', 'Sở Tư pháp tỉnh Lâm Đồng', 'Lam Dong Department of Justice', 'PROVINCE', 'DEPARTMENT', 'H36', null,
 '2 Trần Hưng Đạo, Phường Xuân Hương - Đà Lạt, tỉnh Lâm Đồng', '0263 3822 120', false),
('H36.12', 'Sở Tài chính tỉnh Lâm Đồng', 'Lam Dong Department of Finance', 'PROVINCE', 'DEPARTMENT', 'H36', null,
 '4 Trần Hưng Đạo, Phường Xuân Hương - Đà Lạt, tỉnh Lâm Đồng', '0263 3822 121', false),
('H36.13', 'Sở Xây dựng tỉnh Lâm Đồng', 'Lam Dong Department of Construction', 'PROVINCE', 'DEPARTMENT', 'H36', null,
 '6 Trần Hưng Đạo, Phường Xuân Hương - Đà Lạt, tỉnh Lâm Đồng', '0263 3822 122', false),
('H36.CA', 'Công an tỉnh Lâm Đồng', 'Lam Dong Provincial Police', 'PROVINCE', 'AGENCY', null, null,
 '8 Trần Hưng Đạo, Phường Xuân Hương - Đà Lạt, tỉnh Lâm Đồng', '0263 3822 123', false),
('H36.NH', 'Ngân hàng Nhà nước chi nhánh tỉnh Lâm Đồng', 'State Bank of Vietnam, Lam Dong branch', 'PROVINCE', 'AGENCY', null, null,
 '10 Trần Hưng Đạo, Phường Xuân Hương - Đà Lạt, tỉnh Lâm Đồng', '0263 3822 124', false);
