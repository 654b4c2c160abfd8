-- Version 2: the staff's decisions (triage.md), on HSQLDB (CACHED tables: kept on disk).
-- ICP_HISTORY_FINDING.FINDING_ID: the finding's stable id (filled for older rows by version 3).
-- ICP_DECISION: the decision that stands per finding id; REVISION is the audit row that set it (what a
--   workbook remembers it was written with), SEVERITY and DEADLINE the finding's when it was decided.
-- ICP_DECISION_AUDIT: every applied decision, never updated: who, when, from which file, by which run.
-- ICP_TRIAGE_FILE: every inbox file a run took, by SHA-256 (a file imported before changes nothing),
--   with its outcome (imported, refused, duplicate) and the rows that changed nothing.
-- ICP_TRIAGE_ROW: the rows of triage-import.csv of a run date (applied, conflict, rejected, refused).
-- ICP_TRIAGE_RUN: the run dates whose import is done: a restart or rerun does not import again.

ALTER TABLE ICP_HISTORY_FINDING ADD COLUMN FINDING_ID VARCHAR(13);
CREATE INDEX ICP_HISTORY_FINDING_ID ON ICP_HISTORY_FINDING (FINDING_ID);

CREATE CACHED TABLE ICP_DECISION (
    FINDING_ID  VARCHAR(13)   NOT NULL PRIMARY KEY,
    STATUS      VARCHAR(10)   NOT NULL,
    NOTE        VARCHAR(1000) NOT NULL,
    REVIEW_BY   DATE,
    DECIDED_BY  VARCHAR(200)  NOT NULL,
    DECIDED_ON  DATE          NOT NULL,
    SEVERITY    VARCHAR(10),
    DEADLINE    DATE,
    REVISION    BIGINT        NOT NULL
);

CREATE CACHED TABLE ICP_DECISION_AUDIT (
    REVISION      BIGINT        NOT NULL PRIMARY KEY,
    FINDING_ID    VARCHAR(13)   NOT NULL,
    STATUS        VARCHAR(10)   NOT NULL,
    NOTE          VARCHAR(1000) NOT NULL,
    REVIEW_BY     DATE,
    DECIDED_BY    VARCHAR(200)  NOT NULL,
    DECIDED_ON    DATE          NOT NULL,
    SEVERITY      VARCHAR(10),
    DEADLINE      DATE,
    SOURCE_FILE   VARCHAR(1000) NOT NULL,
    SOURCE_SHA256 CHAR(64)      NOT NULL,
    RUN_DATE      DATE          NOT NULL,
    JOB_EXECUTION_ID BIGINT     NOT NULL
);
CREATE INDEX ICP_DECISION_AUDIT_FINDING ON ICP_DECISION_AUDIT (FINDING_ID);

CREATE CACHED TABLE ICP_TRIAGE_FILE (
    SHA256      CHAR(64)      NOT NULL,
    RUN_DATE    DATE          NOT NULL,
    SEQ         INTEGER       NOT NULL,
    FILE_NAME   VARCHAR(1000) NOT NULL,
    OUTCOME     VARCHAR(10)   NOT NULL,
    REASON      VARCHAR(1000) NOT NULL,
    MOVED_TO    VARCHAR(2000) NOT NULL,
    UNCHANGED   INTEGER       NOT NULL,
    PRIMARY KEY (RUN_DATE, SEQ)
);
CREATE INDEX ICP_TRIAGE_FILE_SHA ON ICP_TRIAGE_FILE (SHA256);

CREATE CACHED TABLE ICP_TRIAGE_ROW (
    RUN_DATE    DATE          NOT NULL,
    SEQ         INTEGER       NOT NULL,
    FILE_NAME   VARCHAR(1000) NOT NULL,
    SHEET       VARCHAR(200)  NOT NULL,
    ROW_NO      INTEGER       NOT NULL,
    FINDING_ID  VARCHAR(200)  NOT NULL,
    OUTCOME     VARCHAR(10)   NOT NULL,
    REASON      VARCHAR(1000) NOT NULL,
    STATUS      VARCHAR(10)   NOT NULL,
    DECIDED_BY  VARCHAR(200)  NOT NULL,
    PRIMARY KEY (RUN_DATE, SEQ)
);

CREATE CACHED TABLE ICP_TRIAGE_RUN (
    RUN_DATE    DATE          NOT NULL PRIMARY KEY,
    IMPORTED_AT TIMESTAMP     NOT NULL
);
