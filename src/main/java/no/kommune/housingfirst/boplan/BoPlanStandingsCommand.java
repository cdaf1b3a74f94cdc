package no.kommune.housingfirst.boplan;

import no.kommune.housingfirst.shared.RebuildCommand;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The operator's command that rebuilds where each participant's bo-plan and follow-up
 * agreement stand (see the README): started with
 * {@code --housingfirst.boplan.rebuild-standings=true}.
 */
@Component
@ConditionalOnProperty(name = "housingfirst.boplan.rebuild-standings", havingValue = "true")
class BoPlanStandingsCommand extends RebuildCommand {

	private final BoPlanStandingsRebuild rebuild;

	BoPlanStandingsCommand(BoPlanStandingsRebuild rebuild, ConfigurableApplicationContext context,
			@Value("${housingfirst.boplan.rebuild-standings-exit:true}") boolean exitWhenDone) {
		super("housingfirst.boplan", context, exitWhenDone);
		this.rebuild = rebuild;
	}

	@Override
	protected String rebuild() {
		BoPlanStandingsRebuild.Result result = this.rebuild.rebuild();
		return "Bo-plan standings rebuilt rows=" + result.rows() + " rowsThatDiffered=" + result.rowsThatDiffered();
	}

}
