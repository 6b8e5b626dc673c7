-- Every seeded card a real, documented practice (issue 10). The first seed (example cards and the first documented
-- cards, all loaded at the fixed time below) goes; V11 loads the documented catalogue from
-- db/data/practices/2020/*.yaml. Cards staff created themselves stay.
delete from practice where provenance = 'ESEMPIO' or created_at = timestamptz '2020-07-07 10:00:00+02';

alter table practice drop constraint practice_provenance_check;
alter table practice add constraint practice_provenance_check check (provenance in ('FONTE_PUBBLICA'));

alter table practice drop constraint practice_provider_type_check;
alter table practice add constraint practice_provider_type_check check (provider_type in ('COMUNE', 'MUNICIPIO',
    'UNIONE_COMUNI', 'COMUNITA_MONTANA', 'AMBITO', 'CONSORZIO', 'SOCIETA_DELLA_SALUTE', 'AZIENDA_SERVIZI',
    'CITTA_METROPOLITANA'));

-- "Non indicato nella fonte" is not "in valutazione": most sources say nothing about what came after.
alter table practice drop constraint practice_continuation_check;
alter table practice add constraint practice_continuation_check
    check (continuation in ('SI', 'NO', 'IN_VALUTAZIONE', 'NON_INDICATO'));

-- A start known only to the month or the year keeps that precision: start_date is then the first day of the period.
-- start_basis says whether the date is the start the source gives (AVVIO) or only the date of the source, by which
-- the measure was already running (FONTE).
alter table practice add column start_precision text not null default 'DAY'
    check (start_precision in ('DAY', 'MONTH', 'YEAR'));
alter table practice add column start_basis text not null default 'AVVIO' check (start_basis in ('AVVIO', 'FONTE'));
alter table practice add constraint practice_start_period_check check (start_precision = 'DAY'
    or (start_precision = 'MONTH' and extract(day from start_date) = 1)
    or (start_precision = 'YEAR' and extract(doy from start_date) = 1));

-- The figures the source gives (amounts, thresholds, calls, volunteers), as it gives them.
alter table practice add column key_figures text;

-- What a source is: the site of the comune or providing body, the press, a civic report (Covid19Italia.help, CC BY
-- 4.0), an official act, or another publication.
alter table practice_source add column kind text not null default 'ALTRO'
    check (kind in ('ENTE', 'STAMPA', 'SEGNALAZIONE', 'ATTO', 'ALTRO'));
