-- News items carry attached files (a reading note, a circular) like meetings and templates.
alter table attachment drop constraint attachment_owner_type_check;
alter table attachment add constraint attachment_owner_type_check check (owner_type in ('MEETING', 'TEMPLATE', 'NEWS'));
