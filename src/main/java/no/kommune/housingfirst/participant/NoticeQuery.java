package no.kommune.housingfirst.participant;

import java.util.Map;

/**
 * One SELECT a notice provider needs for the participant page or Min uke. The pages run
 * every provider's queries together in a single statement ({@link NoticeStatement}), so
 * the notices cost one statement whatever the number of providers (issue 14).
 *
 * @param sql a SELECT with named parameters; a parameter of the same name must mean the
 * same thing in every provider's query ({@code ids}, {@code today}), so a provider
 * prefixes a parameter of its own with its module's name
 * @param params the values of the named parameters
 * @param rowType a record whose components are the SELECT's columns in camelCase
 * ({@code participant_id} is {@code participantId})
 * @param <R> the row type
 */
public record NoticeQuery<R extends Record>(String sql, Map<String, Object> params, Class<R> rowType) {

	public NoticeQuery {
		params = Map.copyOf(params);
	}

}
