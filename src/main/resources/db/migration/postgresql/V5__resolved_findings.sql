-- Version 5: the findings each run no longer found, so that a finding's id is looked up without an
-- index on the id of every recorded finding.
-- That index (version 2) made recording a night's findings slow and slower with every night kept: the
-- ids are hashes, so each of a night's findings went to a random place of an index of all the nights.
-- A finding id is now known to the history if the latest recorded run found it, or if a row here says
-- which run last found it. For every recorded run but the latest, each finding of that run which the
-- next recorded run (RUN_DATE) did not find has a row here, with the date of the run that found it
-- (LAST_SEEN) and its severity and deadline there. FindingHistory keeps this when it records a run.

CREATE TABLE ICP_HISTORY_RESOLVED (
    RUN_DATE    DATE        NOT NULL,
    FINDING_ID  VARCHAR(13) NOT NULL,
    LAST_SEEN   DATE        NOT NULL,
    SEVERITY    VARCHAR(10) NOT NULL,
    DEADLINE    DATE
);
CREATE INDEX ICP_HISTORY_RESOLVED_ID ON ICP_HISTORY_RESOLVED (FINDING_ID);
CREATE INDEX ICP_HISTORY_RESOLVED_RUN ON ICP_HISTORY_RESOLVED (RUN_DATE);

-- the rows for the runs recorded so far (the index on the findings' ids is still there to find them)
INSERT INTO ICP_HISTORY_RESOLVED (RUN_DATE, FINDING_ID, LAST_SEEN, SEVERITY, DEADLINE)
SELECT n.NEXT_DATE, h.FINDING_ID, h.RUN_DATE, h.SEVERITY, h.DEADLINE
FROM ICP_HISTORY_FINDING h
JOIN (SELECT r.RUN_DATE,
             (SELECT MIN(r2.RUN_DATE) FROM ICP_HISTORY_RUN r2 WHERE r2.RUN_DATE > r.RUN_DATE) AS NEXT_DATE
      FROM ICP_HISTORY_RUN r) n ON n.RUN_DATE = h.RUN_DATE
WHERE n.NEXT_DATE IS NOT NULL
  AND h.FINDING_ID IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM ICP_HISTORY_FINDING x WHERE x.RUN_DATE = n.NEXT_DATE AND x.FINDING_ID = h.FINDING_ID);

DROP INDEX ICP_HISTORY_FINDING_ID;
