package no.kommune.housingfirst.participant;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ParticipantRepository extends JpaRepository<Participant, Long> {

	/**
	 * The participant, if it lies in one of the given teams: the access rule, in the
	 * query.
	 */
	@Query("select p from Participant p where p.id = :id and p.teamId in :teamIds "
			+ "and (p.restricted = false or p.teamId in :restrictedTeams)")
	Optional<Participant> findVisible(long id, Collection<Long> teamIds, Collection<Long> restrictedTeams);

	/** As findVisible, with both histories the participant page shows, in one query. */
	@Query("select p from Participant p left join fetch p.statusChanges left join fetch p.changes "
			+ "where p.id = :id and p.teamId in :teamIds and (p.restricted = false or p.teamId in :restrictedTeams)")
	Optional<Participant> findVisibleWithHistory(long id, Collection<Long> teamIds, Collection<Long> restrictedTeams);

	/**
	 * The participant in one of the teams, restricted or not: only for restricting, which
	 * must tell a caseworker that the record is restricted already rather than not found.
	 */
	@Query("select p from Participant p where p.id = :id and p.teamId in :teamIds")
	Optional<Participant> findInTeams(long id, Collection<Long> teamIds);

	@Query("select p.id from Participant p where p.submissionKey = :key and p.teamId in :teamIds "
			+ "and (p.restricted = false or p.teamId in :restrictedTeams)")
	Optional<Long> findIdBySubmissionKey(java.util.UUID key, Collection<Long> teamIds,
			Collection<Long> restrictedTeams);

	@Query("select p.teamId from Participant p where p.id = :id")
	Optional<Long> findTeamIdById(long id);

	@Query("select p from Participant p where p.teamId in :teamIds and p.searchName = :searchName "
			+ "and p.birthDate = :birthDate and (p.restricted = false or p.teamId in :restrictedTeams)")
	List<Participant> findSamePerson(Collection<Long> teamIds, String searchName, LocalDate birthDate,
			Collection<Long> restrictedTeams);

}
