package no.kommune.housingfirst.visitlog;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The visit cadences agreed with participants, from the module that records them (the
 * bo-plan's step-down). Only participants with an agreed step-down are in the maps, their
 * periods in date order; everyone else is visited weekly throughout.
 */
public interface VisitCadences {

	Map<Long, List<CadencePeriod>> forParticipants(Collection<Long> participantIds);

	Map<Long, List<CadencePeriod>> forTeams(Collection<Long> teamIds);

}
