-- A migration of the tests only (HistoryMigrationsTest): the run is killed in its middle, after its
-- first statement. SHUTDOWN IMMEDIATELY stops HSQLDB as a kill would, without writing the database out.
CREATE TABLE HALF_DONE (ID INTEGER);
SHUTDOWN IMMEDIATELY;
