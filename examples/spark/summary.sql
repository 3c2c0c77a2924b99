-- The summary of a table written by dev.bouncedoc.spark.BounceJob, in Spark SQL (the same queries as
-- BounceSummary.java). Run it with the table's path:
--   spark-sql --hivevar bounces=/data/bounces.parquet -f summary.sql
-- A row per recipient of a failure or a delay; error rows have `error` set and no recipient.

CREATE OR REPLACE TEMPORARY VIEW bounces USING parquet OPTIONS (path '${bounces}');

-- What was read: rows, messages, messages that could not be read, catalog versions that decided them.
SELECT count(*) AS rows, count(DISTINCT source) AS messages, count(error) AS errors,
       concat_ws(',', collect_set(catalog_version)) AS catalog_versions
FROM bounces;

-- Failed and delayed recipients by reason, with how many are hard bounces.
SELECT reason, count(*) AS recipients, sum(CASE WHEN hard_bounce THEN 1 ELSE 0 END) AS hard
FROM bounces
WHERE recipient IS NOT NULL AND kind IN ('failure', 'delay')
GROUP BY reason
ORDER BY recipients DESC, reason;

-- By recipient domain and reason: which receiving systems refuse what.
SELECT domain, reason, count(*) AS recipients
FROM bounces
WHERE recipient IS NOT NULL AND kind IN ('failure', 'delay')
GROUP BY domain, reason
ORDER BY recipients DESC, domain, reason;

-- The addresses to stop sending to: reported by a failure as a hard bounce.
SELECT lower(recipient) AS address, min(reason) AS reason, count(*) AS reports,
       max(catalog_version) AS catalog_version
FROM bounces
WHERE kind = 'failure' AND hard_bounce
GROUP BY lower(recipient)
ORDER BY address;
