package cn.icpcheck.job;

import cn.icpcheck.input.TooManyRejectsException;

import org.springframework.beans.BeansException;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.UndeclaredThrowableException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * A failure as the console shows it: its cause chain in plain sentences, the root cause last, with
 * no class names and no stack trace (the trace goes to the log at debug level, {@code --debug}).
 * Wrappers that only repeat their cause (Spring's "Error creating bean …", a pool's "Failed to
 * initialize pool: …") are left out; a failure without any message of its own (a bug) is named by
 * its kind.
 */
public final class FailureMessage {

    private FailureMessage() {
    }

    /** The last line of a failed run's message: what to do once the cause is mended. */
    public static final String RESTART = "Once the cause is mended, the same command restarts the run where it stopped.";

    /** Failures whose own message already says how to go on: the export to fix, the limit to raise. */
    private static final List<Class<? extends Throwable>> REMEDY_GIVEN =
            List.of(TooManyRejectsException.class, ExportCheck.BrokenExportException.class);

    /** The run's failure, and the line that tells what to do, unless the failure already tells it. */
    static String withRemedy(String reason, Throwable failure) {
        for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
            Throwable cause = t;
            if (REMEDY_GIVEN.stream().anyMatch(type -> type.isInstance(cause))) {
                return reason;
            }
        }
        return reason + System.lineSeparator() + RESTART;
    }

    /**
     * The failure's stack trace as text, for the debug log. It goes into the message itself rather
     * than through the logger's throwable slot, so that {@code --debug} shows it whatever pattern the
     * console's logging was configured with (the default pattern drops traces: {@code %nopex}).
     */
    public static String trace(Throwable failure) {
        java.io.StringWriter text = new java.io.StringWriter();
        failure.printStackTrace(new java.io.PrintWriter(text));
        return text.toString();
    }

    /** The sentences of the chain, outermost first, each said once. */
    public static List<String> causes(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            chain.add(t);
        }
        List<String> sentences = new ArrayList<>();
        for (int i = chain.size() - 1; i >= 0; i--) {
            Throwable t = chain.get(i);
            String sentence = sentence(t);
            if (sentence == null || (isWrapper(t) && i != chain.size() - 1)) {
                continue;
            }
            String said = sentences.isEmpty() ? null : sentences.get(0);
            if (said != null && (sentence.contains(said) || said.contains(sentence))) {
                continue;
            }
            sentences.add(0, sentence);
        }
        if (sentences.isEmpty()) {
            Throwable root = chain.get(chain.size() - 1);
            sentences.add("an unexpected " + root.getClass().getSimpleName() + " (run with --debug for its trace)");
        }
        return sentences;
    }

    /**
     * The console's lines: the headline with the outermost cause, then one {@code because …} line
     * per deeper cause.
     */
    public static String describe(String headline, Throwable failure) {
        List<String> causes = causes(failure);
        StringBuilder text = new StringBuilder(headline).append(": ").append(causes.get(0));
        for (String cause : causes.subList(1, causes.size())) {
            text.append(System.lineSeparator()).append("  because ").append(cause);
        }
        return text.toString();
    }

    /** What to do when the heap runs out: the heap the job needs grows with the export and its findings. */
    static final String LARGER_HEAP = "give the job a larger heap (-Xmx): about 1 GiB per million subjects,"
            + " and 1 GiB more per million findings beyond 400,000 per million subjects (docs/operations.md)";

    /** An I/O failure in words: {@code permission denied: /srv/reports/x}; the heap run out, with what to do. */
    public static String sentence(Throwable t) {
        if (t instanceof OutOfMemoryError) {
            return "the job ran out of memory" + (t.getMessage() == null ? "" : " (" + t.getMessage().strip() + ")")
                    + ": " + LARGER_HEAP;
        }
        if (t instanceof FileSystemException fs) {
            String what = t instanceof AccessDeniedException ? "permission denied"
                    : t instanceof NoSuchFileException ? "no such file or folder"
                    : t instanceof NotDirectoryException ? "not a folder"
                    : t instanceof FileAlreadyExistsException ? "a file is in the way"
                    : t instanceof DirectoryNotEmptyException ? "the folder is not empty"
                    : fs.getReason() != null ? fs.getReason() : "cannot be used";
            String file = fs.getFile() == null ? "" : ": " + fs.getFile()
                    + (fs.getOtherFile() == null ? "" : " → " + fs.getOtherFile());
            return what + file;
        }
        String message = t.getMessage();
        if (message == null || message.isBlank()) {
            return null;
        }
        if (t.getCause() != null && message.equals(t.getCause().toString())) {
            return null;
        }
        return message.strip();
    }

    /** An exception that only carries its cause along: Spring's own (Spring Batch's "Unable to process chunk"), reflection's, a pool's. */
    private static boolean isWrapper(Throwable t) {
        return (t.getCause() != null && t.getClass().getName().startsWith("org.springframework."))
                || t instanceof BeansException || t instanceof InvocationTargetException
                || t instanceof UndeclaredThrowableException || t instanceof ExecutionException
                || t instanceof CompletionException
                || t.getClass().getName().endsWith("PoolInitializationException");
    }
}
