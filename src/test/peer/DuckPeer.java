// The yardstick of support/Benchmark, as the issue that asked for it gave it: DuckDB SQL over the same
// export, computing 10 of the 24 rules. Not compiled by Maven; the benchmark compiles and runs it.

import java.sql.*;

/** The peer a data-savvy user would reach for: DuckDB SQL over the same CSVs.
 *  Computes the heavy rule families (domain expiry/holder/suspension, instances, empty services)
 *  and writes findings.csv. usage: java -cp duckdb_jdbc.jar DuckPeer.java IN OUT RUN_DATE THREADS */
public class DuckPeer {
  public static void main(String[] a) throws Exception {
    String in = a[0], out = a[1], run = a[2];
    long t0 = System.nanoTime();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
      s.execute("SET threads=" + (a.length > 3 ? a[3] : "2"));
      for (String f : new String[] {"subjects", "services", "domains", "instances"})
        s.execute("CREATE TABLE " + f + " AS SELECT * FROM read_csv('" + in + "/" + f + ".csv', all_varchar=true, header=true)");
      long t1 = System.nanoTime();
      s.execute("CREATE MACRO nm(x) AS lower(regexp_replace(x, '\\s', '', 'g'))");
      s.execute("CREATE MACRO dt(x) AS COALESCE(TRY_STRPTIME(x, '%Y-%m-%d'), TRY_STRPTIME(x, '%Y/%m/%d'), TRY_STRPTIME(x, '%Y%m%d'))::DATE");
      s.execute("""
        CREATE TABLE sd AS
        SELECT v.service_no, v.subject_no, s.customer_id, s.holder_name, s.province,
               lower(trim(trim(d.dom), '.')) AS dom
        FROM services v JOIN subjects s USING (subject_no)
        CROSS JOIN unnest(string_split(regexp_replace(coalesce(v.domains,''), '；', ';', 'g'), ';')) AS d(dom)
        WHERE v.status IN ('正常','active') AND s.status IN ('正常','active') AND v.service_type IN ('网站','website')
          AND trim(d.dom) <> ''""");
      s.execute("CREATE TABLE dm AS SELECT lower(trim(trim(domain), '.')) AS dom, registrant_name, dt(expires_on) AS exp, lower(coalesce(status,'')) AS st, real_name_verified FROM domains");
      s.execute("""
        CREATE TABLE findings AS
        WITH j AS (SELECT sd.*, dm.registrant_name, dm.exp, dm.st, dm.real_name_verified,
                          datediff('day', DATE '%s', dm.exp) AS left_days, dm.dom IS NULL AS nf
                   FROM sd LEFT JOIN dm USING (dom))
        SELECT 'DOMAIN_NOT_FOUND' rule, subject_no, service_no, dom obj FROM j WHERE nf
        UNION ALL SELECT 'DOMAIN_EXPIRED', subject_no, service_no, dom FROM j WHERE NOT nf AND left_days < 0
        UNION ALL SELECT 'DOMAIN_VALIDITY_SHORT', subject_no, service_no, dom FROM j WHERE NOT nf AND left_days >= 0 AND left_days < 90
        UNION ALL SELECT 'DOMAIN_EXPIRING_SOON', subject_no, service_no, dom FROM j WHERE NOT nf AND left_days >= 90 AND left_days < 120
        UNION ALL SELECT 'DOMAIN_SUSPENDED', subject_no, service_no, dom FROM j WHERE NOT nf AND st IN ('clienthold','serverhold','pendingdelete','redemptionperiod')
        UNION ALL SELECT 'DOMAIN_NOT_VERIFIED', subject_no, service_no, dom FROM j WHERE NOT nf AND real_name_verified IN ('否','no')
        UNION ALL SELECT 'HOLDER_MISMATCH', subject_no, service_no, dom FROM j WHERE NOT nf AND nm(registrant_name) <> nm(holder_name)
        """.formatted(run));
      s.execute("""
        INSERT INTO findings
        WITH si AS (SELECT v.service_no, v.subject_no, s.customer_id, trim(i.iid) AS iid
                    FROM services v JOIN subjects s USING (subject_no)
                    CROSS JOIN unnest(string_split(coalesce(v.instance_ids,''), ';')) AS i(iid)
                    WHERE v.status IN ('正常','active') AND s.status IN ('正常','active') AND trim(i.iid) <> '')
        SELECT 'INSTANCE_STALE', subject_no, service_no, iid FROM si LEFT JOIN instances n ON n.instance_id = si.iid
          WHERE n.instance_id IS NULL OR n.status IN ('已释放','已过期','released','expired')
        UNION ALL SELECT 'INSTANCE_OTHER_ACCOUNT', si.subject_no, si.service_no, iid FROM si JOIN instances n ON n.instance_id = si.iid
          WHERE n.customer_id <> si.customer_id
        UNION ALL SELECT 'EMPTY_SERVICE_LIST', s.subject_no, '', '' FROM subjects s WHERE s.status IN ('正常','active')
          AND NOT EXISTS (SELECT 1 FROM services v WHERE v.subject_no = s.subject_no AND v.status IN ('正常','active'))
        """);
      s.execute("COPY (SELECT * FROM findings ORDER BY subject_no, service_no, rule, obj) TO '" + out + "/findings.csv' (HEADER)");
      long t2 = System.nanoTime();
      try (ResultSet r = s.executeQuery("SELECT count(*) FROM findings")) { r.next();
        System.out.printf("duckdb peer: load %.2f s, checks+write %.2f s, total %.2f s, findings %d%n",
          (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t2 - t0) / 1e9, r.getLong(1)); }
    }
  }
}
