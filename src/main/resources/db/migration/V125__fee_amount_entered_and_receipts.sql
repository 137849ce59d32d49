-- A fee the catalog does not state (Fee.Basis UNKNOWN, or a provincial table without a row) is not free: the
-- receiving point enters the amount when the applicant pays at the counter. Until then amount_vnd is 0 and
-- amount_known false; online payment of such a fee is refused (there is no amount to order).
-- Portable SQL: runs unchanged on H2 2.x (embedded default) and PostgreSQL 15.
alter table fee_obligation add column amount_known boolean default true not null;
