package cn.icpcheck.support;

import java.util.Arrays;

/**
 * A process's CPU time as the benchmark polled it while the process ran: at each poll, the seconds
 * since the process started and the CPU seconds (user and system, all threads) it had used so far.
 * From it, how many cores the process kept busy in a stretch of its run (issue 10's fifth target:
 * both cores busy throughout), and the longest stretch in which it kept fewer busy than it could.
 */
final class CpuTimeline {

    /** A stretch of the run, in seconds since the process started. */
    record Stretch(double from, double to) {
        double seconds() {
            return to - from;
        }
    }

    private double[] at = new double[1024];
    private double[] cpu = new double[1024];
    private int size;

    /** A poll: {@code at} seconds after the start, the process had used {@code cpuSeconds}. In time order. */
    void add(double at, double cpuSeconds) {
        if (size > 0 && at <= this.at[size - 1]) {
            throw new IllegalArgumentException("polls must come in time order: " + at + " after " + this.at[size - 1]);
        }
        if (size == this.at.length) {
            this.at = Arrays.copyOf(this.at, size * 2);
            this.cpu = Arrays.copyOf(this.cpu, size * 2);
        }
        this.at[size] = at;
        this.cpu[size] = cpuSeconds;
        size++;
    }

    /** When the last poll was, in seconds since the process started; 0 before any. */
    double end() {
        return size == 0 ? 0 : at[size - 1];
    }

    /** The CPU seconds the process had used at the last poll; 0 before any. */
    double cpuAtEnd() {
        return size == 0 ? 0 : cpu[size - 1];
    }

    /**
     * The cores kept busy on average from one moment to another: the CPU time used in between over
     * the wall time, the CPU time at a moment between two polls taken as on the line between them.
     * NaN when the stretch is empty or outside the polls.
     */
    double coresBusy(double from, double to) {
        if (size < 2 || !(to > from) || from < at[0] || to > end()) {
            return Double.NaN;
        }
        return (cpuAt(to) - cpuAt(from)) / (to - from);
    }

    /**
     * The longest run of consecutive windows of {@code window} seconds, from the first poll on, in
     * each of which fewer than {@code cores} were busy; null when there is none.
     */
    Stretch longestBelow(double cores, double window) {
        Stretch longest = null;
        double start = Double.NaN;
        double from = size == 0 ? 0 : at[0];
        for (; from + window <= end(); from += window) {
            boolean below = coresBusy(from, from + window) < cores;
            if (below && Double.isNaN(start)) {
                start = from;
            } else if (!below && !Double.isNaN(start)) {
                longest = longer(longest, new Stretch(start, from));
                start = Double.NaN;
            }
        }
        if (!Double.isNaN(start)) {
            longest = longer(longest, new Stretch(start, from));
        }
        return longest;
    }

    private static Stretch longer(Stretch a, Stretch b) {
        return a == null || b.seconds() > a.seconds() ? b : a;
    }

    private double cpuAt(double t) {
        int i = Arrays.binarySearch(at, 0, size, t);
        if (i >= 0) {
            return cpu[i];
        }
        int after = -i - 1;
        int before = after - 1;
        double share = (t - at[before]) / (at[after] - at[before]);
        return cpu[before] + share * (cpu[after] - cpu[before]);
    }
}
