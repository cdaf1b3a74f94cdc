package no.kommune.housingfirst.caseload;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import org.springframework.transaction.support.TransactionSynchronizationManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The dashboard's reads side by side: every result where it was asked for, never more
 * than the lanes at once, a failure thrown as it was once the rest is done, and
 * everything on the caller's thread inside a transaction.
 */
class ForkTest {

	@Test
	void everyResultComesBackWhereItWasAskedFor() {
		Fork fork = new Fork();
		List<Supplier<Integer>> results = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			int value = i * i;
			results.add(fork.add(() -> value));
		}
		fork.join(3);
		for (int i = 0; i < 20; i++) {
			assertThat(results.get(i).get()).isEqualTo(i * i);
		}
	}

	@Test
	void neverMoreThanTheLanesAtOnceAndTheyDoRunSideBySide() {
		Fork fork = new Fork();
		AtomicInteger running = new AtomicInteger();
		AtomicInteger most = new AtomicInteger();
		Set<Thread> threads = ConcurrentHashMap.newKeySet();
		// The first three wait for each other: they can only all finish if three lanes
		// run them at the same time.
		CountDownLatch together = new CountDownLatch(3);
		for (int i = 0; i < 12; i++) {
			boolean meet = i < 3;
			fork.add(() -> {
				threads.add(Thread.currentThread());
				most.accumulateAndGet(running.incrementAndGet(), Math::max);
				try {
					if (meet) {
						together.countDown();
						assertThat(together.await(10, TimeUnit.SECONDS)).isTrue();
					}
					Thread.sleep(5);
				}
				catch (InterruptedException ex) {
					throw new IllegalStateException(ex);
				}
				finally {
					running.decrementAndGet();
				}
				return null;
			});
		}
		fork.join(3);
		assertThat(most.get()).isEqualTo(3);
		assertThat(threads).hasSize(3).contains(Thread.currentThread());
	}

	@Test
	void theFirstFailureIsThrownAsItWasAfterTheRestHasRun() {
		Fork fork = new Fork();
		AtomicInteger ran = new AtomicInteger();
		IllegalArgumentException first = new IllegalArgumentException("first");
		fork.add(() -> {
			ran.incrementAndGet();
			throw first;
		});
		for (int i = 0; i < 5; i++) {
			fork.add(ran::incrementAndGet);
		}
		fork.add(() -> {
			ran.incrementAndGet();
			throw new IllegalStateException("second");
		});
		assertThatThrownBy(() -> fork.join(2)).isSameAs(first);
		assertThat(ran.get()).isEqualTo(7);
	}

	@Test
	void insideATransactionEverythingRunsOnTheCallersThread() {
		Fork fork = new Fork();
		Set<Thread> threads = ConcurrentHashMap.newKeySet();
		for (int i = 0; i < 6; i++) {
			fork.add(() -> threads.add(Thread.currentThread()));
		}
		TransactionSynchronizationManager.setActualTransactionActive(true);
		try {
			fork.join(3);
		}
		finally {
			TransactionSynchronizationManager.setActualTransactionActive(false);
		}
		assertThat(threads).containsExactly(Thread.currentThread());
	}

	@Test
	void withNoHelperFreeEverythingRunsOnTheCallersThread() {
		int taken = Fork.HELPERS.drainPermits();
		try {
			Fork fork = new Fork();
			Set<Thread> threads = ConcurrentHashMap.newKeySet();
			for (int i = 0; i < 6; i++) {
				fork.add(() -> threads.add(Thread.currentThread()));
			}
			fork.join(3);
			assertThat(threads).containsExactly(Thread.currentThread());
		}
		finally {
			Fork.HELPERS.release(taken);
		}
		// And the helpers are given back after each fork.
		Fork fork = new Fork();
		fork.add(() -> 1);
		fork.add(() -> 2);
		fork.add(() -> 3);
		fork.join(3);
		assertThat(Fork.HELPERS.availablePermits()).isEqualTo(taken);
	}

	@Test
	void aResultIsNotThereBeforeTheJoin() {
		Fork fork = new Fork();
		Supplier<Integer> result = fork.add(() -> 1);
		assertThatThrownBy(result::get).isInstanceOf(IllegalStateException.class);
	}

}
