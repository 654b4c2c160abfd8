-- Version 1: the findings history exactly as release 0.1 created it (then from history/schema-hsqldb.sql).
-- A state database of that release already has these tables: it is baselined at version 1, so
-- this script runs only on a new database. CACHED tables: kept on disk, not wholly in memory.

CREATE CACHED TABLE ICP_HISTORY_RUN (
    RUN_DATE          DATE      NOT NULL PRIMARY KEY,
    ATTEMPT           BIGINT    NOT NULL,
    JOB_EXECUTION_ID  BIGINT    NOT NULL,
    COMPLETED_AT      TIMESTAMP NOT NULL,
    PREVIOUS_RUN_DATE DATE,
    FINDINGS          INTEGER   NOT NULL,
    NEW_FINDINGS      INTEGER   NOT NULL,
    STILL_OPEN        INTEGER   NOT NULL,
    RESOLVED          INTEGER   NOT NULL,
    REJECTED_ROWS     INTEGER   NOT NULL
);

CREATE CACHED TABLE ICP_HISTORY_FINDING (
    RUN_DATE    DATE           NOT NULL,
    RULE        VARCHAR(40)    NOT NULL,
    SUBJECT_NO  VARCHAR(1000)  NOT NULL,
    SERVICE_NO  VARCHAR(1000)  NOT NULL,
    OBJECT      VARCHAR(1000)  NOT NULL,
    SEVERITY    VARCHAR(10)    NOT NULL,
    FAMILY      VARCHAR(20)    NOT NULL,
    CUSTOMER_ID VARCHAR(1000)  NOT NULL,
    PROVINCE    VARCHAR(20)    NOT NULL,
    DEADLINE    DATE,
    DETAIL      VARCHAR(16000) NOT NULL,
    FIRST_SEEN  DATE           NOT NULL,
    PRIMARY KEY (RUN_DATE, RULE, SUBJECT_NO, SERVICE_NO, OBJECT)
);
