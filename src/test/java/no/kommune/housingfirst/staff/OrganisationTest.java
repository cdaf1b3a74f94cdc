package no.kommune.housingfirst.staff;

import java.util.List;
import java.util.Set;

import no.kommune.housingfirst.support.IntegrationTest;
import no.kommune.housingfirst.support.TestStaff;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page that shows a few teams reads only those: the same summaries, in the same order,
 * as the whole list.
 */
@IntegrationTest
class OrganisationTest {

	@Autowired
	Organisation organisation;

	@Autowired
	TestStaff staff;

	@Test
	void onlyTheTeamsAskedFor() {
		long north = this.staff.section();
		long south = this.staff.section();
		long a = this.staff.team(north);
		long b = this.staff.team(south);
		long c = this.staff.team(north);
		List<TeamSummary> asked = this.organisation.teams(Set.of(b, c, a));
		assertThat(asked).containsExactlyElementsOf(
				this.organisation.teams().stream().filter((t) -> Set.of(a, b, c).contains(t.id())).toList());
		assertThat(asked).extracting(TeamSummary::sectionId).containsExactlyInAnyOrder(north, south, north);
		assertThat(this.organisation.teams(Set.of(b))).singleElement().satisfies((team) -> {
			assertThat(team.id()).isEqualTo(b);
			assertThat(team.sectionId()).isEqualTo(south);
		});
		assertThat(this.organisation.teams(Set.of())).isEmpty();
		assertThat(this.organisation.teamNames(Set.of(a, b))).containsOnlyKeys(a, b)
			.containsEntry(a, this.organisation.teamName(a))
			.containsEntry(b, this.organisation.teamName(b));
	}

}
