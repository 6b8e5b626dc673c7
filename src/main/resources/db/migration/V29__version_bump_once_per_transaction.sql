-- The catalogue and content versions (V7, V21) are bumped by statement triggers. A transaction that writes thousands of
-- cards one statement each (an import of a survey, issue 13) updated the one row of catalogue_state and content_state
-- thousands of times, and each update has to step over every version of the row the same transaction left before it:
-- the cost grew with the square of the rows. Readers only see the versions once the transaction commits, so one bump
-- per transaction says the same: the functions now remember, for the transaction, that they already bumped.
create or replace function bump_catalogue_version() returns trigger
    language plpgsql as $$
begin
    if current_setting('portal.catalogue_bumped', true) is distinct from txid_current()::text then
        perform set_config('portal.catalogue_bumped', txid_current()::text, true);
        update catalogue_state set version = version + 1;
    end if;
    return null;
end $$;

create or replace function bump_content_version() returns trigger
    language plpgsql as $$
begin
    if current_setting('portal.content_bumped', true) is distinct from txid_current()::text then
        perform set_config('portal.content_bumped', txid_current()::text, true);
        update content_state set version = version + 1;
    end if;
    return null;
end $$;
