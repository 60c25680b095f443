package org.boardpack;

import org.boardpack.cli.Cli;
import org.boardpack.system.BoardpackProperties;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/** boardpack: the monthly board pack of an improvement programme, in one run. */
@SpringBootApplication
@EnableConfigurationProperties(BoardpackProperties.class)
public class BoardpackApplication {

	public static void main(String[] args) {
		System.exit(new Cli(System.out, System.err).run(args));
	}

}
