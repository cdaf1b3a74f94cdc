package no.kommune.housingfirst.visitlog;

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
 * The operator's command that rebuilds the visit roll-ups from the raw visits (see the
 * README): started with {@code --housingfirst.visitlog.rebuild-rollups=true}, it rebuilds
 * them, logs how many rows it wrote and how many had differed, and ends the application.
 */
@Component
@ConditionalOnProperty(name = "housingfirst.visitlog.rebuild-rollups", havingValue = "true")
class VisitRollupsCommand implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger("housingfirst.visitlog");

	private final VisitRollupRebuild rebuild;

	private final ConfigurableApplicationContext context;

	private final boolean exitWhenDone;

	VisitRollupsCommand(VisitRollupRebuild rebuild, ConfigurableApplicationContext context,
			@Value("${housingfirst.visitlog.rebuild-rollups-exit:true}") boolean exitWhenDone) {
		this.rebuild = rebuild;
		this.context = context;
		this.exitWhenDone = exitWhenDone;
	}

	@Override
	public void run(ApplicationArguments args) {
		VisitRollupRebuild.Result result = this.rebuild.rebuild();
		log.info(
				"visit roll-ups rebuilt weekRows={} lastContactRows={} weekRowsThatDiffered={} "
						+ "lastContactsThatDiffered={} teamWeekRows={} teamWeekRowsThatDiffered={}",
				result.weekRows(), result.lastContactRows(), result.weekRowsDiffering(), result.lastContactsDiffering(),
				result.teamWeekRows(), result.teamWeekRowsDiffering());
		if (this.exitWhenDone) {
			System.exit(SpringApplication.exit(this.context));
		}
	}

}
