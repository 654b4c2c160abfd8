-- A migration of the tests only (HistoryMigrationsTest): it fails in error after its first statement,
-- which HSQLDB has committed by then (its DDL is not transactional).
CREATE TABLE HALF_DONE (ID INTEGER);
INSERT INTO NO_SUCH_TABLE VALUES (1);
