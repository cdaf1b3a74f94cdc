package no.kommune.housingfirst.participant;

import java.util.List;

/** The rows each {@link NoticeQuery} came back with, in the query's own order. */
@FunctionalInterface
public interface NoticeRows {

	/** The rows of a query that was run (an {@link IllegalArgumentException} if not). */
	<R extends Record> List<R> of(NoticeQuery<R> query);

}
