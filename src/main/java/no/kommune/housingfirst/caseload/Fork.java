package no.kommune.housingfirst.caseload;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Independent reads run side by side: the work added is shared out over this thread and a
 * few virtual threads, each read in its own transaction (ADR 0020). The dashboard's
 * figures come from ten modules whose queries do not depend on each other; one after the
 * other they kept one database connection and one core busy while the other core was
 * idle.
 *
 * <p>
 * Not for anything that writes, and not for work that needs the request's thread: a task
 * sees no transaction, security context or request of the caller. At most {@code lanes}
 * connections are in use for one fork, and helper threads are shared by all forks (one
 * per core), so a busy server runs forks one read after the other instead of multiplying
 * connections.
 */
final class Fork {

	/**
	 * Helper threads for all forks together, one per core (two at least): on a busy
	 * server the forks that find none free run on their own thread, one read after the
	 * other, holding one connection at a time as before, instead of three views' worth of
	 * reads waiting for the pool (at 16 users on every section's dashboard, some waited
	 * past the pool's timeout).
	 */
	static final Semaphore HELPERS = new Semaphore(Math.max(2, Runtime.getRuntime().availableProcessors()));

	private final List<Task<?>> tasks = new ArrayList<>();

	/** Work to run at {@link #join}; the supplier returned gives its result after it. */
	<T> Supplier<T> add(Supplier<T> work) {
		Task<T> task = new Task<>(work);
		this.tasks.add(task);
		return task::result;
	}

	/**
	 * Runs everything added, in the order added, on this thread and up to
	 * {@code lanes - 1} more, and returns when all of it is done. The first failure (in
	 * the order added) is thrown as it was, after the rest has finished. Inside a
	 * transaction everything runs on this thread, in it: what the transaction has written
	 * but not committed (an export's audit row, a test's fixture) is visible to it alone.
	 */
	void join(int lanes) {
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			lanes = 1;
		}
		AtomicInteger next = new AtomicInteger();
		Runnable lane = () -> {
			for (int i = next.getAndIncrement(); i < this.tasks.size(); i = next.getAndIncrement()) {
				this.tasks.get(i).run();
			}
		};
		List<Thread> helpers = new ArrayList<>();
		for (int i = 1; i < Math.min(lanes, this.tasks.size()) && HELPERS.tryAcquire(); i++) {
			helpers.add(Thread.ofVirtual().name("fork-lane-", i).start(() -> {
				try {
					lane.run();
				}
				finally {
					HELPERS.release();
				}
			}));
		}
		lane.run();
		boolean interrupted = false;
		for (Thread helper : helpers) {
			while (true) {
				try {
					helper.join();
					break;
				}
				catch (InterruptedException ex) {
					// The helpers finish their reads either way; the caller hears of it.
					interrupted = true;
				}
			}
		}
		if (interrupted) {
			Thread.currentThread().interrupt();
		}
		for (Task<?> task : this.tasks) {
			task.rethrow();
		}
	}

	private static final class Task<T> {

		private final Supplier<T> work;

		private volatile T result;

		private volatile Throwable failure;

		private volatile boolean done;

		Task(Supplier<T> work) {
			this.work = work;
		}

		void run() {
			try {
				this.result = this.work.get();
			}
			catch (Throwable ex) {
				this.failure = ex;
			}
			finally {
				this.done = true;
			}
		}

		void rethrow() {
			if (this.failure instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (this.failure instanceof Error error) {
				throw error;
			}
			if (this.failure != null) {
				throw new IllegalStateException(this.failure);
			}
		}

		T result() {
			if (!this.done) {
				throw new IllegalStateException("The fork has not been joined");
			}
			rethrow();
			return this.result;
		}

	}

}
