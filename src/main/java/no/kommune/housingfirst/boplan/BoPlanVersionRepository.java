package no.kommune.housingfirst.boplan;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface BoPlanVersionRepository extends JpaRepository<BoPlanVersion, Long> {

	@EntityGraph(attributePaths = "goals")
	Optional<BoPlanVersion> findByParticipantIdAndVersionNo(long participantId, int versionNo);

	Optional<BoPlanVersion> findBySubmissionKey(UUID submissionKey);

	@Query("select coalesce(max(v.versionNo), 0) from BoPlanVersion v where v.participantId = :participantId")
	int latestVersionNo(long participantId);

	/** The versions of a participant's plan, newest first, with their latest answer. */
	@Query("""
			select new no.kommune.housingfirst.boplan.VersionRow(v.id, v.versionNo, v.planDate,
			       v.reviewOn, v.createdBy, v.createdAt, a.answeredOn, a.kind)
			from BoPlanVersion v left join PlanAnswer a on a.versionId = v.id
			     and a.id = (select max(a2.id) from PlanAnswer a2 where a2.versionId = v.id)
			where v.participantId = :participantId order by v.versionNo desc""")
	List<VersionRow> lines(long participantId);

}
