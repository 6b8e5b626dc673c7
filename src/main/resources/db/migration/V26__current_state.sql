-- The current state of a card: the state of its latest approved follow-up, or NESSUNO. One definition for the facet
-- index and for any plain SQL that filters on it.
create function practice_current_state(card bigint) returns text
    language sql stable as $$
    select coalesce((select u.state from practice_update u
                     where u.practice_id = card and u.approved_at is not null
                     order by u.day desc, u.id desc limit 1), 'NESSUNO')
$$;
