-- Files live in the database, so that several portal instances serve the same files.
create table stored_file (
    id         bigserial primary key,
    filename   text not null,
    media_type text not null,
    size       bigint not null check (size >= 0),
    sha256     text not null,
    content    bytea not null,
    created_at timestamptz not null default now()
);

-- One row per client (hash of address and user agent) per file per day: bots looping on a file count once a day.
create table download_event (
    file_id bigint not null references stored_file (id) on delete cascade,
    day     date not null,
    client  text not null,
    primary key (file_id, day, client)
);

-- The generated DOCX, ODT and PDF of each template, with the hash of the source text they were made from.
create table doc_template_file (
    template_slug text not null references doc_template (slug) on delete cascade,
    format        text not null check (format in ('docx', 'odt', 'pdf')),
    file_id       bigint not null references stored_file (id),
    source_sha256 text not null,
    primary key (template_slug, format)
);
