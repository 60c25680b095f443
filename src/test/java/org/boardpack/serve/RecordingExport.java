package org.boardpack.serve;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;

import org.boardpack.delivery.PackExport;

import org.springframework.context.annotation.Primary;

/**
 * A pack export for serve's tests: records each call and answers as a delivery to a
 * folder and by e-mail would. A programme folder named {@code failing-plan} fails as an
 * unreachable mail server would; one named {@code slow-plan} waits until
 * {@link #release()}; the e-mail of one named {@code undelivered-plan} fails the first
 * time. It stands in for the real export, which delivers for real.
 */
@Primary
class RecordingExport implements PackExport {

	record Call(Path folder, YearMonth period) {
	}

	final Queue<Call> calls = new ConcurrentLinkedQueue<>();

	final CountDownLatch slowStarted = new CountDownLatch(1);

	private final CountDownLatch slowReleased = new CountDownLatch(1);

	@Override
	public Exported export(Path programmeFolder, YearMonth period) throws Exception {
		this.calls.add(new Call(programmeFolder, period));
		String name = programmeFolder.getFileName().toString();
		if (name.equals("failing-plan")) {
			throw new IllegalStateException("e-mail to board@example.org: the mail server refused the connection");
		}
		if (name.equals("slow-plan")) {
			this.slowStarted.countDown();
			this.slowReleased.await();
		}
		Delivered email = (name.equals("undelivered-plan")
				&& this.calls.stream().filter((call) -> call.folder().equals(programmeFolder)).count() == 1)
						? new Delivered("email", "to board@example.org", Status.FAILED, "failed after 4 attempts")
						: new Delivered("email", "to board@example.org", Status.DELIVERED, "delivered");
		return new Exported(name, period, Path.of("/srv/packs", name, period.toString()),
				List.of(new Delivered("folder", "/srv/board-drop", Status.DELIVERED, "delivered"), email));
	}

	void release() {
		this.slowReleased.countDown();
	}

}
