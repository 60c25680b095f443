package org.boardpack.store;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Optional;

import javax.sql.DataSource;

import org.h2.tools.Server;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Component;

/**
 * Lets a read-only command (history) see the embedded store while another process holds
 * it. H2 opens its file for one process only, and its own automatic server cannot be
 * combined with keeping the store open until a run stopped by SIGTERM has finished; so
 * the process holding the store serves it on a port of its own, to this machine only, and
 * names the port in {@code server.port} beside the store. Not started for PostgreSQL or
 * an in-memory store.
 */
@Component
@ConditionalOnExpression("'${spring.datasource.url:}'.startsWith('jdbc:h2:file:')")
public class EmbeddedStoreServer implements InitializingBean, DisposableBean {

	static final String PORT_FILE = "server.port";

	private final Path folder;

	private Server server;

	/**
	 * The data source is opened first, so that only the process that holds the store
	 * serves it.
	 */
	EmbeddedStoreServer(DataSource opened, @Value("${boardpack.store-dir}") Path folder) {
		this.folder = folder;
	}

	@Override
	public void afterPropertiesSet() throws SQLException, IOException {
		this.server = Server
			.createTcpServer("-tcpPort", String.valueOf(freePort()), "-baseDir",
					this.folder.toAbsolutePath().toString(), "-ifExists", "-tcpDaemon")
			.start();
		Files.writeString(this.folder.resolve(PORT_FILE), String.valueOf(this.server.getPort()),
				StandardCharsets.UTF_8);
	}

	@Override
	public void destroy() throws IOException {
		Files.deleteIfExists(this.folder.resolve(PORT_FILE));
		this.server.stop();
	}

	/**
	 * The address at which another process serves the store in {@code folder}, for a
	 * command that found it in use: empty when no process says it serves it.
	 */
	public static Optional<String> servedUrl(Path folder) {
		try {
			String port = Files.readString(folder.resolve(PORT_FILE), StandardCharsets.UTF_8).strip();
			return Optional.of("jdbc:h2:tcp://127.0.0.1:" + Integer.parseInt(port) + "/boardpack;IFEXISTS=TRUE");
		}
		catch (IOException | NumberFormatException ex) {
			return Optional.empty();
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
