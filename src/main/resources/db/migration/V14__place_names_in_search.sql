-- The catalogue's text search also finds a card by the names of its comune, province and region (issue 15:
-- "perugia", the search box's own example, found 1 card of the 14 in its province). A trigger keeps the names with
-- the comune, so every way of writing a card (staff, seed, future imports) gets them.
alter table practice add column place_names text not null default '';

update practice p set place_names = c.name || ' ' || pr.name || ' ' || r.name
from comune c join province pr on pr.code = c.province_code join region r on r.code = pr.region_code
where c.istat_code = p.comune_code;

create function practice_place_names() returns trigger
    language plpgsql as $$
begin
    select c.name || ' ' || pr.name || ' ' || r.name into new.place_names
    from comune c join province pr on pr.code = c.province_code join region r on r.code = pr.region_code
    where c.istat_code = new.comune_code;
    return new;
end $$;

create trigger practice_place_names before insert or update of comune_code on practice
    for each row execute function practice_place_names();

-- the generated column is written again to take the names in, with the weight of the provider's name
alter table practice drop column search_vector;
alter table practice add column search_vector tsvector generated always as (
    setweight(to_tsvector('italian_unaccent', title), 'A') ||
    setweight(to_tsvector('italian_unaccent', provider_name || ' ' || description || ' ' || place_names), 'B') ||
    setweight(to_tsvector('italian_unaccent', partners || ' ' || innovation || ' ' || technologies || ' '
        || coalesce(channels_note, '') || ' ' || coalesce(tools_note, '') || ' ' || coalesce(key_figures, '')), 'C') ||
    setweight(to_tsvector('italian_unaccent', operators_feedback || ' ' || citizens_feedback || ' '
        || continuation_note), 'D')
) stored;
create index practice_search_idx on practice using gin (search_vector);
