package no.kommune.housingfirst.fit;

/**
 * The FIT counts a section leader can open as a list of participants: reliable
 * improvement on ORS, an SRS below the alliance limit or a drop in SRS at the latest
 * session, and FIT in the last days the team aims for.
 */
public enum FitMeasure {

	RELIABLE_IMPROVEMENT, SRS_BELOW_ALLIANCE, SRS_DROP, RECENT_FIT

}
