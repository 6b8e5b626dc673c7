-- Token buckets of Bucket4j (its PostgreSQL proxy manager), shared by every portal instance: one row per limited key,
-- e.g. "proposta:ip:203.0.113.7". expires_at (epoch milliseconds) tells which rows a cleaner may delete.
create table rate_limit_bucket (
    id         text primary key,
    state      bytea,
    expires_at bigint
);
