package no.kommune.housingfirst.participant;

import java.util.Collection;
import java.util.Map;

/**
 * What a module contributes to erasing participants' personal data (GDPR art. 17, and
 * after the retention period, docs/adr/0015): each module that holds free texts or
 * identifying details about participants implements it for its own tables, with set-based
 * SQL. Dates, statuses, reason codes and counts stay, so the dashboards and the yearly
 * report give the same figures after an erasure.
 * <p>
 * Called only for participants that have left follow-up and whose erasure is recorded in
 * the same transaction; the history tables the runtime role may only append to are erased
 * by the module's own database function, which checks that too.
 */
public interface PersonalDataErasure {

	/**
	 * What {@link #erase} would empty for these participants, changing nothing: per kind
	 * of data (its message key, {@code erasure.kind.<module>.<what>}), how many records
	 * hold some. Kinds with nothing to erase may be left out.
	 */
	Map<String, Integer> wouldErase(Collection<Long> participantIds);

	/**
	 * Empties the texts and identifying details these participants have in the module.
	 */
	void erase(Collection<Long> participantIds);

}
