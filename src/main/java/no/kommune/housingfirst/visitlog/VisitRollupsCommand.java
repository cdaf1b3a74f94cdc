package no.kommune.housingfirst.visitlog;

import no.kommune.housingfirst.shared.RebuildCommand;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The operator's command that rebuilds the visit roll-ups from the raw visits (see the
 * README): started with {@code --housingfirst.visitlog.rebuild-rollups=true}.
 */
@Component
@ConditionalOnProperty(name = "housingfirst.visitlog.rebuild-rollups", havingValue = "true")
class VisitRollupsCommand extends RebuildCommand {

	private final VisitRollupRebuild rebuild;

	VisitRollupsCommand(VisitRollupRebuild rebuild, ConfigurableApplicationContext context,
			@Value("${housingfirst.visitlog.rebuild-rollups-exit:true}") boolean exitWhenDone) {
		super("housingfirst.visitlog", context, exitWhenDone);
		this.rebuild = rebuild;
	}

	@Override
	protected String rebuild() {
		VisitRollupRebuild.Result result = this.rebuild.rebuild();
		return "visit roll-ups rebuilt weekRows=" + result.weekRows() + " lastContactRows=" + result.lastContactRows()
				+ " weekRowsThatDiffered=" + result.weekRowsDiffering() + " lastContactsThatDiffered="
				+ result.lastContactsDiffering() + " teamWeekRows=" + result.teamWeekRows()
				+ " teamWeekRowsThatDiffered=" + result.teamWeekRowsDiffering();
	}

}
