package no.kommune.housingfirst.boplan;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saves for one participant's plan, answers, agreement and meetings run one after
 * another: the second of two editors sees the first one's version (and is refused as
 * stale), a double submit finds its first save. A PostgreSQL advisory lock held to the
 * end of the saving transaction.
 */
@Component
class PlanLocks {

	private final JdbcTemplate jdbc;

	PlanLocks(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void lock(long participantId) {
		this.jdbc.queryForList("SELECT pg_advisory_xact_lock(?, ?)", 4711, Long.hashCode(participantId));
	}

}
