-- A version number of the published catalogue, bumped by every change to practice cards, so that each portal
-- instance knows when to rebuild its in-memory facet index (several instances may share the database).
create table catalogue_state (
    id      boolean primary key default true check (id),
    version bigint not null
);
insert into catalogue_state (id, version) values (true, 1);

create function bump_catalogue_version() returns trigger
    language plpgsql as $$
begin
    update catalogue_state set version = version + 1;
    return null;
end $$;

create trigger practice_changed after insert or update or delete or truncate on practice
    for each statement execute function bump_catalogue_version();
