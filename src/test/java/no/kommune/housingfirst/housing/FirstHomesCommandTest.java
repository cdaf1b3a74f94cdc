package no.kommune.housingfirst.housing;

import no.kommune.housingfirst.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operator's rebuild command, run as it is started (without ending the test's
 * application): it rebuilds and says in the log how many rows there are and how many had
 * differed.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class FirstHomesCommandTest {

	@Autowired
	FirstHomesRebuild rebuild;

	@Autowired
	ConfigurableApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theCommandRebuildsAndLogsWhatItFound(CapturedOutput output) {
		long rows = this.jdbc.queryForObject("SELECT count(*) FROM housing_first_home", Long.class);
		new FirstHomesCommand(this.rebuild, this.context, false).run(null);
		assertThat(output).contains("first homes rebuilt rows=" + rows + " rowsThatDiffered=0");
	}

}
