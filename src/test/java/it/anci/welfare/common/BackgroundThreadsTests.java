package it.anci.welfare.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Background work runs on a daemon thread named after it. */
class BackgroundThreadsTests {

	@Test
	void aSingleExecutorRunsOnOneNamedDaemonThread() throws Exception {
		ExecutorService executor = BackgroundThreads.single("test-work");
		try {
			Thread first = executor.submit(Thread::currentThread).get(5, TimeUnit.SECONDS);
			Thread second = executor.submit(Thread::currentThread).get(5, TimeUnit.SECONDS);
			assertThat(first.getName()).isEqualTo("test-work");
			assertThat(first.isDaemon()).isTrue();
			assertThat(second).isSameAs(first);
		}
		finally {
			executor.shutdownNow();
		}
	}

	@Test
	void aScheduledExecutorRunsOnANamedDaemonThread() throws Exception {
		ScheduledExecutorService executor = BackgroundThreads.scheduled("test-probe");
		try {
			Thread thread = executor.schedule(Thread::currentThread, 1, TimeUnit.MILLISECONDS).get(5, TimeUnit.SECONDS);
			assertThat(thread.getName()).isEqualTo("test-probe");
			assertThat(thread.isDaemon()).isTrue();
		}
		finally {
			executor.shutdownNow();
		}
	}

}
