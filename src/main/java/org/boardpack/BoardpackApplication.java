package org.boardpack;

import org.boardpack.system.BoardpackProperties;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * boardpack: the monthly board pack of an improvement programme, in one run. The
 * application's configuration; the command line ({@link org.boardpack.cli.Cli}) starts it
 * for the commands that need it.
 */
@SpringBootApplication
@EnableConfigurationProperties(BoardpackProperties.class)
public class BoardpackApplication {

}
