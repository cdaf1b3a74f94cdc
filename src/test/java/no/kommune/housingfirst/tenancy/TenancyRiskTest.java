package no.kommune.housingfirst.tenancy;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The early-warning rule on hand-made signals: kinds of sign count, not events; the
 * default needs two kinds; missed weeks count from the number set; reasons come out in a
 * fixed order with their counts.
 */
class TenancyRiskTest {

	static final TenancyEventProperties DEFAULTS = TenancyEventProperties.defaults();

	static TenancyRisk.Signals signals(int complaints, int arrears, int damage, int warnings, int concerns, int missed,
			boolean ors) {
		return new TenancyRisk.Signals(complaints, arrears, damage, warnings, concerns, missed, ors);
	}

	@Test
	void nothingSeenIsNoRisk() {
		TenancyRisk risk = TenancyRisk.of(signals(0, 0, 0, 0, 0, 0, false), DEFAULTS);
		assertThat(risk.reasons()).isEmpty();
		assertThat(risk.atRisk()).isFalse();
	}

	@Test
	void manyComplaintsAreStillOneSign() {
		TenancyRisk risk = TenancyRisk.of(signals(3, 0, 0, 0, 0, 0, false), DEFAULTS);
		assertThat(risk.reasons()).containsExactly(new TenancyRisk.Reason(RiskSign.COMPLAINTS, 3));
		assertThat(risk.atRisk()).isFalse();
	}

	@Test
	void aComplaintAndArrearsAddUp() {
		TenancyRisk risk = TenancyRisk.of(signals(1, 1, 0, 0, 0, 0, false), DEFAULTS);
		assertThat(risk.reasons()).containsExactly(new TenancyRisk.Reason(RiskSign.COMPLAINTS, 1),
				new TenancyRisk.Reason(RiskSign.RENT_ARREARS, 1));
		assertThat(risk.atRisk()).isTrue();
	}

	@Test
	void oneMissedWeekIsNoSignTwoAre() {
		assertThat(TenancyRisk.of(signals(0, 0, 1, 0, 0, 1, false), DEFAULTS).atRisk()).isFalse();
		TenancyRisk risk = TenancyRisk.of(signals(0, 0, 1, 0, 0, 2, false), DEFAULTS);
		assertThat(risk.reasons()).extracting(TenancyRisk.Reason::sign)
			.containsExactly(RiskSign.DAMAGE, RiskSign.MISSED_WEEKS);
		assertThat(risk.atRisk()).isTrue();
	}

	@Test
	void homeConcernsAndAnOrsDeteriorationAddUp() {
		TenancyRisk risk = TenancyRisk.of(signals(0, 0, 0, 0, 2, 0, true), DEFAULTS);
		assertThat(risk.reasons()).containsExactly(new TenancyRisk.Reason(RiskSign.HOME_CONCERNS, 2),
				new TenancyRisk.Reason(RiskSign.ORS_DETERIORATION, 1));
		assertThat(risk.atRisk()).isTrue();
	}

	@Test
	void aWarningFromTheLandlordIsASign() {
		TenancyRisk risk = TenancyRisk.of(signals(1, 0, 0, 1, 0, 0, false), DEFAULTS);
		assertThat(risk.reasons()).extracting(TenancyRisk.Reason::sign)
			.containsExactly(RiskSign.COMPLAINTS, RiskSign.LANDLORD_WARNING);
		assertThat(risk.atRisk()).isTrue();
	}

	@Test
	void theMunicipalityMayAskForMoreSigns() {
		TenancyEventProperties three = new TenancyEventProperties(5, 90, 3, 3);
		assertThat(TenancyRisk.of(signals(1, 1, 0, 0, 0, 2, false), three).reasons()).hasSize(2);
		assertThat(TenancyRisk.of(signals(1, 1, 0, 0, 0, 2, false), three).atRisk()).isFalse();
		assertThat(TenancyRisk.of(signals(1, 1, 0, 0, 0, 3, false), three).atRisk()).isTrue();
		assertThat(TenancyRisk.of(signals(1, 1, 1, 1, 1, 3, true), three).reasons())
			.extracting(TenancyRisk.Reason::sign)
			.isEqualTo(List.of(RiskSign.values()));
	}

}
