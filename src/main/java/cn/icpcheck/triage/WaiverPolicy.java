package cn.icpcheck.triage;

/**
 * How long a waiver lasts (configuration {@code thresholds.waiver-days} and {@code waiver-max-days}):
 * a waiver without a review-by date is reviewed {@code days} after its import, and none later than
 * {@code maxDays} after it.
 */
public record WaiverPolicy(int days, int maxDays) {

    public static final WaiverPolicy DEFAULT = new WaiverPolicy(90, 365);
}
