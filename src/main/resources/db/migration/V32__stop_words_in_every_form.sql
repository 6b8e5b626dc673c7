-- A typed stop word is not searched, whatever its other endings: «della» was also searched as «delli», which is not a
-- stop word and stems to 'dell', so «consegna della spesa» required 'dell' and found almost nothing (issue 16).
-- SearchText writes the typed word first in its group of forms.
create or replace function catalogue_tsquery(query text) returns tsquery
    language sql stable parallel safe as $$
    select coalesce(string_agg('(' || lexemes || ')', ' & ' order by n), '')::tsquery
    from (
        select n, (select string_agg(quote_literal(lexeme), ' | ' order by lexeme)
                   from unnest(tsvector_to_array(to_tsvector('italian_unaccent', forms))) as lexeme) as lexemes
        from unnest(string_to_array(query, ' & ')) with ordinality as words(word_forms, n),
            lateral (select btrim(translate(word_forms, '()|', '   ')) as forms) as plain
        where length(to_tsvector('italian_unaccent', split_part(forms, ' ', 1))) > 0
    ) as words
    where lexemes is not null
$$;
