-- A person's name in its own script (Cyrillic, Chinese characters) beside the Latin one; optional, shown on the
-- pages of a language written in that script. The audit trail keeps it like the name.
alter table person add column native_name varchar(120);
alter table person_aud add column native_name varchar(120);
