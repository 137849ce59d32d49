-- The demo province (new Lâm Đồng, code 68) as data for competence by territory: every unit's kind of body and
-- service area, and the units of every kind the catalog's procedures name (body-kinds.csv): the remaining provincial
-- departments and bodies under them, and the local offices of the vertical (central) bodies that sit in the province.
-- Another province does the same with its own data, through /api/v1/admin/units (README, "Setting up a province").
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 15.
--
-- ILLUSTRATIVE, like every H36 code of V3/V6/V7: the agency codes, names of offices, addresses, hotlines and above all
-- the SERVICE AREAS of the offices that serve part of the province. These split the province into three areas by the
-- old provinces it was formed from (GSO commune codes: Bình Thuận below 24000, Đắk Nông 24000-24768, Lâm Đồng from
-- 24769; vn-admin-units-2024/wards.csv); a real province enters the areas its bodies' own decisions give them.

-- Receiving points: the commune where each service centre sits (its "receiving commune" for the authority decisions).
update unit set ward_code = '24781' where code = 'H36.20';
update unit set ward_code = '22945' where code = 'H36.20.01';
update unit set ward_code = '24615' where code = 'H36.20.02';
update unit set body_kind = 'PROVINCIAL_SERVICE_CENTRE' where code in ('H36.20', 'H36.20.01', 'H36.20.02');

-- Communes: each People's Committee serves its own commune.
update unit set body_kind = 'COMMUNE_PEOPLES_COMMITTEE' where level = 'COMMUNE' and kind = 'COMMUNE' and code like 'H36.%';
insert into unit_service_area (unit_code, commune_code)
select code, ward_code from unit where body_kind = 'COMMUNE_PEOPLES_COMMITTEE' and code like 'H36.%' and ward_code is not null;

-- The existing provincial units.
update unit set body_kind = 'PROVINCIAL_PEOPLES_COMMITTEE' where code = 'H36';
update unit set body_kind = 'DEPARTMENT_JUSTICE' where code = 'H36.11';
update unit set body_kind = 'DEPARTMENT_FINANCE' where code = 'H36.12';
update unit set body_kind = 'DEPARTMENT_CONSTRUCTION' where code = 'H36.13';
update unit set body_kind = 'DEPARTMENT_AGRICULTURE_ENVIRONMENT' where code = 'H36.16';
update unit set body_kind = 'LAND_REGISTRATION_OFFICE' where code = 'H36.16.01';
update unit set body_kind = 'PROVINCIAL_TAX_OFFICE' where code = 'H36.T01';
update unit set body_kind = 'PROVINCIAL_POLICE' where code = 'H36.CA';
-- The 63 provincial State Bank branches were replaced by 15 regional branches on 1 March 2025: H36.NH stays (dossiers
-- may refer to it) but decides nothing; the regional branch below does.
update unit set name = 'Ngân hàng Nhà nước chi nhánh tỉnh Lâm Đồng (chấm dứt hoạt động từ 01/3/2025)',
                name_en = 'State Bank of Vietnam, Lam Dong branch (closed on 01/03/2025)' where code = 'H36.NH';

insert into unit (code, name, name_en, level, kind, parent_code, ward_code, address, hotline, receives_dossiers, body_kind) values
('H36.10', 'Sở Nội vụ tỉnh Lâm Đồng', 'Lam Dong Department of Home Affairs', 'PROVINCE', 'DEPARTMENT', 'H36', null,
 '12 Trần Hưng Đạo, Phường Xuân Hương - Đà Lạt, tỉnh Lâm Đồng', '0263 3822 110', false, 'DEPARTMENT_HOME_AFFAIRS'),
('H36.14', 'Sở Công Thương tỉnh Lâm Đồng', 'Lam Dong Department of Industry and Trade', 'PROVINCE', 'DEPARTMENT', 'H36', null,
 '14 Trần Hưng Đạo, Phường Xuân Hương - Đà Lạt, tỉnh Lâm Đồng', '0263 3822 114', false, 'DEPARTMENT_INDUSTRY_TRADE'),
('H36.15', 'Sở Khoa học và Công nghệ tỉnh Lâm Đồng', 'Lam Dong Department of Science and Technology', 'PROVINCE', 'DEPARTMENT', 'H36', null,
 '16 Trần Hưng Đạo, Phường Xuân Hương - Đà Lạt, tỉnh Lâm Đồng', '0263 3822 115', false, 'DEPARTMENT_SCIENCE_TECHNOLOGY'),
('H36.17', 'Sở Giáo dục và Đào tạo tỉnh Lâm Đồng', 'Lam Dong Department of Education and Training', 'PROVINCE', 'DEPARTMENT', 'H36', null,
 '18 Trần Hưng Đạo, Phường Xuân Hương - Đà Lạt, tỉnh Lâm Đồng', '0263 3822 117', false, 'DEPARTMENT_EDUCATION'),
('H36.18', 'Sở Y tế tỉnh Lâm Đồng', 'Lam Dong Department of Health', 'PROVINCE', 'DEPARTMENT', 'H36', null,
 '20 Trần Hưng Đạo, Phường Xuân Hương - Đà Lạt, tỉnh Lâm Đồng', '0263 3822 118', false, 'DEPARTMENT_HEALTH'),
('H36.19', 'Sở Văn hóa, Thể thao và Du lịch tỉnh Lâm Đồng', 'Lam Dong Department of Culture, Sports and Tourism', 'PROVINCE', 'DEPARTMENT', 'H36', null,
 '22 Trần Hưng Đạo, Phường Xuân Hương - Đà Lạt, tỉnh Lâm Đồng', '0263 3822 119', false, 'DEPARTMENT_CULTURE_SPORTS_TOURISM'),
('H36.21', 'Sở Dân tộc và Tôn giáo tỉnh Lâm Đồng', 'Lam Dong Department of Ethnic and Religious Affairs', 'PROVINCE', 'DEPARTMENT', 'H36', null,
 '24 Trần Hưng Đạo, Phường Xuân Hương - Đà Lạt, tỉnh Lâm Đồng', '0263 3822 121', false, 'DEPARTMENT_ETHNIC_RELIGIOUS_AFFAIRS'),
('H36.22', 'Thanh tra tỉnh Lâm Đồng', 'Lam Dong Provincial Inspectorate', 'PROVINCE', 'DEPARTMENT', 'H36', null,
 '26 Trần Hưng Đạo, Phường Xuân Hương - Đà Lạt, tỉnh Lâm Đồng', '0263 3822 122', false, 'PROVINCIAL_INSPECTORATE'),
('H36.23', 'Ban Quản lý các khu công nghiệp tỉnh Lâm Đồng', 'Lam Dong Industrial Zones Authority', 'PROVINCE', 'AGENCY', 'H36', null,
 'Phường Phan Thiết, tỉnh Lâm Đồng', '0252 3822 123', false, 'INDUSTRIAL_ZONE_BOARD'),
('H36.11.01', 'Trung tâm Trợ giúp pháp lý nhà nước tỉnh Lâm Đồng', 'Lam Dong State Legal Aid Centre', 'PROVINCE', 'AGENCY', 'H36.11', null,
 '2 Trần Hưng Đạo, Phường Xuân Hương - Đà Lạt, tỉnh Lâm Đồng', '0263 3822 130', false, 'LEGAL_AID_CENTRE'),
('H36.16.01.01', 'Chi nhánh Văn phòng Đăng ký đất đai khu vực Gia Nghĩa', 'Land Registration Office, Gia Nghia branch', 'PROVINCE', 'AGENCY', 'H36.16.01', null,
 'Phường Nam Gia Nghĩa, tỉnh Lâm Đồng', '0261 3822 501', false, 'LAND_REGISTRATION_OFFICE'),
('H36.16.01.02', 'Chi nhánh Văn phòng Đăng ký đất đai khu vực Phan Thiết', 'Land Registration Office, Phan Thiet branch', 'PROVINCE', 'AGENCY', 'H36.16.01', null,
 'Phường Phan Thiết, tỉnh Lâm Đồng', '0252 3822 501', false, 'LAND_REGISTRATION_OFFICE'),
('H36.16.02', 'Chi cục Kiểm lâm tỉnh Lâm Đồng', 'Lam Dong Forest Protection Sub-department', 'PROVINCE', 'AGENCY', 'H36.16', null,
 '54 Trần Phú, Phường Xuân Hương - Đà Lạt, tỉnh Lâm Đồng', '0263 3822 602', false, 'FOREST_PROTECTION_SUBDEPARTMENT'),
('H36.16.03', 'Chi cục Thủy sản tỉnh Lâm Đồng', 'Lam Dong Fisheries Sub-department', 'PROVINCE', 'AGENCY', 'H36.16', null,
 'Phường Phan Thiết, tỉnh Lâm Đồng', '0252 3822 603', false, 'FISHERIES_SUBDEPARTMENT'),
('H36.16.04', 'Chi cục Chăn nuôi và Thú y tỉnh Lâm Đồng', 'Lam Dong Livestock and Veterinary Sub-department', 'PROVINCE', 'AGENCY', 'H36.16', null,
 '54 Trần Phú, Phường Xuân Hương - Đà Lạt, tỉnh Lâm Đồng', '0263 3822 604', false, 'LIVESTOCK_VETERINARY_SUBDEPARTMENT'),
('H36.16.05', 'Chi cục Trồng trọt và Bảo vệ thực vật tỉnh Lâm Đồng', 'Lam Dong Crop Production and Plant Protection Sub-department', 'PROVINCE', 'AGENCY', 'H36.16', null,
 '54 Trần Phú, Phường Xuân Hương - Đà Lạt, tỉnh Lâm Đồng', '0263 3822 605', false, 'CROP_PROTECTION_SUBDEPARTMENT'),
('H36.T01.01', 'Thuế cơ sở 1 tỉnh Lâm Đồng (Đà Lạt)', 'Lam Dong Local Tax Office 1 (Da Lat)', 'PROVINCE', 'AGENCY', 'H36.T01', null,
 '1 Yersin, Phường Xuân Hương - Đà Lạt, tỉnh Lâm Đồng', '0263 3822 411', false, 'LOCAL_TAX_OFFICE'),
('H36.T01.02', 'Thuế cơ sở 2 tỉnh Lâm Đồng (Gia Nghĩa)', 'Lam Dong Local Tax Office 2 (Gia Nghia)', 'PROVINCE', 'AGENCY', 'H36.T01', null,
 'Phường Nam Gia Nghĩa, tỉnh Lâm Đồng', '0261 3822 412', false, 'LOCAL_TAX_OFFICE'),
('H36.T01.03', 'Thuế cơ sở 3 tỉnh Lâm Đồng (Phan Thiết)', 'Lam Dong Local Tax Office 3 (Phan Thiet)', 'PROVINCE', 'AGENCY', 'H36.T01', null,
 'Phường Phan Thiết, tỉnh Lâm Đồng', '0252 3822 413', false, 'LOCAL_TAX_OFFICE'),
('H36.HQ', 'Chi cục Hải quan khu vực phụ trách tỉnh Lâm Đồng', 'Regional Customs Branch serving Lam Dong', 'PROVINCE', 'AGENCY', null, null,
 'Phường Phan Thiết, tỉnh Lâm Đồng', '0252 3822 700', false, 'CUSTOMS_BRANCH'),
('H36.BH', 'Bảo hiểm xã hội khu vực phụ trách tỉnh Lâm Đồng', 'Regional Social Insurance serving Lam Dong', 'PROVINCE', 'AGENCY', null, null,
 'Phường Xuân Hương - Đà Lạt, tỉnh Lâm Đồng', '0263 3822 800', false, 'SOCIAL_INSURANCE_REGIONAL'),
('H36.BH.01', 'Bảo hiểm xã hội cơ sở Đà Lạt', 'Local Social Insurance office, Da Lat', 'PROVINCE', 'AGENCY', 'H36.BH', null,
 'Phường Xuân Hương - Đà Lạt, tỉnh Lâm Đồng', '0263 3822 801', false, 'SOCIAL_INSURANCE_LOCAL'),
('H36.BH.02', 'Bảo hiểm xã hội cơ sở Gia Nghĩa', 'Local Social Insurance office, Gia Nghia', 'PROVINCE', 'AGENCY', 'H36.BH', null,
 'Phường Nam Gia Nghĩa, tỉnh Lâm Đồng', '0261 3822 802', false, 'SOCIAL_INSURANCE_LOCAL'),
('H36.BH.03', 'Bảo hiểm xã hội cơ sở Phan Thiết', 'Local Social Insurance office, Phan Thiet', 'PROVINCE', 'AGENCY', 'H36.BH', null,
 'Phường Phan Thiết, tỉnh Lâm Đồng', '0252 3822 803', false, 'SOCIAL_INSURANCE_LOCAL'),
('H36.KB', 'Kho bạc Nhà nước khu vực phụ trách tỉnh Lâm Đồng', 'Regional State Treasury serving Lam Dong', 'PROVINCE', 'AGENCY', null, null,
 'Phường Xuân Hương - Đà Lạt, tỉnh Lâm Đồng', '0263 3822 900', false, 'STATE_TREASURY_REGIONAL'),
('H36.NHKV', 'Ngân hàng Nhà nước Khu vực phụ trách tỉnh Lâm Đồng', 'State Bank regional branch serving Lam Dong', 'PROVINCE', 'AGENCY', null, null,
 'Phường Xuân Hương - Đà Lạt, tỉnh Lâm Đồng', '0263 3822 124', false, 'STATE_BANK_REGIONAL'),
('H36.DT', 'Chi cục Dự trữ Nhà nước khu vực phụ trách tỉnh Lâm Đồng', 'Regional State Reserve branch serving Lam Dong', 'PROVINCE', 'AGENCY', null, null,
 'Phường Xuân Hương - Đà Lạt, tỉnh Lâm Đồng', '0263 3822 950', false, 'STATE_RESERVE_REGIONAL'),
('H36.CV', 'Cảng vụ Hàng hải phụ trách vùng biển tỉnh Lâm Đồng', 'Maritime Port Authority serving Lam Dong', 'PROVINCE', 'AGENCY', null, null,
 'Phường Phan Thiết, tỉnh Lâm Đồng', '0252 3822 960', false, 'PORT_AUTHORITY'),
('H36.QLDB', 'Khu Quản lý đường bộ phụ trách tỉnh Lâm Đồng', 'Regional Road Management Office serving Lam Dong', 'PROVINCE', 'AGENCY', null, null,
 'Phường Xuân Hương - Đà Lạt, tỉnh Lâm Đồng', '0263 3822 970', false, 'ROAD_MANAGEMENT_AREA'),
('H36.TA', 'Tòa án nhân dân tỉnh Lâm Đồng', 'Lam Dong Provincial People''s Court', 'PROVINCE', 'AGENCY', null, null,
 'Phường Xuân Hương - Đà Lạt, tỉnh Lâm Đồng', '0263 3822 980', false, 'PROVINCIAL_COURT'),
('H36.TA.01', 'Tòa án nhân dân khu vực 1 - Lâm Đồng (Đà Lạt)', 'Regional People''s Court 1, Lam Dong (Da Lat)', 'PROVINCE', 'AGENCY', 'H36.TA', null,
 'Phường Xuân Hương - Đà Lạt, tỉnh Lâm Đồng', '0263 3822 981', false, 'REGIONAL_COURT'),
('H36.TA.02', 'Tòa án nhân dân khu vực 2 - Lâm Đồng (Gia Nghĩa)', 'Regional People''s Court 2, Lam Dong (Gia Nghia)', 'PROVINCE', 'AGENCY', 'H36.TA', null,
 'Phường Nam Gia Nghĩa, tỉnh Lâm Đồng', '0261 3822 982', false, 'REGIONAL_COURT'),
('H36.TA.03', 'Tòa án nhân dân khu vực 3 - Lâm Đồng (Phan Thiết)', 'Regional People''s Court 3, Lam Dong (Phan Thiet)', 'PROVINCE', 'AGENCY', 'H36.TA', null,
 'Phường Phan Thiết, tỉnh Lâm Đồng', '0252 3822 983', false, 'REGIONAL_COURT'),
('H36.THA', 'Thi hành án dân sự tỉnh Lâm Đồng', 'Lam Dong Civil Judgment Enforcement', 'PROVINCE', 'AGENCY', null, null,
 'Phường Xuân Hương - Đà Lạt, tỉnh Lâm Đồng', '0263 3822 990', false, 'CIVIL_JUDGMENT_ENFORCEMENT');

-- The police of every commune (Công an xã, phường, đặc khu), each serving its commune.
insert into unit (code, name, name_en, level, kind, parent_code, ward_code, address, hotline, receives_dossiers, body_kind)
select 'H36.CA.' || ward_code, replace(name, 'Ủy ban nhân dân ', 'Công an '), replace(name_en, 'People''s Committee', 'Police'),
       'COMMUNE', 'AGENCY', 'H36.CA', ward_code, address, hotline, false, 'COMMUNE_POLICE'
from unit where body_kind = 'COMMUNE_PEOPLES_COMMITTEE' and code like 'H36.%' and ward_code is not null;
insert into unit_service_area (unit_code, commune_code)
select code, ward_code from unit where body_kind = 'COMMUNE_POLICE' and code like 'H36.CA.%';

-- Bodies serving the whole province: every commune of it.
insert into unit_service_area (unit_code, commune_code)
select p.code, c.ward_code from unit p, unit c
where p.code in ('H36', 'H36.10', 'H36.11', 'H36.12', 'H36.13', 'H36.14', 'H36.15', 'H36.16', 'H36.17', 'H36.18', 'H36.19',
                 'H36.21', 'H36.22', 'H36.23', 'H36.11.01', 'H36.16.02', 'H36.16.03', 'H36.16.04', 'H36.16.05', 'H36.T01',
                 'H36.CA', 'H36.HQ', 'H36.BH', 'H36.KB', 'H36.NHKV', 'H36.DT', 'H36.CV', 'H36.QLDB', 'H36.TA', 'H36.THA')
  and c.body_kind = 'COMMUNE_PEOPLES_COMMITTEE' and c.code like 'H36.%' and c.ward_code is not null;

-- Bodies serving one of the three areas (illustrative, see above).
insert into unit_service_area (unit_code, commune_code)
select p.code, c.ward_code from unit p, unit c
where c.body_kind = 'COMMUNE_PEOPLES_COMMITTEE' and c.code like 'H36.%' and c.ward_code is not null
  and ((p.code in ('H36.16.01', 'H36.T01.01', 'H36.BH.01', 'H36.TA.01') and c.ward_code >= '24769')
    or (p.code in ('H36.16.01.01', 'H36.T01.02', 'H36.BH.02', 'H36.TA.02') and c.ward_code >= '24000' and c.ward_code < '24769')
    or (p.code in ('H36.16.01.02', 'H36.T01.03', 'H36.BH.03', 'H36.TA.03') and c.ward_code < '24000'));
