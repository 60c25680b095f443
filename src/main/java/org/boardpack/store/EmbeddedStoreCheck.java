package org.boardpack.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Looks at the embedded store's file before anything opens it. H2 makes an empty store of
 * a file cut to 0 bytes and opens a file cut short at an older state, both without a
 * word, after which every earlier run and delivery is forgotten and the board is e-mailed
 * again. A damaged store therefore stops the process with {@link DamagedStoreException},
 * unless {@code boardpack.new-store} (the command line's {@code --new-store}) asks for it
 * to be put aside and an empty store started, on purpose.
 */
@Component
class EmbeddedStoreCheck implements BeanFactoryPostProcessor, EnvironmentAware {

	/**
	 * H2's error codes for a file it cannot read, and for a file another process has
	 * open.
	 */
	private static final int FILE_CORRUPTED = 90030;

	private static final int IN_USE = 90020;

	/**
	 * H2's answer, opened read-only, when the file holds no store and it would have made
	 * a new one.
	 */
	private static final int NO_STORE = 90097;

	private static final DateTimeFormatter ASIDE = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

	private Environment environment;

	@Override
	public void setEnvironment(Environment environment) {
		this.environment = environment;
	}

	@Override
	public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
		Path base = EmbeddedStores.base(this.environment.getProperty("spring.datasource.url"));
		if (base == null) {
			return;
		}
		String damage = damage(base);
		if (damage == null) {
			return;
		}
		Path file = EmbeddedStores.file(base);
		if (!this.environment.getProperty("boardpack.new-store", Boolean.class, false)) {
			throw new DamagedStoreException(file, damage);
		}
		Path aside = putAside(base);
		System.err.println("boardpack: the embedded store " + file + " was damaged (" + damage + "); it was put "
				+ "aside as " + aside.getFileName() + " and an empty store started, as --new-store asked");
	}

	/**
	 * What is wrong with the store, or null when it is sound (or new, or in use by
	 * another process).
	 */
	private static String damage(Path base) {
		Path file = EmbeddedStores.file(base);
		if (!Files.exists(file)) {
			forget(base); // deleting the store file is the documented way to start afresh
			return null;
		}
		try {
			if (Files.size(file) == 0) {
				return "the file is empty (0 bytes)";
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		StoreMark mark = StoreMark.read(base);
		try (Connection connection = DriverManager.getConnection(
				"jdbc:h2:file:" + base + ";IFEXISTS=TRUE;ACCESS_MODE_DATA=r;TRACE_LEVEL_FILE=0;DB_CLOSE_ON_EXIT=FALSE",
				"sa", "")) {
			StoreMark held = StoreMark.of(connection);
			if (mark != null && mark.isAheadOf(held)) {
				return "it holds older records than it last did (latest run " + held.runs() + ", " + held.updates()
						+ " run updates and latest delivery " + held.deliveries() + ", where " + mark.runs() + ", "
						+ mark.updates() + " and " + mark.deliveries() + " were recorded); the file was cut short or "
						+ "replaced by an older copy";
			}
			return null;
		}
		catch (SQLException ex) {
			if (ex.getErrorCode() == NO_STORE) {
				return "H2 finds no store in it; the file was cut short";
			}
			if (ex.getErrorCode() == FILE_CORRUPTED) {
				return "H2 cannot read it (" + ex.getMessage().lines().findFirst().orElse("") + ")";
			}
			if (ex.getErrorCode() == IN_USE) {
				return null; // the command reports the store in use by another run
			}
			throw new IllegalStateException("could not open the embedded store " + file + ": " + ex.getMessage(), ex);
		}
	}

	private static void forget(Path base) {
		try {
			Files.deleteIfExists(StoreMark.file(base));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Renames the store's files, keeping them for whoever wants to recover something from
	 * them.
	 */
	private static Path putAside(Path base) {
		String stamp = ".damaged-" + ASIDE.format(LocalDateTime.now());
		Path file = EmbeddedStores.file(base);
		Path aside = file.resolveSibling(file.getFileName() + stamp);
		try {
			if (Files.exists(file)) {
				Files.move(file, aside);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		forget(base);
		return aside;
	}

}
