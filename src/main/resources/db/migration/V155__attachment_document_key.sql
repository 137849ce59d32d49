-- Which required document (thành phần hồ sơ) a file is a scan of: the key of the document's upload field in the
-- procedure's intake form (e.g. document01), as the portal sends it (one multipart part per document). Null: a file
-- sent without a document (the part "attachments"), or stored before documents were told apart.
alter table dossier_attachment add column document_key varchar(100);
