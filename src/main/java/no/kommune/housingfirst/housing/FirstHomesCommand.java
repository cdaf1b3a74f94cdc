package no.kommune.housingfirst.housing;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The operator's command that rebuilds the first homes and housing stability from the
 * tenancies (see the README): started with
 * {@code --housingfirst.housing.rebuild-first-homes=true}, it rebuilds them, logs how
 * many rows there are and how many had differed, and ends the application.
 */
@Component
@ConditionalOnProperty(name = "housingfirst.housing.rebuild-first-homes", havingValue = "true")
class FirstHomesCommand implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger("housingfirst.housing");

	private final FirstHomesRebuild rebuild;

	private final ConfigurableApplicationContext context;

	private final boolean exitWhenDone;

	FirstHomesCommand(FirstHomesRebuild rebuild, ConfigurableApplicationContext context,
			@Value("${housingfirst.housing.rebuild-first-homes-exit:true}") boolean exitWhenDone) {
		this.rebuild = rebuild;
		this.context = context;
		this.exitWhenDone = exitWhenDone;
	}

	@Override
	public void run(ApplicationArguments args) {
		FirstHomesRebuild.Result result = this.rebuild.rebuild();
		log.info("first homes rebuilt rows={} rowsThatDiffered={}", result.rows(), result.rowsThatDiffered());
		if (this.exitWhenDone) {
			System.exit(SpringApplication.exit(this.context));
		}
	}

}
