-- The day a template's text last changed, shown beside its files (the files' own dates are when the portal last
-- generated them). The seeded texts are those of the documents ANCI Umbria published on 31 March 2020 (files
-- "2020_03_31_…" in the announcement of that day); a template edited since gets the day of its last change.
alter table doc_template add column text_date date;
update doc_template set text_date = case
    when version = 0 and slug in ('atto-di-indirizzo-giunta-solidarieta-alimentare', 'modulo-domanda-beneficiari-buoni-spesa',
        'avviso-manifestazione-interesse-esercizi-commerciali', 'modulo-adesione-esercizi-commerciali',
        'nota-tecnica-contabilizzazione-entrata-ocdpc-658-2020', 'schema-delibera-variazione-bilancio-esercizio-provvisorio',
        'schema-delibera-variazione-bilancio-previsione-approvato', 'lettera-ai-sindaci-anci-umbria')
    then date '2020-03-31'
    else (updated_at at time zone 'Europe/Rome')::date end;
alter table doc_template alter column text_date set not null;
