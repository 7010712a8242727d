-- The counts of `twin stats --counts`, asked of SQLite's database of the
-- same file: rows, links (pairs of two different cities, either order),
-- cities, countries, links with a year, links by status and by decade, and
-- the ten cities with most partners.  Names are compared as written, not
-- folded as twin folds them, so a few counts differ: the time is compared.
SELECT 'rows', COUNT(*) FROM links;
SELECT 'links', COUNT(*) FROM (SELECT DISTINCT
    min(city || ',' || country, partner || ',' || partner_country),
    max(city || ',' || country, partner || ',' || partner_country)
  FROM links WHERE city <> partner OR country <> partner_country);
SELECT 'cities', COUNT(*) FROM (SELECT city, country FROM links
  UNION SELECT partner, partner_country FROM links);
SELECT 'countries', COUNT(*) FROM (SELECT country FROM links
  UNION SELECT partner_country FROM links);
SELECT 'links_with_year', COUNT(*) FROM links WHERE year <> '';
SELECT status, COUNT(*) FROM links GROUP BY status;
SELECT 'links_in_decade', substr(year, 1, 3) || '0', COUNT(*) FROM links
  WHERE year <> '' GROUP BY 2;
SELECT 'partners_of', c, cc, COUNT(DISTINCT p || ',' || pc) AS n FROM
  (SELECT city AS c, country AS cc, partner AS p, partner_country AS pc
   FROM links UNION ALL SELECT partner, partner_country, city, country
   FROM links)
  GROUP BY c, cc ORDER BY n DESC, c LIMIT 10;
