package org.boardpack.render;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RenderThreadsTests {

	@Test
	void aPartOfferedWhileEveryThreadIsBusyIsDoneByTheDocumentThatWaitsForIt() throws Exception {
		try (RenderThreads threads = new RenderThreads()) {
			CountDownLatch release = new CountDownLatch(1);
			List<Future<Object>> busy = new ArrayList<>();
			for (int i = 0; i < Runtime.getRuntime().availableProcessors(); i++) {
				busy.add(threads.submit(() -> release.await(30, TimeUnit.SECONDS)));
			}
			RenderThreads.Part<String> part = threads.fork(() -> Thread.currentThread().getName());

			assertThat(part.join()).isEqualTo(Thread.currentThread().getName());
			release.countDown();
			for (Future<Object> task : busy) {
				task.get();
			}
		}
	}

	@Test
	void aPartThatAFreeThreadTookIsDoneThereOnce() throws Exception {
		try (RenderThreads threads = new RenderThreads()) {
			CountDownLatch started = new CountDownLatch(1);
			List<String> doneBy = new ArrayList<>();
			RenderThreads.Part<Void> part = threads.fork(() -> {
				started.countDown();
				synchronized (doneBy) {
					doneBy.add(Thread.currentThread().getName());
				}
				return null;
			});
			assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();

			part.join();

			assertThat(doneBy).singleElement().asString().startsWith("render-");
		}
	}

	@Test
	void aPartsFailureReachesTheDocumentAsItWasThrown() {
		RenderThreads.Part<Void> part = RenderThreads.Part.inLine(() -> {
			throw new IOException("No space left on device");
		});

		assertThatThrownBy(part::join).isInstanceOf(IOException.class).hasMessage("No space left on device");
	}

	@Test
	void aPartThatFailsAfterItsDocumentFailedIsAddedToThatFailure() {
		IOException pdf = new IOException("the PDF could not be written");
		RenderThreads.Part<Void> part = RenderThreads.Part.inLine(() -> {
			throw new IllegalStateException("the Word file could not be written");
		});

		part.joinAfter(pdf);

		assertThat(pdf.getSuppressed()).singleElement()
			.extracting(Throwable::getMessage)
			.isEqualTo("the Word file could not be written");
	}

}
