package org.boardpack.serve;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads serve's health and status over HTTP, as a monitor or a person with a browser
 * would.
 */
final class Status {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient client = HttpClient.newHttpClient();

	private final int port;

	Status(int port) {
		this.port = port;
	}

	HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return this.client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	JsonNode json(String path) throws IOException, InterruptedException {
		return JSON.readTree(get(path).body());
	}

	/** The programme's entry in {@code /actuator/boardpack}. */
	JsonNode programme(String id) throws IOException, InterruptedException {
		for (JsonNode programme : json("/actuator/boardpack").get("programmes")) {
			if (programme.get("programme").asString().equals(id)) {
				return programme;
			}
		}
		throw new AssertionError("no programme " + id + " in the status");
	}

	/**
	 * The programme's entry once it satisfies {@code until}; fails after a minute of
	 * asking.
	 */
	JsonNode awaitProgramme(String id, Predicate<JsonNode> until) throws IOException, InterruptedException {
		return awaitProgramme(id, until, Duration.ofMinutes(1));
	}

	/**
	 * The programme's entry once it satisfies {@code until}; fails when {@code patience}
	 * has passed.
	 */
	JsonNode awaitProgramme(String id, Predicate<JsonNode> until, Duration patience)
			throws IOException, InterruptedException {
		Instant deadline = Instant.now().plus(patience);
		JsonNode programme = programme(id);
		while (!until.test(programme)) {
			if (Instant.now().isAfter(deadline)) {
				throw new AssertionError("status of " + id + " never came to it: " + programme);
			}
			Thread.sleep(200);
			programme = programme(id);
		}
		return programme;
	}

}
