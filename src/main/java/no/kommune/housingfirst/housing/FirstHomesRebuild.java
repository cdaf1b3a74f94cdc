package no.kommune.housingfirst.housing;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recomputes each participant's first move-in and housing stability
 * ({@code housing_first_home}, V038) from the tenancy rows, for the operator
 * ({@code --housingfirst.housing.rebuild-first-homes=true}, see the README) and after
 * rows were written with the triggers off (a restore of some tables). Triggers keep it in
 * every other case; tenancy changes that arrive meanwhile wait for it.
 */
@Service
public class FirstHomesRebuild {

	/** What a rebuild found and left. */
	public record Result(long rowsThatDiffered, long rows) {
	}

	private final JdbcTemplate jdbc;

	FirstHomesRebuild(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional
	public Result rebuild() {
		return this.jdbc.queryForObject("SELECT differed, total FROM housing_first_homes_rebuild()",
				(rs, n) -> new Result(rs.getLong("differed"), rs.getLong("total")));
	}

}
