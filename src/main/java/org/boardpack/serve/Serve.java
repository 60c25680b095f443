package org.boardpack.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import org.boardpack.BoardpackApplication;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

/**
 * {@code serve}: the application as a long-lived service, in the {@code serve} profile,
 * with a web server for its health and status. It runs until the process is stopped;
 * SIGTERM ends it gracefully.
 */
public final class Serve {

	/**
	 * The profile that switches the web server, the schedule and the status endpoint on.
	 */
	public static final String PROFILE = "serve";

	private Serve() {
	}

	/**
	 * Starts serving and returns the running application; {@code sources} adds
	 * configuration (a test's own export) and {@code args} properties such as
	 * {@code --server.port=0}.
	 */
	public static ConfigurableApplicationContext start(ServeRequest request, List<Class<?>> sources, String... args) {
		List<Class<?>> all = new ArrayList<>(List.of(BoardpackApplication.class));
		all.addAll(sources);
		SpringApplication application = new SpringApplication(all.toArray(Class<?>[]::new));
		application.setAdditionalProfiles(PROFILE);
		application.addInitializers((context) -> context.getBeanFactory().registerSingleton("serveRequest", request));
		return application.run(args);
	}

	/** Blocks until the application is closed, by SIGTERM or otherwise. */
	public static void awaitClose(ConfigurableApplicationContext context) throws InterruptedException {
		CountDownLatch closed = new CountDownLatch(1);
		context.addApplicationListener((ContextClosedEvent event) -> closed.countDown());
		if (context.isActive()) {
			closed.await();
		}
	}

	/** The port the status and health are served on. */
	public static int port(ConfigurableApplicationContext context) {
		return context.getEnvironment().getProperty("local.server.port", Integer.class, -1);
	}

}
