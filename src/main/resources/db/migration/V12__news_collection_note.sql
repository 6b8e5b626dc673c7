-- The 2020 announcement of the publication linked its title to the portal's catalogue, as if the catalogue held the
-- publication's cards; it does not (issue 10). The title loses the link and an editorial note says what the catalogue
-- is. Fresh installs get the same text: news.yaml has no link any more and this note is added here.
update news
set body_markdown = replace(body_markdown,
        '[I Servizi sociali al tempo del Coronavirus](/pratiche)', '«I Servizi sociali al tempo del Coronavirus»')
        || E'\n\n*Nota della redazione (dicembre 2026): le schede della pubblicazione non sono pubbliche. Il [catalogo del portale](/pratiche/la-raccolta) raccoglie, nello stesso spirito, misure sociali reali del 2020 documentate da fonti pubbliche.*\n',
    body_html = replace(body_html,
        '<a href="/pratiche" rel="noopener">I Servizi sociali al tempo del Coronavirus</a>', '«I Servizi sociali al tempo del Coronavirus»')
        || E'\n<p><em>Nota della redazione (dicembre 2026): le schede della pubblicazione non sono pubbliche. Il <a href="/pratiche/la-raccolta" rel="noopener">catalogo del portale</a> raccoglie, nello stesso spirito, misure sociali reali del 2020 documentate da fonti pubbliche.</em></p>\n'
where slug = 'servizi-sociali-al-tempo-del-coronavirus-raccolta-di-pratiche';
