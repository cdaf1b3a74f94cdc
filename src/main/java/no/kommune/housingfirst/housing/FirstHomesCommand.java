package no.kommune.housingfirst.housing;

import no.kommune.housingfirst.shared.RebuildCommand;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The operator's command that rebuilds the first homes and housing stability from the
 * tenancies (see the README): started with
 * {@code --housingfirst.housing.rebuild-first-homes=true}.
 */
@Component
@ConditionalOnProperty(name = "housingfirst.housing.rebuild-first-homes", havingValue = "true")
class FirstHomesCommand extends RebuildCommand {

	private final FirstHomesRebuild rebuild;

	FirstHomesCommand(FirstHomesRebuild rebuild, ConfigurableApplicationContext context,
			@Value("${housingfirst.housing.rebuild-first-homes-exit:true}") boolean exitWhenDone) {
		super("housingfirst.housing", context, exitWhenDone);
		this.rebuild = rebuild;
	}

	@Override
	protected String rebuild() {
		FirstHomesRebuild.Result result = this.rebuild.rebuild();
		return "first homes rebuilt rows=" + result.rows() + " rowsThatDiffered=" + result.rowsThatDiffered();
	}

}
