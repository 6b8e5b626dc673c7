-- "Ti è stata utile questa pagina?": a 1-5 rating of a page, then one follow-up answer and an optional comment.
-- No personal data: no address, no browser, no account; the token lets the same visitor add the follow-up once.
create table page_rating (
    id         bigserial primary key,
    token      uuid not null unique,
    page       text not null check (page like '/%' and length(page) <= 300),
    rating     smallint not null check (rating between 1 and 5),
    answer     text check (length(answer) <= 100),
    comment    text check (length(comment) <= 200),
    created_at timestamptz not null default now()
);
create index page_rating_page_idx on page_rating (page);
