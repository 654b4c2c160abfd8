package cn.icpcheck.support;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class CpuTimelineTest {

    /** Two cores busy for 4 s, then one for 3 s, then two again for 2 s: polled every half second. */
    private static CpuTimeline twoOneTwo() {
        CpuTimeline timeline = new CpuTimeline();
        double cpu = 0;
        for (double t = 0; t <= 9.0001; t += 0.5) {
            timeline.add(t, cpu);
            cpu += t >= 4 - 1e-9 && t < 7 - 1e-9 ? 0.5 : 1.0;
        }
        return timeline;
    }

    @Test
    void coresBusyIsTheCpuTimeOverTheWallTimeOfTheStretch() {
        CpuTimeline timeline = twoOneTwo();

        assertThat(timeline.coresBusy(0, 4)).isCloseTo(2.0, within(1e-9));
        assertThat(timeline.coresBusy(4, 7)).isCloseTo(1.0, within(1e-9));
        assertThat(timeline.coresBusy(0, 9)).isCloseTo((8 + 3 + 4) / 9.0, within(1e-9));
    }

    @Test
    void betweenTwoPollsTheCpuTimeIsTakenOnTheLineBetweenThem() {
        CpuTimeline timeline = new CpuTimeline();
        timeline.add(0, 0);
        timeline.add(1, 2);

        assertThat(timeline.coresBusy(0.25, 0.75)).isCloseTo(2.0, within(1e-9));
    }

    @Test
    void aStretchOutsideThePollsOrEmptyHasNoFigure() {
        CpuTimeline timeline = twoOneTwo();

        assertThat(timeline.coresBusy(8, 10)).isNaN();
        assertThat(timeline.coresBusy(3, 3)).isNaN();
        assertThat(new CpuTimeline().coresBusy(0, 1)).isNaN();
    }

    @Test
    void theLongestStretchBelowALevelIsFoundWindowByWindow() {
        CpuTimeline.Stretch stretch = twoOneTwo().longestBelow(1.5, 0.5);

        assertStretch(stretch, 4.0, 7.0);
        assertThat(stretch.seconds()).isCloseTo(3.0, within(1e-9));
    }

    @Test
    void aStretchBelowTheLevelAtTheEndOfTheRunCounts() {
        CpuTimeline timeline = new CpuTimeline();
        timeline.add(0, 0);
        timeline.add(1, 2);
        timeline.add(2, 4);
        timeline.add(3, 4.9);
        timeline.add(4, 5.8);

        CpuTimeline.Stretch stretch = timeline.longestBelow(1.5, 1);

        assertStretch(stretch, 2.0, 4.0);
    }

    @Test
    void aRunThatKeptTheCoresBusyHasNoStretchBelow() {
        CpuTimeline timeline = new CpuTimeline();
        timeline.add(0, 0);
        timeline.add(1, 1.9);
        timeline.add(2, 3.9);

        assertThat(timeline.longestBelow(1.5, 0.5)).isNull();
    }

    @Test
    void theCpuTimeAtTheEndIsTheLastPolls() {
        CpuTimeline timeline = twoOneTwo();

        assertThat(timeline.cpuAtEnd()).isCloseTo(15.0, within(1e-9));
        assertThat(new CpuTimeline().cpuAtEnd()).isZero();
    }

    @Test
    void pollsOutOfOrderAreRefused() {
        CpuTimeline timeline = new CpuTimeline();
        timeline.add(1, 1);

        assertThatThrownBy(() -> timeline.add(1, 2)).isInstanceOf(IllegalArgumentException.class);
    }

    private static void assertStretch(CpuTimeline.Stretch stretch, double from, double to) {
        assertThat(stretch).isNotNull();
        assertThat(stretch.from()).isCloseTo(from, within(1e-9));
        assertThat(stretch.to()).isCloseTo(to, within(1e-9));
    }
}
