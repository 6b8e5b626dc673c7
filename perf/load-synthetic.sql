-- Adds 100,000 synthetic published cards to a benchmark database (never to a real one): each copies the texts of one
-- of the 227 seeded cards, moves it to a comune picked deterministically among all 7,904 and varies the codes.
begin;
create temporary table seed_cards as
    select row_number() over (order by id) as n, * from practice where slug not like 'sintetica-%';
create temporary table numbered_comuni as
    select row_number() over (order by c.istat_code) as n, c.istat_code, c.province_code, p.region_code, c.population
    from comune c join province p on p.code = c.province_code;

insert into practice (slug, title, provenance, status, provider_type, provider_name, comune_code, province_code,
    region_code, size_class, classification, service_areas, target_groups, interventions, channels, channels_note,
    tools, tools_note, funding, description, partners, operators_count, technologies, start_date, beneficiaries,
    operators_feedback, citizens_feedback, innovation, continuation, continuation_note, contact_office)
select 'sintetica-' || g, s.title || ' (copia ' || g || ')', 'FONTE_PUBBLICA', 'PUBLISHED', s.provider_type, s.provider_name,
    c.istat_code, c.province_code, c.region_code,
    case when c.population <= 5000 then 'fino-5000' when c.population <= 20000 then '5001-20000'
         when c.population <= 100000 then '20001-100000' else 'oltre-100000' end,
    (array['NUOVO', 'RAFFORZATO', 'MISTO'])[1 + g % 3],
    s.service_areas || (array['OS1','OS2','OS3','OS4','OS5','OS6','OSPI','OS7','OS8','OS9'])[1 + g % 10],
    s.target_groups, s.interventions, s.channels, s.channels_note, s.tools, s.tools_note, s.funding,
    s.description, s.partners, s.operators_count, s.technologies, s.start_date + (g % 200), s.beneficiaries,
    s.operators_feedback, s.citizens_feedback, s.innovation,
    (array['SI', 'NO', 'IN_VALUTAZIONE'])[1 + g % 3], s.continuation_note, s.contact_office
from generate_series(1, 100000) as g
join seed_cards s on s.n = 1 + g % (select count(*) from seed_cards)
join numbered_comuni c on c.n = 1 + (g * 7919) % (select count(*) from numbered_comuni);
commit;
vacuum analyze practice;
select count(*) as practices from practice;
