-- The sender's rating of a complaint's answer (766 indicator 5.3, "hài lòng trong xử lý phản ánh, kiến nghị"):
-- SATISFIED | NOT_SATISFIED, once, after the answer. Portable SQL: H2 2.x and PostgreSQL 15.
alter table complaint add column answer_rating varchar(16);
alter table complaint add column answer_rated_at timestamp;
