-- Some official procedure names of the national catalog are longer than 500 characters (the longest about 1,100):
-- a dossier of such a procedure could not be stored.
alter table dossier alter column procedure_name set data type varchar(2000);
