package cn.icpcheck.testing;

import cn.icpcheck.job.NightlyCommand;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;

/**
 * A run in a JVM of its own that pauses in a step ({@link StepFault#pauseOnce}), so that a test can
 * kill it there or start a second run beside it. Arguments: the step, the signals folder, then the
 * command line.
 */
public final class PausedRun {

    private PausedRun() {
    }

    public static void main(String[] args) {
        StepFault.pauseOnce(args[0], Path.of(args[1]));
        String[] command = Stream.concat(Arrays.stream(args, 2, args.length), Stream.of(StepFault.SOURCE_ARGUMENT))
                .toArray(String[]::new);
        System.exit(NightlyCommand.run(command));
    }
}
