-- A state database made by release 0.1 (main at 391ec78) on PostgreSQL: its run of sample-data for 2026-11-30,
-- dumped with pg_dump --inserts; the schema's name is ${schema}, replaced by the test.

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

SET default_tablespace = '';

SET default_table_access_method = heap;

CREATE TABLE ${schema}.batch_job_execution (
    job_execution_id bigint NOT NULL,
    version bigint,
    job_instance_id bigint NOT NULL,
    create_time timestamp without time zone NOT NULL,
    start_time timestamp without time zone,
    end_time timestamp without time zone,
    status character varying(10),
    exit_code character varying(2500),
    exit_message character varying(2500),
    last_updated timestamp without time zone
);

CREATE TABLE ${schema}.batch_job_execution_context (
    job_execution_id bigint NOT NULL,
    short_context character varying(2500) NOT NULL,
    serialized_context text
);

CREATE TABLE ${schema}.batch_job_execution_params (
    job_execution_id bigint NOT NULL,
    parameter_name character varying(100) NOT NULL,
    parameter_type character varying(100) NOT NULL,
    parameter_value character varying(2500),
    identifying character(1) NOT NULL
);

CREATE SEQUENCE ${schema}.batch_job_execution_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

CREATE TABLE ${schema}.batch_job_instance (
    job_instance_id bigint NOT NULL,
    version bigint,
    job_name character varying(100) NOT NULL,
    job_key character varying(32) NOT NULL
);

CREATE SEQUENCE ${schema}.batch_job_instance_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

CREATE TABLE ${schema}.batch_step_execution (
    step_execution_id bigint NOT NULL,
    version bigint NOT NULL,
    step_name character varying(100) NOT NULL,
    job_execution_id bigint NOT NULL,
    create_time timestamp without time zone NOT NULL,
    start_time timestamp without time zone,
    end_time timestamp without time zone,
    status character varying(10),
    commit_count bigint,
    read_count bigint,
    filter_count bigint,
    write_count bigint,
    read_skip_count bigint,
    write_skip_count bigint,
    process_skip_count bigint,
    rollback_count bigint,
    exit_code character varying(2500),
    exit_message character varying(2500),
    last_updated timestamp without time zone
);

CREATE TABLE ${schema}.batch_step_execution_context (
    step_execution_id bigint NOT NULL,
    short_context character varying(2500) NOT NULL,
    serialized_context text
);

CREATE SEQUENCE ${schema}.batch_step_execution_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

CREATE TABLE ${schema}.icp_history_finding (
    run_date date NOT NULL,
    rule character varying(40) NOT NULL,
    subject_no character varying(1000) NOT NULL,
    service_no character varying(1000) NOT NULL,
    object character varying(1000) NOT NULL,
    severity character varying(10) NOT NULL,
    family character varying(20) NOT NULL,
    customer_id character varying(1000) NOT NULL,
    province character varying(20) NOT NULL,
    deadline date,
    detail character varying(16000) NOT NULL,
    first_seen date NOT NULL
);

CREATE TABLE ${schema}.icp_history_run (
    run_date date NOT NULL,
    attempt bigint NOT NULL,
    job_execution_id bigint NOT NULL,
    completed_at timestamp without time zone NOT NULL,
    previous_run_date date,
    findings integer NOT NULL,
    new_findings integer NOT NULL,
    still_open integer NOT NULL,
    resolved integer NOT NULL,
    rejected_rows integer NOT NULL
);

INSERT INTO ${schema}.batch_job_execution VALUES (1, 3, 1, '2026-12-02 06:47:16.806637', '2026-12-02 06:47:16.971573', '2026-12-02 06:47:23.701653', 'COMPLETED', 'COMPLETED', '', '2026-12-02 06:47:23.721323');

INSERT INTO ${schema}.batch_job_execution_context VALUES (1, 'rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAKbG9hZEZhY3RvckkACXRocmVzaG9sZHhwP0AAAAAAAAx3CAAAABAAAAABdAANYmF0Y2gudmVyc2lvbnQABTYuMC40eA==', NULL);

INSERT INTO ${schema}.batch_job_execution_params VALUES (1, 'output', 'java.lang.String', '/tmp/tri/fx/pgreports', 'N');
INSERT INTO ${schema}.batch_job_execution_params VALUES (1, 'input', 'java.lang.String', '/tmp/tri/old/sample-data', 'N');
INSERT INTO ${schema}.batch_job_execution_params VALUES (1, 'provinces', 'java.lang.String', '/tmp/tri/old/jobs/provinces.csv', 'N');
INSERT INTO ${schema}.batch_job_execution_params VALUES (1, 'holidays', 'java.lang.String', '/tmp/tri/old/jobs/holidays.csv', 'N');
INSERT INTO ${schema}.batch_job_execution_params VALUES (1, 'max.rejects', 'java.lang.Long', '1000', 'N');
INSERT INTO ${schema}.batch_job_execution_params VALUES (1, 'run.date', 'java.time.LocalDate', '2026-11-30', 'Y');
INSERT INTO ${schema}.batch_job_execution_params VALUES (1, 'run.attempt', 'java.lang.Long', '1', 'Y');
INSERT INTO ${schema}.batch_job_execution_params VALUES (1, 'lang', 'java.lang.String', 'zh', 'N');
INSERT INTO ${schema}.batch_job_execution_params VALUES (1, 'config', 'java.lang.String', '/tmp/tri/old/jobs/nightly-compliance.yml', 'N');
INSERT INTO ${schema}.batch_job_execution_params VALUES (1, 'input.charset', 'java.lang.String', 'UTF-8', 'N');

INSERT INTO ${schema}.batch_job_instance VALUES (1, 0, 'nightlyCompliance', 'a8b884fefa84971528bc7aef9a7dbcfb');

INSERT INTO ${schema}.batch_step_execution VALUES (8, 4, 'compareWithHistory', 1, '2026-12-02 06:47:19.637089', '2026-12-02 06:47:19.646337', '2026-12-02 06:47:19.697508', 'COMPLETED', 1, 0, 0, 0, 0, 0, 0, 0, 'COMPLETED', '', '2026-12-02 06:47:19.710246');
INSERT INTO ${schema}.batch_step_execution VALUES (1, 4, 'checkSubjects', 1, '2026-12-02 06:47:17.146553', '2026-12-02 06:47:17.186658', '2026-12-02 06:47:18.405471', 'COMPLETED', 1, 62, 2, 60, 0, 0, 0, 0, 'COMPLETED', '', '2026-12-02 06:47:18.478035');
INSERT INTO ${schema}.batch_step_execution VALUES (2, 4, 'readDomains', 1, '2026-12-02 06:47:17.193937', '2026-12-02 06:47:17.235666', '2026-12-02 06:47:18.549259', 'COMPLETED', 1, 70, 1, 69, 0, 0, 0, 0, 'COMPLETED', '', '2026-12-02 06:47:18.593471');
INSERT INTO ${schema}.batch_step_execution VALUES (9, 4, 'writeFindings', 1, '2026-12-02 06:47:19.779444', '2026-12-02 06:47:19.790905', '2026-12-02 06:47:19.957323', 'COMPLETED', 1, 0, 0, 0, 0, 0, 0, 0, 'COMPLETED', '', '2026-12-02 06:47:20.045788');
INSERT INTO ${schema}.batch_step_execution VALUES (3, 4, 'readOrders', 1, '2026-12-02 06:47:18.625817', '2026-12-02 06:47:18.703059', '2026-12-02 06:47:18.925197', 'COMPLETED', 1, 26, 1, 25, 0, 0, 0, 0, 'COMPLETED', '', '2026-12-02 06:47:18.965517');
INSERT INTO ${schema}.batch_step_execution VALUES (4, 4, 'checkOrders', 1, '2026-12-02 06:47:19.046307', '2026-12-02 06:47:19.073123', '2026-12-02 06:47:19.155457', 'COMPLETED', 1, 0, 0, 0, 0, 0, 0, 0, 'COMPLETED', '', '2026-12-02 06:47:19.165877');
INSERT INTO ${schema}.batch_step_execution VALUES (11, 4, 'writeContacts', 1, '2026-12-02 06:47:20.157092', '2026-12-02 06:47:20.183706', '2026-12-02 06:47:21.067658', 'COMPLETED', 1, 0, 0, 0, 0, 0, 0, 0, 'COMPLETED', '', '2026-12-02 06:47:21.114644');
INSERT INTO ${schema}.batch_step_execution VALUES (5, 4, 'readInstances', 1, '2026-12-02 06:47:19.213456', '2026-12-02 06:47:19.233208', '2026-12-02 06:47:19.265809', 'COMPLETED', 1, 61, 1, 60, 0, 0, 0, 0, 'COMPLETED', '', '2026-12-02 06:47:19.289898');
INSERT INTO ${schema}.batch_step_execution VALUES (10, 4, 'writeWorkbook', 1, '2026-12-02 06:47:19.784947', '2026-12-02 06:47:19.792184', '2026-12-02 06:47:21.280401', 'COMPLETED', 1, 0, 0, 0, 0, 0, 0, 0, 'COMPLETED', '', '2026-12-02 06:47:21.297305');
INSERT INTO ${schema}.batch_step_execution VALUES (6, 4, 'checkServices', 1, '2026-12-02 06:47:19.340961', '2026-12-02 06:47:19.361326', '2026-12-02 06:47:19.485229', 'COMPLETED', 1, 75, 3, 72, 0, 0, 0, 0, 'COMPLETED', '', '2026-12-02 06:47:19.517771');
INSERT INTO ${schema}.batch_step_execution VALUES (12, 4, 'recordHistory', 1, '2026-12-02 06:47:21.362156', '2026-12-02 06:47:21.409157', '2026-12-02 06:47:21.513356', 'COMPLETED', 1, 0, 0, 0, 0, 0, 0, 0, 'COMPLETED', '', '2026-12-02 06:47:21.557505');
INSERT INTO ${schema}.batch_step_execution VALUES (7, 4, 'checkSubjectServices', 1, '2026-12-02 06:47:19.54265', '2026-12-02 06:47:19.545171', '2026-12-02 06:47:19.575487', 'COMPLETED', 1, 0, 0, 0, 0, 0, 0, 0, 'COMPLETED', '', '2026-12-02 06:47:19.593507');
INSERT INTO ${schema}.batch_step_execution VALUES (13, 4, 'writeSummary', 1, '2026-12-02 06:47:21.617202', '2026-12-02 06:47:21.626212', '2026-12-02 06:47:23.649527', 'COMPLETED', 1, 0, 0, 0, 0, 0, 0, 0, 'COMPLETED', '', '2026-12-02 06:47:23.670925');

INSERT INTO ${schema}.batch_step_execution_context VALUES (7, 'rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAKbG9hZEZhY3RvckkACXRocmVzaG9sZHhwP0AAAAAAAAx3CAAAABAAAAADdAARYmF0Y2gudGFza2xldFR5cGV0AEljbi5pY3BjaGVjay5qb2IuTmlnaHRseUNvbXBsaWFuY2VKb2JDb25maWckJExhbWJkYSQ5MTkvMHgwMDAwN2Y2NjEwNGNlNTE4dAANYmF0Y2gudmVyc2lvbnQABTYuMC40dAAOYmF0Y2guc3RlcFR5cGV0ADdvcmcuc3ByaW5nZnJhbWV3b3JrLmJhdGNoLmNvcmUuc3RlcC50YXNrbGV0LlRhc2tsZXRTdGVweA==', NULL);
INSERT INTO ${schema}.batch_step_execution_context VALUES (1, 'rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAKbG9hZEZhY3RvckkACXRocmVzaG9sZHhwP0AAAAAAAAx3CAAAABAAAAACdAANYmF0Y2gudmVyc2lvbnQABTYuMC40dAAOYmF0Y2guc3RlcFR5cGV0ADpvcmcuc3ByaW5nZnJhbWV3b3JrLmJhdGNoLmNvcmUuc3RlcC5pdGVtLkNodW5rT3JpZW50ZWRTdGVweA==', NULL);
INSERT INTO ${schema}.batch_step_execution_context VALUES (10, 'rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAKbG9hZEZhY3RvckkACXRocmVzaG9sZHhwP0AAAAAAAAx3CAAAABAAAAADdAARYmF0Y2gudGFza2xldFR5cGV0AEljbi5pY3BjaGVjay5qb2IuTmlnaHRseUNvbXBsaWFuY2VKb2JDb25maWckJExhbWJkYSQ5MTkvMHgwMDAwN2Y2NjEwNGNlNTE4dAANYmF0Y2gudmVyc2lvbnQABTYuMC40dAAOYmF0Y2guc3RlcFR5cGV0ADdvcmcuc3ByaW5nZnJhbWV3b3JrLmJhdGNoLmNvcmUuc3RlcC50YXNrbGV0LlRhc2tsZXRTdGVweA==', NULL);
INSERT INTO ${schema}.batch_step_execution_context VALUES (2, 'rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAKbG9hZEZhY3RvckkACXRocmVzaG9sZHhwP0AAAAAAAAx3CAAAABAAAAACdAANYmF0Y2gudmVyc2lvbnQABTYuMC40dAAOYmF0Y2guc3RlcFR5cGV0ADpvcmcuc3ByaW5nZnJhbWV3b3JrLmJhdGNoLmNvcmUuc3RlcC5pdGVtLkNodW5rT3JpZW50ZWRTdGVweA==', NULL);
INSERT INTO ${schema}.batch_step_execution_context VALUES (8, 'rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAKbG9hZEZhY3RvckkACXRocmVzaG9sZHhwP0AAAAAAAAx3CAAAABAAAAADdAARYmF0Y2gudGFza2xldFR5cGV0AEljbi5pY3BjaGVjay5qb2IuTmlnaHRseUNvbXBsaWFuY2VKb2JDb25maWckJExhbWJkYSQ5MTkvMHgwMDAwN2Y2NjEwNGNlNTE4dAANYmF0Y2gudmVyc2lvbnQABTYuMC40dAAOYmF0Y2guc3RlcFR5cGV0ADdvcmcuc3ByaW5nZnJhbWV3b3JrLmJhdGNoLmNvcmUuc3RlcC50YXNrbGV0LlRhc2tsZXRTdGVweA==', NULL);
INSERT INTO ${schema}.batch_step_execution_context VALUES (3, 'rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAKbG9hZEZhY3RvckkACXRocmVzaG9sZHhwP0AAAAAAAAx3CAAAABAAAAACdAANYmF0Y2gudmVyc2lvbnQABTYuMC40dAAOYmF0Y2guc3RlcFR5cGV0ADpvcmcuc3ByaW5nZnJhbWV3b3JrLmJhdGNoLmNvcmUuc3RlcC5pdGVtLkNodW5rT3JpZW50ZWRTdGVweA==', NULL);
INSERT INTO ${schema}.batch_step_execution_context VALUES (4, 'rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAKbG9hZEZhY3RvckkACXRocmVzaG9sZHhwP0AAAAAAAAx3CAAAABAAAAADdAARYmF0Y2gudGFza2xldFR5cGV0AEljbi5pY3BjaGVjay5qb2IuTmlnaHRseUNvbXBsaWFuY2VKb2JDb25maWckJExhbWJkYSQ5MTkvMHgwMDAwN2Y2NjEwNGNlNTE4dAANYmF0Y2gudmVyc2lvbnQABTYuMC40dAAOYmF0Y2guc3RlcFR5cGV0ADdvcmcuc3ByaW5nZnJhbWV3b3JrLmJhdGNoLmNvcmUuc3RlcC50YXNrbGV0LlRhc2tsZXRTdGVweA==', NULL);
INSERT INTO ${schema}.batch_step_execution_context VALUES (5, 'rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAKbG9hZEZhY3RvckkACXRocmVzaG9sZHhwP0AAAAAAAAx3CAAAABAAAAACdAANYmF0Y2gudmVyc2lvbnQABTYuMC40dAAOYmF0Y2guc3RlcFR5cGV0ADpvcmcuc3ByaW5nZnJhbWV3b3JrLmJhdGNoLmNvcmUuc3RlcC5pdGVtLkNodW5rT3JpZW50ZWRTdGVweA==', NULL);
INSERT INTO ${schema}.batch_step_execution_context VALUES (9, 'rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAKbG9hZEZhY3RvckkACXRocmVzaG9sZHhwP0AAAAAAAAx3CAAAABAAAAADdAARYmF0Y2gudGFza2xldFR5cGV0AEljbi5pY3BjaGVjay5qb2IuTmlnaHRseUNvbXBsaWFuY2VKb2JDb25maWckJExhbWJkYSQ5MTkvMHgwMDAwN2Y2NjEwNGNlNTE4dAANYmF0Y2gudmVyc2lvbnQABTYuMC40dAAOYmF0Y2guc3RlcFR5cGV0ADdvcmcuc3ByaW5nZnJhbWV3b3JrLmJhdGNoLmNvcmUuc3RlcC50YXNrbGV0LlRhc2tsZXRTdGVweA==', NULL);
INSERT INTO ${schema}.batch_step_execution_context VALUES (6, 'rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAKbG9hZEZhY3RvckkACXRocmVzaG9sZHhwP0AAAAAAAAx3CAAAABAAAAACdAANYmF0Y2gudmVyc2lvbnQABTYuMC40dAAOYmF0Y2guc3RlcFR5cGV0ADpvcmcuc3ByaW5nZnJhbWV3b3JrLmJhdGNoLmNvcmUuc3RlcC5pdGVtLkNodW5rT3JpZW50ZWRTdGVweA==', NULL);
INSERT INTO ${schema}.batch_step_execution_context VALUES (12, 'rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAKbG9hZEZhY3RvckkACXRocmVzaG9sZHhwP0AAAAAAAAx3CAAAABAAAAADdAARYmF0Y2gudGFza2xldFR5cGV0AEljbi5pY3BjaGVjay5qb2IuTmlnaHRseUNvbXBsaWFuY2VKb2JDb25maWckJExhbWJkYSQ5MTkvMHgwMDAwN2Y2NjEwNGNlNTE4dAANYmF0Y2gudmVyc2lvbnQABTYuMC40dAAOYmF0Y2guc3RlcFR5cGV0ADdvcmcuc3ByaW5nZnJhbWV3b3JrLmJhdGNoLmNvcmUuc3RlcC50YXNrbGV0LlRhc2tsZXRTdGVweA==', NULL);
INSERT INTO ${schema}.batch_step_execution_context VALUES (11, 'rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAKbG9hZEZhY3RvckkACXRocmVzaG9sZHhwP0AAAAAAAAx3CAAAABAAAAADdAARYmF0Y2gudGFza2xldFR5cGV0AEljbi5pY3BjaGVjay5qb2IuTmlnaHRseUNvbXBsaWFuY2VKb2JDb25maWckJExhbWJkYSQ5MTkvMHgwMDAwN2Y2NjEwNGNlNTE4dAANYmF0Y2gudmVyc2lvbnQABTYuMC40dAAOYmF0Y2guc3RlcFR5cGV0ADdvcmcuc3ByaW5nZnJhbWV3b3JrLmJhdGNoLmNvcmUuc3RlcC50YXNrbGV0LlRhc2tsZXRTdGVweA==', NULL);
INSERT INTO ${schema}.batch_step_execution_context VALUES (13, 'rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAKbG9hZEZhY3RvckkACXRocmVzaG9sZHhwP0AAAAAAAAx3CAAAABAAAAADdAARYmF0Y2gudGFza2xldFR5cGV0AEljbi5pY3BjaGVjay5qb2IuTmlnaHRseUNvbXBsaWFuY2VKb2JDb25maWckJExhbWJkYSQ5MTkvMHgwMDAwN2Y2NjEwNGNlNTE4dAANYmF0Y2gudmVyc2lvbnQABTYuMC40dAAOYmF0Y2guc3RlcFR5cGV0ADdvcmcuc3ByaW5nZnJhbWV3b3JrLmJhdGNoLmNvcmUuc3RlcC50YXNrbGV0LlRhc2tsZXRTdGVweA==', NULL);

INSERT INTO ${schema}.icp_history_finding VALUES ('2026-11-30', 'DOMAIN_EXPIRED', '苏ICP备16052288号', '苏ICP备16052288号-1', 'taihuyun.com', 'CRITICAL', 'domain', '1612345098761234', '苏', '2026-10-12', '域名已于 2026-10-12 到期（已过 49 天）', '2026-11-30');
INSERT INTO ${schema}.icp_history_finding VALUES ('2026-11-30', 'HOLDER_DEREGISTERED', '粤ICP备14056789号', '', '', 'CRITICAL', 'id', '1766203948571111', '粤', NULL, '主办单位登记状态为“注销”', '2026-11-30');
INSERT INTO ${schema}.icp_history_finding VALUES ('2026-11-30', 'HOLDER_DEREGISTERED', '豫ICP备16012345号', '', '', 'CRITICAL', 'id', '1744455566600003', '豫', NULL, '主办单位登记状态为“吊销”', '2026-11-30');
INSERT INTO ${schema}.icp_history_finding VALUES ('2026-11-30', 'ID_EXPIRED', '皖ICP备19005678号', '', 'subject_principal', 'HIGH', 'id', '1766677788899900', '皖', '2026-08-15', '主体负责人证件已于 2026-08-15 过期', '2026-11-30');
INSERT INTO ${schema}.icp_history_finding VALUES ('2026-11-30', 'ID_EXPIRED', '闽ICP备16007788号', '闽ICP备16007788号-1', 'service_principal', 'HIGH', 'id', '1777788899900011', '闽', '2026-09-01', '服务负责人证件已于 2026-09-01 过期', '2026-11-30');
INSERT INTO ${schema}.icp_history_finding VALUES ('2026-11-30', 'DOMAIN_VALIDITY_SHORT', '浙ICP备12008765号', '浙ICP备12008765号-1', 'nbgangwan.com', 'HIGH', 'domain', '1873402956612222', '浙', '2026-11-30', '域名于 2026-11-30 到期，剩余 0 天，少于浙江要求的 90 天', '2026-11-30');
INSERT INTO ${schema}.icp_history_finding VALUES ('2026-11-30', 'DOMAIN_VALIDITY_SHORT', '沪ICP备20009876号', '沪ICP备20009876号-1', 'lingyun-data.com', 'HIGH', 'domain', '1588830021940001', '沪', '2027-04-29', '域名于 2027-04-29 到期，剩余 150 天，少于上海要求的 180 天', '2026-11-30');
INSERT INTO ${schema}.icp_history_finding VALUES ('2026-11-30', 'CHANGE_NOT_ALLOWED', '京ICP备19004321号', '', 'BA2026112000517/holder_name', 'HIGH', 'order', '1520394857610032', '京', NULL, '订单 BA2026112000517 申请将个人备案的主办者变更为“李明轩”，北京不允许个人备案变更主办者', '2026-11-30');
INSERT INTO ${schema}.icp_history_finding VALUES ('2026-11-30', 'CHANGE_NOT_ALLOWED', '川ICP备20011234号', '', 'BA2026111901120/province', 'HIGH', 'order', '1699900112233445', '蜀', NULL, '订单 BA2026111901120 申请变更省份 重庆，应在新省份重新备案', '2026-11-30');
INSERT INTO ${schema}.icp_history_finding VALUES ('2026-11-30', 'DOMAIN_NOT_VERIFIED', '川ICP备20011234号', '川ICP备20011234号-1', 'jcweilai.com', 'HIGH', 'domain', '1699900112233445', '蜀', NULL, '域名 jcweilai.com 未通过实名认证', '2026-11-30');
INSERT INTO ${schema}.icp_history_finding VALUES ('2026-11-30', 'INSTANCE_STALE', '晋ICP备18004567号', '晋ICP备18004567号-1', 'i-2zebm53c47kbb0ler0ai', 'HIGH', 'access', '1622200033344455', '晋', NULL, '实例 i-2zebm53c47kbb0ler0ai 状态为已释放', '2026-11-30');
INSERT INTO ${schema}.icp_history_finding VALUES ('2026-11-30', 'INSTANCE_STALE', '桂ICP备19003456号', '桂ICP备19003456号-1', 'i-wz9d5o235lyiloujrhtf', 'HIGH', 'access', '1633300044455566', '桂', NULL, '实例 i-wz9d5o235lyiloujrhtf 状态为已过期', '2026-11-30');
INSERT INTO ${schema}.icp_history_finding VALUES ('2026-11-30', 'INSTANCE_STALE', '桂ICP备19003456号', '桂ICP备19003456号-2', 'i-wz9kzrtw62bb3mshtsg8', 'HIGH', 'access', '1633300044455566', '桂', NULL, '实例 i-wz9kzrtw62bb3mshtsg8 在实例数据中不存在', '2026-11-30');
INSERT INTO ${schema}.icp_history_finding VALUES ('2026-11-30', 'CHANGE_NOT_ALLOWED', '沪ICP备15031122号', '', 'BA2026110200831/holder_name', 'HIGH', 'order', '1588830021947766', '沪', NULL, '订单 BA2026110200831 同时变更主办单位名称“上海汇澜信息技术有限公司”和证件号码，上海只允许同一单位更名', '2026-11-30');
INSERT INTO ${schema}.icp_history_finding VALUES ('2026-11-30', 'EMPTY_SERVICE_LIST', '津ICP备20004567号', '', '', 'HIGH', 'service', '1733344455566677', '津', NULL, '主体下没有正常状态的网站或App', '2026-11-30');
INSERT INTO ${schema}.icp_history_finding VALUES ('2026-11-30', 'ID_TYPE_NOT_ACCEPTED', '湘ICP备21002345号', '', 'holder', 'HIGH', 'id', '1722233344400001', '湘', NULL, '主办单位证件类型“户口簿”不被接受', '2026-11-30');
INSERT INTO ${schema}.icp_history_finding VALUES ('2026-11-30', 'ID_TYPE_NOT_ACCEPTED', '湘ICP备21002345号', '', 'subject_principal', 'HIGH', 'id', '1722233344400001', '湘', NULL, '主体负责人证件类型“户口簿”不被接受', '2026-11-30');
INSERT INTO ${schema}.icp_history_finding VALUES ('2026-11-30', 'ID_TYPE_NOT_ACCEPTED', '湘ICP备21002345号', '湘ICP备21002345号-1', 'service_principal', 'HIGH', 'id', '1722233344400001', '湘', NULL, '服务负责人证件类型“户口簿”不被接受', '2026-11-30');
INSERT INTO ${schema}.icp_history_finding VALUES ('2026-11-30', 'INSTANCE_STALE', '琼ICP备20001234号', '琼ICP备20001234号-1', 'i-wz90f44stfjhskddcgwx', 'HIGH', 'access', '1644400055566677', '琼', NULL, '实例 i-wz90f44stfjhskddcgwx 在实例数据中不存在', '2026-11-30');
INSERT INTO ${schema}.icp_history_finding VALUES ('2026-11-30', 'CHANGE_NOT_ALLOWED', '皖ICP备19005678号', '', 'BA2026103000768/holder_name', 'HIGH', 'order', '1766677788899900', '皖', NULL, '订单 BA2026103000768 申请将主办单位变更为“安徽智汇数字科技有限公司”，安徽不允许单位备案变更主办单位', '2026-11-30');
INSERT INTO ${schema}.icp_history_finding VALUES ('2026-11-30', 'CHANGE_NOT_ALLOWED', '粤ICP备17112233号', '粤ICP备17112233号-1', 'BA2026112301022/domain_modify', 'HIGH', 'order', '1766203948579876', '粤', NULL, '订单 BA2026112301022 申请修改已备案网站的域名 zjzl.com.cn，已备案网站的域名只能删除', '2026-11-30');
INSERT INTO ${schema}.icp_history_finding VALUES ('2026-11-30', 'DOMAIN_SUSPENDED', '粤ICP备17112233号', '粤ICP备17112233号-1', 'zjzl-tech.com', 'HIGH', 'domain', '1766203948579876', '粤', NULL, '注册局状态为 clientHold', '2026-11-30');
INSERT INTO ${schema}.icp_history_finding VALUES ('2026-11-30', 'HOLDER_MISMATCH', '粤ICP备18075321号', '粤ICP备18075321号-1', 'jingyun-tech.com', 'HIGH', 'holder', '1766203948572210', '粤', NULL, '域名持有者“深圳前海鲸云信息技术有限公司”与变更中的主办单位新名称“深圳鲸云数字科技有限公司”（订单 BA2026112500633）不一致', '2026-11-30');
INSERT INTO ${schema}.icp_history_finding VALUES ('2026-11-30', 'ID_TYPE_NOT_ACCEPTED', '粤ICP备19087654号', '粤ICP备19087654号-1', 'service_principal', 'HIGH', 'id', '1766203948570033', '粤', NULL, '服务负责人证件类型“临时居民身份证”不被接受', '2026-11-30');
INSERT INTO ${schema}.icp_history_finding VALUES ('2026-11-30', 'DOMAIN_SUSPENDED', '苏ICP备16052288号', '苏ICP备16052288号-1', 'taihuyun.com', 'HIGH', 'domain', '1612345098761234', '苏', NULL, '注册局状态为 pendingDelete', '2026-11-30');
INSERT INTO ${schema}.icp_history_finding VALUES ('2026-11-30', 'HOLDER_MISMATCH', '苏ICP备18030456号', '苏ICP备18030456号-1', 'qhyinxiang.com', 'HIGH', 'holder', '1612345098765555', '苏', NULL, '域名持有者“刘志强”与主办单位“南京秦淮印象文化传播有限公司”不一致', '2026-11-30');
INSERT INTO ${schema}.icp_history_finding VALUES ('2026-11-30', 'EMPTY_SERVICE_LIST', '豫ICP备17034567号', '', '', 'HIGH', 'service', '1744455566677788', '豫', NULL, '主体下没有正常状态的网站或App', '2026-11-30');
INSERT INTO ${schema}.icp_history_finding VALUES ('2026-11-30', 'CHANGE_NOT_ALLOWED', '陕ICP备18009876号', '陕ICP备18009876号-1', 'BA2026111000904/domain_add', 'HIGH', 'order', '1755566677788899', '陕', NULL, '订单 BA2026111000904 申请为已备案网站新增域名 silu-travel.com，已备案网站的域名只能删除', '2026-11-30');
INSERT INTO ${schema}.icp_history_finding VALUES ('2026-11-30', 'NO_ACCESS_INSTANCE', '冀ICP备20012345号', '冀ICP备20012345号-1', '', 'MEDIUM', 'access', '1611100022233344', '冀', NULL, '服务未填写接入实例', '2026-11-30');
INSERT INTO ${schema}.icp_history_finding VALUES ('2026-11-30', 'ID_NUMBER_INVALID', '津ICP备18012345号', '津ICP备18012345号-1', 'service_principal', 'MEDIUM', 'id', '1733344455500058', '津', NULL, '服务负责人证件号码 120***********0278 中的出生日期无效', '2026-11-30');
INSERT INTO ${schema}.icp_history_finding VALUES ('2026-11-30', 'ID_NUMBER_INVALID', '浙ICP备09012345号', '', 'holder', 'MEDIUM', 'id', '1873402956613333', '浙', NULL, '主办单位证件号码 330********3457 为15位旧工商注册号，已被统一社会信用代码取代', '2026-11-30');
INSERT INTO ${schema}.icp_history_finding VALUES ('2026-11-30', 'FILING_NO_MALFORMED', '浙ICP备17067890号', '浙ICP备17067890号-2', 'service', 'MEDIUM', 'filing_no', '1873402956616666', '浙', NULL, '服务备案号 浙ICP备17067890号-2 不符合格式 浙ICP备17067890号-NA', '2026-11-30');
INSERT INTO ${schema}.icp_history_finding VALUES ('2026-11-30', 'CONTACT_EMERGENCY_SAME', '浙ICP备18056789号', '', 'subject_principal', 'MEDIUM', 'contact', '1873402956615555', '浙', NULL, '主体负责人应急联系电话与手机号码相同', '2026-11-30');
INSERT INTO ${schema}.icp_history_finding VALUES ('2026-11-30', 'CONTACT_MOBILE_INVALID', '浙ICP备20045678号', '浙ICP备20045678号-1', 'service_principal', 'MEDIUM', 'contact', '1873402956614444', '浙', NULL, '服务负责人手机号码 0575****6655 不是有效的大陆手机号码', '2026-11-30');
INSERT INTO ${schema}.icp_history_finding VALUES ('2026-11-30', 'DOMAIN_NOT_FOUND', '湘ICP备18012345号', '湘ICP备18012345号-1', 'xinghuo-soft.com', 'MEDIUM', 'domain', '1722233344455566', '湘', NULL, '域名 xinghuo-soft.com 在域名数据中没有记录', '2026-11-30');
INSERT INTO ${schema}.icp_history_finding VALUES ('2026-11-30', 'ORDER_OVERDUE', '皖ICP备19005678号', '', 'BA2026103000768', 'MEDIUM', 'order', '1766677788899900', '皖', NULL, '订单 BA2026103000768 提交于 2026-10-30，已过 21 个工作日（上限 20 个）', '2026-11-30');
INSERT INTO ${schema}.icp_history_finding VALUES ('2026-11-30', 'ORDER_OVERDUE', '粤ICP备19087654号', '粤ICP备19087654号-2A', 'BA2026092800540', 'MEDIUM', 'order', '1766203948570033', '粤', NULL, '订单 BA2026092800540 提交于 2026-09-28，已过 41 个工作日（上限 20 个）', '2026-11-30');
INSERT INTO ${schema}.icp_history_finding VALUES ('2026-11-30', 'FILING_NO_MALFORMED', '粤ICP备20034567号', '粤ICP备20034567号-01', 'service', 'MEDIUM', 'filing_no', '1766203948572288', '粤', NULL, '服务备案号 粤ICP备20034567号-01 不符合格式 粤ICP备20034567号-N', '2026-11-30');
INSERT INTO ${schema}.icp_history_finding VALUES ('2026-11-30', 'FILING_NO_MALFORMED', '苏ICP备20056789', '', 'subject', 'MEDIUM', 'filing_no', '1612345098760088', '苏', NULL, '主体备案号 苏ICP备20056789 不符合格式“苏ICP备 6–10 位数字号”', '2026-11-30');
INSERT INTO ${schema}.icp_history_finding VALUES ('2026-11-30', 'FILING_NO_MALFORMED', '贵ICP备19008765号', '', 'subject', 'MEDIUM', 'filing_no', '1699900011122200', '黔', NULL, '主体备案号 贵ICP备19008765号 不符合格式“黔ICP备 6–10 位数字号”', '2026-11-30');
INSERT INTO ${schema}.icp_history_finding VALUES ('2026-11-30', 'INSTANCE_OTHER_ACCOUNT', '赣ICP备18005678号', '赣ICP备18005678号-1', 'i-bp19pxdkxyyquz0sifj4', 'MEDIUM', 'access', '1655500066677788', '赣', NULL, '实例 i-bp19pxdkxyyquz0sifj4 属于客户 1655500066699999，主体属于客户 1655500066677788', '2026-11-30');
INSERT INTO ${schema}.icp_history_finding VALUES ('2026-11-30', 'ID_NUMBER_INVALID', '辽ICP备17004321号', '', 'holder', 'MEDIUM', 'id', '1799900011122233', '辽', NULL, '主办单位证件号码 912***********3P9A 未通过统一社会信用代码校验，需人工复核', '2026-11-30');
INSERT INTO ${schema}.icp_history_finding VALUES ('2026-11-30', 'ID_NUMBER_INVALID', '鄂ICP备15004455号', '鄂ICP备15004455号-1', 'service_principal', 'MEDIUM', 'id', '1711122233300002', '鄂', NULL, '服务负责人证件号码 420********2041 为15位一代身份证号码，已停止使用', '2026-11-30');
INSERT INTO ${schema}.icp_history_finding VALUES ('2026-11-30', 'DOMAIN_NOT_FOUND', '鄂ICP备19023456号', '鄂ICP备19023456号-1', 'qinghejiaoyu.cn', 'MEDIUM', 'domain', '1711122233344455', '鄂', NULL, '域名 qinghejiaoyu.cn 在域名数据中没有记录', '2026-11-30');
INSERT INTO ${schema}.icp_history_finding VALUES ('2026-11-30', 'ID_NUMBER_INVALID', '闽ICP备18034567号', '', 'subject_principal', 'MEDIUM', 'id', '1777788899900022', '闽', NULL, '主体负责人证件号码 350***********0361 校验位错误', '2026-11-30');
INSERT INTO ${schema}.icp_history_finding VALUES ('2026-11-30', 'WEBSITE_WITHOUT_DOMAIN', '陕ICP备18009876号', '陕ICP备18009876号-2', '', 'MEDIUM', 'service', '1755566677788899', '陕', NULL, '网站未填写域名', '2026-11-30');
INSERT INTO ${schema}.icp_history_finding VALUES ('2026-11-30', 'ORDER_OVERDUE', '鲁ICP备17028844号', '', 'BA2026091000317', 'MEDIUM', 'order', '1639920017734455', '鲁', NULL, '订单 BA2026091000317 提交于 2026-09-10，已过 53 个工作日（上限 20 个）', '2026-11-30');
INSERT INTO ${schema}.icp_history_finding VALUES ('2026-11-30', 'CONTACT_MOBILE_INVALID', '黑ICP备17002345号', '', 'subject_principal', 'MEDIUM', 'contact', '1666600077788899', '黑', NULL, '主体负责人手机号码 138****345 不是有效的大陆手机号码', '2026-11-30');
INSERT INTO ${schema}.icp_history_finding VALUES ('2026-11-30', 'DOMAIN_EXPIRING_SOON', '浙ICP备19041234号', '浙ICP备19041234号-1', 'muyu-media.com', 'LOW', 'domain', '1873402956619999', '浙', '2026-11-30', '域名于 2027-02-28 到期，剩余 90 天；浙江要求至少 90 天，须在 2026-11-30 前续费', '2026-11-30');
INSERT INTO ${schema}.icp_history_finding VALUES ('2026-11-30', 'ID_EXPIRING', '渝ICP备18006543号', '渝ICP备18006543号-1', 'service_principal', 'LOW', 'id', '1788899900011122', '渝', '2026-11-30', '服务负责人证件将于 2026-11-30 到期（剩余 0 天）', '2026-11-30');
INSERT INTO ${schema}.icp_history_finding VALUES ('2026-11-30', 'DOMAIN_EXPIRING_SOON', '京ICP备18034567号', '京ICP备18034567号-1', 'xn--1lq80iwytos1c.xn--fiqs8s', 'LOW', 'domain', '1520394857610059', '京', '2026-12-15', '域名于 2027-03-15 到期，剩余 105 天；北京要求至少 90 天，须在 2026-12-15 前续费', '2026-11-30');
INSERT INTO ${schema}.icp_history_finding VALUES ('2026-11-30', 'DOMAIN_EXPIRING_SOON', '吉ICP备18002233号', '吉ICP备18002233号-1', 'beidouxc.com', 'LOW', 'domain', '1700012345678901', '吉', '2026-12-15', '域名于 2027-01-29 到期，剩余 60 天；吉林要求至少 45 天，须在 2026-12-15 前续费', '2026-11-30');
INSERT INTO ${schema}.icp_history_finding VALUES ('2026-11-30', 'DOMAIN_EXPIRING_SOON', '沪ICP备20009876号', '沪ICP备20009876号-2', 'lingyundata.cn', 'LOW', 'domain', '1588830021940001', '沪', '2026-12-15', '域名于 2027-06-13 到期，剩余 195 天；上海要求至少 180 天，须在 2026-12-15 前续费', '2026-11-30');
INSERT INTO ${schema}.icp_history_finding VALUES ('2026-11-30', 'ID_EXPIRING', '闽ICP备16007788号', '', 'subject_principal', 'LOW', 'id', '1777788899900011', '闽', '2026-12-20', '主体负责人证件将于 2026-12-20 到期（剩余 20 天）', '2026-11-30');
INSERT INTO ${schema}.icp_history_finding VALUES ('2026-11-30', 'CONTACT_EMAIL_INVALID', '宁ICP备19001234号', '', 'subject_principal', 'LOW', 'contact', '1677700088899900', '宁', NULL, '主体负责人电子邮箱“mawen@163”格式不正确', '2026-11-30');
INSERT INTO ${schema}.icp_history_finding VALUES ('2026-11-30', 'CONTACT_EMAIL_INVALID', '宁ICP备19001234号', '宁ICP备19001234号-1', 'service_principal', 'LOW', 'contact', '1677700088899900', '宁', NULL, '服务负责人电子邮箱“liming#qq.com”格式不正确', '2026-11-30');
INSERT INTO ${schema}.icp_history_finding VALUES ('2026-11-30', 'ORDER_IN_PROGRESS', '京ICP备19004321号', '', 'BA2026112000517', 'INFO', 'order', '1520394857610032', '京', NULL, '订单 BA2026112000517（变更主体）初审中，提交于 2026-11-20', '2026-11-30');
INSERT INTO ${schema}.icp_history_finding VALUES ('2026-11-30', 'ORDER_IN_PROGRESS', '川ICP备20011234号', '', 'BA2026111901120', 'INFO', 'order', '1699900112233445', '蜀', NULL, '订单 BA2026111901120（变更主体）初审中，提交于 2026-11-19', '2026-11-30');
INSERT INTO ${schema}.icp_history_finding VALUES ('2026-11-30', 'ORDER_IN_PROGRESS', '沪ICP备15031122号', '', 'BA2026110200831', 'INFO', 'order', '1588830021947766', '沪', NULL, '订单 BA2026110200831（变更主体）短信核验中，提交于 2026-11-02', '2026-11-30');
INSERT INTO ${schema}.icp_history_finding VALUES ('2026-11-30', 'ORDER_IN_PROGRESS', '浙ICP备2021034567号', '', 'BA2026111600245', 'INFO', 'order', '1873402956610588', '浙', NULL, '订单 BA2026111600245（变更主体）管局审核中，提交于 2026-11-16', '2026-11-30');
INSERT INTO ${schema}.icp_history_finding VALUES ('2026-11-30', 'ORDER_IN_PROGRESS', '皖ICP备19005678号', '', 'BA2026103000768', 'INFO', 'order', '1766677788899900', '皖', NULL, '订单 BA2026103000768（变更主体）管局审核中，提交于 2026-10-30', '2026-11-30');
INSERT INTO ${schema}.icp_history_finding VALUES ('2026-11-30', 'ORDER_IN_PROGRESS', '粤ICP备17112233号', '粤ICP备17112233号-1', 'BA2026112301022', 'INFO', 'order', '1766203948579876', '粤', NULL, '订单 BA2026112301022（变更网站）初审中，提交于 2026-11-23', '2026-11-30');
INSERT INTO ${schema}.icp_history_finding VALUES ('2026-11-30', 'ORDER_IN_PROGRESS', '粤ICP备18075321号', '', 'BA2026112500633', 'INFO', 'order', '1766203948572210', '粤', NULL, '订单 BA2026112500633（变更主体）初审中，提交于 2026-11-25', '2026-11-30');
INSERT INTO ${schema}.icp_history_finding VALUES ('2026-11-30', 'ORDER_IN_PROGRESS', '粤ICP备19087654号', '粤ICP备19087654号-2A', 'BA2026092800540', 'INFO', 'order', '1766203948570033', '粤', NULL, '订单 BA2026092800540（变更App）管局审核中，提交于 2026-09-28', '2026-11-30');
INSERT INTO ${schema}.icp_history_finding VALUES ('2026-11-30', 'ORDER_IN_PROGRESS', '蜀ICP备17005678号', '', 'BA2026111300655', 'INFO', 'order', '1699900112230050', '蜀', NULL, '订单 BA2026111300655（新增App）管局审核中，提交于 2026-11-13', '2026-11-30');
INSERT INTO ${schema}.icp_history_finding VALUES ('2026-11-30', 'ORDER_IN_PROGRESS', '闽ICP备16007788号', '', 'BA2026111700301', 'INFO', 'order', '1777788899900011', '闽', NULL, '订单 BA2026111700301（变更主体）短信核验中，提交于 2026-11-17', '2026-11-30');
INSERT INTO ${schema}.icp_history_finding VALUES ('2026-11-30', 'ORDER_IN_PROGRESS', '陕ICP备18009876号', '陕ICP备18009876号-1', 'BA2026111000904', 'INFO', 'order', '1755566677788899', '陕', NULL, '订单 BA2026111000904（变更网站）初审中，提交于 2026-11-10', '2026-11-30');
INSERT INTO ${schema}.icp_history_finding VALUES ('2026-11-30', 'ORDER_IN_PROGRESS', '鲁ICP备17028844号', '', 'BA2026091000317', 'INFO', 'order', '1639920017734455', '鲁', NULL, '订单 BA2026091000317（变更主体）填写中，提交于 2026-09-10', '2026-11-30');
INSERT INTO ${schema}.icp_history_finding VALUES ('2026-11-30', 'ORDER_IN_PROGRESS', '鲁ICP备17028844号', '', 'BA2026111800452', 'INFO', 'order', '1639920017734455', '鲁', NULL, '订单 BA2026111800452（变更主体）管局审核中，提交于 2026-11-18', '2026-11-30');

INSERT INTO ${schema}.icp_history_run VALUES ('2026-11-30', 1, 1, '2026-12-02 06:47:21.430902', NULL, 69, 69, 0, 0, 8);

SELECT pg_catalog.setval('${schema}.batch_job_execution_seq', 1, true);

SELECT pg_catalog.setval('${schema}.batch_job_instance_seq', 1, true);

SELECT pg_catalog.setval('${schema}.batch_step_execution_seq', 13, true);

ALTER TABLE ONLY ${schema}.batch_job_execution_context
    ADD CONSTRAINT batch_job_execution_context_pkey PRIMARY KEY (job_execution_id);

ALTER TABLE ONLY ${schema}.batch_job_execution
    ADD CONSTRAINT batch_job_execution_pkey PRIMARY KEY (job_execution_id);

ALTER TABLE ONLY ${schema}.batch_job_instance
    ADD CONSTRAINT batch_job_instance_pkey PRIMARY KEY (job_instance_id);

ALTER TABLE ONLY ${schema}.batch_step_execution_context
    ADD CONSTRAINT batch_step_execution_context_pkey PRIMARY KEY (step_execution_id);

ALTER TABLE ONLY ${schema}.batch_step_execution
    ADD CONSTRAINT batch_step_execution_pkey PRIMARY KEY (step_execution_id);

ALTER TABLE ONLY ${schema}.icp_history_finding
    ADD CONSTRAINT icp_history_finding_pkey PRIMARY KEY (run_date, rule, subject_no, service_no, object);

ALTER TABLE ONLY ${schema}.icp_history_run
    ADD CONSTRAINT icp_history_run_pkey PRIMARY KEY (run_date);

ALTER TABLE ONLY ${schema}.batch_job_instance
    ADD CONSTRAINT job_inst_un UNIQUE (job_name, job_key);

ALTER TABLE ONLY ${schema}.batch_job_execution_context
    ADD CONSTRAINT job_exec_ctx_fk FOREIGN KEY (job_execution_id) REFERENCES ${schema}.batch_job_execution(job_execution_id);

ALTER TABLE ONLY ${schema}.batch_job_execution_params
    ADD CONSTRAINT job_exec_params_fk FOREIGN KEY (job_execution_id) REFERENCES ${schema}.batch_job_execution(job_execution_id);

ALTER TABLE ONLY ${schema}.batch_step_execution
    ADD CONSTRAINT job_exec_step_fk FOREIGN KEY (job_execution_id) REFERENCES ${schema}.batch_job_execution(job_execution_id);

ALTER TABLE ONLY ${schema}.batch_job_execution
    ADD CONSTRAINT job_inst_exec_fk FOREIGN KEY (job_instance_id) REFERENCES ${schema}.batch_job_instance(job_instance_id);

ALTER TABLE ONLY ${schema}.batch_step_execution_context
    ADD CONSTRAINT step_exec_ctx_fk FOREIGN KEY (step_execution_id) REFERENCES ${schema}.batch_step_execution(step_execution_id);

