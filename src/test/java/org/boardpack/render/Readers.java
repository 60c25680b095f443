package org.boardpack.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.boardpack.Requires;

import static org.assertj.core.api.Assertions.assertThat;

/** Opens outputs with the real readers a user has: poppler's PDF tools. */
public final class Readers {

	private Readers() {
	}

	/**
	 * The text of a PDF as pdftotext reads it, keeping the physical layout of each line.
	 */
	public static String pdfText(Path pdf) throws IOException, InterruptedException {
		return run("pdftotext", "-layout", pdf.toString(), "-");
	}

	/**
	 * Runs a reader and returns its standard output; without the reader the test fails
	 * under CI and is skipped elsewhere. What it says on standard error goes to the
	 * test's log.
	 */
	public static String run(String... command) throws IOException, InterruptedException {
		Requires.command(command[0], command[0].equals("soffice")
				? "LibreOffice (libreoffice-writer-nogui and libreoffice-calc-nogui)" : "poppler-utils");
		Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).as("%s exit code; output:%n%s", command[0], output).isZero();
		return output;
	}

}
