-- A version number of everything the public pages show, bumped by every change to the content tables: public pages
-- carry it in their ETag, so that a browser or a proxy revalidating a page gets "304 Not Modified" from one read of
-- this row, without the page being rendered again. (Time-driven changes, a scheduled news item or a meeting that
-- ends, are covered by a five-minute time slot in the ETag.)
create table content_state (
    id      boolean primary key default true check (id),
    version bigint not null
);
insert into content_state (id, version) values (true, 1);

create function bump_content_version() returns trigger
    language plpgsql as $$
begin
    update content_state set version = version + 1;
    return null;
end $$;

do $$
declare
    t text;
begin
    foreach t in array array['practice', 'practice_source', 'news', 'news_link', 'meeting', 'meeting_agenda_item',
            'meeting_working_group', 'doc_template', 'doc_template_file', 'attachment', 'classification',
            'communication_mode', 'funding_source', 'intervention_kind', 'service_area', 'target_group'] loop
        execute format('create trigger %I after insert or update or delete or truncate on %I '
                || 'for each statement execute function bump_content_version()', t || '_content_changed', t);
    end loop;
end $$;
