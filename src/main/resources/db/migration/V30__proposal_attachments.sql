-- A proposal may carry up to three documents (a resolution, a leaflet…) for the editors to check it against.
alter table attachment drop constraint attachment_owner_type_check;
alter table attachment add constraint attachment_owner_type_check
    check (owner_type in ('MEETING', 'TEMPLATE', 'NEWS', 'PROPOSAL'));
