package no.kommune.housingfirst.fit;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recomputes where each participant's FIT series stands ({@code fit_standing}, V042) from
 * the sessions, for the operator ({@code --housingfirst.fit.rebuild-standings=true}, see
 * the README) and after rows were written with the triggers off (a restore of some
 * tables). Triggers keep it in every other case; sessions saved meanwhile wait for it.
 */
@Service
public class FitStandingsRebuild {

	/** What a rebuild found and left. */
	public record Result(long rowsThatDiffered, long rows) {
	}

	private final JdbcTemplate jdbc;

	FitStandingsRebuild(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional
	public Result rebuild() {
		return this.jdbc.queryForObject("SELECT differed, total FROM fit_standings_rebuild()",
				(rs, n) -> new Result(rs.getLong("differed"), rs.getLong("total")));
	}

}
