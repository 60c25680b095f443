package org.boardpack.render;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;

import org.springframework.stereotype.Component;

/**
 * The threads that documents are written on: one per processor, shared by every pack the
 * process makes. Writing a pack's documents side by side uses both processors of a small
 * server for a single pack; sharing the threads keeps many packs at once (whose steps run
 * on their own threads) from starting more writers than there are processors. Not an
 * {@code Executor} bean, so that it is never taken for the application's task executor.
 */
@Component
public class RenderThreads implements AutoCloseable {

	private final ExecutorService threads = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(),
			Thread.ofPlatform().name("render-", 1).daemon().factory());

	public <T> Future<T> submit(Callable<T> task) {
		return this.threads.submit(task);
	}

	/**
	 * Offers part of a document to a free render thread. {@link Part#join()} takes the
	 * part back and does it on the caller's thread if no render thread has begun it, so a
	 * document that waits for its part never waits for a thread: with every thread busy
	 * writing documents, the part costs nothing more than doing it in line.
	 */
	public <T> Part<T> fork(Callable<T> part) {
		FutureTask<T> task = new FutureTask<>(part);
		this.threads.execute(task);
		return new Part<>(task);
	}

	@Override
	public void close() {
		this.threads.shutdownNow();
	}

	/** Part of a document, being done on a render thread, waiting for one, or kept. */
	public static final class Part<T> {

		private final FutureTask<T> task;

		private Part(FutureTask<T> task) {
			this.task = task;
		}

		/** A part that no other thread is offered: {@link #join()} does it. */
		public static <T> Part<T> inLine(Callable<T> part) {
			return new Part<>(new FutureTask<>(part));
		}

		/**
		 * Its result, once done; done here and now if no thread has begun it (a task that
		 * has begun or finished is not run again).
		 */
		public T join() throws IOException {
			this.task.run();
			try {
				return this.task.get();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new InterruptedIOException("stopped while waiting for part of a document");
			}
			catch (ExecutionException ex) {
				Throwable cause = ex.getCause();
				if (cause instanceof IOException io) {
					throw io;
				}
				if (cause instanceof RuntimeException runtime) {
					throw runtime;
				}
				if (cause instanceof Error error) {
					throw error;
				}
				throw new IOException(cause);
			}
		}

		/**
		 * Waits for the part after the rest of its document failed, so that nothing is
		 * still writing when the failure is handled; its own failure is added to that
		 * one.
		 */
		public void joinAfter(Exception failure) {
			try {
				join();
			}
			catch (IOException | RuntimeException ex) {
				failure.addSuppressed(ex);
			}
		}

	}

}
