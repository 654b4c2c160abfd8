-- Version 6: how many findings of each severity each recorded run found, so that the morning view's
-- chart of the last 30 nights reads a few rows per night rather than counting every finding of every
-- night again on each run (at a million subjects some 210,000 rows a night: two seconds more with each
-- night kept). FindingHistory writes a run's counts when it records its findings.

CREATE CACHED TABLE ICP_HISTORY_SEVERITY (
    RUN_DATE  DATE        NOT NULL,
    SEVERITY  VARCHAR(10) NOT NULL,
    FINDINGS  INTEGER     NOT NULL,
    PRIMARY KEY (RUN_DATE, SEVERITY)
);

-- the counts of the runs recorded so far
INSERT INTO ICP_HISTORY_SEVERITY (RUN_DATE, SEVERITY, FINDINGS)
SELECT RUN_DATE, SEVERITY, COUNT(*) FROM ICP_HISTORY_FINDING GROUP BY RUN_DATE, SEVERITY;
