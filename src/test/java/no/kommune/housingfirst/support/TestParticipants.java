package no.kommune.housingfirst.support;

import java.time.LocalDate;

import no.kommune.housingfirst.participant.CurrentStay;
import no.kommune.housingfirst.participant.GuardianNeed;
import no.kommune.housingfirst.participant.Inclusion;
import no.kommune.housingfirst.participant.ParticipantDetails;
import no.kommune.housingfirst.participant.ParticipantService;
import no.kommune.housingfirst.shared.security.CurrentUser;

/**
 * Builds participants through the real service:
 * {@code aParticipant().named(..).by(kari)}.
 */
public final class TestParticipants {

	private final ParticipantService service;

	public TestParticipants(ParticipantService service) {
		this.service = service;
	}

	public Builder aParticipant() {
		return new Builder();
	}

	/** A participant under construction, with sensible defaults for everything. */
	public final class Builder {

		private String name = TestStaff.unique("Deltaker ");

		private LocalDate birthDate = LocalDate.of(1980, 5, 17);

		private String notes;

		private boolean consentNav = true;

		private boolean consentHousing = true;

		private LocalDate includedOn = LocalDate.now(no.kommune.housingfirst.shared.TimeConfiguration.OSLO)
			.minusDays(30);

		public Builder named(String fullName) {
			this.name = fullName;
			return this;
		}

		public Builder born(LocalDate date) {
			this.birthDate = date;
			return this;
		}

		public Builder withNotes(String text) {
			this.notes = text;
			return this;
		}

		/**
		 * Without consent to share with NAV (by default a test participant has given it).
		 */
		public Builder withoutNavConsent() {
			this.consentNav = false;
			return this;
		}

		/**
		 * Without consent to share with the housing service (by default a test
		 * participant has given it).
		 */
		public Builder withoutHousingConsent() {
			this.consentHousing = false;
			return this;
		}

		public Builder includedOn(LocalDate date) {
			this.includedOn = date;
			return this;
		}

		/** Included by this caseworker, in their first team, with them as primary. */
		public long by(CurrentUser caseworker) {
			long team = caseworker.teamIds().stream().sorted().findFirst().orElseThrow();
			return TestParticipants.this.service.include(caseworker,
					new Inclusion(
							new ParticipantDetails(this.name, this.birthDate, null, CurrentStay.STREET, null, 12,
									GuardianNeed.NO, this.consentNav, this.consentHousing,
									(this.consentNav || this.consentHousing) ? this.includedOn : null, this.notes),
							team, caseworker.id(), null, this.includedOn, java.util.UUID.randomUUID()));
		}

	}

}
