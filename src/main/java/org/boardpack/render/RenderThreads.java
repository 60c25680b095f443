package org.boardpack.job;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.springframework.stereotype.Component;

/**
 * The threads that documents are written on: one per processor, shared by every pack the
 * process makes. Writing a pack's documents side by side uses both processors of a small
 * server for a single pack; sharing the threads keeps many packs at once (whose steps run
 * on their own threads) from starting more writers than there are processors. Not an
 * {@code Executor} bean, so that it is never taken for the application's task executor.
 */
@Component
class RenderThreads implements AutoCloseable {

	private final ExecutorService threads = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(),
			Thread.ofPlatform().name("render-", 1).daemon().factory());

	<T> Future<T> submit(Callable<T> task) {
		return this.threads.submit(task);
	}

	@Override
	public void close() {
		this.threads.shutdownNow();
	}

}
