package cn.icpcheck.job;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AsideTest {

    @Test
    void theWorkRunsOnAThreadOfItsOwnAndItsResultIsTaken() {
        Thread caller = Thread.currentThread();
        Aside<Thread> aside = Aside.start("icp-test-aside-", Thread::currentThread);

        Thread worker = aside.take();

        assertThat(worker).isNotSameAs(caller);
        assertThat(worker.getName()).startsWith("icp-test-aside-");
        assertThat(worker.isDaemon()).isTrue();
    }

    @Test
    void whatTheWorkThrewIsThrownAsItWasNotWrapped() {
        UncheckedIOException failure = new UncheckedIOException("the history cannot be read", new IOException("disk"));
        Aside<String> aside = Aside.start("icp-test-aside-", () -> {
            throw failure;
        });

        assertThatThrownBy(aside::take).isSameAs(failure);
    }

    @Test
    void anErrorIsThrownAsItWas() {
        OutOfMemoryError error = new OutOfMemoryError("Java heap space");
        Aside<String> aside = Aside.start("icp-test-aside-", () -> {
            throw error;
        });

        assertThatThrownBy(aside::take).isSameAs(error);
    }
}
