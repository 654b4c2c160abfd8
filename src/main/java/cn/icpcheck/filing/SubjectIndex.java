package cn.icpcheck.filing;

/**
 * The accepted subjects by position: a subject found once by its number can be read again by its
 * position, without looking its number up again (the contact list reads each of its subjects twice,
 * for its CSV file and its workbook, long after it found them).
 */
public interface SubjectIndex {

    /** The position of the accepted subject with this number, or -1 when there is none. */
    int positionOf(String subjectNo);

    /** The subject at a position {@link #positionOf} gave. */
    SubjectSummary at(int position);
}
