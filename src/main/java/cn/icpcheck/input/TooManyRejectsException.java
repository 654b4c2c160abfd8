package cn.icpcheck.input;

/** More input rows were rejected than {@code --max-rejects} allows: the run fails. */
public class TooManyRejectsException extends RuntimeException {

    public TooManyRejectsException(int rejected, int max) {
        super("more than " + max + " input rows rejected (" + rejected
                + " so far): fix the export or raise --max-rejects, then run the same command again");
    }
}
