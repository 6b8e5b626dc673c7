#!/usr/bin/env bash
# Writes N distinct catalogue URLs (default 2,400) for perf/mix.lua: texts of 1–2 words taken from the seeded cards'
# own titles and descriptions, 0–3 filters among the values the cards use, every sort, pages 1–5. Deterministic (seed
# 16): two runs measure the same mix. Usage: perf/mix-urls.sh PGPORT [N] > urls.txt
set -euo pipefail
PGPORT=$1
N=${2:-2400}
q() { psql -h localhost -p "$PGPORT" -U postgres -tAc "$1"; }
WORDS=$(q "select w from (select lower(w) as w, count(*) as n from practice,
  regexp_split_to_table(title || ' ' || description, '[^[:alpha:]àèéìòù]+') w
  where slug not like 'sintetica-%' and length(w) >= 5 group by 1) t where n >= 3 order by n desc, w limit 400" | tr '\n' ' ')
FILTERS=$(q "select 'regione=' || slug from region
  union all select distinct 'provincia=' || pr.car_plate from practice p join province pr on pr.code = p.province_code
  union all select distinct 'tipo=' || classification from practice
  union all select distinct 'area=' || unnest(service_areas) from practice
  union all select distinct 'utenza=' || unnest(target_groups) from practice
  union all select distinct 'intervento=' || unnest(interventions) from practice
  union all select distinct 'dimensione=' || size_class from practice
  union all select distinct 'prosegue=' || replace(lower(continuation), '_', '-') from practice
  order by 1" | tr '\n' ' ')
LC_ALL=C awk -v n="$N" -v words="$WORDS" -v filters="$FILTERS" 'BEGIN {
  srand(16); nw = split(words, w, " "); nf = split(filters, f, " ")
  for (i = 0; i < 256; i++) { byte[sprintf("%c", i)] = i }
  for (i = 1; i <= nw; i++) {  # percent-encode the UTF-8 bytes of accented letters
    e = ""; for (j = 1; j <= length(w[i]); j++) { c = substr(w[i], j, 1); e = e (c ~ /[a-z]/ ? c : sprintf("%%%02X", byte[c])) }
    w[i] = e
  }
  split("recenti titolo comune rilevanza", sorts, " ")
  while (count < n) {
    url = "/pratiche"; sep = "?"
    if (rand() < 0.6) {  # a text of one or two of the catalogue words
      text = w[1 + int(rand() * nw)]
      if (rand() < 0.4) { text = text "+" w[1 + int(rand() * nw)] }
      url = url sep "q=" text; sep = "&"
    }
    k = int(rand() * 4)  # 0-3 filters
    for (i = 0; i < k; i++) { url = url sep f[1 + int(rand() * nf)]; sep = "&" }
    r = rand()
    if (r < 0.3) { url = url sep "ordina=" sorts[1 + int(rand() * 4)]; sep = "&" }
    if (rand() < 0.3) { url = url sep "pagina=" (2 + int(rand() * 4)) }
    if (!(url in seen)) { seen[url] = 1; print url; count++ }
  }
}'
