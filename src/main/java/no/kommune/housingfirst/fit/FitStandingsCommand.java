package no.kommune.housingfirst.fit;

import no.kommune.housingfirst.shared.RebuildCommand;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The operator's command that rebuilds where each participant's FIT series stands from
 * the sessions (see the README): started with
 * {@code --housingfirst.fit.rebuild-standings=true}.
 */
@Component
@ConditionalOnProperty(name = "housingfirst.fit.rebuild-standings", havingValue = "true")
class FitStandingsCommand extends RebuildCommand {

	private final FitStandingsRebuild rebuild;

	FitStandingsCommand(FitStandingsRebuild rebuild, ConfigurableApplicationContext context,
			@Value("${housingfirst.fit.rebuild-standings-exit:true}") boolean exitWhenDone) {
		super("housingfirst.fit", context, exitWhenDone);
		this.rebuild = rebuild;
	}

	@Override
	protected String rebuild() {
		FitStandingsRebuild.Result result = this.rebuild.rebuild();
		return "FIT standings rebuilt rows=" + result.rows() + " rowsThatDiffered=" + result.rowsThatDiffered();
	}

}
