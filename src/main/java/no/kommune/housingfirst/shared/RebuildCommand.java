package no.kommune.housingfirst.shared;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * An operator's command that recomputes a maintained aggregate from its raw rows (see the
 * README): the application is started with the command's property, the command rebuilds,
 * logs one line saying how many rows there are and how many had differed, and ends the
 * application (a test keeps it running).
 */
public abstract class RebuildCommand implements ApplicationRunner {

	private final Logger log;

	private final ConfigurableApplicationContext context;

	private final boolean exitWhenDone;

	protected RebuildCommand(String logger, ConfigurableApplicationContext context, boolean exitWhenDone) {
		this.log = LoggerFactory.getLogger(logger);
		this.context = context;
		this.exitWhenDone = exitWhenDone;
	}

	/** Rebuilds, and says what it found in the words of the log line. */
	protected abstract String rebuild();

	@Override
	public void run(ApplicationArguments args) {
		this.log.info(rebuild());
		if (this.exitWhenDone) {
			System.exit(SpringApplication.exit(this.context));
		}
	}

}
