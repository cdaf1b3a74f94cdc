package no.kommune.housingfirst.boplan;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recomputes where each participant's bo-plan and follow-up agreement stand
 * ({@code bo_plan_standing}, V044) from the plans, answers, agreements and meetings, for
 * the operator ({@code --housingfirst.boplan.rebuild-standings=true}, see the README) and
 * after rows were written with the triggers off (a restore of some tables). Triggers keep
 * it in every other case; changes saved meanwhile wait for it.
 */
@Service
public class BoPlanStandingsRebuild {

	/** What a rebuild found and left. */
	public record Result(long rowsThatDiffered, long rows) {
	}

	private final JdbcTemplate jdbc;

	BoPlanStandingsRebuild(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional
	public Result rebuild() {
		return this.jdbc.queryForObject("SELECT differed, total FROM boplan_standings_rebuild()",
				(rs, n) -> new Result(rs.getLong("differed"), rs.getLong("total")));
	}

}
