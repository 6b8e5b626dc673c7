-- Extensions used by full-text search (unaccent) and fuzzy name matching (pg_trgm).
create extension if not exists unaccent;
create extension if not exists pg_trgm;

-- unaccent() is only STABLE; this wrapper pins the dictionary so it can feed generated columns and indexes.
create function f_unaccent(text) returns text
    language sql immutable parallel safe strict
    as $$ select public.unaccent('public.unaccent'::regdictionary, $1) $$;

-- ISTAT territorial units at 1 January 2020 (Fonte: ISTAT, CC BY 3.0 IT).
create table region (
    code        text primary key check (code ~ '^[0-9]{2}$'),
    name        text not null unique,
    slug        text not null unique,
    geo_area    text not null,
    map_id      text not null unique
);

create table province (
    code        text primary key check (code ~ '^[0-9]{3}$'),
    name        text not null,
    slug        text not null unique,
    car_plate   text not null unique check (car_plate ~ '^[A-Z]{2}$'),
    region_code text not null references region (code)
);
create index province_region_idx on province (region_code);

create table comune (
    istat_code     text primary key check (istat_code ~ '^[0-9]{6}$'),
    name           text not null,
    province_code  text not null references province (code),
    capoluogo      boolean not null,
    population     integer not null check (population >= 0),
    cadastral_code text not null unique
);
create index comune_province_idx on comune (province_code);
create index comune_name_trgm_idx on comune using gin (f_unaccent(lower(name)) gin_trgm_ops);
