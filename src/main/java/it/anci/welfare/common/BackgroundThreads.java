package it.anci.welfare.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;

/**
 * One background thread for one kind of work, named after it (as thread dumps and the log
 * show it) and a daemon: unfinished background work must not keep the JVM from stopping.
 */
public final class BackgroundThreads {

	private BackgroundThreads() {
	}

	/** Runs tasks one after the other on a thread called {@code name}. */
	public static ExecutorService single(String name) {
		return Executors.newSingleThreadExecutor(named(name));
	}

	/** As {@link #single(String)}, for tasks run after a delay or periodically. */
	public static ScheduledExecutorService scheduled(String name) {
		return Executors.newSingleThreadScheduledExecutor(named(name));
	}

	private static ThreadFactory named(String name) {
		return task -> {
			Thread thread = new Thread(task, name);
			thread.setDaemon(true);
			return thread;
		};
	}

}
