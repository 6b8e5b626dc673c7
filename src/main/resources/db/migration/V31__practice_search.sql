-- The text search ranks every matching card by its vector (ts_rank_cd). In practice's wide rows the vector is kept
-- out of line (TOAST), so ranking «comune» at 100,000 cards read 116,000 buffers and took 354 ms; a narrow table of
-- the vectors alone keeps them in line: 150 ms, and 45-80 ms for most words (perf/README.md, issue 16). The vector is
-- still defined once, as practice's generated column; a trigger keeps this copy, with the date that breaks ties.
create table practice_search (
    practice_id   bigint primary key references practice (id) on delete cascade,
    start_date    date     not null,
    search_vector tsvector not null
);

insert into practice_search (practice_id, start_date, search_vector)
select id, start_date, search_vector from practice;

create index practice_search_vector_idx on practice_search using gin (search_vector);

-- the search reads only the copy: practice's own index would be written for nothing
drop index practice_search_idx;

create function practice_search_copy() returns trigger
    language plpgsql as $$
begin
    insert into practice_search (practice_id, start_date, search_vector)
    values (new.id, new.start_date, new.search_vector)
    on conflict (practice_id) do update
        set start_date = excluded.start_date, search_vector = excluded.search_vector;
    return null;
end $$;

create trigger practice_search_insert after insert on practice
    for each row execute function practice_search_copy();

create trigger practice_search_update after update on practice
    for each row when (old.search_vector is distinct from new.search_vector or old.start_date <> new.start_date)
    execute function practice_search_copy();

-- The catalogue's query, (forms of a word) & (forms of the next)… (SearchText), with each word's forms reduced to
-- the distinct lexemes they stem to: «comune» gave 'comun' | 'comun' | 'comun' | 'comun', and both the match and
-- ts_rank_cd pay for every term (656 ms instead of 160 ms at 100,000 cards). The same cards match. Called as a
-- scalar subquery, (select catalogue_tsquery(:q)), so that it runs once per query, not once per row.
create function catalogue_tsquery(query text) returns tsquery
    language sql stable parallel safe as $$
    select coalesce(string_agg('(' || lexemes || ')', ' & ' order by n), '')::tsquery
    from (
        select n, (select string_agg(quote_literal(lexeme), ' | ' order by lexeme)
                   from unnest(tsvector_to_array(to_tsvector('italian_unaccent', translate(word_forms, '()|', '   '))))
                       as lexeme) as lexemes
        from unnest(string_to_array(query, ' & ')) with ordinality as words(word_forms, n)
    ) as words
    where lexemes is not null
$$;
