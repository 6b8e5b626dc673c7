-- The published cards: the one place where the public side of the catalogue says what "published" means (staff pages
-- filter on the state explicitly). PostgreSQL fixes a view's columns when it is created: a migration that adds a column
-- to practice recreates this view, and a test checks that both have the same columns.
create view published_practice as select * from practice where status = 'PUBLISHED';
