-- Version 7 (HSQLDB only): a log of up to 1,000 MB before HSQLDB writes its data file by itself (the
-- default is 50 MB). One night's history at a million subjects logs some 60 MB: with the default, HSQLDB
-- wrote its data file (a checkpoint, 1-3 s) in the commit of the step that recorded the history, and the
-- reports waited for it. The job now makes that checkpoint itself, on a thread of its own beside the
-- reports (StateCheckpoint), and the shutdown that ends every completed run makes one too, so the log
-- never holds more than a night or two.
SET FILES LOG SIZE 1000;
