-- report_open_now kept a row for every key any dossier was ever counted under, at zero once its dossiers had ended.
-- Since this version a write that brings a count to zero deletes the row (OpenNow.apply); these are the rows left
-- from before. Readers already skipped them (open_count <> 0), so no figure changes. Portable SQL: H2 2.x and
-- PostgreSQL 15.
delete from report_open_now where open_count = 0;
